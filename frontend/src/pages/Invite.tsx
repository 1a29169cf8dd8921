// The one-time link of an invitation or a password reset (`/invite/<token>`): set a password,
// then sign in. The token goes to the API in a body; the page sends no Referer anywhere
// (Referrer-Policy: no-referrer), so the link does not leak from here.
import { useMutation } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { usePageTitle } from "../components/usePageTitle";
import { prefilled, prefillHash } from "./prefill";

export function InvitePage() {
  usePageTitle("Set your password");
  const { token } = useParams({ from: "/invite/$token" });
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The first owner's link (callvault init --link) names the workspace and email: the
  // sign-in page after this one is filled in with them.
  const [filled] = useState(prefilled);
  useEffect(() => heading.current?.focus(), []);
  const accept = useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/invitations/accept", { body: { token, password } })),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(password !== repeat);
    if (password === repeat) accept.mutate();
  }
  if (accept.isSuccess) {
    return (
      <main className="signin">
        <h1 tabIndex={-1}>Your password is set</h1>
        <p role="status">You can sign in with it now.</p>
        {filled.workspace && (
          <p>
            Workspace <strong>{filled.workspace}</strong>, email <strong>{filled.email}</strong>.
          </p>
        )}
        <p>
          <Link to="/sign-in" hash={prefillHash(filled)}>
            Sign in
          </Link>
        </p>
      </main>
    );
  }
  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={heading}>
        Set your password
      </h1>
      <p>This link works once. Choose a password of at least 8 characters.</p>
      {filled.email && (
        <p>
          For <strong>{filled.email}</strong> in workspace <strong>{filled.workspace}</strong>.
        </p>
      )}
      <form onSubmit={submit}>
        <NewPasswordFields
          label="New password"
          password={password}
          setPassword={setPassword}
          repeat={repeat}
          setRepeat={setRepeat}
          mismatch={mismatch}
          mismatchText="The two passwords differ."
        />
        {accept.isError && (
          <p role="alert" className="error">
            {errorText(accept.error)}
          </p>
        )}
        <button type="submit" disabled={accept.isPending}>
          Set password
        </button>
      </form>
    </main>
  );
}
