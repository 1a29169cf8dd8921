"""Received audio, decoded for every leg of the engine by one thread (ADR 0022, addendum
"One decoder thread").

aiortc 1.16 gives each receiver a decoder thread of its own that hands every decoded 20 ms
frame back to the event loop through `run_coroutine_threadsafe` (a coroutine, a task and a
cross-thread wake-up per frame, then a reader task step per frame): that hand-off, not the
Opus decode, was the media process's largest cost. Decoding on the loop instead was cheaper
but made frames reach the mixer late under load (PESQ 4.4 -> 2.3 at 4 calls), so here the
decode stays off the loop and the hand-back is gone: one thread per engine takes every leg's
encoded frames, decodes them with that leg's own decoder and appends the samples straight
into the leg's `InboundAudio` (a lock-guarded buffer the call's clock reads). The loop's only
per-frame work is a `deque.append` in aiortc's RTP handler (no wake-up: the thread drains the
frames of every leg in batches, every `BATCH_SECONDS`); a busy loop no longer delays audio on
its way to the mixer.

How the frames are taken: aiortc's `RTCRtpReceiver` puts each reassembled frame on a private
`queue.Queue` (`_RTCRtpReceiver__decoder_queue`) that its decoder thread reads. `attach`
replaces that attribute with a `_Sink` (the same `put`/`get` the receiver and its thread use):
frames go to the engine's thread; `get` and the end marker (`None`) go to the original queue,
so aiortc's own thread idles on it and still ends, and ends the track, when the receiver
stops. This is a private attribute of aiortc 1.16 (pinned in pyproject): the unit test
tests/unit/media/test_decode.py drives a real receiver through it and fails if aiortc changes
it; `attach` answers False when the attribute is missing, and the engine then reads the
remote track as before."""

from __future__ import annotations

import collections
import logging
import queue
import threading
import time
from typing import Any

import av
import numpy as np
from aiortc.codecs import get_decoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtcrtpparameters import RTCRtpCodecParameters
from aiortc.rtcrtpreceiver import RTCRtpReceiver
from av.audio.codeccontext import AudioCodecContext

from callvault.media.mixer import FRAME_SAMPLES, RATE, InboundAudio

log = logging.getLogger("callvault.media")

# The receiver's private queue, by Python's name mangling of `self.__decoder_queue`.
_QUEUE_ATTRIBUTE = "_RTCRtpReceiver__decoder_queue"
# The decoder thread wakes this often while frames come in and decodes all that arrived
# meanwhile: one wake-up (and GIL hand-over) per 10 ms for every leg together, instead of one
# per frame per leg. It delays a frame by at most this (5 ms on average), well inside the
# 60 ms the inbound buffer primes before it plays.
BATCH_SECONDS = 0.010
# After this long with nothing to decode the thread sleeps until a frame comes.
_IDLE_SECONDS = 1.0


class LegDecoding:
    """One leg's decoding state. Used by the decoder thread only, except `detach` (any thread):
    a detached leg's queued frames are dropped."""

    def __init__(self, inbound: InboundAudio) -> None:
        self.inbound = inbound
        self.attached = True
        self._codec_name: str | None = None
        self._decoder: Any = None  # an aiortc Decoder, or our own mono Opus context
        self._resampler: av.AudioResampler | None = None

    def detach(self) -> None:
        self.attached = False

    def decode(self, codec: RTCRtpCodecParameters, encoded: JitterFrame) -> None:
        if codec.name != self._codec_name:
            self._codec_name = codec.name
            self._decoder = _opus_decoder() if codec.name.lower() == "opus" else get_decoder(codec)
            self._resampler = None
        if isinstance(self._decoder, AudioCodecContext):
            # Opus decoded straight to mono: libopus downmixes a stereo stream itself, so
            # nothing is upmixed to stereo (aiortc's decoder) to be mixed down again.
            frames = self._decoder.decode(av.Packet(encoded.data))
            if len(frames) == 1 and _mixer_ready(frames[0]) and frames[0].samples == FRAME_SAMPLES:
                # One 20 ms frame from one packet: the packet goes with it, so a two-party
                # call can forward it instead of encoding the samples again (mixer.py).
                self.inbound.push_samples(frames[0].to_ndarray().reshape(-1), encoded.data)
                return
        else:  # G.711 or G.722 through aiortc's decoder, resampled to 48 kHz mono
            frames = self._decoder.decode(encoded)
        for frame in frames:
            self._push(frame)

    def _push(self, frame: av.AudioFrame) -> None:
        if _mixer_ready(frame):
            self.inbound.push_samples(frame.to_ndarray().reshape(-1))
            return
        if self._resampler is None:
            self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        for out in self._resampler.resample(frame):
            self.inbound.push_samples(out.to_ndarray().reshape(-1).astype(np.int16, copy=False))


