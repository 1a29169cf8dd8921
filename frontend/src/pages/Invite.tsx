// The one-time link of an invitation or a password reset (`/invite/<token>`). The link is
// checked as the page opens, so a dead one says so before anyone types a password; a live
// one says whose account it is. Once the password is set, the user is signed in with it
// through the sign-in page's own call; if that asks for more or fails, the sign-in page,
// filled in, is the way on. The token goes to the API in a body; the page sends no Referer
// anywhere (Referrer-Policy: no-referrer), so the link does not leak from here.
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { api, errorText, unwrap } from "../api/client";
import { signInBrowser } from "../browserSignIn";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { usePageTitle } from "../components/usePageTitle";
import { when } from "../format";
import { useLinkCheck, type LinkCheck, type LiveLink } from "./linkCheck";
import { prefillHash } from "./prefill";

type Heading = RefObject<HTMLHeadingElement | null>;

export function InvitePage() {
  const { token } = useParams({ from: "/invite/$token" });
  const [check, checkAgain] = useLinkCheck(token);
  // Set, but not signed in by this page: the account to fill the sign-in page with.
  const [setFor, setSetFor] = useState<LiveLink | null>(null);
  usePageTitle(title(check, setFor));
  const heading = useRef<HTMLHeadingElement>(null);
  // Each stage's heading takes the focus, so a screen reader starts from what changed.
  useEffect(() => heading.current?.focus(), [check.state, setFor]);

  if (setFor) return <PasswordSet link={setFor} heading={heading} />;
  if (check.state === "dead") return <DeadLink expired={check.expired} heading={heading} />;
  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={heading}>
        Set your password
      </h1>
      {check.state === "checking" && <p role="status">Checking your link…</p>}
      {check.state === "failed" && (
        <>
          <p role="alert" className="error">
            {errorText(check.error)}
          </p>
          <button type="button" onClick={checkAgain}>
            Try again
          </button>
        </>
      )}
      {check.state === "live" && (
        <SetPasswordForm token={token} link={check.link} onSetNotSignedIn={setSetFor} />
      )}
    </main>
  );
}

function title(check: LinkCheck, setFor: LiveLink | null): string {
  if (setFor) return "Your password is set";
  if (check.state !== "dead") return "Set your password";
  return check.expired ? "This link has expired" : "This link is not valid";
}

function SetPasswordForm(p: {
  token: string;
  link: LiveLink;
  onSetNotSignedIn: (link: LiveLink) => void;
}) {
  const { link } = p;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<"idle" | "setting" | "signing-in">("idle");

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    setError(null);
    setStage("setting");
    try {
      await unwrap(api.POST("/api/v1/invitations/accept", { body: { token: p.token, password } }));
    } catch (err) {
      setError(errorText(err)); // a refused password leaves the link usable: try another
      setStage("idle");
      return;
    }
    setStage("signing-in");
    try {
      const second = await signInBrowser(queryClient, {
        workspace: link.workspace,
        email: link.email,
        password,
      });
      if (second) {
        // A reset of an account with two-step sign-in: the code is asked on the sign-in page.
        p.onSetNotSignedIn(link);
        return;
      }
    } catch {
      p.onSetNotSignedIn(link); // throttled, or the workspace is closing: sign in by hand
      return;
    }
    await navigate({ to: "/", replace: true });
  }

  return (
    <>
      <p>
        For <strong>{link.email}</strong> in workspace <strong>{link.workspace_name}</strong>
        {/* The slug is what the sign-in page asks for next time. */}
        {link.workspace_name !== link.workspace && <> ({link.workspace})</>}.
      </p>
      <p>
        This link works once, until {when(link.expires_at)}. Choose a password of at least 8
        characters.
      </p>
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
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {stage === "signing-in" && <p role="status">Password set. Signing you in…</p>}
        <button type="submit" disabled={stage !== "idle"}>
          Set password
        </button>
      </form>
    </>
  );
}

function DeadLink(p: { expired: boolean; heading: Heading }) {
  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={p.heading}>
        {p.expired ? "This link has expired" : "This link is not valid"}
      </h1>
      <p role="alert">
        {p.expired
          ? "It can no longer set a password. "
          : "It was used already, replaced by a newer link, or copied incompletely. "}
        Ask an admin of your workspace for a new link.
      </p>
      <p>
        Already set your password with this link? <Link to="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}

function PasswordSet(p: { link: LiveLink; heading: Heading }) {
  const account = { workspace: p.link.workspace, email: p.link.email };
  return (
    <main className="signin">
      <h1 tabIndex={-1} ref={p.heading}>
        Your password is set
      </h1>
      <p role="status">You can sign in with it now.</p>
      <p>
        Workspace <strong>{account.workspace}</strong>, email <strong>{account.email}</strong>.
      </p>
      <p>
        <Link to="/sign-in" hash={prefillHash(account)}>
          Sign in
        </Link>
      </p>
    </main>
  );
}
