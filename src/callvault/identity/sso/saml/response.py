"""Verifying the IdP's Response (HTTP-POST binding) before anything in it is believed.

The signature is checked by signxml (XML-DSig on lxml and cryptography; never by hand), with
one of the configured certificates, and only the element it returns, re-parsed from the bytes
that were signed, is read afterwards: an unsigned assertion slipped beside or around the
signed one (signature wrapping) is never looked at, and the document must hold exactly one
assertion anyway. SHA-1 is refused for signature and digest. Then the SAML rules: issuer,
destination, recipient, audience, the request this answers, and every time window, with 60 s
of clock skew at most. Each refusal raises SsoSignInFailed with a precise audit reason."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lxml import etree
from signxml.algorithms import DigestAlgorithm, SignatureMethod
from signxml.exceptions import InvalidInput, InvalidSignature
from signxml.verifier import SignatureConfiguration, VerifyResult, XMLVerifier

from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.saml.metadata import ServiceProvider
from callvault.identity.sso.saml.xml import (
    BEARER,
    EMAIL_FORMAT,
    NS,
    SUCCESS,
    UnsafeXml,
    parse,
    tag,
    text_of,
)

SKEW = timedelta(seconds=60)
MAX_XML_BYTES = 192 * 1024  # a Response with one assertion is a few KiB; Entra's ~10
_STRONG = SignatureConfiguration(
    location="./",  # the Signature must be a child of the element it signs (enveloped)
    expect_references=1,
    signature_methods=frozenset(
        m
        for m in SignatureMethod
        if "SHA1" not in m.name and not m.name.startswith(("HMAC", "DSA"))
    ),
    digest_algorithms=frozenset(d for d in DigestAlgorithm if "SHA1" not in d.name),
)


@dataclass(frozen=True, slots=True)
class Expected:
    """What the workspace's configuration and the pending request say the answer must be."""

    idp_entity_id: str
    certificates: list[str]
    sp: ServiceProvider
    email_attribute: str | None
    request_id: str


@dataclass(frozen=True, slots=True)
class VerifiedAssertion:
    issuer: str
    name_id: str
    email: str
    assertion_id: str
    expires_at: datetime


def _invalid(audit_reason: str) -> SsoSignInFailed:
    return SsoSignInFailed("sso_response_invalid", audit_reason)


def decode(form_value: str | None) -> etree._Element:
    """The Response's root element from the form field SAMLResponse (base64)."""
    if not form_value:
        raise _invalid("no_response")
    try:
        data = base64.b64decode("".join(form_value.split()), validate=True)
        root = parse(data, max_bytes=MAX_XML_BYTES)
    except UnsafeXml as e:
        raise _invalid(f"xml_{e}") from e
    except ValueError as e:  # binascii.Error, or a character outside ASCII
        raise _invalid("not_base64") from e
    if root.tag != tag("samlp", "Response") or root.get("Version") != "2.0":
        raise _invalid("not_a_response")
    return root


def request_id_of(root: etree._Element) -> str:
    """The request the Response says it answers (unsigned yet: only used to find the pending
    request; the signed assertion must name the same one). None: unsolicited, refused."""
    answered = root.get("InResponseTo")
    if not answered or len(answered) > 128:
        raise SsoSignInFailed("sso_unsolicited", "no_in_response_to")
    return str(answered)


def verify(root: etree._Element, expected: Expected, *, now: datetime) -> VerifiedAssertion:
    if root.find(".//saml:EncryptedAssertion", NS) is not None:
        raise SsoSignInFailed("sso_saml_encrypted", "encrypted_assertion")
    status = root.find("samlp:Status/samlp:StatusCode", NS)
    if status is None or status.get("Value") != SUCCESS:
        value = "" if status is None else str(status.get("Value", ""))
        raise SsoSignInFailed("sso_denied", f"idp:{value.rpartition(':')[2][:40]}")
    if len(root.findall(".//saml:Assertion", NS)) != 1:
        raise _invalid("assertion_count")
    if root.get("Destination") != expected.sp.acs_url:
        raise _invalid("destination")
    if root.get("InResponseTo") != expected.request_id:
        raise _invalid("in_response_to")
    response_issuer = root.find("saml:Issuer", NS)
    if response_issuer is not None and _text(response_issuer) != expected.idp_entity_id:
        raise _invalid("issuer")
    assertion = _signed_assertion(root, expected.certificates)
    return _check_assertion(assertion, expected, now)


