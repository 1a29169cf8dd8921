"""The stage handlers: transcribe, redact, verify, analyse and index (see the package doc)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from sqlalchemy.orm import Session

from callvault.comms.audio.stored import redacted_kind
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.intelligence import config, sealing
from callvault.intelligence.asr.audio import DecodedAudio
from callvault.intelligence.asr.errors import AsrError
from callvault.intelligence.asr.recogniser import Recogniser
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.dictionary.correct import correct
from callvault.intelligence.dictionary.prompt import hints
from callvault.intelligence.leakcheck.check import check as leak_check
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.moments import service as moments
from callvault.intelligence.pipeline import analysis, flagged, rehear, state, writes
from callvault.intelligence.pipeline.engines import Engines
from callvault.intelligence.pipeline.parties import (
    business_sides,
    for_speakers,
    party_names,
    side_of,
    speaker_names,
)
from callvault.intelligence.pipeline.runner import Outcome, StageFailed, report, run_stage
from callvault.intelligence.pipeline.sources import (
    SourceAudio,
    SourceGone,
    audio_objects,
    load,
    speakers_for,
)
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.audio import redacted_wav
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript, Utterance, reindex
from callvault.jobs.context import JobContext
from callvault.jobs.registry import HandlerRegistry
from callvault.storage.encrypted import EncryptedBlobStore

PROGRESS_EVERY_S = 2.0

# What of an audio object to transcribe: (object, its decoded audio, its channels' speakers).
Listen = Callable[[SourceAudio, DecodedAudio, Sequence[str]], DecodedAudio]


class Timed(Protocol):
    """A stretch of one speaker's audio (a redaction's `Found`, a flagged window)."""

    @property
    def speaker(self) -> str: ...
    @property
    def start_ms(self) -> int: ...
    @property
    def end_ms(self) -> int: ...


def channel_spans(
    obj: SourceAudio, channels: int, found: Sequence[Timed]
) -> list[tuple[int, int, int | None]]:
    """Audio ranges to hide: on the channel of the speaker who said the PII, on every
    channel of a file whose channels carry no single party."""
    names = speakers_for(obj, channels)
    if all(s.split("_")[0] in ("speaker", "mixed") for s in names):
        return [(f.start_ms, f.end_ms, None) for f in found]
    return [
        (f.start_ms, f.end_ms, ch)
        for f in found
        for ch in range(channels)
        if names[ch] == f.speaker
    ]


def _merge(parts: list[Transcript], language: str, duration_ms: int) -> Transcript:
    utterances: list[Utterance] = [u for p in parts for u in p.utterances]
    utterances.sort(key=lambda u: (u.start_ms, u.speaker))
    return Transcript(language=language, duration_ms=duration_ms, utterances=reindex(utterances))


@dataclass(frozen=True, slots=True)
class _Who:
    """The settings; the directory's names; the source's parties' names (those the settings
    hide: none when party names are kept); the dictionary's terms and aliases (never a leak);
    the call's business side (`parties.business_sides`)."""

    settings: config.Effective
    directory: tuple[str, ...]
    parties: list[str]
    terms: list[str]
    business: frozenset[str]


