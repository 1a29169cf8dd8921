"""The SAML Response verifier on its own (ADR 0045), against responses the test IdP signs
with libxmlsec1: the wrapping variants and edges the HTTP tests do not reach, in
milliseconds."""

from __future__ import annotations

import base64
import copy
from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree

from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.saml import response
from callvault.identity.sso.saml.metadata import normalise_certificates, service_provider
from callvault.identity.sso.saml.xml import NS, UnsafeXml, text_of
from tests.support.saml_idp import SamlIdp

SP = service_provider("https://callvault.example.com", "acme")
REQUEST = "cv_" + "a" * 64


@pytest.fixture(scope="module")
def idp() -> SamlIdp:
    provider = SamlIdp(base="https://idp.example.com")
    provider.sign_in_as("victim@acme.example.com")
    return provider


def _expected(idp: SamlIdp) -> response.Expected:
    return response.Expected(
        idp_entity_id=idp.entity_id,
        certificates=normalise_certificates([idp.keys.cert_pem]),
        sp=SP,
        email_attribute=None,
        request_id=REQUEST,
    )


def _signed(idp: SamlIdp, sign: str = "assertion") -> etree._Element:
    idp.sign, idp.misbehave = sign, None
    xml = idp.response(request_id=REQUEST, acs=SP.acs_url, audience=SP.entity_id)
    return response.decode(base64.b64encode(xml).decode())


def _reason(root: etree._Element, idp: SamlIdp, now: datetime | None = None) -> str:
    with pytest.raises(SsoSignInFailed) as e:
        response.verify(root, _expected(idp), now=now or datetime.now(UTC))
    return e.value.audit_reason


def test_a_signed_assertion_or_response_verifies(idp: SamlIdp) -> None:
    for sign in ("assertion", "response", "both"):
        verified = response.verify(_signed(idp, sign), _expected(idp), now=datetime.now(UTC))
        assert (verified.email, verified.name_id) == ("victim@acme.example.com",) * 2


def test_a_changed_signed_value_breaks_the_signature(idp: SamlIdp) -> None:
    root = _signed(idp)
    name_id = root.find(".//saml:NameID", NS)
    assert name_id is not None
    name_id.text = "owner@acme.example.com"
    assert _reason(root, idp) == "signature"


def test_wrapping_the_signed_response_inside_an_evil_one(idp: SamlIdp) -> None:
    # XSW: the evil Response takes the signed one's ID and Signature; the signed original
    # (with the real assertion) hides in Extensions, the evil assertion is the root's.
    original = _signed(idp, "response")
    evil = copy.deepcopy(original)
    for sig in evil.findall("ds:Signature", NS):
        evil.remove(sig)
    name_id = evil.find(".//saml:NameID", NS)
    assert name_id is not None
    name_id.text = "owner@acme.example.com"
    extensions = etree.SubElement(evil, "{urn:oasis:names:tc:SAML:2.0:protocol}Extensions")
    extensions.append(original)
    signature = original.find("ds:Signature", NS)
    assert signature is not None
    evil.insert(1, copy.deepcopy(signature))
    assert _reason(evil, idp) == "assertion_count"
    # ... and without the count check's help (the original's assertion removed): two
    # elements with one ID are an ambiguous reference, refused before anything is read.
    inner = original.find("saml:Assertion", NS)
    assert inner is not None
    original.remove(inner)
    assert _reason(evil, idp) == "signature_malformed"


def test_sixty_seconds_of_skew_and_no_more(idp: SamlIdp) -> None:
    root = _signed(idp)
    conditions = root.find(".//saml:Conditions", NS)
    assert conditions is not None
    end = datetime.fromisoformat(str(conditions.get("NotOnOrAfter")))
    # The confirmation's window ends at the same instant in the test IdP.
    assert response.verify(root, _expected(idp), now=end + timedelta(seconds=59))
    root = _signed(idp)
    assert _reason(root, idp, now=end + timedelta(seconds=61)) == "expired"


def test_a_nested_element_in_the_name_id_is_refused(idp: SamlIdp) -> None:
    # Unsigned here (the nesting check must not depend on where a signature sits).
    idp.sign, idp.misbehave = "assertion", "unsigned"
    xml = idp.response(request_id=REQUEST, acs=SP.acs_url, audience=SP.entity_id)
    root = etree.fromstring(xml)
    name_id = root.find(".//saml:NameID", NS)
    assert name_id is not None
    etree.SubElement(name_id, "x").text = "y"
    with pytest.raises(UnsafeXml):
        text_of(name_id)
