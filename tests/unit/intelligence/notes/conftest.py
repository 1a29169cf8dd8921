"""The commitment head on the bundled MiniLM, as the pipeline builds it, for tests that check
what it decides."""

from __future__ import annotations

import pytest

from callvault.intelligence.notes.commitment import CommitmentClassifier, for_encoder
from callvault.intelligence.sentiment.model import load


@pytest.fixture(scope="module")
def head() -> CommitmentClassifier:
    classifier = for_encoder(load().encoder)
    assert classifier is not None
    return classifier