@dataclass
class Pipeline:
    db: Database
    keyring: Keyring
    blobs: EncryptedBlobStore
    engines: Engines

    def register(self, registry: HandlerRegistry) -> None:
        for stage, body in (
            ("transcribe", self._transcribe),
            ("redact", self._redact),
            ("verify", self._verify),
            ("analyse", self._analyse),
            ("index", self._index),
        ):
            registry.register(
                state.job_kind(stage),
                lambda ctx, s=stage, b=body: run_stage(self.db, ctx, s, b),  # type: ignore[misc]
                lease_seconds=self.engines.lease_seconds,
            )

    # --- helpers -----------------------------------------------------------------------

    def _open(self, row: TranscriptRow, field: str, sealed: bytes | None) -> Any:
        if sealed is None:
            raise StageFailed(f"the transcript has no {field} text yet")
        with self.db.read() as session:
            cipher = self.keyring.cipher(session, row.workspace_id)
            return sealing.unseal(cipher, row.id, field, sealed)

    def _objects(self, row: TranscriptRow) -> list[SourceAudio]:
        try:
            return audio_objects(
                self.db,
                workspace_id=row.workspace_id,
                source_type=row.source_type,
                source_id=row.source_id,
            )
        except SourceGone as exc:
            raise StageFailed(str(exc)) from None

    def _decode(self, row: TranscriptRow, kind: str, object_id: str) -> DecodedAudio:
        try:
            return load(
                self.db,
                self.blobs,
                workspace_id=row.workspace_id,
                kind=kind,
                object_id=object_id,
                max_seconds=self.engines.max_audio_seconds,
            )
        except (SourceGone, AsrError) as exc:
            raise StageFailed(str(exc)) from None

    def _recognise(
        self,
        ctx: JobContext,
        stage: str,
        row: TranscriptRow,
        kind_of: str | None,
        hints: tuple[str | None, str | None] = (None, None),
        *,
        ear: Recogniser | None = None,
        listen: Listen | None = None,
    ) -> tuple[Transcript, dict[str, DecodedAudio]]:
        """Transcribe every audio object of the source (or their renditions of kind_of);
        ear: the recogniser (by default the post-call one); listen: what of each object's
        audio to transcribe (by default all of it)."""
        objects = self._objects(row)
        recogniser = ear or self._recogniser()
        total = sum(max(o.duration_ms, 1) for o in objects)
        done = 0
        last = [time.monotonic()]
        parts: list[Transcript] = []
        decoded: dict[str, DecodedAudio] = {}
        for obj in objects:
            audio = self._decode(
                row, redacted_kind(obj.kind) if kind_of else obj.kind, obj.object_id
            )
            decoded[obj.object_id] = audio
            names = speakers_for(obj, len(audio.channels))
            if listen is not None:
                audio = listen(obj, audio, names)
            weight = max(obj.duration_ms, 1)

            def progress(fraction: float, base: int = done, w: int = weight) -> None:
                ctx.heartbeat()
                if time.monotonic() - last[0] >= PROGRESS_EVERY_S:
                    last[0] = time.monotonic()
                    report(self.db, ctx, stage, min(0.99, (base + fraction * w) / total))

            try:
                parts.append(
                    recogniser.transcribe(
                        audio,
                        speakers=names,
                        language=row.language,
                        hotwords=hints[0],
                        initial_prompt=hints[1],
                        progress=progress,
                    )
                )
            except AsrError as exc:
                raise StageFailed(str(exc)) from None
            done += weight
        duration = max((a.duration_ms for a in decoded.values()), default=0)
        return _merge(parts, row.language, duration), decoded

    def _recogniser(self) -> Recogniser:
        try:
            return self.engines.recogniser()
        except AsrError as exc:
            raise StageFailed(str(exc)) from None

    def _ears(self) -> list[Recogniser]:
        try:
            return self.engines.verify_ears()
        except AsrError as exc:
            raise StageFailed(str(exc)) from None

    # --- stages ------------------------------------------------------------------------

    def _transcribe(self, ctx: JobContext, row: TranscriptRow) -> Outcome:
        with self.db.read() as session:
            vocab = dictionary.vocabulary(session, self.keyring, row.workspace_id)
        common = self._recogniser().common_word
        merged, _ = self._recognise(
            ctx, "transcribe", row, None, hints(vocab.terms, vocab.names, common=common)
        )
        fixed, corrections = correct(merged, vocab.terms, vocab.names, common=common)
        model = self.engines.model_name

        def write(session: Session, current: TranscriptRow) -> None:
            writes.store_raw(
                session,
                self.keyring,
                current,
                fixed,
                model=model,
                dictionary_version=vocab.version,
                corrections=corrections,
            )

        return Outcome(write=write, next_stages=("redact",))

    def _who(self, row: TranscriptRow) -> _Who:
        """Who is on the source and who may be named in it, in one read (see `_Who`)."""
        at = {
            "workspace_id": row.workspace_id,
            "source_type": row.source_type,
            "source_id": row.source_id,
        }
        with self.db.read() as session:
            settings = config.effective(session, self.keyring, row.workspace_id)
            vocab = dictionary.vocabulary(session, self.keyring, row.workspace_id)
            parties = (
                list(party_names(session, self.keyring, **at))
                if settings.redact_party_names
                else []
            )
            business = business_sides(session, **at)
        return _Who(
            settings=settings,
            directory=vocab.names,
            parties=parties,
            terms=[w for term, aliases in vocab.terms for w in (term, *aliases)],
            business=business,
        )

    def _redact(self, ctx: JobContext, row: TranscriptRow) -> Outcome:
        raw = Transcript.from_json(self._open(row, "raw", row.raw_sealed))
        who = self._who(row)
        settings = who.settings
        types = frozenset(EntityType(t) for t in settings.entity_types)
        result = redact_transcript(
            raw,
            types=types,
            names=who.directory,
            parties=who.parties,
            fail_closed=settings.fail_closed_digits,
            business={u.speaker for u in raw.utterances if side_of(u.speaker) in who.business},
        )
        mode: Literal["silence", "tone"] = (
            "silence" if settings.audio_redaction == "silence" else "tone"
        )
        for obj in self._objects(row):
            audio = self._decode(row, obj.kind, obj.object_id)
            spans = channel_spans(obj, len(audio.channels), result.found)
            wav = redacted_wav(audio, spans, mode=mode)
            ctx.heartbeat()
            with self.db.read() as session:
                self._store_rendition(session, row.workspace_id, obj, wav)

        def write(session: Session, current: TranscriptRow) -> None:
            writes.store_redaction(session, self.keyring, current, result)

        return Outcome(write=write, next_stages=state.AFTER_REDACT)

    def _store_rendition(
        self, session: Session, workspace_id: str, obj: SourceAudio, wav: bytes
    ) -> None:
        """The redacted rendition of one source recording, replacing any earlier one."""
        self.blobs.put(
            session,
            workspace_id=workspace_id,
            kind=redacted_kind(obj.kind),
            object_id=obj.object_id,
            chunks=[wav],
        )

    def _verify(self, ctx: JobContext, row: TranscriptRow) -> Outcome:
        """The leak check (ADR 0019): the redacted text and the redacted audio, heard again
        by the recogniser, against the original, by rules of its own; what it flags is then
        hidden in both before the notes and search read the text (`flagged`), unless the
        workspace switched hiding off (`hide_flagged`: then the flags are only reported)."""
        raw = Transcript.from_json(self._open(row, "raw", row.raw_sealed))
        redacted = Transcript.from_json(self._open(row, "redacted", row.redacted_sealed))
        who = self._who(row)
        people = who.parties + (
            list(who.directory) if EntityType.PERSON.value in who.settings.entity_types else []
        )
        heard = self._heard_again(ctx, row, raw)
        result = leak_check(raw, redacted, heard, people=people, terms=who.terms)
        stored = self._open(row, "pii", row.pii_sealed) if row.pii_sealed else []
        # The same business side the redaction was given: which numbers it keeps (flagged).
        business = {u.speaker for u in raw.utterances if side_of(u.speaker) in who.business}
        hidden = flagged.hide(
            raw, redacted, result.flags, stored, business=business, on=who.settings.hide_flagged
        )
        # Built now, stored in the final transaction: a run a newer one replaced while it
        # was computing must not overwrite the newer redacted audio.
        renditions = self._silenced(ctx, row, hidden.windows, who.settings)
        doc = result.as_json()
        doc["flags"] = [
            {**f.as_json(), "hidden": h, "left_because": why}
            for f, h, why in zip(hidden.flags, hidden.hidden, hidden.left_because, strict=True)
        ]
        doc["hidden"] = sum(hidden.hidden)

        def write(session: Session, current: TranscriptRow) -> None:
            for obj, wav in renditions:
                self._store_rendition(session, current.workspace_id, obj, wav)
            if hidden.added:
                writes.store_hidden(
                    session, self.keyring, current, hidden.transcript, hidden.redactions
                )
            cipher = self.keyring.cipher(session, current.workspace_id)
            current.residual_pii = len(result.flags)  # what the check found, hidden or not
            state.put_output(
                session,
                current,
                "verification",
                sealing.seal(cipher, current.id, "verification", doc),
                {"flagged": len(result.flags), "hidden": doc["hidden"]},
            )

        return Outcome(write=write, next_stages=state.AFTER_VERIFY)

    def _silenced(
        self,
        ctx: JobContext,
        row: TranscriptRow,
        windows: Sequence[flagged.Window],
        settings: config.Effective,
    ) -> list[tuple[SourceAudio, bytes]]:
        """The redacted renditions with the flagged windows hidden, the way redaction hides
        (silence or tone), for each audio object where that changes anything."""
        if not windows:
            return []
        mode: Literal["silence", "tone"] = (
            "silence" if settings.audio_redaction == "silence" else "tone"
        )
        out: list[tuple[SourceAudio, bytes]] = []
        for obj in self._objects(row):
            audio = self._decode(row, redacted_kind(obj.kind), obj.object_id)
            wav = flagged.silenced(
                audio, channel_spans(obj, len(audio.channels), windows), mode=mode
            )
            ctx.heartbeat()
            if wav is not None:
                out.append((obj, wav))
        return out

    def _heard_again(
        self, ctx: JobContext, row: TranscriptRow, raw: Transcript
    ) -> list[Transcript]:
        """The redacted audio as each of the leak check's ears hears it: the model that wrote
        the raw transcript hears again only the ranges redaction changed (rehear.py, ADR
        0038); another model hears it all, a second opinion."""
        return [
            self._changed_heard(ctx, row, raw, ear)
            if self.engines.hears_as(ear, row.model)
            else self._recognise(ctx, "verify", row, "redacted", ear=ear)[0]
            for ear in self._ears()
        ]

    def _changed_heard(
        self, ctx: JobContext, row: TranscriptRow, raw: Transcript, ear: Recogniser
    ) -> Transcript:
        windows: dict[str, list[rehear.Window]] = {}

        def listen(obj: SourceAudio, audio: DecodedAudio, names: Sequence[str]) -> DecodedAudio:
            original = self._decode(row, obj.kind, obj.object_id)
            per_channel = [
                rehear.windows(
                    rehear.changed(before, after, audio.rate),
                    [u for u in raw.utterances if u.speaker == name],
                )
                for before, after, name in zip(
                    original.channels, audio.channels, names, strict=True
                )
            ]
            windows.update(zip(names, per_channel, strict=True))
            return rehear.masked(audio, per_channel)

        again, _ = self._recognise(ctx, "verify", row, "redacted", ear=ear, listen=listen)
        return rehear.combined(raw, again, windows)

    def _analyse(self, ctx: JobContext, row: TranscriptRow) -> Outcome:
        redacted = Transcript.from_json(self._open(row, "redacted", row.redacted_sealed))
        with self.db.read() as session:
            settings = config.effective(session, self.keyring, row.workspace_id)
            rules, aliases = moments.current_rules(session, self.keyring, row.workspace_id)
            names = speaker_names(
                session,
                self.keyring,
                workspace_id=row.workspace_id,
                source_type=row.source_type,
                source_id=row.source_id,
            )
            vocab = dictionary.vocabulary(session, self.keyring, row.workspace_id)
        terms = list(aliases)
        speakers = list(dict.fromkeys(u.speaker for u in redacted.utterances))
        model = self.engines.sentiment_model()
        result = analysis.analyse(
            redacted,
            settings=settings,
            rules=rules,
            aliases=aliases,
            terms=terms,
            refused_ports=config.own_ports(self.engines.server_port),
            # Notes name the person behind a party only where party names are kept: with
            # them hidden (the default) a name in the stored notes would undo the redaction,
            # so each item keeps its party label and the reading service renders the name
            # for viewers allowed to see it (service.notes).
            parties=None if settings.redact_party_names else for_speakers(names, speakers),
            people=vocab.names,
            sentiment_model=model,
            sentiment_fallback=self.engines.sentiment_fallback_reason,
        )
        ctx.heartbeat()

        def write(session: Session, current: TranscriptRow) -> None:
            analysis.store(session, self.keyring, current, result)

        return Outcome(
            write=write,
            state=state.DEGRADED if result.degraded_reason else state.DONE,
            reason=result.degraded_reason,
        )

    def _index(self, ctx: JobContext, row: TranscriptRow) -> Outcome:
        redacted = Transcript.from_json(self._open(row, "redacted", row.redacted_sealed))
        with self.db.read() as session:
            cipher = self.keyring.cipher(session, row.workspace_id)
            tokens = analysis.search_tokens(cipher, redacted)
        ctx.heartbeat()

        def write(session: Session, current: TranscriptRow) -> None:
            state.replace_tokens(session, current, tokens)

        return Outcome(write=write)
