// Drives the call state (calls.ts) from the socket and the user, and carries out the side
// effects: the signaling messages, the device's peer connection, the quality sampling.
// One per signed-in app (CallsProvider); components read its state and call its methods.
import { CallMedia } from "./callMedia";
import {
  busy,
  callReducer,
  initialCallState,
  SERVER_EVENTS,
  type CallAction,
  type CallState,
  type ServerEvent,
  type Target,
} from "./calls";
import { grade, readStats } from "./quality";
import type { RealtimeSocket, SocketEvent } from "./socket";

const QUALITY_MS = 2000;

export type Devices = { micId: string | null; speakerId: string | null };

export class CallController {
  private state: CallState = initialCallState;
  private readonly listeners = new Set<() => void>();
  private media: CallMedia | null = null;
  private pendingAnswer: string | null = null;
  private sampler: number | undefined;
  private counters: { received: number; lost: number } | null = null;
  private refs = 0;
  private abandoned: string | null = null; // a client_ref hung up before call.trying came
  private readonly unsubscribe: (() => void)[] = [];
  devices: Devices = { micId: null, speakerId: null };

  constructor(private readonly socket: RealtimeSocket) {
    for (const type of SERVER_EVENTS) {
      this.unsubscribe.push(
        socket.on(type, (e: SocketEvent) => void this.receive(e as ServerEvent)),
      );
    }
    // The socket dropped: the server treats this device as gone, which ends its call.
    this.unsubscribe.push(
      socket.onStatus((status) => {
        if (status === "reconnecting" || status === "stopped") {
          this.drop("failed", "The connection to the server was lost.");
        }
      }),
    );
  }

  get current(): CallState {
    return this.state;
  }

