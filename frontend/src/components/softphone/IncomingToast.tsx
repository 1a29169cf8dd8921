// One incoming call: who calls (and through which group), Answer and Decline. It takes focus
// when it appears, so a keyboard user can answer with Enter or decline with Escape; focus
// goes back where it was when the toast goes.
import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Incoming } from "../../realtime/calls";
import { nameOf, type Entry } from "./directory";

type Props = {
  call: Incoming;
  entries: Entry[];
  canAnswer: boolean;
  onAnswer: () => void;
  onDecline: () => void;
};

export function IncomingToast({ call, entries, canAnswer, onAnswer, onDecline }: Props) {
  const answer = useRef<HTMLButtonElement>(null);
  const decline = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    (canAnswer ? answer : decline).current?.focus();
    return () => {
      if (before?.isConnected && document.activeElement === document.body) before.focus();
    };
    // Once, when it appears: later renders must not pull focus back.
  }, []);
  const caller = nameOf(entries, { kind: "user", id: call.fromUserId });
  const via = call.toKind === "group" ? nameOf(entries, { kind: "group", id: call.toId }) : null;
  const label = `Incoming call from ${caller}${via ? ` to ${via}` : ""}`;
  function keys(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      onDecline();
    }
  }
  return (
    <div
      className="call-toast"
      role="alertdialog"
      aria-label={label}
      aria-describedby={`toast-${call.callId}`}
      data-testid="incoming-call"
      onKeyDown={keys}
    >
      <p id={`toast-${call.callId}`}>
        <strong>{caller}</strong> is calling{via && <> {via}</>}
      </p>
      <div className="call-actions">
        <button ref={answer} type="button" onClick={onAnswer} disabled={!canAnswer}>
          Answer
        </button>
        <button ref={decline} type="button" className="danger" onClick={onDecline}>
          Decline
        </button>
      </div>
      {!canAnswer && <p className="muted">Hang up your current call to answer.</p>}
    </div>
  );
}
