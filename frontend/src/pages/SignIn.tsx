import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { errorText } from "../api/client";
import { signedIn as loadMe, signInBrowser } from "../browserSignIn";
import { prefilled } from "./prefill";
import { SecondStep } from "./SignInSecondStep";
import { SsoButton, ssoErrorText } from "./SignInSso";

// Single sign-on for a user with two-step sign-in on comes back with the second step's
// challenge in the fragment, which no server, log or Referer header sees (ADR 0043).
function ssoChallenge(): string | null {
  return new URLSearchParams(window.location.hash.replace(/^#/, "")).get("sso_challenge");
}

export function SignInPage() {
  const { next, sso_error: ssoError } = useSearch({ from: "/sign-in" });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A link `callvault init` printed may carry the workspace and email (in the fragment).
  const [filled] = useState(prefilled);
  const [workspace, setWorkspace] = useState(filled.workspace);
  const [email, setEmail] = useState(filled.email);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(() => ssoErrorText(ssoError));
  const [busy, setBusy] = useState(false);
  // Two-step sign-in: the password was right; the code is asked for next.
  const [challenge, setChallenge] = useState<string | null>(ssoChallenge);
  const heading = useRef<HTMLHeadingElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (filled.workspace && filled.email) passwordField.current?.focus();
    else heading.current?.focus();
  }, [filled]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const second = await signInBrowser(queryClient, { workspace, email, password });
      if (second) {
        setPassword("");
        setChallenge(second.challenge);
        return;
      }
      await navigate({ to: next ?? "/", replace: true });
    } catch (err) {
      setError(errorText(err)); // what was typed stays in the form
    } finally {
      setBusy(false);
    }
  }

  async function signedIn() {
    await loadMe(queryClient);
    await navigate({ to: next ?? "/", replace: true });
  }

  if (challenge) {
    return (
      <SecondStep
        challenge={challenge}
        onSignedIn={signedIn}
        onRestart={() => {
          setChallenge(null);
          setTimeout(() => passwordField.current?.focus(), 0);
        }}
      />
    );
  }

  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={heading}>
        Sign in to callvault
      </h1>
      {next && next !== "/" && <p className="hint">Sign in to continue where you were.</p>}
      <form onSubmit={submit} aria-describedby={error ? "signin-error" : undefined}>
        <label>
          Workspace
          <input
            name="workspace"
            autoComplete="organization"
            required
            value={workspace}
            onChange={(e) => setWorkspace(e.target.value)}
          />
        </label>
        <label>
          Email
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            ref={passwordField}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p id="signin-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <SsoButton workspace={workspace} />
      <details className="first-run">
        <summary>First sign-in after installing callvault?</summary>
        <p>
          <code>make run</code> (or <code>callvault init</code>) printed the first owner&rsquo;s
          workspace, email and password once, with a link here that fills in the first two. That
          password is a temporary one: right after signing in, you choose your own.
        </p>
        <p>
          Lost them? On the server, <code>callvault user reset-password --workspace WORKSPACE
          --email EMAIL --link</code> prints a one-time link to set a new password here.
        </p>
      </details>
    </main>
  );
}
