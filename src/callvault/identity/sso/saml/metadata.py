"""The two sides' descriptions: the IdP's (what an owner types or pastes as metadata XML)
and ours (the SP metadata the owner gives the IdP: entity ID, ACS URL, NameID format).

The SP's names derive from the public address and the workspace's slug alone, so the
public metadata route answers the same for any slug and reveals nothing."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from lxml import etree

from callvault.identity.sso.errors import SsoConfigInvalid
from callvault.identity.sso.saml.xml import (
    EMAIL_FORMAT,
    NS,
    POST_BINDING,
    REDIRECT_BINDING,
    UnsafeXml,
    parse,
    tag,
    text_of,
)

ACS_PATH = "/api/v1/auth/sso/saml/acs"
MAX_CERTIFICATES = 2  # the current one and the next, during a rotation
METADATA_MAX_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class ServiceProvider:
    entity_id: str
    acs_url: str
    metadata_url: str
    name_id_format: str = EMAIL_FORMAT


@dataclass(frozen=True, slots=True)
class IdpMetadata:
    entity_id: str | None
    sso_url: str | None
    certificates: list[str]


def service_provider(base_url: str, slug: str) -> ServiceProvider:
    base = base_url.rstrip("/")
    # The entity ID is the metadata's own URL, the common convention (Entra, Okta, ADFS).
    metadata_url = f"{base}/api/v1/auth/sso/{slug.strip().lower()}/saml/metadata"
    return ServiceProvider(
        entity_id=metadata_url, acs_url=base + ACS_PATH, metadata_url=metadata_url
    )


def certificate(text: str) -> x509.Certificate:
    """A PEM certificate, or the bare base64 DER that metadata holds. RSA (2048 bits or
    more) or EC keys only; an expired certificate is refused (signatures by it would be)."""
    body = text.strip()
    try:
        if "-----BEGIN CERTIFICATE-----" in body:
            cert = x509.load_pem_x509_certificate(body.encode())
        else:
            cert = x509.load_der_x509_certificate(base64.b64decode("".join(body.split())))
    except (ValueError, binascii.Error) as e:
        raise SsoConfigInvalid("Not an X.509 certificate.", field="saml.certificates") from e
    key = cert.public_key()
    if not (isinstance(key, rsa.RSAPublicKey) and key.key_size >= 2048) and not isinstance(
        key, ec.EllipticCurvePublicKey
    ):
        raise SsoConfigInvalid(
            "The certificate's key must be RSA (2048 bits or more) or EC.",
            field="saml.certificates",
        )
    if cert.not_valid_after_utc <= datetime.now(UTC):
        raise SsoConfigInvalid("The certificate has expired.", field="saml.certificates")
    return cert


def normalise_certificates(texts: list[str]) -> list[str]:
    """PEM text of each, deduplicated, at most two."""
    out: list[str] = []
    for text in texts:
        pem = certificate(text).public_bytes(serialization.Encoding.PEM).decode()
        if pem not in out:
            out.append(pem)
    if not out or len(out) > MAX_CERTIFICATES:
        raise SsoConfigInvalid(
            "Give one signing certificate, or two during a rotation.", field="saml.certificates"
        )
    return out


def describe(pem: str) -> tuple[str, str, datetime]:
    """Subject, SHA-256 fingerprint (hex, colon-separated) and expiry, for the page."""
    cert = x509.load_pem_x509_certificate(pem.encode())
    fingerprint = cert.fingerprint(hashes.SHA256()).hex(":").upper()
    return cert.subject.rfc4514_string(), fingerprint, cert.not_valid_after_utc


def idp_metadata(xml: str) -> IdpMetadata:
    """The entity ID, the HTTP-Redirect SSO URL and the signing certificates of the first
    IdPSSODescriptor in metadata XML (an EntityDescriptor, or the first in EntitiesDescriptor)."""
    try:
        root = parse(xml.encode(), max_bytes=METADATA_MAX_BYTES)
        entity = root if root.tag == tag("md", "EntityDescriptor") else None
        if entity is None and root.tag == tag("md", "EntitiesDescriptor"):
            entity = root.find("md:EntityDescriptor", NS)
        if entity is None:
            raise UnsafeXml("not_metadata")
        idp = entity.find("md:IDPSSODescriptor", NS)
        if idp is None:
            raise UnsafeXml("no_idp")
        sso_url = None
        for service in idp.findall("md:SingleSignOnService", NS):
            if service.get("Binding") == REDIRECT_BINDING:
                sso_url = service.get("Location")
                break
        certificates = [
            text_of(c)
            for key in idp.findall("md:KeyDescriptor", NS)
            if key.get("use") in (None, "signing")
            for c in key.findall(".//ds:X509Certificate", NS)
        ]
    except UnsafeXml as e:
        raise SsoConfigInvalid(
            "The metadata is not IdP metadata XML (or holds a DTD).", field="saml.metadata_xml"
        ) from e
    return IdpMetadata(entity.get("entityID"), sso_url, [c for c in certificates if c])


def sp_metadata_xml(sp: ServiceProvider) -> bytes:
    md = "urn:oasis:names:tc:SAML:2.0:metadata"
    root = etree.Element(tag("md", "EntityDescriptor"), nsmap={"md": md}, entityID=sp.entity_id)
    descriptor = etree.SubElement(
        root,
        tag("md", "SPSSODescriptor"),
        AuthnRequestsSigned="false",
        WantAssertionsSigned="true",
        protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol",
    )
    etree.SubElement(descriptor, tag("md", "NameIDFormat")).text = sp.name_id_format
    etree.SubElement(
        descriptor,
        tag("md", "AssertionConsumerService"),
        Binding=POST_BINDING,
        Location=sp.acs_url,
        index="0",
        isDefault="true",
    )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
