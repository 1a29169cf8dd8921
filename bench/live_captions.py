"""Caption latency and CPU of the live transcript (ADR 0028), through a real `callvault serve`
(two web processes and the media process) with aiortc softphones (PCMU, DTLS-SRTP).

Each call is a conversation: caller and callee take turns saying generated sentences (hibari
voice, some with card numbers, dates and amounts). Latency is measured from the end of a
sentence's speech, as sent by the speaking phone, to the arrival of its *final* redacted
`call.transcript` at the other party's socket; p50 and p95 over all sentences of all calls.

Every call is recorded (the workspace's policy is "always": the announcement, then one
encrypted channel per party), and each sentence as the other party heard it is scored with
wide-band PESQ against the sentence sent, with transcription off and on: the audio at that
load must not suffer from the transcription beside it.

CPU: the same calls are run twice in one session, first with voice intelligence off (no
transcription: the baseline, media and signaling only) and then on; the web processes' CPU
time (where transcription runs) and the media process's are sampled over each run. The
difference per call is what live transcription costs.

    PYTHONPATH=src python bench/live_captions.py [--calls 1] [--rounds 1]

Measured 2026-12-03 on the 2-core machine (shared with other work), ADR 0028: one call
(load 5-8) p50 0.98 s, p95 1.70 s, transcription 26 % of a core per call with someone always
speaking (web processes 14.0 % vs 0.9 % without; media 11-13 %); three concurrent calls
(load 10) p50 1.27 s, p95 3.73 s, 21 % per call. Before short-context decoding (padded
30 s windows, load ~18): p50 3.05 s, p95 9.55 s, 50 % per call.
Six calls (3 per core), stop 22 (2026-12-04) on a slower machine: main before p50 1.27 s,
p95 5.90 s, 27 % per call; with card digit loops cut instead of decoded again and partials
yielding to a busy machine (ADR 0028, stop 22 addendum) p50 1.22 s, p95 1.67 s, 15.8 % per
call.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aioice.ice
import httpx
import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.live_clients import Person, Softphone, people, softphone_on
from tests.support.serve_process import Serve, add_user_who_chose, serving
from tests.support.speech import speak

SENTENCES = (
    (0, "Thanks for calling, how can I help you today?"),
    (1, "Hi, I'd like to pay the invoice I got last week."),
    (0, "Of course. Can I have the card number please?"),
    (1, "Sure, it's 4111 1111 1111 1111."),
    (0, "Thank you. And the expiry date?"),
    (1, "September twenty twenty eight."),
    (0, "Great, that's two hundred and forty dollars in total."),
    (1, "Perfect, and can you send the receipt by email?"),
    (0, "Yes, it will arrive within the hour."),
    (1, "Thanks so much for your help, goodbye."),
)
RATE = 16_000
ANNOUNCEMENT_S = 5.0  # "this call is recorded", heard by both parties after the answer
FINAL_WAIT = 20.0  # a sentence with no final by then counts as missed
SETTLE = 2.5
MISSED = float("inf")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _speech_end(samples: np.ndarray) -> float:
    """Seconds into samples where the speech ends (last 10 ms window above -40 dBFS)."""
    win = RATE // 100
    frames = samples[: len(samples) // win * win].reshape(-1, win)
    loud = np.nonzero(np.sqrt(np.mean(frames**2, axis=1)) > 0.01)[0]
    return float((loud[-1] + 1) * win / RATE) if len(loud) else 0.0


def _more_people(serve: Serve, owner: Person, count: int) -> list[Person]:
    out: list[Person] = []
    with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=60) as api:
        api.headers["authorization"] = f"Bearer {owner.token}"
        for i in range(count):
            email = f"bench{i}-{time.monotonic_ns()}@callvault.local"
            person = {"email": email, "name": f"Bench Person {i}"}
            # An admin's password is temporary: each person chooses their own first.
            user_id, token = add_user_who_chose(serve, api, person, "b" * 16 + "-7Q!", "127.0.0.1")
            out.append(Person(user_id, token))
    return out


def _set_transcription(serve: Serve, owner: Person, on: bool) -> None:
    with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=30) as api:
        r = api.patch(
            "/api/v1/intelligence/settings",
            json={"enabled": on},
            headers={"authorization": f"Bearer {owner.token}"},
        )
        assert r.status_code == 200, r.text


async def _conversation(
    caller: Softphone, callee: Softphone, callee_person: Person, transcribe: bool
) -> tuple[list[float], list[float]]:
    """(caption latency per sentence, PESQ of each sentence as the other party heard it)."""
    call_id = await caller.invite(callee_person)
    await callee.answer(call_id)
    await caller.expect("call.answered", call_id=call_id)
    for phone in (caller, callee):
        assert phone.device is not None
        await phone.device.connected(timeout=60)
    await asyncio.sleep(ANNOUNCEMENT_S)  # the recording announcement plays to both parties
    latencies: list[float] = []
    heard: list[tuple[np.ndarray, np.ndarray]] = []
    phones = (caller, callee)
    for speaker, text in SENTENCES:
        talker, listener = phones[speaker], phones[1 - speaker]
        assert listener.device is not None
        clip = speak(text)
        end = _speech_end(clip)
        mark = listener.device.mark()
        started = time.monotonic()
        talker.say(clip)
        spoken_end = started + end
        if transcribe:
            who = "caller" if speaker == 0 else "callee"
            final = await _final(listener, call_id, who, spoken_end)
            latencies.append(final - spoken_end if final is not None else MISSED)
            await asyncio.sleep(max(0.0, started + len(clip) / RATE + 0.3 - time.monotonic()))
        else:
            await asyncio.sleep(len(clip) / RATE + 0.8)
        heard.append((clip, listener.device.since(mark)))
    await caller.send(type="call.hangup", call_id=call_id)
    await callee.expect("call.ended", call_id=call_id, within=60)
    # Scored after the call: PESQ takes CPU the calls were measured without.
    return latencies, [_sentence_pesq(clip, got) for clip, got in heard]


def _sentence_pesq(clip16: np.ndarray, heard48: np.ndarray) -> float:
    """Wide-band PESQ of one sentence as heard (48 kHz, from when it started to be said)
    against the sentence sent, aligned at the lag where they match best."""
    from pesq import pesq

    if len(heard48) < 3 * len(clip16):
        return 1.0  # less than the sentence arrived
    heard = heard48.astype(np.float64)[: len(heard48) // 3 * 3].reshape(-1, 3).mean(axis=1)
    sent = clip16.astype(np.float64) * 32767
    n = 1 << int(np.ceil(np.log2(len(heard) + len(sent))))
    corr = np.fft.irfft(np.fft.rfft(heard, n) * np.conj(np.fft.rfft(sent, n)), n)
    lag = int(np.argmax(corr[: len(heard) - len(sent) + 1]))
    return float(pesq(RATE, sent, heard[lag : lag + len(sent)], "wb"))


async def _final(phone: Softphone, call_id: str, speaker: str, spoken_end: float) -> float | None:
    """When the sentence's last final arrived: a pause inside a sentence can close a chunk
    (a final) while it is still being said, so finals are taken until none follows for
    SETTLE s after one that arrived past the end of speech. None: none arrived after it
    within FINAL_WAIT s (missed)."""
    last: float | None = None
    while True:
        done = last is not None and last >= spoken_end
        try:
            m = await phone.expect(
                "call.transcript",
                call_id=call_id,
                within=SETTLE if done else FINAL_WAIT,
                speaker=speaker,
            )
        except AssertionError:
            return last if done else None
        if m["final"] and m["text"]:
            last = time.monotonic()


def _cpu(processes: list[psutil.Process]) -> float:
    return float(sum(p.cpu_times().user + p.cpu_times().system for p in processes))


def _split(serve: Serve) -> tuple[list[psutil.Process], list[psutil.Process]]:
    """(web processes, media process) among serve's children."""
    web = [psutil.Process(pid) for pid in serve.listening_workers()]
    media = []
    for child in psutil.Process(serve.popen.pid).children():
        conns = child.net_connections(kind="unix")
        if any(c.laddr and str(c.laddr).endswith("/media.sock") for c in conns):
            media.append(child)
    return web, media


