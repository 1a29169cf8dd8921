// Re-entering the password before a change to how you sign in (the server asks for it).
import { useId, useState, type FormEvent } from "react";

export function PasswordForm({
  action,
  busy,
  onSubmit,
}: {
  action: string;
  busy: boolean;
  onSubmit: (password: string) => void;
}) {
  const [password, setPassword] = useState("");
  const id = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(password);
    setPassword("");
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
      <button type="submit" disabled={busy}>
        {action}
      </button>
    </form>
  );
}
