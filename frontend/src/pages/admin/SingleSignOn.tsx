// Single sign-on with OpenID Connect (ADR 0043) or SAML 2.0 (ADR 0045): owners set the workspace's identity
// provider and test it; admins (sso.read) see the settings read-only; other roles get "not
// allowed" without asking the API.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CopyButton } from "../../components/CopyButton";
import { administers, owns } from "../../components/admin/access";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { RoleGate } from "../../components/admin/RoleGate";
import { SsoForm } from "../../components/admin/SsoForm";
import { SsoSummary } from "../../components/admin/SsoSummary";
import { ServiceProviderInfo } from "../../components/admin/ServiceProviderInfo";
import { ssoQuery, type Protocol, type SsoConfig } from "../../components/admin/ssoConfig";
import { usePageTitle } from "../../components/usePageTitle";
import { useMe } from "../../session";

export function SingleSignOnPage() {
  return (
    <RoleGate allow={administers} title="single sign-on">
      <SingleSignOn />
    </RoleGate>
  );
}

function SingleSignOn() {
  usePageTitle("Single sign-on");
  const role = useMe().data?.role;
  const config = useQuery(ssoQuery);
  return (
    <>
      <h1>Single sign-on</h1>
      <p className="hint">
        People sign in through your identity provider (OpenID Connect or SAML 2.0: Okta, Entra ID,
        ADFS, OneLogin, Google, Keycloak…). Only existing, active users of the allowed domains sign in this way; users
        with two-step sign-in still enter their code, and passwords keep working.
      </p>
      {config.isPending && <p role="status">Loading single sign-on…</p>}
      <ErrorAlert error={config.error} />
      {config.data && <Settings saved={config.data} owner={!!role && owns(role)} />}
    </>
  );
}

/** The protocol chosen in the form (or saved, for admins) decides what callvault's side shows. */
function Settings({ saved, owner }: { saved: SsoConfig; owner: boolean }) {
  const [protocol, setProtocol] = useState<Protocol>(saved.protocol ?? "oidc");
  const shown = owner ? protocol : (saved.protocol ?? "oidc");
  return (
    <>
      {shown === "saml" ? (
        <ServiceProviderInfo sp={saved.service_provider} />
      ) : (
        <RedirectUri uri={saved.redirect_uri} />
      )}
      {owner ? (
        <SsoForm saved={saved} protocol={protocol} setProtocol={setProtocol} />
      ) : (
        <SsoSummary config={saved} />
      )}
    </>
  );
}

/** The server builds the redirect URI (its public address + the callback path) and returns
 * it, so the page shows exactly what the server will send to the provider. */
function RedirectUri({ uri }: { uri: string }) {
  return (
    <section className="card" aria-labelledby="sso-redirect-h">
      <h2 id="sso-redirect-h">Redirect URI</h2>
      <p>
        Register callvault at your identity provider as a confidential web client (authorization
        code flow) with this redirect URI:
      </p>
      <p className="sso-uri">
        <code>{uri}</code> <CopyButton text={uri} what="redirect URI" />
      </p>
    </section>
  );
}
