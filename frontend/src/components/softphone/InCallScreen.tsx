// The call in progress: who, how long, how the line is, and the controls. Focus moves here
// when a call starts (Escape cancels a call that still rings) and to Close when it ends.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { CallController } from "../../realtime/callController";
import { reasonText, type CallState } from "../../realtime/calls";
import { CallTimer } from "./CallTimer";
import { DeviceSettings } from "./DeviceSettings";
import { nameOf, type Entry } from "./directory";
import { Keypad } from "./Keypad";
import { LivePanel } from "./LivePanel";
import { QualityIndicator } from "./QualityIndicator";
import { TransferPicker } from "./TransferPicker";

type Props = { state: CallState; controller: CallController; entries: Entry[] };

function status(s: CallState): string {
  switch (s.phase) {
    case "dialing":
      return "Calling…";
    case "ringing":
      return "Ringing…";
    case "connecting":
      return "Connecting…";
    case "active":
      if (s.voicemail) return "Leave a message after the tone";
      if (s.held) return "On hold";
      if (s.heldByOther) return "The other party put you on hold";
      return "Connected";
    default:
      return reasonText(s.endReason);
  }
}

export function InCallScreen({ state, controller, entries }: Props) {
  const [panel, setPanel] = useState<"none" | "keypad" | "transfer" | "devices">("none");
  const [sent, setSent] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const ended = state.phase === "ended";
  const active = state.phase === "active";
  useEffect(() => {
    (ended ? close : heading).current?.focus();
    if (ended) setPanel("none");
  }, [ended]);
  const peer = nameOf(entries, state.peer);
  const ringing = state.phase === "dialing" || state.phase === "ringing";

  function keys(e: KeyboardEvent) {
    if (e.key !== "Escape") return;
    if (panel !== "none") setPanel("none");
    else if (ringing) controller.hangUp();
    else if (ended) controller.dismiss();
    else return;
    e.preventDefault();
  }
  function digit(d: string) {
    controller.dtmf(d);
    setSent((s) => (s + d).slice(-16));
  }

  return (
    <section className="in-call" aria-labelledby="in-call-title" onKeyDown={keys} data-testid="in-call">
      <h2 id="in-call-title" tabIndex={-1} ref={heading}>
        {state.direction === "in" ? "Call from" : "Call with"} {peer}
      </h2>
      <p role="status" className="call-status" data-testid="call-status" data-phase={state.phase}>
        {status(state)}
        {active && (
          <>
            {" · "}
            <CallTimer state={state} />
          </>
        )}
        {state.otherMuted && active && " · they are muted"}
        {state.recording && (
          <span className="recording-badge" data-testid="recording-on">
            {" "}
            · Recording
          </span>
        )}
      </p>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {active && <QualityIndicator quality={state.quality} />}
      {!ended && (
        <div className="call-actions" role="group" aria-label="Call controls">
          {active && (
            <>
              <button
                type="button"
                aria-pressed={state.muted}
                onClick={() => controller.setMuted(!state.muted)}
              >
                {state.muted ? "Unmute" : "Mute"}
              </button>
              <button type="button" aria-pressed={state.held} onClick={() => controller.setHeld(!state.held)}>
                {state.held ? "Resume" : "Hold"}
              </button>
              <button
                type="button"
                aria-pressed={state.recording}
                onClick={() => controller.record(!state.recording)}
              >
                {state.recording ? "Stop recording" : "Record"}
              </button>
              <button
                type="button"
                aria-expanded={panel === "keypad"}
                onClick={() => setPanel(panel === "keypad" ? "none" : "keypad")}
              >
                Keypad
              </button>
              <button
                type="button"
                aria-expanded={panel === "transfer"}
                onClick={() => setPanel(panel === "transfer" ? "none" : "transfer")}
              >
                Transfer
              </button>
            </>
          )}
          <button
            type="button"
            aria-expanded={panel === "devices"}
            onClick={() => setPanel(panel === "devices" ? "none" : "devices")}
          >
            Audio devices
          </button>
          <button type="button" className="danger" onClick={() => controller.hangUp()}>
            {ringing ? "Cancel call" : "Hang up"}
          </button>
        </div>
      )}
      {panel === "keypad" && active && (
        <>
          <Keypad onDigit={digit} onClose={() => setPanel("none")} />
          <p className="muted" aria-live="polite">
            Sent: <span data-testid="dtmf-sent">{sent}</span>
          </p>
        </>
      )}
      {panel === "transfer" && active && (
        <TransferPicker
          entries={entries}
          me={state.me}
          exclude={state.peer?.kind === "user" ? state.peer.id : null}
          onTransfer={(id) => {
            controller.transfer(id);
            setPanel("none");
          }}
          onClose={() => setPanel("none")}
        />
      )}
      {panel === "devices" && !ended && <DeviceSettings />}
      {/* The live transcript and assist cards, once the call is answered (a message left
          on voicemail is transcribed afterwards, in the callee's mailbox). */}
      <div id="live-panel" className="live-panel" data-testid="live-panel">
        {state.callId && state.phase !== "dialing" && state.phase !== "ringing" && !state.voicemail && (
          <LivePanel callId={state.callId} direction={state.direction ?? "out"} peer={peer} />
        )}
      </div>
      {ended && (
        <button ref={close} type="button" onClick={() => controller.dismiss()}>
          Close
        </button>
      )}
    </section>
  );
}
