import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { meQuery } from "../session";

export function SignInPage() {
  const { next } = useSearch({ from: "/sign-in" });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [workspace, setWorkspace] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST("/api/v1/auth/browser/sign-in", {
          body: { workspace, email, password, device_name: deviceName() },
        }),
      );
      queryClient.clear();
      await queryClient.fetchQuery(meQuery);
      await navigate({ to: next ?? "/", replace: true });
    } catch (err) {
      setError(errorText(err)); // what was typed stays in the form
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={heading}>
        Sign in to callvault
      </h1>
      {next && <p className="hint">Sign in to continue where you were.</p>}
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
    </main>
  );
}

function deviceName(): string {
  const agent = navigator.userAgent;
  const browser = /Firefox\//.test(agent)
    ? "Firefox"
    : /Edg\//.test(agent)
      ? "Edge"
      : /Chrom(e|ium)\//.test(agent)
        ? "Chromium"
        : /Safari\//.test(agent)
          ? "Safari"
          : "Browser";
  return `${browser} (web app)`;
}
