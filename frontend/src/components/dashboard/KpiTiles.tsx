// The headline figures of the range as tiles (a description list: label, then value).
import type { Schemas } from "../../api/client";

type Totals = Schemas["TotalsOut"];

function percent(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)} %`;
}

function seconds(value: number | null): string {
  if (value === null) return "—";
  const s = Math.round(value);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function number(value: number): string {
  return value.toLocaleString(undefined, { maximumFractionDigits: 1 });
}

export function KpiTiles({ totals }: { totals: Totals }) {
  const tiles: [string, string][] = [
    ["Calls", number(totals.calls)],
    ["Minutes", number(totals.minutes)],
    ["Answer rate", percent(totals.answer_rate)],
    ["Missed-call rate", percent(totals.missed_rate)],
    ["Average handle time", seconds(totals.average_handle_seconds)],
    ["Voicemail", number(totals.voicemail)],
    ["Minutes transcribed", number(totals.minutes_transcribed)],
  ];
  return (
    <dl className="kpis">
      {tiles.map(([label, value]) => (
        <div key={label} className="kpi">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
