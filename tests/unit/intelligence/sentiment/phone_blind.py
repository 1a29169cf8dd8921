"""A second hand-written set of phone turns, written after the rules for `phone.py` and
never tuned on: its accuracy is the honest estimate of how the rules carry over (issue #11)."""

from __future__ import annotations

from typing import Literal

PHONE_BLIND: tuple[tuple[str, Literal["negative", "neutral", "positive"]], ...] = (
    ("Oh, that's a big help, thank you.", "positive"),
    ("Perfect, Wednesday morning it is then, thanks.", "positive"),
    ("That's very good of you.", "positive"),
    ("Right, that's sorted then, cheers.", "positive"),
    ("Wow, that was quick.", "positive"),
    ("Honestly, you've been brilliant.", "positive"),
    ("Okay, that's much better than I thought.", "positive"),
    ("Great, I'll look out for it, thank you.", "positive"),
    ("Thank you so much, really.", "positive"),
    ("Yes, that would be amazing.", "positive"),
    ("Nice one, thanks.", "positive"),
    ("Lovely, you're a star.", "positive"),
    ("I've called three times about the same leak.", "negative"),
    ("It's been over a week and still nothing.", "negative"),
    ("That's just not right.", "negative"),
    ("Nobody even bothered to call me.", "negative"),
    ("I'm really upset, it was a birthday present.", "negative"),
    ("So what was the point of the appointment then?", "negative"),
    ("The box was soaking wet when it got here.", "negative"),
    ("I'm not paying for that.", "negative"),
    ("This is really frustrating, I just want it fixed.", "negative"),
    ("The app logged me out again in the middle of paying.", "negative"),
    ("I'm pretty fed up with all this.", "negative"),
    ("I feel like nobody's listening to me.", "negative"),
    ("Yes, it's under my wife's name.", "neutral"),
    ("Okay, and what time would they come?", "neutral"),
    ("It's a blue Honda, if that helps.", "neutral"),
    ("I'd need it before the end of the month.", "neutral"),
    ("Could you spell that for me?", "neutral"),
    ("No, I haven't changed anything.", "neutral"),
    ("I'll check with my landlord and call back.", "neutral"),
    ("The account is in my name, yes.", "neutral"),
    ("How much would that be altogether?", "neutral"),
    ("Well, I usually pay by direct debit.", "neutral"),
    ("Sure, I've got the letter right here.", "neutral"),
    ("Is there a fee for changing it?", "neutral"),
)