async def _run(serve: Serve, pairs: list[tuple[Person, Person]], transcribe: bool) -> Any:
    phones = []
    for a, b in pairs:
        caller, pid = await softphone_on(serve, a, 0.0, speaks=True)
        callee, _ = await softphone_on(serve, b, 0.0, avoid=pid, speaks=True)
        phones.append((caller, callee, b))
    web, media = _split(serve)
    web_before, media_before, wall = _cpu(web), _cpu(media), time.monotonic()
    try:
        results = await asyncio.gather(*(_conversation(c, e, b, transcribe) for c, e, b in phones))
    finally:
        for c, e, _ in phones:
            await c.close()
            await e.close()
    seconds = time.monotonic() - wall
    return (
        [x for r, _ in results for x in r],
        [x for _, q in results for x in q],
        (_cpu(web) - web_before) / seconds,
        (_cpu(media) - media_before) / seconds,
        seconds,
    )


@dataclass(frozen=True)
class Captions:
    """One run's figures: transcription off, then on, with the same calls."""

    calls: int
    latencies: list[float]  # end of speech -> final, per sentence; MISSED when none came
    pesq_off: list[float]  # each sentence as the other party heard it, transcription off
    pesq_on: list[float]  # the same, with
    web_off: float  # web processes' CPU (cores) without transcription
    web_on: float
    media_on: float  # the media process's, with
    seconds_on: float
    speech_s: float  # seconds of speech transcribed

    @property
    def measured(self) -> list[float]:
        return [x for x in self.latencies if x != MISSED]

    @property
    def missed(self) -> int:
        return len(self.latencies) - len(self.measured)

    @property
    def cpu_per_call(self) -> float:
        """Transcription's CPU (cores) per call with someone always speaking: the web
        processes' CPU beyond the baseline rate, per second of speech."""
        return (self.web_on - self.web_off) * self.seconds_on / self.speech_s

    def p(self, q: float) -> float:
        return _percentile(self.measured, q) if self.measured else MISSED

    @property
    def pesq_drop(self) -> float:
        """How much worse the median sentence sounded with live transcription than without
        (same calls, same load otherwise)."""
        return statistics.median(self.pesq_off) - statistics.median(self.pesq_on)


