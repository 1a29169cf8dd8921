// Network quality from RTCPeerConnection.getStats(): round-trip time, jitter and packet loss
// graded good / fair / poor. Thresholds follow the usual VoIP rules of thumb (ITU-T G.114:
// under 150 ms one way is good, over 400 ms poor; jitter beyond ~30 ms and loss beyond a few
// percent become audible with Opus's concealment).
export type Grade = "good" | "fair" | "poor" | "unknown";

export type Sample = { rttMs: number | null; jitterMs: number | null; lossPct: number | null };

export function grade({ rttMs, jitterMs, lossPct }: Sample): Grade {
  if (rttMs === null && jitterMs === null && lossPct === null) return "unknown";
  const rtt = rttMs ?? 0;
  const jitter = jitterMs ?? 0;
  const loss = lossPct ?? 0;
  if (rtt > 600 || jitter > 60 || loss > 8) return "poor";
  if (rtt > 300 || jitter > 30 || loss > 2) return "fair";
  return "good";
}

type Counters = { received: number; lost: number };

/** Reads one report; `before` holds the packet counters of the previous read, so loss is
 * measured over the last interval rather than since the call began. */
export function readStats(
  report: RTCStatsReport,
  before: Counters | null,
): Sample & { counters: Counters; dtlsState: string | null; srtpCipher: string | null } {
  let rtt: number | null = null;
  let jitter: number | null = null;
  let received = 0;
  let lost = 0;
  let dtlsState: string | null = null;
  let srtpCipher: string | null = null;
  report.forEach((s: Record<string, unknown>) => {
    if (s.type === "candidate-pair" && s.nominated && typeof s.currentRoundTripTime === "number") {
      rtt = s.currentRoundTripTime * 1000;
    }
    if (s.type === "inbound-rtp" && s.kind === "audio") {
      if (typeof s.jitter === "number") jitter = s.jitter * 1000;
      received += typeof s.packetsReceived === "number" ? s.packetsReceived : 0;
      lost += typeof s.packetsLost === "number" ? Math.max(0, s.packetsLost) : 0;
    }
    if (s.type === "transport") {
      if (typeof s.dtlsState === "string") dtlsState = s.dtlsState;
      if (typeof s.srtpCipher === "string") srtpCipher = s.srtpCipher;
    }
  });
  const dReceived = received - (before?.received ?? 0);
  const dLost = lost - (before?.lost ?? 0);
  const lossPct = dReceived + dLost > 0 ? (100 * dLost) / (dReceived + dLost) : null;
  return {
    rttMs: rtt,
    jitterMs: jitter,
    lossPct,
    counters: { received, lost },
    dtlsState,
    srtpCipher,
  };
}
