"""Parsing XML that strangers send (the IdP's POST, pasted metadata) without the XML
features that turn a parser against its host: no DTD at all (so no entity, no billion
laughs, no external entity or network fetch: XXE), a size limit, no huge-tree mode."""

from __future__ import annotations

from lxml import etree

NS = {
    "samlp": "urn:oasis:names:tc:SAML:2.0:protocol",
    "saml": "urn:oasis:names:tc:SAML:2.0:assertion",
    "md": "urn:oasis:names:tc:SAML:2.0:metadata",
    "ds": "http://www.w3.org/2000/09/xmldsig#",
}
BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer"
SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success"
EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
POST_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"


class UnsafeXml(ValueError):
    """Not well-formed, too large, or carrying a DTD."""


def tag(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def parse(data: bytes, *, max_bytes: int) -> etree._Element:
    """The document's root element. Raises UnsafeXml for anything with a DOCTYPE (SAML never
    needs one) and for more than max_bytes."""
    if len(data) > max_bytes:
        raise UnsafeXml("too_large")
    # A cheap refusal before the parser sees it; the docinfo check below is the real one.
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise UnsafeXml("dtd")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise UnsafeXml("malformed") from e
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnsafeXml("dtd")
    return root


def text_of(element: etree._Element | None) -> str:
    """All the element's text, children and comments left out of nothing: `a<!---->b` reads
    `ab`, never `a` (CVE-2017-11427: a comment that cuts a NameID short)."""
    if element is None:
        return ""
    if any(isinstance(child.tag, str) for child in element):  # text only in these
        raise UnsafeXml("nested")
    text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return str(text).strip()
