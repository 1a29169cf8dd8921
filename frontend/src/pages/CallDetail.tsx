// One call: its facts, recordings (the browser's own player: range requests let it seek),
// the transcript by speaker turns (redacted, or raw for the roles allowed to see it), the
// generated notes and action items, the leak check's findings, and the call's own free-text
// notes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { duration, party, partyName, when, type Party } from "../format";
import { seesRawTranscript, useMe } from "../session";
import { CallMoments, CallSentiment, Marked } from "../components/call/CallInsights";
import { LeakCheck } from "../components/call/LeakCheck";
import { PlayFrom } from "../components/call/PlayFrom";
import { usePeople, type NameOf } from "../people";

type View = "redacted" | "raw";

export function CallDetailPage() {
  usePageTitle("Call");
  const nameOf = usePeople();
  const { callId } = useParams({ from: "/app/calls/$callId" });
  const me = useMe();
  const path = { params: { path: { call_id: callId } } };
  const call = useQuery({
    queryKey: ["call", callId],
    queryFn: () => unwrap(api.GET("/api/v1/calls/{call_id}", path)),
  });
  const recordings = useQuery({
    queryKey: ["call", callId, "recordings"],
    queryFn: () => unwrap(api.GET("/api/v1/calls/{call_id}/recordings", path)),
  });
  const [view, setView] = useState<View>("redacted");
  // The transcript follows the first recording as it plays, and its times seek it.
  const player = useRef<HTMLAudioElement>(null);
  const [nowMs, setNowMs] = useState<number | null>(null);
  // The transcript spans a selected note, action item or moment came from.
  const [evidence, setEvidence] = useState<readonly Span[]>([]);
  const seek = (ms: number) => {
    const audio = player.current;
    if (!audio) return;
    audio.currentTime = ms / 1000;
    void audio.play().catch(() => undefined); // autoplay may be refused; the seek stands
  };
  const mayRaw = me.data ? seesRawTranscript(me.data.role) : false;
  // Marks the spans' turns (and words), brings the first into view and sets the player there.
  const show = (spans: Span[]) => {
    setEvidence(spans);
    const first = spans[0];
    if (first) {
      document.getElementById(`turn-${first.utterance}`)?.scrollIntoView({ block: "center" });
      if (player.current) player.current.currentTime = first.start_ms / 1000;
    }
  };
  // A point of the sentiment arc: the turn being said then, and the player set there.
  const jumpTo = (ms: number) => {
    const turns = Array.from(document.querySelectorAll<HTMLElement>(".transcript li[data-end-ms]"));
    const turn = turns.find((t) => ms < Number(t.dataset.endMs)) ?? turns[turns.length - 1];
    turn?.scrollIntoView({ block: "center" });
    turn?.querySelector<HTMLElement>("button.at")?.focus({ preventScroll: true });
    if (player.current) player.current.currentTime = ms / 1000;
  };

  if (call.isPending) return <p role="status">Loading the call…</p>;
  if (call.isError)
    return (
      <p role="alert" className="error">
        {errorText(call.error)}
      </p>
    );
  const c = call.data;
  const who = speakerLabel(c, nameOf);
  return (
    <>
      <p>
        <Link to="/calls">← All calls</Link>
      </p>
      <h1>
        Call from {party(c.caller, nameOf)} to {party(c.callee, nameOf)}
      </h1>
      <dl className="facts">
        <dt>Started</dt>
        <dd>{when(c.started_at)}</dd>
        <dt>Direction</dt>
        <dd>{c.direction ?? "—"}</dd>
        <dt>Outcome</dt>
        <dd>{c.disposition ?? c.state}</dd>
        <dt>Duration</dt>
        <dd>{duration(c.duration_seconds)}</dd>
        <dt>Tags</dt>
        <dd>{c.tags.length ? c.tags.join(", ") : "—"}</dd>
      </dl>

      <section aria-labelledby="rec-h">
        <h2 id="rec-h">Recordings</h2>
        {recordings.isError && <p className="error">{errorText(recordings.error)}</p>}
        {recordings.data?.recordings.length === 0 && <p>This call has no recording.</p>}
        {recordings.data?.recordings.map((r, i) => (
          <figure key={r.id} className="recording">
            <figcaption>Recording ({r.party ?? "both parties"})</figcaption>
            <audio
              controls
              preload="metadata"
              ref={i === 0 ? player : undefined}
              onTimeUpdate={i === 0 ? (e) => setNowMs(e.currentTarget.currentTime * 1000) : undefined}
              src={`/api/v1/recordings/${encodeURIComponent(r.id)}/audio`}
            >
              Your browser cannot play this recording.
            </audio>
          </figure>
        ))}
      </section>

      {c.vi_ran && (
        <>
          <section aria-labelledby="tr-h">
            <h2 id="tr-h">Transcript</h2>
            {mayRaw && (
              <fieldset className="inline">
                <legend>Show</legend>
                {(["redacted", "raw"] as const).map((v) => (
                  <label key={v}>
                    <input
                      type="radio"
                      name="view"
                      value={v}
                      checked={view === v}
                      onChange={() => setView(v)}
                    />
                    {v === "raw" ? "Raw (unredacted)" : "Redacted"}
                  </label>
                ))}
              </fieldset>
            )}
            <Transcript
              callId={callId}
              view={view}
              nowMs={nowMs}
              evidence={evidence}
              seek={recordings.data?.recordings.length ? seek : null}
              who={who}
            />
          </section>
          <Notes callId={callId} show={show} who={who} />
          <CallMoments callId={callId} show={show} />
          <CallSentiment callId={callId} jumpTo={jumpTo} />
          <LeakCheck callId={callId} show={show} seek={recordings.data?.recordings.length ? seek : null} />
        </>
      )}
      <CallNotes call={c} />
    </>
  );
}

