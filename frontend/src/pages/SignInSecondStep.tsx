// The sign-in's second step: the code the authenticator app shows, or a recovery code. A
// challenge lasts minutes and takes a few codes; past that the password is asked again.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ApiError, api, errorText, unwrap } from "../api/client";

export function SecondStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: () => Promise<void>;
  onRestart: () => void;
}) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST("/api/v1/auth/browser/sign-in/second-step", { body: { challenge, code } }),
      );
      await onSignedIn();
    } catch (err) {
      const text = errorText(err);
      setError(
        err instanceof ApiError && err.code === "mfa_failed"
          ? `${text} After a few wrong codes, start again with your password.`
          : text,
      );
      setCode("");
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function switchKind() {
    setRecovery(!recovery);
    setCode("");
    setError(null);
    setTimeout(() => field.current?.focus(), 0);
  }

  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={heading}>
        Two-step sign-in
      </h1>
      <form onSubmit={submit} aria-describedby={error ? "second-step-error" : undefined}>
        <label htmlFor={id}>
          {recovery ? "Recovery code" : "Code from your authenticator app"}
        </label>
        {recovery ? (
          <input
            id={id}
            ref={field}
            name="recovery-code"
            autoComplete="off"
            spellCheck={false}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        ) : (
          <input
            id={id}
            ref={field}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        {error && (
          <p id="second-step-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Sign in"}
        </button>
      </form>
      <p>
        <button type="button" className="linkish" onClick={switchKind}>
          {recovery ? "Use a code from the app instead" : "Use a recovery code instead"}
        </button>{" "}
        <button type="button" className="linkish" onClick={onRestart}>
          Start again
        </button>
      </p>
    </main>
  );
}
