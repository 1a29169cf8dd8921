// The softphone's call-progress tones, made with WebAudio (no audio file to fetch): the ring
// of an incoming call, and the ringback a caller hears while the other side's devices ring.
// Both are the North American cadence (440 + 480 Hz, two seconds on, four off); the ringback
// is quieter, as it is heard in the earpiece rather than across the room.
export type Cadence = { hz: readonly number[]; onS: number; periodS: number; level: number };

export const RING: Cadence = { hz: [440, 480], onS: 2, periodS: 6, level: 0.08 };
export const RINGBACK: Cadence = { hz: [440, 480], onS: 2, periodS: 6, level: 0.05 };

export class RingTone {
  private ctx: AudioContext | null = null;
  private gain: GainNode | null = null;
  private timer: number | undefined;

  constructor(private readonly cadence: Cadence = RING) {}

  start(): void {
    if (this.ctx) return;
    const { hz, onS, periodS, level } = this.cadence;
    try {
      const ctx = new AudioContext();
      const gain = ctx.createGain();
      gain.gain.value = 0;
      gain.connect(ctx.destination);
      for (const f of hz) {
        const osc = ctx.createOscillator();
        osc.frequency.value = f;
        osc.connect(gain);
        osc.start();
      }
      this.ctx = ctx;
      this.gain = gain;
      const ring = () => {
        const t = ctx.currentTime;
        gain.gain.setValueAtTime(level, t);
        gain.gain.setValueAtTime(0, t + onS);
      };
      ring();
      this.timer = window.setInterval(ring, periodS * 1000);
      void ctx.resume().catch(() => undefined); // autoplay rules may keep it silent
    } catch {
      this.stop(); // no WebAudio: the toast (or the call status) alone says it rings
    }
  }

  stop(): void {
    window.clearInterval(this.timer);
    this.gain?.disconnect();
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
    this.gain = null;
  }

  get ringing(): boolean {
    return this.ctx !== null;
  }
}
