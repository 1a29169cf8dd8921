// The connection's quality (from getStats: round trip, jitter, loss) and its encryption.
import type { Quality } from "../../realtime/calls";

function ms(v: number | null): string {
  return v === null ? "–" : `${Math.round(v)} ms`;
}

export function QualityIndicator({ quality }: { quality: Quality | null }) {
  const grade = quality?.grade ?? "unknown";
  const words = grade === "unknown" ? "measuring" : grade;
  return (
    <p className={`call-quality quality-${grade}`} data-testid="call-quality" data-grade={grade}>
      <span className="quality-dot" aria-hidden="true" />
      Network: {words}
      {quality && (
        <span className="muted">
          {" "}
          (round trip {ms(quality.rttMs)}, jitter {ms(quality.jitterMs)}, loss{" "}
          {quality.lossPct === null ? "–" : `${quality.lossPct.toFixed(1)} %`})
        </span>
      )}
      {quality?.srtpCipher && quality.dtlsState === "connected" && (
        <span className="muted" data-testid="call-encryption">
          {" "}
          · encrypted (DTLS-SRTP, {quality.srtpCipher})
        </span>
      )}
    </p>
  );
}