class _Sink:
    """Stands in for a receiver's decoder queue (see the module's docstring)."""

    def __init__(self, original: queue.Queue[Any], leg: LegDecoding, thread: DecoderThread):
        self._original = original
        self._leg = leg
        self._thread = thread

    def put(self, item: Any) -> None:  # aiortc calls put(item) only
        if item is None:  # the receiver stops: aiortc's idle thread ends, and ends the track
            self._leg.detach()
            self._original.put(None)
        else:
            self._thread.submit(self._leg, item)

    def get(self) -> Any:  # aiortc's own (idle) decoder thread
        return self._original.get()


class DecoderThread:
    """One thread decoding every attached leg's received audio, in arrival order, in batches."""

    def __init__(self, name: str = "media-decoder", batch_seconds: float = BATCH_SECONDS) -> None:
        self._name = name
        self._batch_seconds = batch_seconds
        # Appended on the loop, popped by the thread: deque's append and popleft are atomic.
        self._inbox: collections.deque[Any] = collections.deque()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = False
        # Set by `submit` only while the thread sleeps for lack of frames (see _run).
        self._idle = False
        self._work = threading.Event()

    def attach(self, receiver: RTCRtpReceiver, inbound: InboundAudio) -> LegDecoding | None:
        """Decode this receiver's audio into `inbound` from now on; None when this aiortc has
        no decoder queue to take over (the caller reads the track instead)."""
        original = getattr(receiver, _QUEUE_ATTRIBUTE, None)
        if not isinstance(original, queue.Queue):
            return None
        leg = LegDecoding(inbound)
        setattr(receiver, _QUEUE_ATTRIBUTE, _Sink(original, leg, self))
        self._start()
        return leg

    def submit(self, leg: LegDecoding, item: tuple[RTCRtpCodecParameters, JitterFrame]) -> None:
        self._inbox.append((leg, item))
        if self._idle:
            self._idle = False
            self._work.set()

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
            self._stopping = True
        if thread is not None:
            self._work.set()
            thread.join()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._stopping = False
                # A daemon: an engine never closed (a test's) must not keep the process alive.
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()

    def _run(self) -> None:
        inbox = self._inbox
        quiet_since = time.monotonic()
        while not self._stopping:
            if not inbox:
                if time.monotonic() - quiet_since < _IDLE_SECONDS:
                    time.sleep(self._batch_seconds)
                    continue
                # Idle: sleep until `submit` sets the event. `_idle` is set before the inbox is
                # checked again, so a frame appended meanwhile is either seen here or wakes us.
                self._work.clear()
                self._idle = True
                if not inbox and not self._stopping:
                    self._work.wait()
                self._idle = False
                continue
            while inbox:
                leg, (codec, encoded) = inbox.popleft()
                if leg.attached:
                    _decode(leg, codec, encoded)
            quiet_since = time.monotonic()
            time.sleep(self._batch_seconds)


def _decode(leg: LegDecoding, codec: RTCRtpCodecParameters, encoded: JitterFrame) -> None:
    try:
        leg.decode(codec, encoded)
    except av.FFmpegError as exc:  # one bad frame: the decoder keeps its state
        log.debug("media: a received %s frame could not be decoded: %s", codec.name, exc)
    except Exception:  # never let one leg's audio end every leg's decoding
        log.exception("media: a received frame could not be decoded")


def _mixer_ready(frame: av.AudioFrame) -> bool:
    """48 kHz mono 16-bit: what the mixer's buffers hold, so no resampling is needed."""
    return (
        frame.format.name == "s16" and frame.sample_rate == RATE and frame.layout.nb_channels == 1
    )


def _opus_decoder() -> AudioCodecContext:
    codec = av.CodecContext.create("libopus", "r")
    assert isinstance(codec, AudioCodecContext)
    codec.format = "s16"
    codec.layout = "mono"
    codec.sample_rate = RATE
    return codec
