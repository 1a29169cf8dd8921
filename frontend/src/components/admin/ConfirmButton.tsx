// A destructive action asks first: the button opens a question with Confirm and Cancel
// (focus moves to Cancel, the safe choice; Escape also cancels), so a stray click or Enter
// destroys nothing.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

type Props = {
  label: string;
  /** The accessible name when the visible label is short (e.g. "Delete group Sales"). */
  name?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** A form's submit: the form is validated first (required fields) before the question. */
  submit?: boolean;
};

export function ConfirmButton({ label, name, question, confirmLabel, onConfirm, disabled, submit }: Props) {
  const [open, setOpen] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  function close() {
    setOpen(false);
    // Back to where the user was, so keyboard users do not lose their place.
    setTimeout(() => opener.current?.focus(), 0);
  }
  function onKey(e: KeyboardEvent) {
    if (e.key === "Escape") close();
  }
  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        aria-label={name}
        disabled={disabled}
        onClick={(e) => {
          const form = submit ? e.currentTarget.form : null;
          if (form && !form.reportValidity()) return;
          setOpen(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-labelledby={questionId} className="confirm" onKeyDown={onKey}>
      <span id={questionId}>{question}</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} className="secondary" onClick={close}>
        Cancel
      </button>
    </span>
  );
}
