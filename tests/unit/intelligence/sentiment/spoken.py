"""Utterances as customers say them on the phone (issue #11: "I'm pretty upset" was scored
positive), labelled before the rules for them were written; a regression set, not a target."""

from __future__ import annotations

from typing import Literal

SPOKEN: tuple[tuple[str, Literal["negative", "neutral", "positive"]], ...] = (
    ("I'm pretty upset about it, to be honest.", "negative"),
    ("My order has not arrived and I am pretty upset about it.", "negative"),
    ("The parcel still hasn't turned up.", "negative"),
    ("I never received the replacement card.", "negative"),
    ("The engineer didn't come yesterday.", "negative"),
    ("I'm quite annoyed that nobody told me.", "negative"),
    ("That's really frustrating.", "negative"),
    ("I'm a bit disappointed with the service.", "negative"),
    ("Honestly, I'm pretty worried someone used my card.", "negative"),
    ("The refund hasn't been processed yet.", "negative"),
    ("Okay, and when will it get here?", "neutral"),
    ("Yes, it's four two seven.", "neutral"),
    ("I would like to move my appointment to next week.", "neutral"),
    ("It is seven seven three one two eight.", "neutral"),
    ("Can you read me the card number?", "neutral"),
    ("I need to pay the balance on my account.", "neutral"),
    ("Pretty much, yes.", "neutral"),
    ("My date of birth is the fourth of March.", "neutral"),
    ("That's pretty good, thanks.", "positive"),
    ("Great, thanks a lot, that really helps.", "positive"),
    ("Perfect, you've been very helpful.", "positive"),
    ("Brilliant, I'm really pleased with that.", "positive"),
    ("Thank you so much for sorting it out.", "positive"),
    ("Lovely, that's exactly what I needed.", "positive"),
)
