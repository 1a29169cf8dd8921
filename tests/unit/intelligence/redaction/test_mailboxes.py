"""A business's shared mailbox stays; a person's address is hidden, however it is said.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect, redact
from callvault.intelligence.redaction.entities import EntityType

TYPES = frozenset(EntityType)


@pytest.mark.parametrize(
    "text",
    [
        "Send the form to bookings@harbourline.com please.",
        "Our address is info at Larkfield Dental dot com.",
        "Email accounts at greywell dot co dot uk with the invoice.",
    ],
)
def test_a_shared_mailbox_stays(text: str) -> None:
    assert redact(text, detect(text, types=TYPES)) == text


@pytest.mark.parametrize(
    "text",
    [
        "Mine is ngozi77@gmail.com.",
        "It's j dot okafor at yahoo dot com.",
        "Try bookings.ngozi@gmail.com.",
    ],
)
def test_a_persons_address_is_hidden(text: str) -> None:
    assert "[EMAIL]" in redact(text, detect(text, types=TYPES))
