// The softphone's call state: a pure reducer over the server's signaling events (the list at
// the top of src/callvault/comms/live/protocol.py) and the user's own actions. No socket, no
// media, no React here, so every transition can be driven and checked on its own; the
// controller (callController.ts) feeds it and carries out the side effects.
import type { Grade } from "./quality";

export type Target = { kind: "user" | "group"; id: string };

/** A call ringing this device (several may ring at once: group calls). */
export type Incoming = { callId: string; fromUserId: string; toKind: string; toId: string };

/** dialing: invite sent; ringing: the callee rings; connecting: answered here, media next. */
export type Phase = "idle" | "dialing" | "ringing" | "connecting" | "active" | "ended";

export type Quality = {
  grade: Grade;
  rttMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
  /** From getStats' transport: DTLS state and the negotiated SRTP cipher. */
  dtlsState: string | null;
  srtpCipher: string | null;
};

export type CallState = {
  me: string | null;
  phase: Phase;
  callId: string | null;
  clientRef: string | null;
  direction: "out" | "in" | null;
  peer: Target | null;
  answeredAt: number | null;
  muted: boolean;
  held: boolean;
  heldByOther: boolean;
  otherMuted: boolean;
  recording: boolean;
  /** Nobody answered (or busy): this caller is leaving a voicemail (ADR 0027). */
  voicemail: boolean;
  endReason: string | null;
  error: string | null;
  lastDigits: string | null;
  quality: Quality | null;
  incoming: Incoming[];
};

/** What a new call starts from: no call, no flags. */
const FRESH = {
  callId: null,
  clientRef: null,
  answeredAt: null,
  muted: false,
  held: false,
  heldByOther: false,
  otherMuted: false,
  recording: false,
  voicemail: false,
  endReason: null,
  error: null,
  lastDigits: null,
  quality: null,
} as const;

export const initialCallState: CallState = {
  ...FRESH,
  me: null,
  phase: "idle",
  direction: null,
  peer: null,
  incoming: [],
};

/** The server's events, as protocol.py documents them. */
export type ServerEvent =
  | { type: "call.trying"; call_id: string; client_ref: string }
  | { type: "call.answer_sdp"; call_id: string; sdp: string }
  | { type: "call.ringing"; call_id: string }
  | { type: "call.incoming"; call_id: string; from_user_id: string; to_kind: string; to_id: string }
  | { type: "call.answered"; call_id: string; by_user_id: string }
  | { type: "call.answered_elsewhere"; call_id: string }
  | { type: "call.held"; call_id: string; by_user_id: string; held: boolean }
  | { type: "call.muted"; call_id: string; by_user_id: string; muted: boolean }
  | { type: "call.dtmf"; call_id: string; digits: string }
  | { type: "call.transferred"; call_id: string; to_user_id: string }
  | {
      type: "call.recording";
      call_id: string;
      recording: boolean;
      by_user_id: string;
      recording_id: string;
    }
  | { type: "call.voicemail"; call_id: string; reason: string }
  | { type: "call.ended"; call_id: string; reason: string; voicemail_id?: string }
  | { type: "call.error"; code: string; message: string; call_id?: string; client_ref?: string };

export const SERVER_EVENTS: readonly ServerEvent["type"][] = [
  "call.trying",
  "call.answer_sdp",
  "call.ringing",
  "call.incoming",
  "call.answered",
  "call.answered_elsewhere",
  "call.held",
  "call.muted",
  "call.dtmf",
  "call.transferred",
  "call.recording",
  "call.voicemail",
  "call.ended",
  "call.error",
];

/** What the user (or the controller on their behalf) did; `at` is the clock, for purity. */
export type LocalAction =
  | { type: "local.me"; userId: string }
  | { type: "local.dial"; clientRef: string; target: Target }
  | { type: "local.answer"; callId: string }
  | { type: "local.dropIncoming"; callId: string }
  | { type: "local.media"; at: number }
  | { type: "local.mute"; muted: boolean }
  | { type: "local.failed"; message: string }
  | { type: "local.ended"; reason: string }
  | { type: "local.quality"; quality: Quality }
  | { type: "local.dismiss" };

export type CallAction = ServerEvent | LocalAction;


/** In a call (or placing one): a second call cannot start here. */
export function busy(s: CallState): boolean {
  return s.phase !== "idle" && s.phase !== "ended";
}

function mine(s: CallState, callId: string | undefined): boolean {
  return callId !== undefined && callId === s.callId && busy(s);
}

function withoutIncoming(s: CallState, callId: string): Incoming[] {
  return s.incoming.filter((i) => i.callId !== callId);
}

// What a call that failed on the server's side (its media process died, a leg failed) tells
// the people in it: that it was not them, and that calling again is the way on.
const DROPPED = "The call dropped because of a problem on the server. You can call again.";
const NOT_CONNECTED = "The call could not be connected because of a problem on the server. Try again.";

function ended(s: CallState, reason: string, error: string | null = null): CallState {
  // A failure after the answer cut a conversation short: "dropped", not "failed".
  const why = reason === "failed" && s.answeredAt !== null ? "dropped" : reason;
  return { ...s, phase: "ended", endReason: why, error, recording: false, quality: null };
}

