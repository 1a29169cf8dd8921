// The live transcript of one call (ADR 0028): `call.transcript` events from the socket,
// shown as speaker turns. Partials (still being said) are lighter and replaced by their
// finals; redacted data shows as a styled token ("card number") instead of its placeholder.
// The text arrives redacted: this component never sees raw speech. Mount it in the in-call
// screen: <LiveTranscript callId={id} names={{ caller: "Ana", callee: "You" }} />.
import { useEffect, useState } from "react";
import { useSocketEvent } from "../../realtime/SocketProvider";
import { applyEvent, pieces, turnsOf, type Segment, type TranscriptEvents } from "./liveTranscript";

export type LiveTranscriptProps = {
  callId: string;
  /** How to name each side (default "Caller" / "Callee"). */
  names?: Partial<Record<"caller" | "callee", string>>;
};

const LABELS: Record<string, string> = {
  card_number: "card number",
  card_expiry: "card expiry",
  card_security_code: "security code",
  bank_account: "bank account",
  routing_number: "routing number",
  ssn: "social security number",
  member_id: "member id",
  phone: "phone number",
  email: "email",
  date_of_birth: "date of birth",
  address: "address",
  person: "name",
  digits: "number",
};

export function LiveTranscript({ callId, names = {} }: LiveTranscriptProps) {
  const [segments, setSegments] = useState<Map<string, Segment>>(() => new Map());
  useEffect(() => setSegments(new Map()), [callId]);
  useSocketEvent<TranscriptEvents, "call.transcript">("call.transcript", (e) => {
    if (e.call_id === callId) setSegments((s) => applyEvent(s, e));
  });
  const turns = turnsOf(segments);
  const label = (speaker: "caller" | "callee") =>
    names[speaker] ?? (speaker === "caller" ? "Caller" : "Callee");
  return (
    <section className="live-transcript" aria-label="Live transcript">
      {turns.length === 0 ? (
        <p className="muted">The transcript appears here as people speak.</p>
      ) : (
        // aria-live: screen readers hear finals as they arrive (partials are aria-hidden).
        <ol className="transcript" aria-live="polite" aria-relevant="additions text">
          {turns.map((turn) => (
            <li
              key={turn.segments[0]?.segment_id}
              className={`turn speaker-${turn.speaker === "caller" ? "a" : "b"}`}
            >
              <span className="speaker">{label(turn.speaker)}</span>
              <p>
                {turn.segments.map((s) => (
                  <span
                    key={s.segment_id}
                    className={s.final ? "segment" : "segment partial"}
                    aria-hidden={s.final ? undefined : true}
                  >
                    {pieces(s.text, s.spans).map((p, i) =>
                      p.type ? (
                        <span key={i} className="redacted" title={`${LABELS[p.type] ?? p.type} hidden`}>
                          {LABELS[p.type] ?? p.type}
                        </span>
                      ) : (
                        <span key={i}>{p.text}</span>
                      ),
                    )}{" "}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default LiveTranscript;
