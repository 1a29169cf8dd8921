"""When a partial is worth decoding: a decoding thread of this process is free AND the
machine has CPU to spare (ADR 0028, addendum "partials yield to a busy machine"); finals are
never held back. And the decoding threads really run at once: the model is loaded with as
many CTranslate2 workers as the transcriber has threads."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, cast

from callvault.core.cpu_load import CpuLoad
from callvault.intelligence.asr.model import ModelConfig, load_whisper
from callvault.intelligence.live.transcriber import LiveTranscriber


class FixedLoad(CpuLoad):
    def __init__(self, busy: float) -> None:
        self.value = busy

    def busy(self) -> float:
        return self.value


def _transcriber(load: CpuLoad, partials_below: float) -> LiveTranscriber:
    unused = cast(Any, None)  # the gate touches neither the database nor the bus
    return LiveTranscriber(
        db=unused, keyring=unused, bus=unused, decoder=unused,
        partials_below=partials_below, cpu_load=load,
    )  # fmt: skip


def test_partials_wait_for_spare_cpu_on_the_machine() -> None:
    load = FixedLoad(0.5)
    t = _transcriber(load, partials_below=0.85)
    assert t._spare_cpu()
    load.value = 0.85
    assert not t._spare_cpu()
    load.value = 0.99
    assert not t._spare_cpu()
    assert t.stats.partials_shed == 2
    load.value = 0.2
    assert t._spare_cpu()


def test_at_one_the_machine_s_load_is_ignored() -> None:
    t = _transcriber(FixedLoad(1.0), partials_below=1.0)
    assert t._spare_cpu()
    assert t.stats.partials_shed == 0


def test_a_busy_decoding_thread_still_holds_partials_back() -> None:
    t = _transcriber(FixedLoad(0.0), partials_below=0.85)

    async def run() -> bool:
        gate = threading.Event()
        running = asyncio.ensure_future(t._decoding.run(gate.wait, final=True))
        await asyncio.sleep(0.05)
        spare = t._spare_cpu()
        gate.set()
        await running
        return spare

    assert asyncio.run(run()) is False
    assert t._spare_cpu()
    t._decoding.close()


def test_the_model_runs_as_many_decodes_at_once_as_asked() -> None:
    assert load_whisper(ModelConfig(cpu_threads=1, workers=2)).model.num_workers == 2
    assert load_whisper(ModelConfig(cpu_threads=1)).model.num_workers == 1