/** The analysis names a call's two sides "caller" and "callee": each is shown with the person
 * on that side as the heading names them ("Mia Member (callee)"), or the bare label where the
 * page knows no name. The heading already names both parties to whoever may open the call, so
 * this tells nothing new, and names *said* in the call stay redacted in the text. */
function speakerLabel(
  c: { caller: Party; callee: Party },
  nameOf: NameOf,
): (label: string) => string {
  return (label) => {
    const side = label.split("_")[0]; // "caller_2" is on the caller's side too
    if (side !== "caller" && side !== "callee") return label;
    const name = partyName(c[side], nameOf);
    return name ? `${name} (${label})` : label;
  };
}

function Transcript({
  callId,
  view,
  nowMs,
  evidence,
  seek,
  who,
}: {
  callId: string;
  view: View;
  nowMs: number | null;
  evidence: readonly Span[];
  seek: ((ms: number) => void) | null;
  who: (label: string) => string;
}) {
  const transcript = useQuery({
    queryKey: ["call", callId, "transcript", view],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/calls/{call_id}/transcript", {
          params: { path: { call_id: callId }, query: { view } },
        }),
      ),
  });
  const marked = new Map<number, Span[]>();
  for (const span of evidence) marked.set(span.utterance, [...(marked.get(span.utterance) ?? []), span]);
  if (transcript.isPending) return <p role="status">Loading the transcript…</p>;
  if (transcript.isError) return <p className="error">{errorText(transcript.error)}</p>;
  return (
    <ol className="transcript" aria-label={`Transcript (${transcript.data.view})`}>
      {transcript.data.utterances.map((u) => {
        const playing = nowMs !== null && u.start_ms <= nowMs && nowMs < u.end_ms;
        const spans = marked.get(u.index);
        return (
          <li
            key={u.index}
            id={`turn-${u.index}`}
            data-end-ms={u.end_ms}
            aria-current={playing ? "true" : undefined}
            className={`turn speaker-${u.speaker === "caller" ? "a" : "b"}${playing ? " playing" : ""}${spans ? " evidence" : ""}`}
          >
            {spans && <span className="visually-hidden">Source of the selected note: </span>}
            <Speaker label={u.speaker} who={who} />{" "}
            <PlayFrom ms={u.start_ms} seek={seek} />
            {/* Span offsets are into the redacted text the analysis read: marked there only. */}
            <p>{spans && transcript.data.view === "redacted" ? <Marked text={u.text} spans={spans} /> : u.text}</p>
          </li>
        );
      })}
    </ol>
  );
}

