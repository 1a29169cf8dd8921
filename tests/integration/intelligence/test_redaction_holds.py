"""The failure kinds of issue 11 through the whole pipeline, with real speech on two channels
(the agent a user, the customer a contact linked by caller ID), the real recogniser, real
crypto and the real HTTP API: an SSN's last four, a card, an expiry in words, a security code
after "the code on the back", an address with house number and ZIP, and the customer's
first name at the end. None of them may be left in the redacted text, the redacted audio (as
a recogniser hears it), the notes or search; the tracking number and the amount stay. And a
span deliberately left unredacted makes the leak check flag the call, which keeps it out of
training exports, and hide it (fail closed) in the text, the audio, the notes and search;
with the workspace's hiding switched off, the same span is flagged and left where it is."""

from __future__ import annotations

import json
import re

import pytest

from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.intelligence import config
from callvault.intelligence.asr.audio import decode
from callvault.intelligence.asr.recogniser import Recogniser
from callvault.intelligence.redacted import clean_call_ids
from callvault.intelligence.schemas import SettingsIn
from callvault.wiring import Container
from tests.integration.intelligence.helpers import drain, upload_call_audio
from tests.support import factories as f
from tests.support import speech
from tests.support.live import add_user, create_workspace, live_server
from tests.support.matrix import plain_call

pytestmark = pytest.mark.slow

AGENT, CUSTOMER = "Dana Whitfield", "Maria Lopez"
CUSTOMER_NUMBER = "+14155550100"  # plain_call's caller: the contact is linked by caller ID
# (channel, text): the customer (caller) on channel 0, the agent (callee) on channel 1.
TURNS: tuple[tuple[int, str], ...] = (
    (1, "Thank you for calling Acme Shipping, this is Dana. How can I help you today?"),
    (0, "Hi, my package is held at customs and I need to pay the fee."),
    (1, "I can help with that. First, can I have the last four of your social?"),
    (0, "Sure. It's six seven eight nine."),
    (1, "Thank you. What is the card number?"),
    (0, "Four one one one, one one one one, one one one one, one one one one."),
    (1, "And the expiry date?"),
    (0, "September twenty twenty eight."),
    (1, "What is the code on the back?"),
    (0, "Seven three seven."),
    (1, "And what is the billing address?"),
    (0, "Four twenty seven Maple Avenue, Springfield, Illinois, six two seven oh four."),
    (1, "Perfect. The fee of forty nine dollars is paid and your tracking number is 5 5 1 2 8."),
    (0, "Great, thank you so much."),
    (1, "You're welcome. Thanks, Maria, have a great day."),
)
DIGITS_GONE = ("6789", "4111", "1111", "737", "62704", "427", "2028")
WORDS_GONE = ("maria", "mario", "dana", "donna", "maple", "springfield", "september")
_WORD_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def _digits(text: str) -> str:
    """The digits in text, number words included ("six seven" -> "67"), in order."""
    return "".join(
        _WORD_DIGITS.get(w, w if w.isdigit() else "")
        for w in re.findall(r"[a-z]+|\d+", text.lower())
    )


def _assert_gone(text: str, where: str, *, digits: bool = True) -> None:
    low = text.lower()
    for word in WORDS_GONE:
        assert word not in low, (where, word, text)
    if not digits:
        return
    # Per line, so digits from two places never join into a false match.
    for line in text.splitlines():
        digits = _digits(line)
        for value in DIGITS_GONE:
            assert value not in digits, (where, value, line)


def _workspace(c: Container, slug: str) -> tuple[str, str, str]:
    owner = create_workspace(c, slug)
    agent = add_user(c, owner, Role.MEMBER, name=AGENT)
    ws = owner.workspace_id
    with c.db.write() as s:
        config.update_settings(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=SettingsIn(enabled=True),
        )
        contacts.create_contact(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor(
                workspace_id=ws,
                actor_type="user",
                actor_id=owner.user_id,
                role="owner",
                user_id=owner.user_id,
            ),
            data=ContactIn(name=CUSTOMER, phones=[CUSTOMER_NUMBER], shared=True),
        )
    return ws, owner.user_id, agent.user_id


