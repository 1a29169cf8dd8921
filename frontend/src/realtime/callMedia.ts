// One device's media for one call: the microphone, an RTCPeerConnection to the server's media
// engine (ADR 0022: media always goes through the server, DTLS-SRTP only) and the audio that
// comes back. The engine answers offers whole (no trickle ICE), so the offer is sent once ICE
// gathering is complete (or after GATHER_MS with what was found by then).
import { api, unwrap } from "../api/client";

const GATHER_MS = 3000;

// Kept until shortly before the TURN credentials expire (time-limited ones, ADR 0022), or
// for ICE_KEEP_MS when they do not.
const ICE_KEEP_MS = 10 * 60_000;
const ICE_MARGIN_MS = 60_000;
let iceCache: { servers: Promise<RTCIceServer[]>; until: number } | null = null;

/** The STUN/TURN servers the server configured (GET /api/v1/live/ice-servers), with this
 * user's TURN credentials; fetched again once they are about to expire. */
export function iceServers(): Promise<RTCIceServer[]> {
  if (!iceCache || Date.now() >= iceCache.until) {
    const entry: { servers: Promise<RTCIceServer[]>; until: number } = {
      servers: Promise.resolve([]),
      until: Date.now() + ICE_KEEP_MS,
    };
    entry.servers = unwrap(api.GET("/api/v1/live/ice-servers"))
      .then((r) => {
        if (r.expires_at) {
          entry.until = Math.min(entry.until, Date.parse(r.expires_at) - ICE_MARGIN_MS);
        }
        return r.ice_servers.map((s) => ({
          urls: s.urls,
          ...(s.username ? { username: s.username } : {}),
          ...(s.credential ? { credential: s.credential } : {}),
        }));
      })
      .catch((e: unknown) => {
        iceCache = null; // try again on the next call
        throw e;
      });
    iceCache = entry;
  }
  return iceCache.servers;
}

function microphone(deviceId: string | null): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: deviceId ? { deviceId: { exact: deviceId } } : true,
    video: false,
  });
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  return new Promise((done) => {
    if (pc.iceGatheringState === "complete") return done();
    const timer = window.setTimeout(done, GATHER_MS);
    pc.addEventListener("icegatheringstatechange", () => {
      if (pc.iceGatheringState === "complete") {
        window.clearTimeout(timer);
        done();
      }
    });
  });
}

export class CallMedia {
  readonly remote = new MediaStream();
  private closed = false;

  private constructor(
    readonly pc: RTCPeerConnection,
    private mic: MediaStream,
  ) {
    pc.addEventListener("track", (e) => {
      for (const t of this.remote.getTracks()) this.remote.removeTrack(t);
      this.remote.addTrack(e.track);
    });
  }

  /** The microphone, a peer connection sending it, and that connection's complete offer. */
  static async open(micId: string | null): Promise<{ media: CallMedia; offer: string }> {
    const servers = await iceServers();
    const mic = await microphone(micId);
    const pc = new RTCPeerConnection({ iceServers: servers, bundlePolicy: "max-bundle" });
    for (const track of mic.getAudioTracks()) pc.addTrack(track, mic);
    const media = new CallMedia(pc, mic);
    try {
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      const sdp = pc.localDescription?.sdp;
      if (!sdp) throw new Error("The browser made no offer.");
      return { media, offer: sdp };
    } catch (e) {
      media.close();
      throw e;
    }
  }

  /** The engine's answer (call.answer_sdp). */
  async accept(sdp: string): Promise<void> {
    if (this.closed) return;
    await this.pc.setRemoteDescription({ type: "answer", sdp });
  }

  /** Muting stops the microphone's samples at the source (silence is sent, not nothing). */
  setMuted(muted: boolean): void {
    for (const t of this.mic.getAudioTracks()) t.enabled = !muted;
  }

  /** Another microphone mid-call, without renegotiating. */
  async useMicrophone(deviceId: string | null, muted: boolean): Promise<void> {
    const next = await microphone(deviceId);
    const track = next.getAudioTracks()[0];
    if (!track || this.closed) {
      next.getTracks().forEach((t) => t.stop());
      return;
    }
    track.enabled = !muted;
    const sender = this.pc.getSenders().find((s) => s.track?.kind === "audio");
    await sender?.replaceTrack(track);
    this.mic.getTracks().forEach((t) => t.stop());
    this.mic = next;
  }

  get failed(): boolean {
    return this.pc.connectionState === "failed";
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.mic.getTracks().forEach((t) => t.stop());
    this.pc.close();
  }
}
