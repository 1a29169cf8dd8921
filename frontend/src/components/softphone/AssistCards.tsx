// The assist panel of one live call (ADR 0029): the cards the server sends (`call.card`) as
// their phrase is said, newest first, each with the words that triggered it, and a sentiment
// indicator per party (`call.sentiment`). Everything is shown as text; a card's link opens
// in a new tab and is only ever an https:// address (the server refuses anything else).
import { useState } from "react";
import { useSocketEvent } from "../../realtime/SocketProvider";

export type CardEvent = {
  type: "call.card";
  call_id: string;
  card_id: string;
  title: string;
  body: string;
  link: string | null;
  segment_id: string | null;
  span: [number, number] | null;
  speaker: "caller" | "callee";
};

export type SentimentEvent = {
  type: "call.sentiment";
  call_id: string;
  party: "caller" | "callee";
  role: "agent" | "customer";
  score: number;
  label: "negative" | "neutral" | "positive";
};

type Events = { "call.card": CardEvent; "call.sentiment": SentimentEvent };

const MAX_CARDS = 20;
const FACE: Record<SentimentEvent["label"], string> = {
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
};

/**
 * segments: the redacted text of the call's final segments by id (from the live transcript),
 * so a card can quote the words that triggered it; without it the card shows no quote.
 */
export function AssistCards(props: { callId: string; segments?: Record<string, string> }) {
  const [cards, setCards] = useState<CardEvent[]>([]);
  const [moods, setMoods] = useState<Partial<Record<string, SentimentEvent>>>({});
  useSocketEvent<Events, "call.card">("call.card", (e) => {
    if (e.call_id !== props.callId) return;
    setCards((old) => [e, ...old.filter((c) => c.card_id !== e.card_id)].slice(0, MAX_CARDS));
  });
  useSocketEvent<Events, "call.sentiment">("call.sentiment", (e) => {
    if (e.call_id !== props.callId) return;
    setMoods((old) => ({ ...old, [e.party]: e }));
  });
  const parties = (["caller", "callee"] as const).filter((p) => moods[p]);
  return (
    <section aria-label="Assist" className="assist">
      <h2>Assist</h2>
      {parties.length > 0 && (
        <ul aria-label="Sentiment" className="sentiment">
          {parties.map((p) => {
            const m = moods[p]!;
            return (
              <li key={p} data-label={m.label}>
                {m.role === "agent" ? "Agent" : "Customer"}: {FACE[m.label]}{" "}
                <span className="hint">({m.score.toFixed(2)})</span>
              </li>
            );
          })}
        </ul>
      )}
      {cards.length === 0 ? (
        <p className="hint">No cards yet.</p>
      ) : (
        <ol aria-label="Assist cards" className="assist-cards" aria-live="polite">
          {cards.map((c) => (
            <li key={c.card_id}>
              <h3>{c.title}</h3>
              <Quote card={c} segments={props.segments} />
              <p>{c.body}</p>
              {c.link && c.link.startsWith("https://") && (
                <a href={c.link} target="_blank" rel="noopener noreferrer">
                  More about {c.title}
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Quote({ card, segments }: { card: CardEvent; segments?: Record<string, string> }) {
  const text = card.segment_id ? segments?.[card.segment_id] : undefined;
  if (!text || !card.span) return null;
  const [start, end] = card.span;
  return (
    <p className="hint">
      {card.speaker === "caller" ? "Caller" : "Callee"}: …{text.slice(Math.max(0, start - 30), start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, end + 30)}…
    </p>
  );
}