export function callReducer(s: CallState, a: CallAction): CallState {
  switch (a.type) {
    case "local.me":
      return { ...s, me: a.userId };
    case "local.dial":
      if (busy(s)) return s;
      return {
        ...s,
        ...FRESH,
        phase: "dialing",
        direction: "out",
        clientRef: a.clientRef,
        peer: a.target,
      };
    case "local.answer": {
      const ringing = s.incoming.find((i) => i.callId === a.callId);
      if (!ringing || busy(s)) return s;
      return {
        ...s,
        ...FRESH,
        phase: "connecting",
        direction: "in",
        callId: a.callId,
        peer: { kind: "user", id: ringing.fromUserId },
        incoming: withoutIncoming(s, a.callId),
      };
    }
    case "local.dropIncoming":
      return { ...s, incoming: withoutIncoming(s, a.callId) };
    case "local.media":
      // The engine answered this device's offer: for the callee that is the call connected.
      if (s.phase === "connecting") return { ...s, phase: "active", answeredAt: a.at };
      return s;
    case "local.mute":
      return busy(s) ? { ...s, muted: a.muted } : s;
    case "local.failed":
      return busy(s) ? ended(s, "failed", a.message) : { ...s, error: a.message };
    case "local.ended":
      return busy(s) ? ended(s, a.reason) : s;
    case "local.quality":
      return s.phase === "active" ? { ...s, quality: a.quality } : s;
    case "local.dismiss":
      return s.phase === "ended" ? { ...s, ...FRESH, phase: "idle", direction: null, peer: null } : s;
    case "call.trying":
      if (s.phase === "dialing" && s.callId === null && a.client_ref === s.clientRef) {
        return { ...s, callId: a.call_id };
      }
      return s;
    case "call.ringing":
      return mine(s, a.call_id) && s.phase === "dialing" ? { ...s, phase: "ringing" } : s;
    case "call.answered":
      if (mine(s, a.call_id) && s.direction === "out" && s.phase !== "active") {
        return { ...s, phase: "active", answeredAt: Date.now() };
      }
      return s;
    case "call.incoming":
      if (s.incoming.some((i) => i.callId === a.call_id) || a.call_id === s.callId) return s;
      return {
        ...s,
        incoming: [
          ...s.incoming,
          { callId: a.call_id, fromUserId: a.from_user_id, toKind: a.to_kind, toId: a.to_id },
        ],
      };
    case "call.answered_elsewhere":
      return { ...s, incoming: withoutIncoming(s, a.call_id) };
    case "call.held":
      if (!mine(s, a.call_id)) return s;
      return a.by_user_id === s.me ? { ...s, held: a.held } : { ...s, heldByOther: a.held };
    case "call.muted":
      return mine(s, a.call_id) && a.by_user_id !== s.me ? { ...s, otherMuted: a.muted } : s;
    case "call.dtmf":
      return mine(s, a.call_id) ? { ...s, lastDigits: a.digits } : s;
    case "call.transferred":
      // The other party left; the one who stays now rings the transfer's target.
      if (!mine(s, a.call_id)) return s;
      return {
        ...s,
        phase: "ringing",
        direction: "out",
        peer: { kind: "user", id: a.to_user_id },
        answeredAt: null,
        heldByOther: false,
        otherMuted: false,
        recording: false,
      };
    case "call.recording":
      return mine(s, a.call_id) ? { ...s, recording: a.recording } : s;
    case "call.voicemail":
      // The caller's media stays up: the greeting plays, then the message is recorded.
      if (!mine(s, a.call_id) || s.direction !== "out") return s;
      return { ...s, phase: "active", voicemail: true, answeredAt: Date.now() };
    case "call.ended": {
      const rest = { ...s, incoming: withoutIncoming(s, a.call_id) };
      // "voicemail" without a message id: the caller hung up before the beep or said nothing.
      const reason = a.reason === "voicemail" && !a.voicemail_id ? "voicemail_none" : a.reason;
      // A caller who hangs up to finish a message has ended the call here already; the
      // server then says whether the message was kept, which is what the caller wants to read.
      if (s.phase === "ended" && s.voicemail && a.call_id === s.callId) return { ...rest, endReason: reason };
      if (!mine(s, a.call_id)) return rest;
      if (reason !== "failed") return ended(rest, reason);
      return ended(rest, reason, s.answeredAt !== null ? DROPPED : NOT_CONNECTED);
    }
    case "call.error": {
      const placing = s.phase === "dialing" && a.client_ref !== undefined && a.client_ref === s.clientRef;
      if (placing || (mine(s, a.call_id) && (s.phase === "dialing" || s.phase === "connecting"))) {
        return ended(s, "failed", a.message);
      }
      return { ...s, error: a.message };
    }
    case "call.answer_sdp":
      return s;
  }
}

/** Seconds since the call was answered (for the timer), 0 before. */
export function talkSeconds(s: CallState, now: number): number {
  return s.answeredAt === null ? 0 : Math.max(0, Math.floor((now - s.answeredAt) / 1000));
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const sec = seconds % 60;
  return `${m}:${sec.toString().padStart(2, "0")}`;
}

const REASONS: Record<string, string> = {
  completed: "Call ended",
  missed: "No answer",
  rejected: "Declined",
  declined: "Declined",
  cancelled: "Cancelled",
  busy: "Busy",
  unavailable: "Not available",
  failed: "Call failed",
  dropped: "Call dropped",
  transferred: "Transferred",
  voicemail: "Voicemail left",
  voicemail_none: "No message left",
};

export function reasonText(reason: string | null): string {
  return (reason && REASONS[reason]) || "Call ended";
}
