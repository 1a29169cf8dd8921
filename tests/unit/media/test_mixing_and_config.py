"""The mixer's arithmetic, the inbound buffer's refill rule, and ICE servers from settings."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from callvault.core.settings import Settings
from callvault.media.config import ice_servers
from callvault.media.mixer import FRAME_SAMPLES, InboundAudio, mix_for_each
from callvault.media.port import IceServer


def test_each_leg_hears_the_others_summed_and_clipped() -> None:
    loud = np.full(4, 30000, np.int16)
    quiet = np.full(4, 1000, np.int16)
    low = np.full(4, -30000, np.int16)
    mixed = mix_for_each({"a": loud, "b": quiet, "c": loud})
    assert mixed["a"].tolist() == [31000] * 4  # b + c
    assert mixed["b"].tolist() == [32767] * 4  # a + c, clipped
    assert mix_for_each({"a": low, "b": low})["a"].tolist() == [-30000] * 4
    assert mix_for_each({"x": loud})["x"].tolist() == [0] * 4  # alone: hears nothing
    assert mix_for_each({}) == {}


def _frame(samples: int, value: int) -> av.AudioFrame:
    frame = av.AudioFrame.from_ndarray(
        np.full((1, samples), value, np.int16), format="s16", layout="mono"
    )
    frame.sample_rate = 48_000
    return frame


def test_the_inbound_buffer_refills_before_playing_after_running_dry() -> None:
    inbound = InboundAudio()
    inbound.push(_frame(FRAME_SAMPLES * 2, 100))
    assert not inbound.take().any()  # 40 ms is not enough to start
    inbound.push(_frame(FRAME_SAMPLES, 100))
    for _ in range(3):
        assert inbound.take().any()
    assert not inbound.take().any()  # dry: silence, and refilling again
    inbound.push(_frame(FRAME_SAMPLES, 100))
    assert not inbound.take().any()


def test_ice_servers_come_only_from_settings(tmp_path: Path) -> None:
    assert ice_servers(Settings(data_dir=tmp_path)) == ()
    settings = Settings(
        data_dir=tmp_path,
        media_ice_servers=("stun:stun.example.org:3478", "turn:turn.example.org:3478"),
        media_turn_username="u",
        media_turn_credential="secret",  # type: ignore[arg-type]
    )
    assert ice_servers(settings) == (
        IceServer(urls=("stun:stun.example.org:3478",)),
        IceServer(urls=("turn:turn.example.org:3478",), username="u", credential="secret"),
    )
    with pytest.raises(ValueError, match="stun:"):
        ice_servers(Settings(data_dir=tmp_path, media_ice_servers=("http://x",)))