def _signed_assertion(root: etree._Element, certificates: list[str]) -> etree._Element:
    """The one assertion, taken from inside what the signature covers."""
    for method in root.iterfind(".//ds:SignatureMethod", NS):
        if "sha1" in str(method.get("Algorithm", "")).lower():
            raise _invalid("sha1")
    for method in root.iterfind(".//ds:DigestMethod", NS):
        if "sha1" in str(method.get("Algorithm", "")).lower():
            raise _invalid("sha1")
    if root.find("ds:Signature", NS) is not None:
        signed = _verified(root, certificates)
        if signed.tag != tag("samlp", "Response") or signed.get("ID") != root.get("ID"):
            raise _invalid("signed_element")
        found = signed.findall("saml:Assertion", NS)
        if len(found) != 1:
            raise _invalid("assertion_count")
        return found[0]
    assertion = root.find("saml:Assertion", NS)
    if assertion is None or assertion.find("ds:Signature", NS) is None:
        raise _invalid("unsigned")
    signed = _verified(assertion, certificates)
    if signed.tag != tag("saml", "Assertion") or signed.get("ID") != assertion.get("ID"):
        raise _invalid("signed_element")
    return signed


def _verified(element: etree._Element, certificates: list[str]) -> etree._Element:
    for pem in certificates:
        try:
            result = XMLVerifier().verify(element, x509_cert=pem, expect_config=_STRONG)
            assert isinstance(result, VerifyResult)  # one reference expected
        except InvalidSignature:
            continue  # perhaps the other certificate (a rotation)
        except (InvalidInput, ValueError) as e:
            raise _invalid("signature_malformed") from e
        signed = result.signed_xml
        if signed is None:
            raise _invalid("signed_element")
        return signed
    raise _invalid("signature")


def _check_assertion(
    assertion: etree._Element, expected: Expected, now: datetime
) -> VerifiedAssertion:
    if assertion.get("Version") != "2.0" or not assertion.get("ID"):
        raise _invalid("assertion_malformed")
    if _text(assertion.find("saml:Issuer", NS)) != expected.idp_entity_id:
        raise _invalid("issuer")
    conditions = assertion.find("saml:Conditions", NS)
    if conditions is None:
        raise _invalid("no_conditions")
    expires = _window(conditions, now, required_end=True)
    restrictions = conditions.findall("saml:AudienceRestriction", NS)
    if not restrictions or any(
        expected.sp.entity_id not in [_text(a) for a in r.findall("saml:Audience", NS)]
        for r in restrictions
    ):
        raise _invalid("audience")
    subject = assertion.find("saml:Subject", NS)
    name_id = None if subject is None else subject.find("saml:NameID", NS)
    if subject is None or name_id is None or not _text(name_id):
        raise _invalid("no_name_id")
    expires = min(expires, _bearer(subject, expected, now))
    if assertion.find("saml:AuthnStatement", NS) is None:
        raise _invalid("no_authn_statement")
    subject_value = _text(name_id)
    if len(subject_value) > 255:
        raise _invalid("name_id_too_long")
    return VerifiedAssertion(
        issuer=expected.idp_entity_id,
        name_id=subject_value,
        email=_email(assertion, name_id, subject_value, expected.email_attribute),
        assertion_id=str(assertion.get("ID")),
        expires_at=expires,
    )


def _bearer(subject: etree._Element, expected: Expected, now: datetime) -> datetime:
    """The end of the first bearer confirmation that holds; the first one's fault if none."""
    first_fault: SsoSignInFailed | None = None
    for confirmation in subject.findall("saml:SubjectConfirmation", NS):
        if confirmation.get("Method") != BEARER:
            continue
        data = confirmation.find("saml:SubjectConfirmationData", NS)
        try:
            if data is None:
                raise _invalid("no_confirmation_data")
            if data.get("Recipient") != expected.sp.acs_url:
                raise _invalid("recipient")
            if data.get("InResponseTo") != expected.request_id:
                raise _invalid("in_response_to")
            return _window(data, now, required_end=True)
        except SsoSignInFailed as e:
            first_fault = first_fault or e
    raise first_fault or _invalid("no_bearer_confirmation")


def _window(element: etree._Element, now: datetime, *, required_end: bool) -> datetime:
    start, end = _instant(element.get("NotBefore")), _instant(element.get("NotOnOrAfter"))
    if start is not None and now + SKEW < start:
        raise _invalid("not_yet_valid")
    if end is None:
        if required_end:
            raise _invalid("no_expiry")
        return now + timedelta(minutes=10)
    if now - SKEW >= end:
        raise _invalid("expired")
    return end


def _instant(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise _invalid("time_malformed") from e
    # xs:dateTime in SAML is UTC ("Z"); one without a zone is read as UTC.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _email(
    assertion: etree._Element, name_id: etree._Element, value: str, attribute: str | None
) -> str:
    if attribute is None:
        if name_id.get("Format") != EMAIL_FORMAT:
            raise _invalid("name_id_not_email")
        return value
    values = [
        _text(v)
        for a in assertion.iterfind("saml:AttributeStatement/saml:Attribute", NS)
        if a.get("Name") == attribute
        for v in a.findall("saml:AttributeValue", NS)
    ]
    if len(values) != 1 or not values[0]:
        raise _invalid("email_attribute")
    return values[0]


def _text(element: etree._Element | None) -> str:
    try:
        return text_of(element)
    except UnsafeXml as e:
        raise _invalid("xml_nested") from e
