// Two-step sign-in: turn it on with an authenticator app (scan the QR code or type the
// secret, then a code), keep the recovery codes shown once, get new ones, or turn it off.
// Also the whole page a session sees while its workspace requires it and it is not on yet.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { PasswordForm } from "../components/mfa/PasswordForm";
import { QrCode } from "../components/mfa/QrCode";
import { RecoveryCodes } from "../components/mfa/RecoveryCodes";

export function TwoStepPage() {
  usePageTitle("Two-step sign-in");
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useQuery({ queryKey: ["mfa"], queryFn: () => unwrap(api.GET("/api/v1/me/mfa")) });
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ["mfa"] });
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
  // After turning it on, only this page's status is refreshed: refreshing the session's
  // profile lifts the workspace's hold, whose layout would replace this page (and the codes
  // shown once) at once. That waits until the user has saved the codes.
  const saved = async () => {
    setCodes(null);
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
  const start = useMutation({
    mutationFn: ({ password, code }: { password: string; code?: string }) =>
      unwrap(api.POST("/api/v1/me/mfa/enrolment", { body: { password, code } })),
  });
  const regenerate = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST("/api/v1/me/mfa/recovery-codes", { body: { password } })),
    onSuccess: (out) => setCodes(out.recovery_codes),
  });
  const disable = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST("/api/v1/me/mfa/disable", { body: { password } })),
    onSuccess: refresh,
  });
  useEffect(() => heading.current?.focus(), []);
  const s = status.data;
  const error = start.error ?? regenerate.error ?? disable.error;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        Two-step sign-in
      </h1>
      <p>
        With two-step sign-in on, your password alone does not sign you in: you also type the
        code an authenticator app on your phone shows (any app that supports TOTP codes).
      </p>
      {status.isPending && <p role="status">Loading…</p>}
      {status.isError && (
        <p role="alert" className="error">
          {errorText(status.error)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      {codes && <RecoveryCodes codes={codes} onSaved={() => void saved()} />}
      {s && !codes && start.data && (
        <Enrolment
          key={start.data.secret}
          enrolment={start.data}
          onDone={(c) => {
            setCodes(c);
            start.reset();
            void queryClient.invalidateQueries({ queryKey: ["mfa"] });
          }}
        />
      )}
      {s && !s.enabled && !start.data && !codes && (
        <section className="card" aria-labelledby="turn-on">
          <h2 id="turn-on">Turn on two-step sign-in</h2>
          {s.required && <p>Your workspace requires it.</p>}
          <PasswordForm
            action="Start"
            busy={start.isPending}
            onSubmit={(password) => start.mutate({ password })}
          />
        </section>
      )}
      {s && s.enabled && !start.data && (
        <>
          <p role="status">
            Two-step sign-in is <strong>on</strong>. Recovery codes left: {s.recovery_codes_left}.
          </p>
          <section className="card" aria-labelledby="new-codes">
            <h2 id="new-codes">New recovery codes</h2>
            <p>The old codes stop working.</p>
            <PasswordForm
              action="Get new recovery codes"
              busy={regenerate.isPending}
              onSubmit={(p) => regenerate.mutate(p)}
            />
          </section>
          <section className="card" aria-labelledby="new-phone">
            <h2 id="new-phone">A new phone</h2>
            <p>
              Your current phone keeps working until the new one is set up. Type a code from
              it, or one of your recovery codes if it is lost (that code is then used up).
            </p>
            <PasswordForm
              action="Set up a new phone"
              busy={start.isPending}
              withCode
              onSubmit={(password, code) => start.mutate({ password, code })}
            />
          </section>
          <section className="card" aria-labelledby="turn-off">
            <h2 id="turn-off">Turn off</h2>
            {s.required ? (
              <p>Your workspace requires two-step sign-in, so it cannot be turned off.</p>
            ) : (
              <PasswordForm action="Turn off" busy={disable.isPending} onSubmit={(p) => disable.mutate(p)} />
            )}
          </section>
        </>
      )}
    </>
  );
}

type EnrolmentData = { otpauth_uri: string; secret: string; qr_rows: string[] };

function Enrolment({ enrolment, onDone }: { enrolment: EnrolmentData; onDone: (codes: string[]) => void }) {
  const [code, setCode] = useState("");
  const codeId = useId();
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/me/mfa/enrolment/confirm", { body: { code } })),
    onSuccess: (out) => onDone(out.recovery_codes),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    confirm.mutate();
  }
  // The secret in groups of four, as apps that take it by hand show it.
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(" ") ?? enrolment.secret;
  return (
    <section className="card" aria-labelledby="scan">
      <h2 id="scan">Add callvault to your authenticator app</h2>
      <ol>
        <li>
          Scan this QR code with the app:
          <br />
          <QrCode rows={enrolment.qr_rows} label="QR code for your authenticator app" />
        </li>
        <li>
          Or type this key into the app by hand: <code data-testid="mfa-secret">{grouped}</code>
        </li>
        <li>Then type the 6-digit code the app shows.</li>
      </ol>
      <form onSubmit={submit} className="row">
        <label htmlFor={codeId}>Code from the app</label>
        <input
          id={codeId}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" disabled={confirm.isPending}>
          Turn on
        </button>
      </form>
      {confirm.isError && (
        <p role="alert" className="error">
          {errorText(confirm.error)}
        </p>
      )}
    </section>
  );
}
