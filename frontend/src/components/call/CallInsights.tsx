// A call's sentiment (the arc per speaker as a chart, the same figures as a table) and the
// moments found in it, each leading to the transcript words it came from.
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { clock } from "../../format";
import { DataTable } from "../DataTable";
import type { Arc } from "./SentimentChart";
import "./call.css";

const SentimentChart = lazy(() => import("./SentimentChart"));

export type Span = Schemas["SpanOut"];
const COLORS: Record<string, string> = { caller: "#1f4e79", callee: "#c05a00" };
const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

export function CallSentiment({ callId, jumpTo }: { callId: string; jumpTo: (ms: number) => void }) {
  const sentiment = useQuery({
    queryKey: ["call", callId, "sentiment"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/calls/{call_id}/sentiment", { params: { path: { call_id: callId } } })),
  });
  const arcs: Arc[] = useMemo(
    () =>
      (sentiment.data?.speakers ?? []).map((s, i) => ({
        label: s.speaker,
        color: COLORS[s.speaker] ?? ["#2e7d32", "#6a1b9a"][i % 2]!,
        points: s.arc.map((p) => ({ atMs: Math.round((p.start_ms + p.end_ms) / 2), score: p.score })),
      })),
    [sentiment.data],
  );
  if (sentiment.isPending) return null;
  if (sentiment.isError) return <p className="error">{errorText(sentiment.error)}</p>;
  const s = sentiment.data;
  const rows = s.speakers.flatMap((sp) => sp.arc.map((p) => ({ speaker: sp.speaker, ...p })));
  rows.sort((a, b) => a.start_ms - b.start_ms);
  return (
    <section aria-labelledby="sentiment-h">
      <h2 id="sentiment-h">Sentiment</h2>
      <p>
        Overall: <strong>{s.label}</strong> ({signed(s.overall)})
        {s.speakers.map((sp) => (
          <span key={sp.speaker}>
            {" · "}
            <span className="speaker">{sp.speaker}</span>: {sp.label} ({signed(sp.overall)})
          </span>
        ))}
      </p>
      {arcs.some((a) => a.points.length > 0) && (
        <Suspense fallback={<p role="status">Loading the chart…</p>}>
          <SentimentChart arcs={arcs} onPick={jumpTo} />
        </Suspense>
      )}
      {rows.length > 0 && (
        <details>
          <summary>Sentiment over time, as a table</summary>
          <DataTable
            caption="Sentiment over time"
            rows={rows}
            rowKey={(r) => `${r.speaker}-${r.start_ms}`}
            columns={[
              {
                header: "From",
                cell: (r) => (
                  <button type="button" className="at" onClick={() => jumpTo(r.start_ms)} aria-label={`Go to ${clock(r.start_ms)}`}>
                    {clock(r.start_ms)}
                  </button>
                ),
              },
              { header: "Speaker", cell: (r) => r.speaker },
              { header: "Score", cell: (r) => signed(r.score) },
            ]}
          />
        </details>
      )}
    </section>
  );
}

export function CallMoments({ callId, show }: { callId: string; show: (spans: Span[]) => void }) {
  const moments = useQuery({
    queryKey: ["call", callId, "moments"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/calls/{call_id}/moments", { params: { path: { call_id: callId } } })),
  });
  if (moments.isPending) return null;
  if (moments.isError) return <p className="error">{errorText(moments.error)}</p>;
  const hits = [...moments.data.hits].sort((a, b) => a.evidence.start_ms - b.evidence.start_ms);
  return (
    <section aria-labelledby="moments-h">
      <h2 id="moments-h">Moments</h2>
      {hits.length === 0 && <p>No moment was found in this call.</p>}
      <ul className="moments-found">
        {hits.map((h) => (
          <li key={`${h.moment_id}-${h.evidence.utterance}-${h.evidence.start}`}>
            <strong>{h.name}</strong> <span className="at">{clock(h.evidence.start_ms)}</span>
            <q>{h.text}</q>
            <button
              type="button"
              className="linkish"
              onClick={() => show([h.evidence])}
              aria-label={`show in transcript: ${h.name} at ${clock(h.evidence.start_ms)}`}
            >
              show in transcript
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An utterance's text with the given spans (character offsets) marked. */
export function Marked({ text, spans }: { text: string; spans: readonly Span[] }) {
  const sorted = [...spans].filter((s) => s.start < s.end && s.end <= text.length).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping spans: the first one marks the words
    parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
