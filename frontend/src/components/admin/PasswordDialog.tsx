// Stripping a protection from others (lifting the workspace's two-step requirement, resetting
// a member's second factor) asks for the acting admin's own password, as the server does:
// a session left open or stolen is not enough. A modal dialog: focus starts in the password
// field, Escape or Cancel closes it and nothing is sent.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

type DialogProps = {
  open: boolean;
  question: string;
  confirmLabel: string;
  onConfirm: (password: string) => void;
  onClose: () => void;
};

export function PasswordDialog({ open, question, confirmLabel, onConfirm, onClose }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState("");
  const questionId = useId();
  const fieldId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  function submit(e: FormEvent) {
    e.preventDefault();
    const given = password;
    setPassword("");
    onConfirm(given);
  }
  function cancel() {
    setPassword("");
    onClose();
  }
  return (
    <dialog
      ref={dialog}
      aria-labelledby={questionId}
      className="password-dialog"
      onCancel={(e) => {
        e.preventDefault(); // Escape: closed through the state, like Cancel
        cancel();
      }}
    >
      {open && (
        <form onSubmit={submit} className="card">
          <p id={questionId}>{question}</p>
          <label htmlFor={fieldId}>Your password (to confirm it is you)</label>
          <input
            id={fieldId}
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className="row">
            <button type="submit" className="danger">
              {confirmLabel}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

type ButtonProps = {
  label: string;
  /** The accessible name when the visible label is short. */
  name?: string;
  question: string;
  confirmLabel: string;
  onConfirm: (password: string) => void;
  disabled?: boolean;
};

/** A button that opens the password dialog; focus returns to it when the dialog closes. */
export function PasswordConfirmButton({ label, name, question, confirmLabel, onConfirm, disabled }: ButtonProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  function close() {
    setOpen(false);
    setTimeout(() => opener.current?.focus(), 0);
  }
  return (
    <>
      <button ref={opener} type="button" aria-label={name} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      <PasswordDialog
        open={open}
        question={question}
        confirmLabel={confirmLabel}
        onConfirm={(password) => {
          close();
          onConfirm(password);
        }}
        onClose={close}
      />
    </>
  );
}