# The slowest test of the suite on two databases (a long call transcribed and heard again). What it
# asks is about the redaction's words and audio; what the database adds (stored outputs,
# search tokens, notes) is asked on PostgreSQL by the next test's hidden case and by
# test_call_pipeline.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_each_failure_kind_is_gone_from_text_audio_notes_and_search(
    vi_container: Container,
) -> None:
    c = vi_container
    ws, owner_id, agent_id = _workspace(c, "vi-pay")
    call_id = plain_call(c, ws, agent_id)
    recording_id = upload_call_audio(c, ws, call_id, speech.conversation(TURNS))
    assert drain(c) >= 5

    with live_server(c) as live:
        member = live.client(f.session_token(c, ws, agent_id)[0])
        owner = live.client(f.session_token(c, ws, owner_id)[0])
        base = f"/api/v1/calls/{call_id}"
        red = member.get(f"{base}/transcript").json()
        text = "\n".join(u["text"] for u in red["utterances"])
        _assert_gone(text, "redacted text")
        kinds = {r["type"] for r in red["redactions"]}
        assert {
            "ssn",
            "card_number",
            "card_expiry",
            "card_security_code",
            "address",
            "person",
        } <= kinds, kinds
        assert "55128" in _digits(text)  # the tracking number stays
        assert red["residual_pii"] == 0

        raw = owner.get(f"{base}/transcript", params={"view": "raw"}).json()
        raw_text = "\n".join(u["text"] for u in raw["utterances"])
        assert "6789" in _digits(raw_text) and "maple" in raw_text.lower()  # it was said

        checked = member.get(f"{base}/verification").json()
        assert checked["flagged"] == 0 and checked["flags"] == [], checked
        assert checked["audio_checked"] is True

        notes = member.get(f"{base}/notes").json()
        _assert_gone(json.dumps(notes), "notes", digits=False)  # words anywhere in the notes
        # Digits per text field: the JSON's times and offsets would join into false numbers.
        texts = [line["text"] for line in notes["summary"]]
        texts += [
            " ".join(str(a.get(k) or "") for k in ("what", "owner", "when"))
            for a in notes["action_items"]
        ]
        _assert_gone("\n".join(texts), "notes")
        for q in ("Maple", "Maria", "6789", "September", "737", "Springfield"):
            hits = member.post("/api/v1/intelligence/search", json={"q": q}).json()["hits"]
            assert hits == [], q
        assert member.post("/api/v1/intelligence/search", json={"q": "customs"}).json()["hits"]

        # The audio the member hears, as a recogniser hears it.
        served = member.get(f"/api/v1/recordings/{recording_id}/audio")
        assert served.status_code == 200
    heard = Recogniser().transcribe(
        decode(served.content), speakers=("caller", "callee"), language="en"
    )
    _assert_gone(heard.text, "redacted audio")


# The SSN part alone, redacted with SSN switched off and fail-closed digits off: the span is
# left on purpose, and the check that shares no rules with the detector must see it, and hide
# it (fail closed) before a member reads, hears or searches the call; unless the workspace
# switched hiding off (hide_flagged), when the flag is only reported and the span stays.
SSN_TURNS: tuple[tuple[int, str], ...] = (*TURNS[2:4], (1, "Thank you, one moment please."))