  get remoteStream(): MediaStream | null {
    return this.media?.remote ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  dispose(): void {
    this.unsubscribe.forEach((u) => u());
    this.endMedia();
  }

  setMe(userId: string): void {
    this.dispatch({ type: "local.me", userId });
  }

  private dispatch(action: CallAction): void {
    const next = callReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private send(message: SocketEvent & Record<string, unknown>): boolean {
    return this.socket.send(message);
  }

  // --- the user's actions ---

  async dial(target: Target): Promise<void> {
    if (busy(this.state)) return;
    this.refs += 1;
    const clientRef = `web-${Date.now().toString(36)}-${this.refs}`;
    this.dispatch({ type: "local.dial", clientRef, target });
    const to = target.kind === "user" ? { user_id: target.id } : { group_id: target.id };
    await this.withMedia(async (offer) => {
      if (this.state.clientRef !== clientRef || this.state.phase !== "dialing") return false;
      return this.send({ type: "call.invite", client_ref: clientRef, to, sdp: offer });
    });
  }

  async answer(callId: string): Promise<void> {
    if (busy(this.state)) return;
    this.dispatch({ type: "local.answer", callId });
    if (this.state.callId !== callId) return;
    await this.withMedia(async (offer) => {
      if (this.state.callId !== callId || this.state.phase !== "connecting") return false;
      return this.send({ type: "call.answer", call_id: callId, sdp: offer });
    });
  }

  decline(callId: string): void {
    this.send({ type: "call.decline", call_id: callId });
    this.dispatch({ type: "local.dropIncoming", callId });
  }

  /** Cancel while it rings, hang up once answered. */
  hangUp(): void {
    const { callId, phase } = this.state;
    if (!busy(this.state)) return;
    if (!callId) this.abandoned = this.state.clientRef;
    if (callId) {
      const type = phase === "dialing" || phase === "ringing" ? "call.cancel" : "call.hangup";
      this.send({ type, call_id: callId });
    }
    this.dispatch({ type: "local.ended", reason: phase === "active" ? "completed" : "cancelled" });
    this.endMedia();
  }

  setMuted(muted: boolean): void {
    const { callId } = this.state;
    if (!callId || !busy(this.state)) return;
    this.media?.setMuted(muted);
    this.dispatch({ type: "local.mute", muted });
    this.send({ type: "call.mute", call_id: callId, muted });
  }

  setHeld(held: boolean): void {
    if (this.state.callId) this.send({ type: "call.hold", call_id: this.state.callId, held });
  }

  transfer(userId: string): void {
    const { callId } = this.state;
    if (callId) this.send({ type: "call.transfer", call_id: callId, to: { user_id: userId } });
  }

  dtmf(digits: string): void {
    const { callId } = this.state;
    if (callId) this.send({ type: "call.dtmf", call_id: callId, digits });
  }

  record(on: boolean): void {
    const { callId } = this.state;
    if (callId) this.send({ type: "call.record", call_id: callId, on });
  }

  useSpeaker(speakerId: string | null): void {
    this.devices = { ...this.devices, speakerId };
    this.notify();
  }

  dismiss(): void {
    this.dispatch({ type: "local.dismiss" });
  }

  async useMicrophone(micId: string | null): Promise<void> {
    this.devices = { ...this.devices, micId };
    this.notify();
    if (this.media) await this.media.useMicrophone(micId, this.state.muted);
  }

  // --- media ---

  /** Open the microphone and peer connection, then hand the offer to `send` (false: the
   * call moved on meanwhile, or the socket is down). */
  private async withMedia(send: (offer: string) => Promise<boolean>): Promise<void> {
    this.endMedia();
    let opened: { media: CallMedia; offer: string };
    try {
      opened = await CallMedia.open(this.devices.micId);
    } catch (e) {
      const text =
        e instanceof DOMException && e.name === "NotAllowedError"
          ? "The browser did not allow the microphone."
          : `The call could not start: ${e instanceof Error ? e.message : String(e)}`;
      if (this.state.callId && this.state.phase === "connecting") {
        this.send({ type: "call.decline", call_id: this.state.callId });
      }
      this.dispatch({ type: "local.failed", message: text });
      return;
    }
    this.media = opened.media;
    opened.media.pc.addEventListener("connectionstatechange", () => {
      if (this.media === opened.media && opened.media.failed) {
        this.drop("failed", "The call's media connection failed.");
      }
    });
    if (!(await send(opened.offer))) {
      if (this.media === opened.media) this.endMedia();
      if (busy(this.state)) {
        this.dispatch({ type: "local.failed", message: "Not connected to the server." });
      }
      return;
    }
    if (this.pendingAnswer) await this.takeAnswer(this.pendingAnswer);
  }

  private async takeAnswer(sdp: string): Promise<void> {
    this.pendingAnswer = null;
    const media = this.media;
    if (!media) {
      this.pendingAnswer = sdp;
      return;
    }
    try {
      await media.accept(sdp);
      this.dispatch({ type: "local.media", at: Date.now() });
      this.startSampling();
    } catch (e) {
      this.drop("failed", `The server's media answer was refused: ${String(e)}`);
    }
  }

  private startSampling(): void {
    window.clearInterval(this.sampler);
    this.counters = null;
    this.sampler = window.setInterval(() => void this.sample(), QUALITY_MS);
  }

  private async sample(): Promise<void> {
    const media = this.media;
    if (!media || this.state.phase !== "active") return;
    const read = readStats(await media.pc.getStats(), this.counters);
    this.counters = read.counters;
    this.dispatch({
      type: "local.quality",
      quality: {
        grade: grade(read),
        rttMs: read.rttMs,
        jitterMs: read.jitterMs,
        lossPct: read.lossPct,
        dtlsState: read.dtlsState,
        srtpCipher: read.srtpCipher,
      },
    });
  }

  private endMedia(): void {
    window.clearInterval(this.sampler);
    this.pendingAnswer = null;
    this.media?.close();
    this.media = null;
  }

  /** End the call here (media failed, socket lost): tell the server if it can still hear. */
  private drop(reason: string, message: string): void {
    if (!busy(this.state)) return;
    if (this.state.callId) this.send({ type: "call.hangup", call_id: this.state.callId });
    this.dispatch({ type: "local.failed", message });
    this.dispatch({ type: "local.ended", reason });
    this.endMedia();
  }

  // --- the server's events ---

  private async receive(event: ServerEvent): Promise<void> {
    if (event.type === "call.answer_sdp") {
      if (event.call_id === this.state.callId || this.state.phase === "dialing") {
        await this.takeAnswer(event.sdp);
      }
      return;
    }
    if (event.type === "call.trying" && event.client_ref === this.abandoned) {
      this.abandoned = null;
      this.send({ type: "call.cancel", call_id: event.call_id });
      return;
    }
    const before = this.state;
    this.dispatch(event);
    if (busy(before) && !busy(this.state)) this.endMedia();
  }
}
