import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { usePageTitle } from "../components/usePageTitle";

export function PasswordPage() {
  usePageTitle("Password");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT("/api/v1/me/password", {
          body: { current_password: current, new_password: next },
        }),
      ),
    onSuccess: () => {
      // The profile says whether the password is a temporary one: read it again.
      void queryClient.invalidateQueries({ queryKey: ["me"] });
      setCurrent("");
      setNext("");
      setRepeat("");
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(next !== repeat);
    if (next === repeat) change.mutate();
  }
  return (
    <>
      <h1>Change your password</h1>
      <form onSubmit={submit} className="card">
        <label>
          Current password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <NewPasswordFields
          label="New password (at least 8 characters; common ones are refused)"
          password={next}
          setPassword={setNext}
          repeat={repeat}
          setRepeat={setRepeat}
          mismatch={mismatch}
          mismatchText="The two new passwords differ."
        />
        {change.isError && (
          <p role="alert" className="error">
            {errorText(change.error)}
          </p>
        )}
        {change.isSuccess && <p role="status">Your password is changed.</p>}
        <button type="submit" disabled={change.isPending}>
          Change password
        </button>
      </form>
    </>
  );
}
