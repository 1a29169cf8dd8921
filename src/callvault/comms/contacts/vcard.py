"""A small, strict vCard 3.0 / 4.0 reader and writer (RFC 2426, RFC 6350) for the
properties contacts hold: FN, N, TEL, EMAIL, ORG, NOTE. Lines are unfolded and folded, text
values escaped and unescaped; quoted-printable and base64 values of those properties, and
other versions, are refused per card rather than guessed at."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from callvault.comms.contacts.schemas import RowError

SUPPORTED_VERSIONS = ("3.0", "4.0")
MAX_LINE = 16_384
FOLD_AT = 75  # octets per physical line, as the RFCs ask


@dataclass(slots=True)
class ParsedCard:
    number: int
    line: int
    version: str | None = None
    name: str | None = None
    structured_name: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    company: str | None = None
    notes: str | None = None


class CardError(Exception):
    def __init__(self, code: str, reason: str, prop: str | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.prop = prop


# --- escaping -----------------------------------------------------------------------------


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def split_unescape(value: str, sep: str | None) -> list[str]:
    """Split on unescaped separators, then resolve backslash escapes in each part."""
    parts: list[str] = []
    buf: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            buf.append("\n" if nxt in ("n", "N") else nxt)
        elif sep is not None and ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def unescape(value: str) -> str:
    return split_unescape(value, None)[0]


# --- reading ------------------------------------------------------------------------------


def unfold(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number, logical line): a physical line starting with a space or tab continues
    the one before it."""
    current: str | None = None
    start = 0
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if text[:1] in (" ", "\t") and current is not None:
            current += text[1:]
            continue
        if current is not None:
            yield start, current
        current, start = text, number
    if current is not None:
        yield start, current


def split_line(line: str) -> tuple[str, dict[str, str], str]:
    """NAME;PARAM=a;PARAM="b:c":value -> (NAME without group, params, value)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        raise CardError("malformed_line", "a line without a ':' separator")
    name, *raw_params = head.split(";")
    name = name.rsplit(".", 1)[-1].strip().upper()  # drop "item1." groups
    if not name:
        raise CardError("malformed_line", "a line without a property name")
    params: dict[str, str] = {}
    for p in raw_params:
        key, _, val = p.partition("=")
        params[key.strip().upper()] = val.strip().strip('"')
    return name, params, value


_READ = ("FN", "N", "TEL", "EMAIL", "ORG", "NOTE")


def _apply(card: ParsedCard, name: str, params: dict[str, str], value: str) -> None:
    if name == "VERSION":
        if value.strip() not in SUPPORTED_VERSIONS:
            raise CardError(
                "unsupported_vcard_version", f"vCard {value.strip()[:8]} is not 3.0 or 4.0"
            )
        card.version = value.strip()
        return
    if name not in _READ:
        return  # PHOTO, ADR, UID, ...: not held by callvault contacts
    encoding = params.get("ENCODING", "").upper()
    if encoding and encoding not in ("8BIT",):
        raise CardError("unsupported_encoding", f"{encoding} encoding is not supported", name)
    if name == "FN":
        card.name = unescape(value)
    elif name == "N":
        family, given, additional, prefix, suffix = (split_unescape(value, ";") + [""] * 5)[:5]
        parts = (prefix, given, additional, family, suffix)
        card.structured_name = " ".join(p.strip() for p in parts if p.strip())
    elif name == "TEL":
        if value.strip():
            card.phones.append(unescape(value).strip())
    elif name == "EMAIL":
        if value.strip():
            card.emails.append(unescape(value).strip())
    elif name == "ORG":
        card.company = ", ".join(p.strip() for p in split_unescape(value, ";") if p.strip())
    elif name == "NOTE":
        card.notes = unescape(value)


def parse_cards(lines: Iterable[str]) -> Iterator[ParsedCard | RowError]:
    """Cards in file order; a card that cannot be read is one RowError, and reading goes on
    at the next BEGIN:VCARD."""
    card: ParsedCard | None = None
    failed: RowError | None = None
    number = 0
    junk = False
    for line_no, line in unfold(lines):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None or failed is not None:
                yield failed or _error(card, line_no, "unterminated_card", "END:VCARD missing")
            number += 1
            card, failed, junk = ParsedCard(number=number, line=line_no), None, False
            continue
        if card is None and failed is None:
            if upper and not junk:  # one error per run of stray lines, not one per line
                number += 1
                junk = True
                yield RowError(
                    row=number,
                    line=line_no,
                    code="malformed_vcard",
                    reason="content outside BEGIN:VCARD / END:VCARD",
                )
            continue
        if upper == "END:VCARD":
            if failed is not None:
                yield failed
            elif card is not None:
                yield _finish(card)
            card = failed = None
            continue
        if failed is not None or card is None:
            continue  # skip the rest of a card that already failed
        try:
            if len(line) > MAX_LINE:
                raise CardError("malformed_line", f"a line longer than {MAX_LINE} characters")
            if not line.strip():
                continue
            _apply(card, *split_line(line))
        except CardError as exc:
            failed = _error(card, line_no, exc.code, exc.reason, exc.prop)
            card = None
    if card is not None or failed is not None:
        yield failed or _error(card, 0, "unterminated_card", "END:VCARD missing at end of file")


def _error(
    card: ParsedCard | None, line_no: int, code: str, reason: str, prop: str | None = None
) -> RowError:
    assert card is not None
    where = f" (line {line_no})" if line_no else ""
    return RowError(row=card.number, line=card.line, code=code, field=prop, reason=reason + where)


def _finish(card: ParsedCard) -> ParsedCard | RowError:
    if card.version is None:
        return RowError(
            row=card.number, line=card.line, code="malformed_vcard", reason="VERSION missing"
        )
    if not (card.name or "").strip():
        card.name = card.structured_name
    return card


# --- writing ------------------------------------------------------------------------------


def fold(line: str) -> str:
    """CRLF-terminated physical lines of at most FOLD_AT octets, never splitting a
    character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > FOLD_AT:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def format_card(
    *, name: str, phones: list[str], emails: list[str], company: str | None, notes: str | None
) -> str:
    """One vCard 3.0 (the version address books import most reliably)."""
    given, _, family = name.rpartition(" ") if " " in name else ("", "", name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{escape(name)}",
        f"N:{escape(family)};{escape(given)};;;",
    ]
    lines += [f"TEL;TYPE=VOICE:{escape(p)}" for p in phones]
    lines += [f"EMAIL;TYPE=INTERNET:{escape(e)}" for e in emails]
    if company:
        lines.append(f"ORG:{escape(company)}")
    if notes:
        lines.append(f"NOTE:{escape(notes)}")
    lines.append("END:VCARD")
    return "".join(fold(x) for x in lines)
