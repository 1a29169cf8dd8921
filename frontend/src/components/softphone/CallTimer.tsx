// The talk time of the answered call, ticking each second.
import { useEffect, useState } from "react";
import { clock, talkSeconds, type CallState } from "../../realtime/calls";

export function CallTimer({ state }: { state: CallState }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.answeredAt === null) return;
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, [state.answeredAt]);
  const seconds = talkSeconds(state, now);
  return (
    <span className="call-timer" role="timer" aria-label={`Talk time ${clock(seconds)}`}>
      {clock(seconds)}
    </span>
  );
}
