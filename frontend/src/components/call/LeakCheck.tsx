// What the leak check found left in a call's redaction (ADR 0019, 0038): each flagged window
// by kind, speaker and time, whether the text or the audio gave it away, where it is in the
// redacted transcript, and whether it was hidden there since ("[UNVERIFIED]", silenced in the
// audio; all but an answer, which a person checks, and digits the redaction keeps on purpose by
// their label, an order number or an amount; none where the workspace switched hiding off).
// Never the value: the API does not return it either.
import { useQuery } from "@tanstack/react-query";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { clock } from "../../format";
import type { Span } from "./CallInsights";
import { PlayFrom } from "./PlayFrom";

type Flag = Schemas["LeakFlagOut"];

const KIND: Record<Flag["kind"], string> = {
  digits: "Digits",
  email: "An e-mail address",
  name: "A name",
  letters: "Spelled letters",
  date: "A month beside a redaction",
  address: "A word between two parts of an address",
  answer: "An answer to a question for an identifier",
};

// The transcript's placeholder for what the check hid (pipeline/flagged.py).
const HIDDEN_AS = "[UNVERIFIED]";

function places(n: number): string {
  return n === 1 ? "One place" : `${n} places`;
}

function summary(flagged: number, hidden: number, looked: string): string {
  if (hidden === 0) return `${places(flagged)} in ${looked} may still give away personal data.`;
  const how = `shown as ${HIDDEN_AS} in the transcript, cut from the audio`;
  const found = `${places(flagged)} in ${looked} gave away personal data`;
  if (hidden === flagged) return `${found}: ${flagged === 1 ? "it was" : "they were"} hidden since (${how}).`;
  const some = `${hidden} of them ${hidden === 1 ? "was" : "were"} hidden since (${how})`;
  return `${found}; ${some}, the others are left visible (each says why).`;
}

function leftHow(f: Flag): string {
  if (f.hidden) return ", hidden since";
  if (f.left_because === "kept_number") return ", left: the redaction keeps this number by its label";
  if (f.left_because === "setting_off") return ", left: hiding is switched off for this workspace";
  return f.kind === "answer" ? ", left for a person to check" : "";
}

function where(sources: Flag["sources"]): string {
  const text = sources.includes("text");
  const audio = sources.includes("audio");
  if (text && audio) return "in the redacted text and audio";
  return text ? "in the redacted text" : "in the redacted audio";
}

export function LeakCheck({
  callId,
  show,
  seek,
}: {
  callId: string;
  show: (spans: Span[]) => void;
  seek: ((ms: number) => void) | null;
}) {
  const checked = useQuery({
    queryKey: ["call", callId, "verification"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/calls/{call_id}/verification", { params: { path: { call_id: callId } } })),
  });
  if (checked.isPending) return null;
  if (checked.isError) return <p className="error">{errorText(checked.error)}</p>;
  const v = checked.data;
  const flags = [...v.flags].sort((a, b) => a.start_ms - b.start_ms);
  const off = flags.some((f) => f.left_because === "setting_off");
  const looked = v.audio_checked ? "the redacted text and audio" : "the redacted text (the audio was not heard again)";
  return (
    <section aria-labelledby="leak-h">
      <h2 id="leak-h">Leak check</h2>
      {flags.length === 0 ? (
        <p>Nothing personal was found left in {looked}.</p>
      ) : (
        <p className="error">
          {summary(flags.length, v.hidden ?? 0, looked)}
          {off && " Hiding is switched off for this workspace."} This call is kept out of training exports and review
          samples.
        </p>
      )}
      <ul className="leak-flags">
        {flags.map((f) => (
          <li key={`${f.speaker}-${f.kind}-${f.start_ms}`}>
            <strong>{KIND[f.kind]}</strong> from <span className="speaker">{f.speaker}</span>{" "}
            <PlayFrom ms={f.start_ms} seek={seek} />{" "}
            {where(f.sources)}
            {leftHow(f)}
            {f.span && (
              <>
                {" "}
                <button
                  type="button"
                  className="linkish"
                  onClick={() => show([f.span!])}
                  aria-label={`show in transcript: ${KIND[f.kind].toLowerCase()} at ${clock(f.start_ms)}`}
                >
                  show in transcript
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {v.kept_numbers > 0 && (
        <p>
          {v.kept_numbers} {v.kept_numbers === 1 ? "number was" : "numbers were"} left on purpose: their own label
          (an order, a time, an amount) says to keep them.
        </p>
      )}
    </section>
  );
}
