// The live transcript's socket event (ADR 0028; comms/live/protocol.py documents it) and the
// pure state behind <LiveTranscript>: segments by id, a partial replaced by its final.

/** A placeholder in `text`: characters [start, end), e.g. "[CARD_NUMBER]" of type card_number. */
export type TranscriptSpan = { start: number; end: number; type: string };

export type TranscriptEvent = {
  type: "call.transcript";
  call_id: string;
  segment_id: string;
  speaker: "caller" | "callee";
  user_id: string;
  text: string; // redacted on the server; never raw
  final: boolean;
  start_ms: number;
  end_ms: number;
  spans: TranscriptSpan[];
};

export type TranscriptEvents = { "call.transcript": TranscriptEvent };

export type Segment = Omit<TranscriptEvent, "type" | "call_id">;

/** A turn: consecutive segments of one speaker, in time order. */
export type Turn = { speaker: Segment["speaker"]; userId: string; segments: Segment[] };

/** The segments with this event applied: a final replaces its partials; an empty final
 *  (the chunk was noise) removes them; a late partial never replaces a final. */
export function applyEvent(segments: Map<string, Segment>, e: TranscriptEvent): Map<string, Segment> {
  const before = segments.get(e.segment_id);
  if (before?.final) return segments;
  const next = new Map(segments);
  if (e.final && !e.text) {
    next.delete(e.segment_id);
    return next;
  }
  const { type: _type, call_id: _call, ...segment } = e;
  next.set(e.segment_id, segment);
  return next;
}

/** Segments grouped into speaker turns, ordered by start time. */
export function turnsOf(segments: Map<string, Segment>): Turn[] {
  const ordered = [...segments.values()].sort((a, b) => a.start_ms - b.start_ms);
  const turns: Turn[] = [];
  for (const s of ordered) {
    const last = turns[turns.length - 1];
    if (last && last.speaker === s.speaker) last.segments.push(s);
    else turns.push({ speaker: s.speaker, userId: s.user_id, segments: [s] });
  }
  return turns;
}

/** text cut into plain parts and placeholder tokens (by the event's spans). */
export function pieces(text: string, spans: TranscriptSpan[]): { text: string; type?: string }[] {
  const out: { text: string; type?: string }[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), type: s.type });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
