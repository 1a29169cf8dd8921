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
          <dt>Protocol</dt>
          <dd>{config.protocol === "saml" ? "SAML 2.0" : "OpenID Connect"}</dd>
          {config.saml ? (
            <>
              <dt>IdP entity ID</dt>
              <dd>{config.saml.entity_id}</dd>
              <dt>IdP single sign-on URL</dt>
              <dd>{config.saml.sso_url}</dd>
              <dt>Signing certificates</dt>
              <dd>
                {config.saml.certificates
                  .map((c) => `${c.subject} (SHA-256 ${c.sha256}, until ${when(c.not_after)})`)
                  .join("; ")}
              </dd>
            </>
          ) : (
            <>
              <dt>Issuer URL</dt>
              <dd>{config.issuer}</dd>
              <dt>Client id</dt>
              <dd>{config.client_id}</dd>
              <dt>Client secret</dt>
              <dd>{config.client_secret_set ? "Set (never shown)" : "Not set"}</dd>
            </>
          )}
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
