// What every uPlot chart here does around its options: made when its inputs change, as wide
// as its box (280 px at least), resized with the box, destroyed with the component.
import { useEffect, useRef, type DependencyList } from "react";
import type uPlot from "uplot";

const MIN_WIDTH = 280;

export function useChart(
  make: (el: HTMLDivElement, width: number) => uPlot,
  height: number,
  deps: DependencyList,
) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = make(el, Math.max(MIN_WIDTH, el.clientWidth));
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(MIN_WIDTH, el.clientWidth), height }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
    // The caller names the inputs its chart is made from (make itself is new each render).
  }, [height, ...deps]);
  return box;
}

/** The latest value (a callback), for event handlers a chart binds once when it is made. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
