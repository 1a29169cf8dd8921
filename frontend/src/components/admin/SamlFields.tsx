// The IdP's side of SAML 2.0 in the owner's form (ADR 0045): typed in, or its metadata XML
// pasted (the server reads what it needs from it; typed fields win). Certificates are PEM,
// one or two (two while the IdP rotates its signing key).
import { Field } from "./SsoField";

export type SamlDraft = {
  entityId: string;
  ssoUrl: string;
  certificates: string;
  emailAttribute: string;
  metadata: string;
};

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** The PEM blocks in the text (anything between them is ignored). */
export function pemList(text: string): string[] {
  return text.match(PEM) ?? [];
}

export function SamlFields({
  draft,
  change,
  errors,
}: {
  draft: SamlDraft;
  change: (patch: Partial<SamlDraft>) => void;
  errors: Record<string, string>;
}) {
  const err = errors.saml;
  return (
    <>
      <Field
        id="saml-metadata"
        label="IdP metadata XML (optional)"
        error={err}
        hint="Paste your identity provider's federation metadata to fill the fields below that are left empty. It is read once, never fetched."
      >
        {(describedBy) => (
          <textarea
            id="saml-metadata"
            rows={3}
            value={draft.metadata}
            aria-describedby={describedBy}
            onChange={(e) => change({ metadata: e.target.value })}
          />
        )}
      </Field>
      <Field id="saml-entity" label="IdP entity ID" hint="The identity provider's Issuer, e.g. https://sts.windows.net/<tenant>/.">
        {(describedBy) => (
          <input
            id="saml-entity"
            autoComplete="off"
            value={draft.entityId}
            aria-describedby={describedBy}
            onChange={(e) => change({ entityId: e.target.value })}
          />
        )}
      </Field>
      <Field id="saml-sso-url" label="IdP single sign-on URL" hint="For the HTTP-Redirect binding (https).">
        {(describedBy) => (
          <input
            id="saml-sso-url"
            type="url"
            autoComplete="off"
            value={draft.ssoUrl}
            aria-describedby={describedBy}
            onChange={(e) => change({ ssoUrl: e.target.value })}
          />
        )}
      </Field>
      <Field
        id="saml-certs"
        label="IdP signing certificates (PEM)"
        hint="One certificate, or two while your identity provider rotates its key. Answers signed by any other key are refused."
      >
        {(describedBy) => (
          <textarea
            id="saml-certs"
            rows={4}
            spellCheck={false}
            value={draft.certificates}
            aria-describedby={describedBy}
            onChange={(e) => change({ certificates: e.target.value })}
          />
        )}
      </Field>
      <Field
        id="saml-email-attr"
        label="Email attribute (optional)"
        hint="The attribute that holds the email, e.g. email or http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress. Empty: the NameID, of format emailAddress."
      >
        {(describedBy) => (
          <input
            id="saml-email-attr"
            autoComplete="off"
            value={draft.emailAttribute}
            aria-describedby={describedBy}
            onChange={(e) => change({ emailAttribute: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
