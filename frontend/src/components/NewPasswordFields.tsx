// The "new password, twice" fields of every form that sets a password (invitation and
// reset links, the password page), with the mismatch message shown after a submit.
type Props = {
  label: string;
  password: string;
  setPassword: (value: string) => void;
  repeat: string;
  setRepeat: (value: string) => void;
  mismatch: boolean;
  mismatchText: string;
};

export function NewPasswordFields(p: Props) {
  return (
    <>
      <label>
        {p.label}
        <input
          type="password"
          autoComplete="new-password"
          required
          value={p.password}
          onChange={(e) => p.setPassword(e.target.value)}
        />
      </label>
      <label>
        New password again
        <input
          type="password"
          autoComplete="new-password"
          required
          value={p.repeat}
          onChange={(e) => p.setRepeat(e.target.value)}
        />
      </label>
      {p.mismatch && (
        <p role="alert" className="error">
          {p.mismatchText}
        </p>
      )}
    </>
  );
}
