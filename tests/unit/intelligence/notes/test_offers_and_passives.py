"""Action items said in shapes other than "I'll…" / "can you…" (issue #11): an offer the other
party accepts, a task said in the passive ("your charger will be dispatched…"), a visit
announced without "will", the causative "I'll have our team…", softened instructions, and a
later mention of the same task ("I'll transfer it tomorrow", "our courier will bring it")
joining the item it repeats. Sentences written for these tests, apart from any evaluation
set."""

from __future__ import annotations

from datetime import date

from tests.support.noting import action_items


def test_an_accepted_offer_is_the_offerers_task() -> None:
    lines = [
        ("callee", "Would you like me to post you a spare key fob?"),
        ("caller", "Yes please, that would be handy."),
    ]
    (item,) = action_items(lines)
    assert item.what == "post you a spare key fob"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")


def test_a_declined_offer_is_no_task() -> None:
    lines = [
        ("callee", "Shall I email you a copy of the quote?"),
        ("caller", "No thanks, I've got one already."),
    ]
    assert action_items(lines) == []


def test_an_accepted_offer_in_the_passive_is_written_as_the_task() -> None:
    lines = [
        ("callee", "Do you want the invoice emailed to you?"),
        ("caller", "Sure, go ahead."),
    ]
    (item,) = action_items(lines)
    assert item.what == "email the invoice to you"
    assert item.owner == "Ines Moreau"


def test_a_task_said_in_the_passive_future_is_the_speakers() -> None:
    lines = [
        ("caller", "The charger stopped working after a week."),
        ("callee", "Sorry about that. Your replacement charger will be dispatched by Wednesday."),
    ]
    (item,) = action_items(lines)
    assert item.what == "dispatch your replacement charger"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")
    assert (item.when, item.due) == ("by Wednesday", date(2026, 3, 4))


def test_a_role_announced_with_a_plain_visit_and_a_date_is_a_booked_visit() -> None:
    lines = [
        ("caller", "The socket in the hall sparks."),
        ("callee", "Our electrician comes Thursday afternoon."),
    ]
    (item,) = action_items(lines)
    assert item.what == "have our electrician come"
    assert (item.owner, item.due) == ("Ines Moreau", date(2026, 3, 5))


def test_a_role_with_a_plain_present_and_no_date_is_no_visit() -> None:
    assert action_items([("callee", "Our surveyor comes well recommended.")]) == []


def test_having_someone_else_do_it_is_the_speakers_task() -> None:
    lines = [
        ("caller", "I never got the statement."),
        ("callee", "I'll have our billing team email you the statement tomorrow."),
    ]
    (item,) = action_items(lines)
    assert item.what == "have our billing team email you the statement"
    assert (item.owner, item.due) == ("Ines Moreau", date(2026, 3, 3))


def test_softened_instructions_with_a_deadline_are_the_listeners() -> None:
    lines = [
        ("caller", "What happens next?"),
        ("callee", "Go ahead and scan the receipts by Friday."),
        ("caller", "And then?"),
        ("callee", "All you need to do is sign the lease before Thursday."),
    ]
    scan, sign = action_items(lines)
    assert (scan.what, scan.owner, scan.due) == (
        "scan the receipts",
        "Tobias Lindqvist",
        date(2026, 3, 6),
    )
    assert (sign.what, sign.owner, sign.due) == (
        "sign the lease",
        "Tobias Lindqvist",
        date(2026, 3, 5),
    )


def test_who_carries_it_and_when_joins_the_accepted_offer() -> None:
    lines = [
        ("callee", "Would you like it delivered?"),
        ("caller", "Yes, I can't get to the shop this week."),
        ("callee", "What's the best number to reach you?"),
        ("caller", "The mobile on the account."),
        ("callee", "Our courier will bring it Thursday morning."),
    ]
    (item,) = action_items(lines)
    assert item.what == "deliver it"
    assert (item.owner, item.when, item.due) == (
        "Ines Moreau",
        "Thursday morning",
        date(2026, 3, 5),
    )
    assert {s.utterance for s in item.evidence} == {0, 4}


def test_agreeing_to_a_request_with_another_verb_is_the_same_task() -> None:
    lines = [
        ("callee", "Could you pay the deposit by Friday?"),
        ("caller", "Yes, I'll transfer it tomorrow."),
    ]
    (item,) = action_items(lines)
    assert item.what == "pay the deposit"
    assert (item.owner, item.due) == ("Tobias Lindqvist", date(2026, 3, 6))
    assert {s.utterance for s in item.evidence} == {0, 1}


def test_an_answer_saying_the_request_whole_and_more_is_one_fuller_task() -> None:
    lines = [
        ("callee", "The consent form needs your signature. Can you send it back by Friday?"),
        ("caller", "Yes, I'll sign it and send it back by then."),
    ]
    (item,) = action_items(lines)
    assert item.what.startswith("sign it and send it back")
    assert (item.owner, item.due) == ("Tobias Lindqvist", date(2026, 3, 6))


def test_the_speakers_own_next_task_on_the_same_thing_stays_its_own() -> None:
    lines = [
        ("callee", "I'll email you the quote today."),
        ("caller", "Thanks."),
        ("callee", "And I'll review it with my manager tomorrow."),
    ]
    assert [i.what for i in action_items(lines)] == [
        "email you the quote",
        "review it with my manager",
    ]


def test_an_offer_said_short_with_its_day_keeps_the_day_out_of_the_task() -> None:
    lines = [
        ("callee", "Want me to book the fitting for Thursday?"),
        ("caller", "Yeah, Thursday suits me."),
        ("callee", "Would you like a reminder texted to you?"),
        ("caller", "Please."),
    ]
    book, remind = action_items(lines)
    assert (book.what, book.when, book.due) == ("book the fitting", "Thursday", date(2026, 3, 5))
    assert (remind.what, remind.owner) == ("text a reminder to you", "Ines Moreau")


def test_a_wish_in_the_passive_is_no_offer() -> None:
    lines = [
        ("caller", "I want it cancelled before the next payment."),
        ("callee", "Okay."),
    ]
    assert action_items(lines) == []


def test_yes_no_problem_accepts_and_yeah_no_declines() -> None:
    offer = ("callee", "Shall I post you a spare remote?")
    assert [i.what for i in action_items([offer, ("caller", "Yes, no problem.")])] == [
        "post you a spare remote"
    ]
    assert action_items([offer, ("caller", "Yeah, no, I'm fine thanks.")]) == []


def test_a_wish_for_us_to_do_something_is_no_offer() -> None:
    lines = [("caller", "I want us to sort the billing out first."), ("callee", "Sure.")]
    assert action_items(lines) == []


def test_a_passive_future_asked_is_no_task() -> None:
    lines = [("caller", "And my deposit will be refunded by Friday?"), ("callee", "Yes.")]
    assert action_items(lines) == []
