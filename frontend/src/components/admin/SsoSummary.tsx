// The single sign-on settings as read-only facts: what admins see (they hold sso.read, and
// only owners may change or test the provider). The secret is never sent, only whether one is.
import { when } from "../../format";
import type { SsoConfig } from "./ssoConfig";

export function SsoSummary({ config }: { config: SsoConfig }) {
  return (
    <section className="card" aria-labelledby="sso-settings-h">
      <h2 id="sso-settings-h">Settings</h2>
      <p className="hint">Only an owner can change single sign-on.</p>
      {config.configured ? (
        <dl className="facts sso-facts" aria-label="Single sign-on settings">
          <dt>Sign-in button</dt>
          <dd>{config.enabled ? `Offered: “Sign in with ${config.label ?? "SSO"}”` : "Off"}</dd>
          <dt>Issuer URL</dt>
          <dd>{config.issuer}</dd>
          <dt>Client id</dt>
          <dd>{config.client_id}</dd>
          <dt>Client secret</dt>
          <dd>{config.client_secret_set ? "Set (never shown)" : "Not set"}</dd>
          <dt>Allowed email domains</dt>
          <dd>{config.allowed_domains.join(", ")}</dd>
          <dt>Last changed</dt>
          <dd>{when(config.updated_at)}</dd>
        </dl>
      ) : (
        <p>Single sign-on is not set up: people sign in with their passwords.</p>
      )}
    </section>
  );
}
