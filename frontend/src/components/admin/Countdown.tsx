// Time left until a moment, ticking each second (days, hours, minutes, seconds).
import { useEffect, useState } from "react";

export function left(ms: number): string {
  if (ms <= 0) return "now";
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [d ? `${d} d` : "", d || h ? `${h} h` : "", `${m} min`, `${s % 60} s`];
  return parts.filter(Boolean).join(" ");
}

export function Countdown({ to }: { to: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // Not a live region: a screen reader would announce every second.
  return <span className="countdown">{left(new Date(to).getTime() - now)}</span>;
}
