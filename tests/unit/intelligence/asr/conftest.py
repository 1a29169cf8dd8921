"""One recogniser (the bundled tiny.en) for the whole session: loading costs about a second."""

from __future__ import annotations

import pytest

from callvault.intelligence.asr.recogniser import Recogniser


@pytest.fixture(scope="session")
def recogniser() -> Recogniser:
    return Recogniser()
