// The DTMF keypad: each key sends its digit (call.dtmf); typing digits works too.
import { useEffect, useRef, type KeyboardEvent } from "react";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

export function Keypad({ onDigit, onClose }: { onDigit: (d: string) => void; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  function keys(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (KEYS.includes(e.key) && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      onDigit(e.key);
    }
  }
  return (
    <div className="keypad" role="group" aria-label="Keypad" onKeyDown={keys}>
      {KEYS.map((k, i) => (
        <button
          key={k}
          ref={i === 0 ? first : undefined}
          type="button"
          aria-label={`Key ${k}`}
          onClick={() => onDigit(k)}
        >
          {k}
        </button>
      ))}
      <button type="button" className="secondary" onClick={onClose}>
        Close keypad
      </button>
    </div>
  );
}
