// What the owner registers at a SAML identity provider (ADR 0045): callvault's entity ID,
// ACS URL and NameID format, as the server builds them, and its metadata to download.
import { CopyButton } from "../CopyButton";
import type { SsoConfig } from "./ssoConfig";

export function ServiceProviderInfo({ sp }: { sp: SsoConfig["service_provider"] }) {
  return (
    <section className="card" aria-labelledby="sso-sp-h">
      <h2 id="sso-sp-h">Service provider details</h2>
      <p>Register callvault at your identity provider as a SAML 2.0 application with these values:</p>
      <dl className="facts sso-facts" aria-label="Service provider details">
        <dt>Entity ID (Identifier, Audience)</dt>
        <dd className="sso-uri">
          <code>{sp.entity_id}</code> <CopyButton text={sp.entity_id} what="entity ID" />
        </dd>
        <dt>ACS URL (Reply URL, HTTP-POST)</dt>
        <dd className="sso-uri">
          <code>{sp.acs_url}</code> <CopyButton text={sp.acs_url} what="ACS URL" />
        </dd>
        <dt>NameID format</dt>
        <dd>
          <code>{sp.name_id_format}</code>
        </dd>
        <dt>Metadata</dt>
        <dd>
          <a href={sp.metadata_url}>Service provider metadata (XML)</a>
        </dd>
      </dl>
      <p className="hint">
        Sign the response or the assertion with SHA-256 and do not encrypt the assertion. Sign-in starts from
        callvault's sign-in page; starting it from the identity provider's app list is refused.
      </p>
    </section>
  );
}
