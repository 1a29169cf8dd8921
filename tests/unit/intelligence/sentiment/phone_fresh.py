"""Phone turns written for ADR 0032's tests after the head was fitted, and never fitted on:
polite and flat complaints, neutral lines full of feeling words, praise without a thank-you."""

from __future__ import annotations

from typing import Literal

PHONE_FRESH: tuple[tuple[str, Literal["negative", "neutral", "positive"]], ...] = (
    ("I'm sorry, but I'm quite cross that nobody warned me.", "negative"),
    ("With all due respect, this has taken far too long.", "negative"),
    ("The heater you fitted has packed up already.", "negative"),
    ("My card was charged but the order never went through.", "negative"),
    ("I've rung four times and I'm still none the wiser.", "negative"),
    ("Honestly, I'm a little let down by all this.", "negative"),
    ("Why do I always have to chase you?", "negative"),
    ("The claim is about the storm damage to our garage roof.", "neutral"),
    ("I'm calling about my late mother's account.", "neutral"),
    ("The crack is on the left-hand side of the screen.", "neutral"),
    ("I need to report a missing bank card.", "neutral"),
    ("That's fine, we'll go with Monday morning.", "neutral"),
    ("I'll drop the forms in on Thursday.", "neutral"),
    ("There'll be about a dozen of us.", "neutral"),
    ("Can you tell me what the penalty would be?", "neutral"),
    ("The parcel turned up this morning, all fine.", "positive"),
    ("You've been ever so helpful, thank you.", "positive"),
    ("Oh, that's a lovely bit of news.", "positive"),
    ("That's so much better, thanks a lot.", "positive"),
    ("Great, I'm really pleased with that.", "positive"),
)
