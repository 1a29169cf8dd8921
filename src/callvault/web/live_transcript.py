"""The live transcriber of a web process (ADR 0028): built when `live_transcript` is on, with
the bundled model (or `asr_model_dir`), one decoding thread per `live_transcript_threads`.
The model loads on the first answered call of a workspace with voice intelligence on. Each
app has its own final-segment hooks (not the module-wide registry), and the live assist
(cards and sentiment, ADR 0029) is subscribed to them here."""

from __future__ import annotations

from callvault.comms.live.assist import LiveAssist
from callvault.intelligence.asr.model import ModelConfig
from callvault.intelligence.live.decoder import LiveDecoder
from callvault.intelligence.live.final_segments import FinalSegment, FinalSegmentHooks
from callvault.intelligence.live.transcriber import LiveTranscriber
from callvault.wiring import Container


def live_transcriber(container: Container, *, assist: LiveAssist) -> LiveTranscriber | None:
    settings = container.settings
    if not settings.live_transcript:
        return None
    config = ModelConfig(
        path=settings.asr_model_dir,
        compute_type=settings.asr_compute_type,
        cpu_threads=1,  # one chunk per thread; threads = live_transcript_threads
        workers=settings.live_transcript_threads,  # else the model runs one decode at a time
    )
    return LiveTranscriber(
        db=container.db,
        keyring=container.keyring,
        bus=container.bus,
        decoder=LiveDecoder(config),
        threads=settings.live_transcript_threads,
        partials_below=settings.live_transcript_partials_below,
        hooks=assisted(FinalSegmentHooks(), assist),
    )


def assisted(hooks: FinalSegmentHooks, assist: LiveAssist) -> FinalSegmentHooks:
    """hooks, with every final segment also given to the live assist."""

    async def to_assist(segment: FinalSegment) -> None:
        await assist.on_final_segment(
            segment.workspace_id,
            segment.call_id,
            segment.speaker,  # "caller" or "callee"
            segment.text,
            segment.spans,
            segment_id=segment.segment_id,
        )

    hooks.on_final_segment(to_assist)
    return hooks
