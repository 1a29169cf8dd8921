// The softphone on every page of the signed-in app: incoming-call toasts (with the ring), the
// ringback while a placed call rings, the in-call screen while a call is placed or running,
// and the other party's audio.
import { useEffect, useRef } from "react";
import { busy } from "../../realtime/calls";
import { useCallController, useCallState } from "../../realtime/CallsProvider";
import { useDirectory } from "./directory";
import { IncomingToast } from "./IncomingToast";
import { InCallScreen } from "./InCallScreen";
import { RemoteAudio } from "./RemoteAudio";
import { RING, RINGBACK, RingTone } from "./ringTone";

export function CallLayer() {
  const controller = useCallController();
  const state = useCallState();
  const { entries } = useDirectory(controller !== null);
  const ring = useRef<RingTone | null>(null);
  const ringback = useRef<RingTone | null>(null);
  const inCall = busy(state);
  const ringing = state.incoming.length > 0 && state.phase !== "active";
  // The caller hears ringback from the callee's first ring until it is answered, goes to
  // voicemail (whose greeting then plays) or ends.
  const hearsRingback = state.direction === "out" && state.phase === "ringing";
  useEffect(() => {
    ring.current ??= new RingTone(RING);
    if (ringing) ring.current.start();
    else ring.current.stop();
  }, [ringing]);
  useEffect(() => {
    ringback.current ??= new RingTone(RINGBACK);
    if (hearsRingback) ringback.current.start();
    else ringback.current.stop();
  }, [hearsRingback]);
  useEffect(
    () => () => {
      ring.current?.stop();
      ringback.current?.stop();
    },
    [],
  );
  if (!controller) return null;
  return (
    <div className="call-layer">
      <div className="call-toasts">
        {state.incoming.map((call) => (
          <IncomingToast
            key={call.callId}
            call={call}
            entries={entries}
            canAnswer={!inCall}
            onAnswer={() => void controller.answer(call.callId)}
            onDecline={() => controller.decline(call.callId)}
          />
        ))}
      </div>
      {state.phase !== "idle" && (
        <InCallScreen state={state} controller={controller} entries={entries} />
      )}
      {state.phase === "idle" && state.error && (
        <p role="alert" className="error call-error">
          {state.error}
        </p>
      )}
      <RemoteAudio stream={inCall ? controller.remoteStream : null} />
    </div>
  );
}