# Hidden (the default) on both databases; the switch, which only skips a step, on one.
@pytest.mark.parametrize(
    ("database_url", "hiding"),
    [
        pytest.param("sqlite", True, id="sqlite-hidden_by_default"),
        pytest.param("postgresql", True, id="postgresql-hidden_by_default"),
        pytest.param("sqlite", False, id="sqlite-setting_off"),
    ],
    indirect=["database_url"],
)
def test_a_deliberately_unredacted_span_is_flagged_and_hidden(
    vi_container: Container, hiding: bool
) -> None:
    c = vi_container
    ws, owner_id, agent_id = _workspace(c, "vi-leak")
    with c.db.write() as s:
        config.update_settings(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=SettingsIn(
                entity_types=["card_number", "email", "phone"],
                fail_closed_digits=False,
                hide_flagged=None if hiding else False,  # hidden: the default
            ),
        )
    call_id = plain_call(c, ws, agent_id)
    recording_id = upload_call_audio(c, ws, call_id, speech.conversation(SSN_TURNS))
    assert drain(c) >= 5

    with live_server(c) as live:
        member = live.client(f.session_token(c, ws, agent_id)[0])
        owner = live.client(f.session_token(c, ws, owner_id)[0])
        base = f"/api/v1/calls/{call_id}"
        raw = owner.get(f"{base}/transcript", params={"view": "raw"}).json()
        said = next(u for u in raw["utterances"] if "6789" in _digits(u["text"]))  # it was said

        red = member.get(f"{base}/transcript").json()
        assert red["residual_pii"] >= 1  # what the check found, hidden or not
        line = red["utterances"][said["index"]]["text"]
        checked = member.get(f"{base}/verification").json()
        flags = [x for x in checked["flags"] if x["kind"] == "digits"]
        if not hiding:
            # Only reported: the span stays in the text, and every flag says why.
            assert "6789" in _digits(line) and "[UNVERIFIED]" not in line, line
            assert all("[UNVERIFIED]" not in u["text"] for u in red["utterances"]), red
            assert not [r for r in red["redactions"] if r["type"] == "unverified"]
            assert flags and flags[0]["speaker"] == "caller", checked
            assert checked["hidden"] == 0 and checked["flagged"] == red["residual_pii"]
            assert all(
                x["hidden"] is False and x["left_because"] == "setting_off"
                for x in checked["flags"]
            ), checked
            with c.db.read() as s:
                assert call_id not in set(s.scalars(clean_call_ids(ws)))  # still flagged
            return
        assert "[UNVERIFIED]" in line, line
        for u in red["utterances"]:
            assert "6789" not in _digits(u["text"]), u["text"]
        hidden = [r for r in red["redactions"] if r["type"] == "unverified"]
        assert hidden and all(
            red["utterances"][r["span"]["utterance"]]["text"][r["span"]["start"] : r["span"]["end"]]
            == "[UNVERIFIED]"
            for r in hidden
        ), hidden

        assert flags and set(flags[0]["sources"]) == {"text", "audio"}, checked
        assert flags[0]["speaker"] == "caller" and flags[0]["hidden"] is True
        assert checked["hidden"] >= 1 and checked["flagged"] == red["residual_pii"]
        at = flags[0]["span"]
        assert red["utterances"][at["utterance"]]["text"][at["start"] : at["end"]] == (
            "[UNVERIFIED]"
        )
        assert flags[0]["start_ms"] < said["end_ms"] and flags[0]["end_ms"] > said["start_ms"]
        assert "six" not in json.dumps(checked).lower() and "6789" not in json.dumps(checked)

        # The notes and search ran on the hidden text (after the check, not beside it).
        notes = member.get(f"{base}/notes").json()
        texts = [line["text"] for line in notes["summary"]]
        texts += [str(a.get("what") or "") for a in notes["action_items"]]
        assert all("6789" not in _digits(t) for t in texts), texts
        words = [w.strip(".,").lower() for w in said["text"].split()]
        for q in ("6789", *(w for w in words if _digits(w))):
            hits = member.post("/api/v1/intelligence/search", json={"q": q}).json()["hits"]
            assert hits == [], q

        served = member.get(f"/api/v1/recordings/{recording_id}/audio")
        assert served.status_code == 200
    heard = Recogniser().transcribe(
        decode(served.content), speakers=("caller", "callee"), language="en"
    )
    for line in heard.text.splitlines():
        assert "6789" not in _digits(line), ("redacted audio", line)
    with c.db.read() as s:
        assert call_id not in set(s.scalars(clean_call_ids(ws)))  # out of training exports
