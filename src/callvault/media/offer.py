"""What a device's SDP offer must be before any engine touches it: audio only, every media
section over UDP/TLS/RTP/SAVPF (DTLS-SRTP with feedback, what browsers send), and a DTLS
fingerprint for every section (at session or media level). An offer that would carry plain
RTP, or that carries no fingerprint (so the DTLS peer could not be authenticated), is refused
as insecure; one that is not SDP at all is refused as malformed. Checked here, line by line,
so the rule does not depend on what a particular engine's parser happens to accept."""

from __future__ import annotations

import re

from callvault.media.port import InsecureOffer, MediaError

MAX_OFFER_BYTES = 32 * 1024
SECURE_PROTOCOL = "UDP/TLS/RTP/SAVPF"
_MEDIA = re.compile(r"m=(\w+) (\d+) (\S+)(?: \S+)+")
_FINGERPRINT = re.compile(r"a=fingerprint:(sha-1|sha-224|sha-256|sha-384|sha-512) [0-9A-Fa-f:]+")
_LINE = re.compile(r"[a-z]=.*")


def check_offer(sdp: str) -> None:
    """Raise InsecureOffer or MediaError("bad_offer") unless the offer may be answered."""
    if not isinstance(sdp, str) or not sdp.strip():
        raise MediaError("bad_offer", "the offer is empty")
    if len(sdp.encode()) > MAX_OFFER_BYTES:
        raise MediaError("bad_offer", "the offer is too large")
    lines = [line for line in sdp.replace("\r\n", "\n").split("\n") if line]
    if not lines or lines[0] != "v=0" or not all(_LINE.fullmatch(line) for line in lines):
        raise MediaError("bad_offer", "the offer is not an SDP session description")
    session_fingerprint = False
    sections: list[tuple[str, str, bool]] = []  # kind, protocol, has fingerprint
    for line in lines:
        if line.startswith("m="):
            match = _MEDIA.fullmatch(line)
            if match is None:
                raise MediaError("bad_offer", "the offer has a malformed media line")
            sections.append((match.group(1), match.group(3), False))
        elif line.startswith("a=fingerprint:"):
            if _FINGERPRINT.fullmatch(line) is None:
                raise MediaError("bad_offer", "the offer has a malformed DTLS fingerprint")
            if sections:
                kind, protocol, _ = sections[-1]
                sections[-1] = (kind, protocol, True)
            else:
                session_fingerprint = True
    if not sections:
        raise MediaError("bad_offer", "the offer has no media")
    for kind, protocol, fingerprint in sections:
        if protocol != SECURE_PROTOCOL:
            raise InsecureOffer(
                f"media must use {SECURE_PROTOCOL} (DTLS-SRTP); the offer asks for {protocol}"
            )
        if not (fingerprint or session_fingerprint):
            raise InsecureOffer("the offer has no DTLS fingerprint")
        if kind != "audio":
            raise MediaError("bad_offer", f"only audio is carried; the offer has {kind}")


def first_audio_codec(sdp: str) -> str | None:
    """The codec an answer sends with (the first payload type of its audio section), lower
    case ("opus", "pcmu", ...), or None if the answer does not say."""
    lines = sdp.replace("\r\n", "\n").split("\n")
    payload = next(
        (
            line.split()[3]
            for line in lines
            if line.startswith("m=audio ") and len(line.split()) > 3
        ),
        None,
    )
    if payload is None:
        return None
    prefix = f"a=rtpmap:{payload} "
    rtpmap = next((line[len(prefix) :] for line in lines if line.startswith(prefix)), None)
    return rtpmap.split("/")[0].lower() if rtpmap else None
