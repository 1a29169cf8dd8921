// A second step before a destructive or retroactive action: the question, then "confirm" or
// "cancel". Focus goes to the question's confirm button when it appears and back to the
// button that asked when it is cancelled, so keyboard users never lose their place.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The button that opens the question, e.g. "Remove Zentrix". */
  label: string;
  /** What will happen, in words. */
  question: ReactNode;
  /** The confirming button's text, e.g. "Yes, remove it". */
  confirm: string;
  onConfirm: () => void;
  busy?: boolean;
  className?: string;
};

export function ConfirmStep({ label, question, confirm, onConfirm, busy, className }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) yes.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!open) {
    return (
      <button type="button" ref={opener} className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="confirm-step">
      <p id={id}>{question}</p>
      <button
        type="button"
        ref={yes}
        disabled={busy}
        onClick={() => {
          onConfirm();
          setOpen(false);
        }}
      >
        {confirm}
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}
