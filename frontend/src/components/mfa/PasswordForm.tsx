// Re-entering the password before a change to how you sign in (the server asks for it);
// with `withCode`, also a code from the current authenticator app or a recovery code
// (replacing the phone: the password alone must not move two-step sign-in elsewhere).
import { useId, useState, type FormEvent } from "react";

export function PasswordForm({
  action,
  busy,
  onSubmit,
  withCode = false,
}: {
  action: string;
  busy: boolean;
  onSubmit: (password: string, code?: string) => void;
  withCode?: boolean;
}) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const id = useId();
  const codeId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(password, withCode ? code : undefined);
    setPassword("");
    setCode("");
  }
  return (
    <form onSubmit={submit} className="row">
      <label htmlFor={id}>Your password</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {withCode && (
        <>
          <label htmlFor={codeId}>Code from your current app, or a recovery code</label>
          <input
            id={codeId}
            inputMode="text"
            autoComplete="one-time-code"
            required
            minLength={6}
            maxLength={32}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </>
      )}
      <button type="submit" disabled={busy}>
        {action}
      </button>
    </form>
  );
}