type Span = Schemas["SpanOut"];

function ShowSource({ spans, show, what }: { spans: Span[]; show: (s: Span[]) => void; what: string }) {
  if (spans.length === 0) return null;
  return (
    <button type="button" className="linkish" onClick={() => show(spans)} aria-label={`show in transcript: ${what}`}>
      show in transcript
    </button>
  );
}

function Notes({
  callId,
  show,
  who,
}: {
  callId: string;
  show: (spans: Span[]) => void;
  who: (label: string) => string;
}) {
  const notes = useQuery({
    queryKey: ["call", callId, "notes"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/calls/{call_id}/notes", { params: { path: { call_id: callId } } })),
  });
  if (notes.isPending) return null;
  if (notes.isError) return <p className="error">{errorText(notes.error)}</p>;
  const n = notes.data;
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">Summary and action items</h2>
      {n.degraded_reason && <p className="hint">{n.degraded_reason}</p>}
      <ul>
        {n.summary.map((line, i) => (
          <li key={i}>
            <SummaryLine text={line.text} who={who} />{" "}
            <ShowSource spans={line.evidence} show={show} what={line.text} />
          </li>
        ))}
      </ul>
      {n.action_items.length > 0 && (
        <>
          <h3>Action items</h3>
          <ul>
            {n.action_items.map((a, i) => (
              <li key={i}>
                {a.what}
                {/* With party names hidden the owner is null for most roles: the party
                    ("caller", "callee") says who owes it, named as the heading names it. */}
                {a.owner ? ` — ${a.owner}` : a.party ? ` — ${who(a.party)}` : ""}
                {a.due ? ` (due ${a.due})` : ""}{" "}
                <ShowSource spans={a.evidence} show={show} what={a.what} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A side's label as the page shows it; a person's name keeps the case it was written in
 * (the bare label is capitalised by the stylesheet). */
function Speaker({ label, who }: { label: string; who: (label: string) => string }) {
  const shown = who(label);
  return <span className={shown === label ? "speaker" : "speaker named"}>{shown}</span>;
}

/** A summary line opens with the side that said it ("caller: …", stored so where names are
 * hidden): shown as that side's party, as the transcript's turns are. */
function SummaryLine({ text, who }: { text: string; who: (label: string) => string }) {
  const said = /^((?:caller|callee)(?:_\d+)?): ([\s\S]*)$/.exec(text);
  if (!said) return <>{text}</>;
  return (
    <>
      <Speaker label={said[1]!} who={who} />: {said[2]}
    </>
  );
}

function CallNotes({ call }: { call: Schemas["CallOut"] }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(call.notes ?? "");
  useEffect(() => setText(call.notes ?? ""), [call.notes]);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/v1/calls/{call_id}", {
          params: { path: { call_id: call.id } },
          body: { notes: text },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(["call", call.id], updated),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  return (
    <section aria-labelledby="my-notes-h">
      <h2 id="my-notes-h">Notes</h2>
      <form onSubmit={submit}>
        <label>
          Notes on this call
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {save.isError && (
          <p role="alert" className="error">
            {errorText(save.error)}
          </p>
        )}
        {save.isSuccess && <p role="status">Saved.</p>}
        <button type="submit" disabled={save.isPending}>
          Save notes
        </button>
      </form>
    </section>
  );
}