def measure(calls: int, rounds: int = 1) -> Captions:
    aioice.ice.get_host_addresses = lambda **_: ["127.0.0.1"]
    for _, text in SENTENCES:
        speak(text)  # made (or read from the cache) before anything is timed
    with (
        tempfile.TemporaryDirectory() as tmp,
        serving(Path(tmp), processes=2, media_host_addresses='["127.0.0.1"]') as serve,
    ):
        owner, member = people(serve)
        others = _more_people(serve, owner, 2 * calls - 2)
        everyone = [owner, member, *others]
        pairs = [(everyone[2 * i], everyone[2 * i + 1]) for i in range(calls)]
        _record_every_call(serve, owner)
        rows = []
        for transcribe in (False, True):
            _set_transcription(serve, owner, transcribe)
            latencies: list[float] = []
            scores: list[float] = []
            web = media = seconds = 0.0
            for _ in range(rounds):
                got, pesq, web, media, seconds = asyncio.run(_run(serve, pairs, transcribe))
                latencies += got
                scores += pesq
            rows.append((latencies, scores, web, media, seconds))
    speech = sum(len(speak(text)) for _, text in SENTENCES) / RATE * rounds * calls
    (_, pesq_off, web_off, _, _), (latencies, pesq_on, web_on, media_on, seconds_on) = rows
    return Captions(
        calls, latencies, pesq_off, pesq_on, web_off, web_on, media_on, seconds_on, speech
    )


def _record_every_call(serve: Serve, owner: Person) -> None:
    """The workspace records every call (as the capacity bench does): the transcribed calls
    are recorded calls, with the announcement and one encrypted channel per party."""
    with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=30) as api:
        r = api.put(
            "/api/v1/recording-policies",
            json={"scope": "workspace", "mode": "always"},
            headers={"authorization": f"Bearer {owner.token}"},
        )
        assert r.status_code == 200, r.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=1, help="concurrent calls")
    parser.add_argument("--rounds", type=int, default=1, help="conversations per call")
    args = parser.parse_args()
    r = measure(args.calls, args.rounds)
    load = psutil.getloadavg()[0]
    print(f"live captions, {args.calls} concurrent call(s), {len(SENTENCES)} sentences each")
    print(f"load average at the end: {load:.1f} on {psutil.cpu_count()} cores")
    print(f"{'transcribe':>10} {'web CPU %':>10} {'media CPU %':>12}")
    print(f"{'off':>10} {r.web_off * 100:>10.1f}")
    print(f"{'on':>10} {r.web_on * 100:>10.1f} {r.media_on * 100:>12.1f}")
    print(f"sentences without a final within {FINAL_WAIT:.0f} s: {r.missed}")
    print(
        f"audio as heard (PESQ, median / min of {len(r.pesq_on)} sentences): transcription off "
        f"{statistics.median(r.pesq_off):.2f} / {min(r.pesq_off):.2f}, on "
        f"{statistics.median(r.pesq_on):.2f} / {min(r.pesq_on):.2f} (drop {r.pesq_drop:+.2f})"
    )
    print(
        f"transcription CPU: {r.cpu_per_call * 100:.1f} % of a core per call with someone "
        f"always speaking ({r.speech_s:.0f} s of speech)"
    )
    print(
        f"caption latency, end of speech -> final at the other client (n={len(r.measured)}): "
        f"p50 {r.p(0.5):.2f} s, p95 {r.p(0.95):.2f} s, "
        f"mean {statistics.fmean(r.measured):.2f} s, max {max(r.measured):.2f} s "
        f"(targets p50 <= 1.5 s, p95 <= 3 s)"
    )


if __name__ == "__main__":
    main()
