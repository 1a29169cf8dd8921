// What the in-call screen shows beside the controls while a call is answered: the redacted
// live transcript (ADR 0028) and, to the one who answered (the agent side: the server sends
// cards and sentiment to no one else in the call), the assist cards and sentiment (ADR 0029).
// The cards quote the final segment whose words fired them, so the final texts are kept here.
import { useEffect, useState } from "react";
import { useSocketEvent } from "../../realtime/SocketProvider";
import { AssistCards } from "./AssistCards";
import { LiveTranscript } from "./LiveTranscript";
import type { TranscriptEvents } from "./liveTranscript";

type Props = { callId: string; direction: "in" | "out"; peer: string };

export function LivePanel({ callId, direction, peer }: Props) {
  const [finals, setFinals] = useState<Record<string, string>>({});
  useEffect(() => setFinals({}), [callId]);
  useSocketEvent<TranscriptEvents, "call.transcript">("call.transcript", (e) => {
    if (e.call_id === callId && e.final) setFinals((old) => ({ ...old, [e.segment_id]: e.text }));
  });
  const names = direction === "in" ? { caller: peer, callee: "You" } : { caller: "You", callee: peer };
  return (
    <div className="live-panel-body">
      <LiveTranscript callId={callId} names={names} />
      {direction === "in" && <AssistCards callId={callId} segments={finals} />}
    </div>
  );
}
