// A bar chart drawn by uPlot on a canvas (no inline style or script: uPlot sets styles
// through the CSSOM, which the CSP does not govern). Stacked series; a click on a bar
// segment calls onPick(bar index, series index). The chart is a picture for sighted mouse
// users: every figure and drill-down is also in the table that comes with it.
import uPlot from "uplot";
import { useChart, useLatest } from "../charts/useChart";
import "uplot/dist/uPlot.min.css";

export type Series = { label: string; color: string; values: number[] };

type Props = {
  title: string;
  labels: string[];
  series: Series[];
  onPick?: (index: number, series: number) => void;
  height?: number;
};

type Stacked = Series & { tops: number[] };

/** Each series with its running totals, so it draws from 0 to its top. */
function stacked(series: Series[]): Stacked[] {
  const out: Stacked[] = [];
  let below: number[] = [];
  for (const s of series) {
    const tops = s.values.map((v, j) => v + (below[j] ?? 0));
    out.push({ ...s, tops });
    below = tops;
  }
  return out;
}

export function BarChart({ title, labels, series, onPick, height = 240 }: Props) {
  const pick = useLatest(onPick);
  const box = useChart((el, width) => {
    const layers = stacked(series);
    const xs = labels.map((_, i) => i);
    // Tallest first: later series are painted over earlier ones, so the bottom segment
    // ends up in front.
    const order = [...layers].reverse();
    const bars = uPlot.paths.bars!({ size: [0.7, 48], align: 0 });
    const opts: uPlot.Options = {
      title,
      width,
      height,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] } },
      axes: [
        {
          values: (_u, splits) => splits.map((v) => labels[Math.round(v)] ?? ""),
          incrs: [1, 2, 5, 7, 14, 30],
        },
        { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : "")) },
      ],
      series: [
        {},
        ...order.map((layer) => ({
          label: layer.label,
          fill: layer.color,
          stroke: layer.color,
          width: 0,
          paths: bars,
          points: { show: false },
          value: (_u: uPlot, _v: number | null, _s: number, idx: number | null) =>
            idx === null ? "" : String(layer.values[idx] ?? ""),
        })),
      ],
      hooks: {
        ready: [
          (u) => {
            // The legend lists series in drawing order, which is reversed (above): put its
            // rows back in the series' own order, the order of the table beside the chart.
            const rows = Array.from(u.root.querySelectorAll(".u-legend tr.u-series"));
            for (const row of rows.reverse()) row.parentElement?.appendChild(row);
            u.over.addEventListener("click", () => {
              const idx = u.cursor.idx;
              const top = u.cursor.top;
              if (idx === null || idx === undefined || top === undefined || top < 0) return;
              const value = u.posToVal(top, "y");
              const hit = layers.findIndex(
                (l) => value <= (l.tops[idx] ?? 0) && (l.values[idx] ?? 0) > 0,
              );
              if (hit >= 0) pick.current?.(idx, hit);
            });
          },
        ],
      },
    };
    return new uPlot(opts, [xs, ...order.map((l) => l.tops)], el);
  }, height, [title, labels, series]);

  // The canvas is described by the table beside it; aria-hidden keeps screen readers on
  // the table, which has the same figures and the links.
  return <div className="bar-chart" ref={box} aria-hidden="true" />;
}
