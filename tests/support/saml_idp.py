"""A small but real SAML 2.0 identity provider for tests: HTTP on 127.0.0.1 in a thread. Its
`/sso` takes an AuthnRequest by the HTTP-Redirect binding and answers with a page that POSTs
a signed Response to the request's ACS URL (the HTTP-POST binding), at once with JavaScript.

It signs with python-xmlsec (libxmlsec1), not with signxml, which callvault verifies with:
the tests do not confirm one library's reading of XML-DSig with itself.

`misbehave` makes it lie in one way: wrap (a second, unsigned assertion for `wrap_email`
beside the signed one: signature wrapping), wrong_audience, wrong_destination,
wrong_recipient, wrong_issuer, expired, not_yet_valid, sha1, unsigned, other_key, denied,
encrypted, unsolicited (no InResponseTo: IdP-initiated), unknown_request (another
InResponseTo), comment (a comment cut into the NameID, CVE-2017-11427). `sign` chooses what
is signed: "assertion" (default), "response", or "both"."""

from __future__ import annotations

import base64
import html
import secrets
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import xmlsec
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree

SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol"
SAML = "urn:oasis:names:tc:SAML:2.0:assertion"
EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"


@dataclass(frozen=True)
class KeyPair:
    key_pem: bytes
    cert_pem: str

    @classmethod
    def generate(cls, name: str = "callvault test IdP") -> KeyPair:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365))
            .sign(key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return cls(key_pem, cert.public_bytes(serialization.Encoding.PEM).decode())


@dataclass
class SamlIdp:
    base: str = ""
    email: str = ""
    name_id: str | None = None  # None: the email, of format emailAddress
    wrap_email: str = "attacker@evil.example.org"
    misbehave: str | None = None
    sign: str = "assertion"
    keys: KeyPair = field(default_factory=KeyPair.generate)
    other_keys: KeyPair = field(default_factory=lambda: KeyPair.generate("someone else"))
    assertion_id: str | None = None  # fixed: the same assertion ID every time (replay)
    requests: list[str] = field(default_factory=list)

    @property
    def entity_id(self) -> str:
        return f"{self.base}/idp"

    @property
    def sso_url(self) -> str:
        return f"{self.base}/sso"

    def sign_in_as(self, email: str, *, name_id: str | None = None) -> None:
        self.email, self.name_id = email, name_id

    def metadata_xml(self) -> str:
        cert = "".join(self.keys.cert_pem.strip().splitlines()[1:-1])
        return (
            '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"'
            f' xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{self.entity_id}">'
            "<md:IDPSSODescriptor protocolSupportEnumeration="
            '"urn:oasis:names:tc:SAML:2.0:protocol">'
            '<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data>'
            f"<ds:X509Certificate>{cert}</ds:X509Certificate>"
            "</ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
            "<md:SingleSignOnService"
            ' Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"'
            f' Location="{self.base}/sso-post"/>'
            "<md:SingleSignOnService"
            ' Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"'
            f' Location="{self.sso_url}"/>'
            "</md:IDPSSODescriptor></md:EntityDescriptor>"
        )

    def answer(self, saml_request: str) -> tuple[str, str]:
        """(ACS URL, SAMLResponse) for an AuthnRequest as the Redirect binding carries it."""
        xml = zlib.decompress(base64.b64decode(saml_request), -15)
        request = etree.fromstring(xml)
        request_id = str(request.get("ID"))
        self.requests.append(request_id)
        acs = str(request.get("AssertionConsumerServiceURL"))
        audience = "".join(request.findtext(f"{{{SAML}}}Issuer") or "")
        response = self.response(request_id=request_id, acs=acs, audience=audience)
        return acs, base64.b64encode(response).decode()

    def response(self, *, request_id: str, acs: str, audience: str) -> bytes:
        m = self.misbehave
        now = datetime.now(UTC)
        if m == "expired":
            now -= timedelta(minutes=30)
        elif m == "not_yet_valid":
            now += timedelta(minutes=30)
        answered = {
            "unsolicited": None,
            "unknown_request": "cv_" + "0" * 64,
        }.get(m or "", request_id)
        status = (
            "urn:oasis:names:tc:SAML:2.0:status:Responder" if m == "denied" else
            "urn:oasis:names:tc:SAML:2.0:status:Success"
        )  # fmt: skip
        response = etree.Element(
            f"{{{SAMLP}}}Response",
            nsmap={"samlp": SAMLP, "saml": SAML},
            ID="_r" + secrets.token_hex(16),
            Version="2.0",
            IssueInstant=_instant(now),
            Destination="https://elsewhere.example.com/acs" if m == "wrong_destination" else acs,
        )
        if answered is not None:
            response.set("InResponseTo", answered)
        issuer = self.entity_id + "/other" if m == "wrong_issuer" else self.entity_id
        etree.SubElement(response, f"{{{SAML}}}Issuer").text = issuer
        status_el = etree.SubElement(response, f"{{{SAMLP}}}Status")
        etree.SubElement(status_el, f"{{{SAMLP}}}StatusCode", Value=status)
        if m == "denied":
            return etree.tostring(response)
        assertion = self._assertion(
            now=now, issuer=issuer, email=self.email, answered=answered,
            recipient="https://elsewhere.example.com/acs" if m == "wrong_recipient" else acs,
            audience="https://someone-else.example.com/sp" if m == "wrong_audience" else audience,
        )  # fmt: skip
        if m == "encrypted":
            encrypted = etree.SubElement(response, f"{{{SAML}}}EncryptedAssertion")
            etree.SubElement(encrypted, "{http://www.w3.org/2001/04/xmlenc#}EncryptedData")
            return etree.tostring(response)
        response.append(assertion)
        keys = self.other_keys if m == "other_key" else self.keys
        sha1 = m == "sha1"
        if m != "unsigned":
            if self.sign in ("assertion", "both"):
                _sign(assertion, keys, sha1=sha1)
            if self.sign in ("response", "both"):
                _sign(response, keys, sha1=sha1)
        if m == "wrap":
            # The signed assertion stays (its signature still holds); an unsigned one for
            # someone else is put first, where a careless SP reads.
            evil = self._assertion(
                now=now, issuer=issuer, email=self.wrap_email, answered=answered,
                recipient=acs, audience=audience,
            )  # fmt: skip
            response.insert(2, evil)
        return etree.tostring(response)

    def _assertion(
        self,
        *,
        now: datetime,
        issuer: str,
        email: str,
        answered: str | None,
        recipient: str,
        audience: str,
    ) -> etree._Element:
        a = etree.Element(
            f"{{{SAML}}}Assertion",
            nsmap={"saml": SAML},
            ID=self.assertion_id or "_a" + secrets.token_hex(16),
            Version="2.0",
            IssueInstant=_instant(now),
        )
        etree.SubElement(a, f"{{{SAML}}}Issuer").text = issuer
        subject = etree.SubElement(a, f"{{{SAML}}}Subject")
        name_id = etree.SubElement(
            subject,
            f"{{{SAML}}}NameID",
            Format=PERSISTENT if self.name_id else EMAIL_FORMAT,
        )
        name_id.text = self.name_id or email
        if self.misbehave == "comment":
            # "victim@acme.example.com<!---->.evil.example.org": a reader that stops at the
            # comment sees the victim's email; the signature covers the text without it.
            name_id.text = email
            comment = etree.Comment("")
            comment.tail = ".evil.example.org"
            name_id.append(comment)
        confirmation = etree.SubElement(
            subject,
            f"{{{SAML}}}SubjectConfirmation",
            Method="urn:oasis:names:tc:SAML:2.0:cm:bearer",
        )
        data = etree.SubElement(
            confirmation,
            f"{{{SAML}}}SubjectConfirmationData",
            Recipient=recipient,
            NotOnOrAfter=_instant(now + timedelta(minutes=5)),
        )
        if answered is not None:
            data.set("InResponseTo", answered)
        conditions = etree.SubElement(
            a,
            f"{{{SAML}}}Conditions",
            NotBefore=_instant(now - timedelta(seconds=30)),
            NotOnOrAfter=_instant(now + timedelta(minutes=5)),
        )
        restriction = etree.SubElement(conditions, f"{{{SAML}}}AudienceRestriction")
        etree.SubElement(restriction, f"{{{SAML}}}Audience").text = audience
        statement = etree.SubElement(
            a, f"{{{SAML}}}AuthnStatement", AuthnInstant=_instant(now), SessionIndex="_s1"
        )
        context = etree.SubElement(statement, f"{{{SAML}}}AuthnContext")
        etree.SubElement(
            context, f"{{{SAML}}}AuthnContextClassRef"
        ).text = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
        attributes = etree.SubElement(a, f"{{{SAML}}}AttributeStatement")
        attribute = etree.SubElement(attributes, f"{{{SAML}}}Attribute", Name="email")
        etree.SubElement(attribute, f"{{{SAML}}}AttributeValue").text = email
        return a


def _instant(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _sign(element: etree._Element, keys: KeyPair, *, sha1: bool) -> None:
    """An enveloped signature right after the element's Issuer, as SAML places it."""
    method = xmlsec.Transform.RSA_SHA1 if sha1 else xmlsec.Transform.RSA_SHA256
    digest = xmlsec.Transform.SHA1 if sha1 else xmlsec.Transform.SHA256
    signature = xmlsec.template.create(element, xmlsec.Transform.EXCL_C14N, method, ns="ds")
    element.insert(1, signature)
    ref = xmlsec.template.add_reference(signature, digest, uri="#" + element.get("ID"))
    xmlsec.template.add_transform(ref, xmlsec.Transform.ENVELOPED)
    xmlsec.template.add_transform(ref, xmlsec.Transform.EXCL_C14N)
    xmlsec.template.add_x509_data(xmlsec.template.ensure_key_info(signature))
    ctx = xmlsec.SignatureContext()
    key = xmlsec.Key.from_memory(keys.key_pem, xmlsec.KeyFormat.PEM)
    key.load_cert_from_memory(keys.cert_pem.encode(), xmlsec.KeyFormat.CERT_PEM)
    ctx.key = key
    ctx.register_id(element, "ID")
    ctx.sign(signature)


def auto_post_page(acs: str, saml_response: str) -> str:
    return (
        "<!doctype html><html><head><title>Test IdP</title>"
        '<link rel="icon" href="data:,"></head>'
        '<body onload="document.forms[0].submit()">'
        f'<form method="post" action="{html.escape(acs)}">'
        f'<input type="hidden" name="SAMLResponse" value="{html.escape(saml_response)}">'
        '<noscript><button type="submit">Continue</button></noscript>'
        "</form></body></html>"
    )


def _handler(idp: SamlIdp) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            del format, args

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            if parts.path != "/sso" or "SAMLRequest" not in query:
                self.send_error(404)
                return
            acs, saml_response = idp.answer(query["SAMLRequest"][0])
            body = auto_post_page(acs, saml_response).encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def running_idp() -> Iterator[SamlIdp]:
    idp = SamlIdp()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(idp))
    idp.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield idp
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
