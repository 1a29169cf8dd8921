"""Action items as phone calls say them (issue #11): a promise the recogniser cut after
"I'll", "where should I send…", a role ("an inspector will…") promised by the agent, a date in
the next sentence, and what is not a follow-up ("I'll update that", "I need to…", "I'll do it"
repeating a request). Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.extractive import extractive_notes
from tests.support.noting import MONDAY, PARTIES, action_items
from tests.support.transcripts import build_transcript


def test_promise_cut_after_ill_is_joined_and_dated_by_the_next_sentence() -> None:
    items = action_items(
        [
            ("callee", "Your old card is cancelled now and I'll"),
            ("caller", "Thank goodness."),
            ("callee", "post a new card to your home address. It should get to you by Thursday."),
        ]
    )
    (item,) = items
    assert item.what == "post a new card to your home address"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")
    assert (item.when, item.due) == ("by Thursday", date(2026, 3, 5))


def test_where_should_i_send_is_the_askers_task_and_a_later_both_merges() -> None:
    items = action_items(
        [
            ("callee", "Where should I send the receipt and the warranty?"),
            ("caller", "To my work address please."),
            ("callee", "Okay, I'll send both this afternoon."),
        ]
    )
    (item,) = items
    assert item.what.startswith("send the receipt")
    assert item.owner == "Ines Moreau"
    assert item.when == "this afternoon" and item.due == MONDAY


def test_a_role_promised_by_the_agent_is_owned_by_the_agent() -> None:
    (item,) = action_items([("callee", "An inspector will visit you on Friday about the damp.")])
    assert item.what == "have an inspector visit you about the damp"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")
    assert item.due == date(2026, 3, 6)


def test_owner_is_the_party_reference_when_names_are_hidden() -> None:
    (item,) = action_items([("callee", "I will email you the quote tomorrow.")], parties=None)
    assert (item.owner, item.party) == (None, "callee")


def test_not_follow_ups() -> None:
    items = action_items(
        [
            ("caller", "I need to book a plumber for the flat upstairs."),
            ("callee", "Got it, I'll update that."),
            ("callee", "Please bring your meter card on Wednesday."),
            ("caller", "Sure, I'll bring it."),
        ]
    )
    assert [(i.what, i.owner) for i in items] == [("bring your meter card", "Tobias Lindqvist")]
    assert len(items[0].evidence) == 2  # the repeat joined the request


def test_a_day_of_another_clause_is_not_the_requests_and_the_reply_dates_it() -> None:
    items = action_items(
        [
            (
                "callee",
                "You'll need to sign the lease within two working days, or it lapses, "
                "and can you send me the bank letter for our records?",
            ),
            ("caller", "Sure, I'll forward it tomorrow."),
        ]
    )
    by_what = {i.what: (i.owner, i.when) for i in items}
    assert by_what["sign the lease"] == ("Tobias Lindqvist", "within two working days")
    assert by_what["send me the bank letter for our records"] == ("Tobias Lindqvist", "tomorrow")


def test_a_day_said_first_in_its_own_clause_is_still_the_tasks() -> None:
    (item,) = action_items([("callee", "Tomorrow, I'll send the bank letter over.")])
    assert (item.what, item.due) == ("send the bank letter over", date(2026, 3, 3))


def test_what_the_listener_can_do_on_a_day_is_their_task_and_keeps_its_day() -> None:
    items = action_items(
        [
            ("caller", "She's only got two tablets left."),
            ("callee", "I'll ask the vet to approve more."),
            ("callee", "You can pick them up tomorrow after one."),
        ]
    )
    by_what = {i.what: (i.owner, i.due) for i in items}
    assert by_what["ask the vet to approve more"] == ("Ines Moreau", None)
    assert by_what["pick them up after one"] == ("Tobias Lindqvist", date(2026, 3, 3))


def test_what_the_listener_can_do_without_a_day_or_if_something_happens_is_no_task() -> None:
    for said in ("You can call us any time.", "If it hurts, you can call us tomorrow."):
        assert action_items([("caller", "Okay."), ("callee", said)]) == []


def test_a_title_or_a_price_does_not_end_the_sentence_of_a_task() -> None:
    (item,) = action_items([("caller", "I'll get a new allergy plan from Dr. Osei by Friday.")])
    assert (item.what, item.due) == ("get a new allergy plan from Dr. Osei", date(2026, 3, 6))
    (item,) = action_items([("callee", "The fee is $12.50. I'll post the receipt tomorrow.")])
    assert (item.what, item.due) == ("post the receipt", date(2026, 3, 3))


def test_an_hour_alone_ending_the_clause_is_today() -> None:
    (item,) = action_items([("caller", "Okay."), ("callee", "Please clear the space before two.")])
    assert (item.what, item.when, item.due) == ("clear the space", "before two", MONDAY)
    assert action_items([("caller", "Okay."), ("callee", "We need to cut it by two days.")]) == []


def test_an_instruction_after_an_aside_or_a_condition_with_its_own_day_is_a_task() -> None:
    for said, what in (
        ("Smart lady, bring photo ID on Wednesday.", "bring photo ID"),
        ("If you have a photo of the car, upload it by Wednesday.", "upload it"),
    ):
        (item,) = action_items([("caller", "Okay."), ("callee", said)])
        assert (item.owner, item.what, item.due) == ("Tobias Lindqvist", what, date(2026, 3, 4))
    assert action_items([("caller", "Okay."), ("callee", "Honestly, bring it whenever.")]) == []


def test_a_pronoun_task_with_its_particle_after_or_two_verbs_takes_the_thing_said_before() -> None:
    items = action_items(
        [
            ("caller", "Okay."),
            ("callee", "I'll email you the consent form today."),
            ("callee", "Sign it and send it back by Friday."),
        ]
    )
    assert [i.what for i in items] == [
        "email you the consent form",
        "sign the consent form and send it back",
    ]
    items = action_items(
        [
            ("caller", "Okay."),
            ("callee", "I'll post you the claim forms today."),
            ("callee", "Fill them out by Friday."),
        ]
    )
    assert items[-1].what == "fill out the claim forms"


def test_a_carried_pronoun_takes_the_paper_or_sum_named_just_before() -> None:
    (item,) = action_items(
        [
            ("caller", "It's the windscreen, there's a crack right across it."),
            ("callee", "I'll need a photo of the damage for the insurer."),
            ("callee", "Could you text it to us tonight?"),
        ]
    )
    assert item.what == "text the photo of the damage to us"
    assert (item.owner, item.due) == ("Tobias Lindqvist", MONDAY)
    (item,) = action_items(
        [
            ("callee", "Who gets the certificate?"),
            ("caller", "My landlord, he handles all that."),
            ("callee", "I'll email it to him within two days."),
        ]
    )
    assert item.what == "email the certificate to him"
    assert item.owner == "Ines Moreau"
    (item,) = action_items(
        [
            ("caller", "I still need the signed contract."),
            ("callee", "Our manager will send it tomorrow."),
        ]
    )
    assert item.what == "have our manager send the signed contract"


def test_a_carried_pronoun_with_no_paper_or_sum_just_before_stays_as_said() -> None:
    (item,) = action_items(
        [("caller", "The parcel is too big."), ("callee", "I'll send it tomorrow.")]
    )
    assert item.what == "send it"
    far = [("caller", "The invoice is wrong.")] + [("callee", "Okay.")] * 3
    (item,) = action_items([*far, ("callee", "I'll send it tomorrow.")])
    assert item.what == "send it"


def test_a_list_to_put_someone_on_is_a_task_and_that_thing_is_named() -> None:
    items = action_items(
        [
            ("caller", "Nothing sooner?"),
            ("callee", "I'll put you on the waiting list. I'll put you through to billing now."),
            ("callee", "And upload that receipt by Wednesday."),
        ]
    )
    assert [(i.what, i.party) for i in items] == [
        ("put you on the waiting list", "callee"),
        ("upload that receipt", "caller"),
    ]
    assert items[1].due == date(2026, 3, 4)


def test_a_carried_pronoun_before_a_noun_is_a_determiner() -> None:
    (item,) = action_items(
        [
            ("caller", "I have the invoice here."),
            ("callee", "Can you send that receipt to us today?"),
        ]
    )
    assert item.what == "send that receipt to us"


def test_a_carried_pronoun_asked_for_with_please_as_the_head_reads_it(
    head: CommitmentClassifier,
) -> None:
    lines = [
        ("caller", "Okay, there's a lot out back."),
        ("callee", "I'll need a photo of the crack. Could you please text it to us tonight,"),
    ]
    notes = extractive_notes(
        build_transcript(lines), reference_date=MONDAY, parties=PARTIES, classifier=head
    )
    assert [i.what for i in notes.action_items] == ["text the photo of the crack to us"]
