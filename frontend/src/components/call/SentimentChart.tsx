// A call's sentiment arc, one line per speaker over the call's time, drawn by uPlot (loaded
// with this module, on demand). A click on the chart picks that moment of the call. The canvas
// is a picture: the figures are also in the table CallSentiment shows beside it.
import uPlot from "uplot";
import { useChart, useLatest } from "../charts/useChart";
import "uplot/dist/uPlot.min.css";
import { clock } from "../../format";

export type Arc = { label: string; color: string; points: { atMs: number; score: number }[] };

const TICKS: Record<string, string> = { "-1": "negative", "0": "neutral", "1": "positive" };

/** One x array for every line (uPlot's data shape), each line null where it has no point. */
export function aligned(arcs: Arc[]): [number[], ...(number | null)[][]] {
  const xs = [...new Set(arcs.flatMap((a) => a.points.map((p) => p.atMs / 1000)))].sort((a, b) => a - b);
  const lines = arcs.map((a) => {
    const at = new Map(a.points.map((p) => [p.atMs / 1000, p.score]));
    return xs.map((x) => at.get(x) ?? null);
  });
  return [xs, ...lines];
}

export default function SentimentChart({
  arcs,
  onPick,
  height = 200,
}: {
  arcs: Arc[];
  onPick?: (ms: number) => void;
  height?: number;
}) {
  const pick = useLatest(onPick);
  const box = useChart((el, width) => {
    const opts: uPlot.Options = {
      width,
      height,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: [-1.05, 1.05] } },
      axes: [
        // Whole seconds only: a tick per fraction of a second would repeat the same m:ss.
        { incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800], values: (_u, splits) => splits.map((s) => clock(s * 1000)) },
        {
          splits: () => [-1, -0.5, 0, 0.5, 1],
          values: (_u, splits) => splits.map((s) => TICKS[String(s)] ?? ""),
          size: 70,
        },
      ],
      series: [
        {},
        ...arcs.map((a) => ({
          label: a.label,
          stroke: a.color,
          width: 2,
          spanGaps: true,
          points: { show: true, size: 6, fill: a.color },
        })),
      ],
      hooks: {
        ready: [
          (u) => {
            u.over.addEventListener("click", () => {
              const left = u.cursor.left;
              if (left === undefined || left < 0) return;
              pick.current?.(Math.max(0, Math.round(u.posToVal(left, "x") * 1000)));
            });
          },
        ],
      },
    };
    return new uPlot(opts, aligned(arcs) as uPlot.AlignedData, el);
  }, height, [arcs]);

  return <div className="sentiment-chart" ref={box} aria-hidden="true" data-testid="sentiment-chart" />;
}
