"""Someone else's task kept apart from the speaker's (stop 37, from the written dev halves'
misses): "he'll drop it off" by a person named before is not the speaker's earlier "sign and
return it"; a day said in someone else's promise next is not the speaker's; the person a
pronoun stands for may be named as the subject of any verb, after "with", or before their
role; "confirm" on a later day is a task, not a check made on the call; an ordinal before a
noun counts things, it is no day. Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

from datetime import date

from tests.support.noting import action_items, said_at
from tests.support.transcripts import build_transcript

TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = (date(2026, 3, d) for d in (3, 4, 5, 6))  # after MONDAY


def test_a_named_persons_task_with_it_is_not_the_speakers_earlier_one() -> None:
    t = build_transcript(
        [
            ("callee", "Can you sign and return it by Friday?"),
            ("caller", "Yes, I'll have it back by Friday."),
            ("callee", "We also need the pet deposit form."),
            ("caller", "My partner, [PERSON], works near you. He'll drop it off Wednesday."),
        ]
    )
    whats = {(i.what, i.due) for i in action_items(t)}
    assert ("sign and return it", FRIDAY) in whats
    assert ("have [PERSON] drop it off", WEDNESDAY) in whats


def test_a_role_sending_it_is_not_the_speakers_own_sending() -> None:
    t = build_transcript(
        [
            ("callee", "I'll e-mail you the voucher by Tuesday."),
            ("caller", "Lovely."),
            ("callee", "And our head groundsman, [PERSON], will take a photo and send it Friday."),
        ]
    )
    mine, theirs = action_items(t)
    assert (mine.what, mine.due) == ("e-mail you the voucher", TUESDAY)
    assert theirs.what.endswith("take a photo and send it") and theirs.due == FRIDAY
    assert said_at(t, theirs.owner_said) == "[PERSON]"


def test_the_day_of_the_next_persons_promise_is_not_the_speakers() -> None:
    t = build_transcript(
        [("callee", "I'll hand that to [PERSON], our bursar, and she'll confirm it by Thursday.")]
    )
    items = {i.what: i for i in action_items(t)}
    assert items["have [PERSON] confirm it"].due == THURSDAY
    assert said_at(t, items["have [PERSON] confirm it"].owner_said) == "[PERSON]"
    assert all(i.due is None for w, i in items.items() if w != "have [PERSON] confirm it")


def test_a_person_named_as_the_subject_of_any_verb_owns_the_pronouns_promise() -> None:
    t = build_transcript(
        [("callee", "[PERSON] runs the Saturday class, and she'll text you the kit list Thursday.")]
    )
    (item,) = action_items(t)
    assert (item.what, item.due) == ("have [PERSON] text you the kit list", THURSDAY)
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_a_person_named_after_with_owns_the_next_promise() -> None:
    t = build_transcript(
        [("callee", "You're in Wednesday's class with [PERSON]. He'll call you Tuesday.")]
    )
    (item,) = action_items(t)
    assert (item.what, item.due) == ("have [PERSON] call you", TUESDAY)


def test_confirming_on_a_later_day_is_a_task_and_confirming_now_is_not() -> None:
    later = build_transcript(
        [("callee", "[PERSON] in payroll will confirm the transfer tomorrow.")]
    )
    (item,) = action_items(later)
    assert (item.what, item.due) == ("have [PERSON] confirm the transfer", TUESDAY)
    now = build_transcript([("callee", "Let me confirm the address you have on file.")])
    assert action_items(now) == []


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    t = build_transcript(
        [("callee", "[PERSON] in dispatch will put yours on the first van, on the sixth.")]
    )
    (item,) = action_items(t)
    assert item.what == "have [PERSON] put yours on the first van"
    assert item.due == FRIDAY


def test_a_task_cut_off_mid_phrase_with_no_day_is_no_item() -> None:
    cut = build_transcript(
        [("caller", "Yeah, I'll bring it in to."), ("callee", "I'll check you.")]
    )
    assert action_items(cut) == []
    dated = build_transcript([("caller", "I'll bring it in to the branch tomorrow.")])
    (item,) = action_items(dated)
    assert item.due == TUESDAY
