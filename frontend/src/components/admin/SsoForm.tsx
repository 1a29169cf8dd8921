// The owner's single sign-on form: OpenID Connect or SAML 2.0 (ADR 0043, ADR 0045). The
// client secret is write-only: the API only says whether one is stored, so the field starts
// (and after saving returns to) empty, and an empty field keeps the stored secret. A 422's
// messages are shown beside their fields. Saving asks for the owner's own password (a
// dialog), as the server does on every save: whoever sets the provider can sign in as anyone.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { ErrorAlert } from "./ErrorAlert";
import { PasswordDialog } from "./PasswordDialog";
import { pemList, SamlFields, type SamlDraft } from "./SamlFields";
import { Field } from "./SsoField";
import { SsoTest } from "./SsoTest";
import { domainList, fieldErrors, ssoQuery, type Protocol, type SsoConfig } from "./ssoConfig";

function samlDraft(saved: SsoConfig): SamlDraft {
  return {
    entityId: saved.saml?.entity_id ?? "",
    ssoUrl: saved.saml?.sso_url ?? "",
    certificates: (saved.saml?.certificates ?? []).map((c) => c.pem.trim()).join("\n"),
    emailAttribute: saved.saml?.email_attribute ?? "",
    metadata: "",
  };
}

export function SsoForm({
  saved,
  protocol,
  setProtocol,
}: {
  saved: SsoConfig;
  protocol: Protocol;
  setProtocol: (p: Protocol) => void;
}) {
  const queryClient = useQueryClient();
  const [saml, setSaml] = useState<SamlDraft>(() => samlDraft(saved));
  const [issuer, setIssuer] = useState(saved.issuer ?? "");
  const [clientId, setClientId] = useState(saved.client_id ?? "");
  const [secret, setSecret] = useState("");
  const [domains, setDomains] = useState(saved.allowed_domains.join("\n"));
  const [label, setLabel] = useState(saved.label ?? "SSO");
  const [enabled, setEnabled] = useState(saved.enabled);
  // The body waiting for the password dialog; null while it is closed.
  const [pending, setPending] = useState<Schemas["SsoConfigIn"] | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const save = useMutation({
    mutationFn: (body: Schemas["SsoConfigIn"]) => unwrap(api.PUT("/api/v1/workspace/sso", { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(ssoQuery.queryKey, data);
      setSecret("");
      setSaml(samlDraft(data)); // the certificates as the server normalised them
      setDomains(data.allowed_domains.join("\n")); // as the server normalised them
    },
  });
  const errors = fieldErrors(save.error);
  // Editing again clears the last save's answer: an error about a field already fixed, or
  // "Saved." over values that are not saved yet, would mislead.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      if (!save.isIdle) save.reset();
      set(value);
    };
  const closeDialog = () => {
    setPending(null);
    setTimeout(() => saveButton.current?.focus(), 0);
  };
  // The values stay in the form whatever the answer: a wrong password is typed again, not
  // the whole configuration.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isIdle) save.reset();
    setPending(body());
  };
  const body = (): Schemas["SsoConfigIn"] => {
    const shared = { allowed_domains: domainList(domains), label: label.trim(), enabled };
    if (protocol === "saml") {
      return {
        protocol: "saml",
        ...shared,
        saml: {
          entity_id: saml.entityId.trim() || null,
          sso_url: saml.ssoUrl.trim() || null,
          certificates: pemList(saml.certificates),
          email_attribute: saml.emailAttribute.trim() || null,
          metadata_xml: saml.metadata.trim() || null,
        },
      };
    }
    return {
      protocol: "oidc",
      issuer: issuer.trim(),
      client_id: clientId.trim(),
      client_secret: secret === "" ? null : secret,
      ...shared,
    };
  };
  const issuerChanges = saved.configured && (protocol !== saved.protocol || issuer.trim() !== saved.issuer);
  return (
    <>
      <form className="card" aria-labelledby="sso-form-h" onSubmit={submit}>
        <h2 id="sso-form-h">Identity provider</h2>
        <fieldset className="checks">
          <legend>Protocol</legend>
          {(["oidc", "saml"] as const).map((p) => (
            <label className="inline" key={p}>
              <input
                type="radio"
                name="sso-protocol"
                value={p}
                checked={protocol === p}
                onChange={() => edit(setProtocol)(p)}
              />{" "}
              {p === "oidc" ? "OpenID Connect" : "SAML 2.0"}
            </label>
          ))}
        </fieldset>
        {protocol === "saml" ? (
          <SamlFields draft={saml} change={(patch) => edit(setSaml)({ ...saml, ...patch })} errors={errors} />
        ) : (
          <>
            <Field id="sso-issuer" label="Issuer URL" error={errors.issuer} hint={issuerHint(issuerChanges)}>
              {(describedBy) => (
                <input
                  id="sso-issuer"
                  type="url"
                  required
                  autoComplete="off"
                  placeholder="https://login.example.com/realms/acme"
                  value={issuer}
                  aria-describedby={describedBy}
                  aria-invalid={errors.issuer ? true : undefined}
                  onChange={(e) => edit(setIssuer)(e.target.value)}
                />
              )}
            </Field>
            <Field id="sso-client" label="Client id" error={errors.client_id}>
              {(describedBy) => (
                <input
                  id="sso-client"
                  required
                  autoComplete="off"
                  value={clientId}
                  aria-describedby={describedBy}
                  aria-invalid={errors.client_id ? true : undefined}
                  onChange={(e) => edit(setClientId)(e.target.value)}
                />
              )}
            </Field>
            <Field
              id="sso-secret"
              label="Client secret"
              error={errors.client_secret}
              hint={
                saved.client_secret_set
                  ? "A secret is set (it is never shown). Leave this empty to keep it, or type a new one to replace it."
                  : "No secret is set yet: it is needed the first time."
              }
            >
              {(describedBy) => (
                <input
                  id="sso-secret"
                  type="password"
                  required={!saved.client_secret_set}
                  // new-password: the browser must not offer the owner's own saved password here.
                  autoComplete="new-password"
                  value={secret}
                  aria-describedby={describedBy}
                  aria-invalid={errors.client_secret ? true : undefined}
                  onChange={(e) => edit(setSecret)(e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <Field
          id="sso-domains"
          label="Allowed email domains"
          error={errors.allowed_domains}
          hint="One per line, e.g. example.com. A subdomain is not included; only existing, active users of these domains sign in this way."
        >
          {(describedBy) => (
            <textarea
              id="sso-domains"
              required
              rows={3}
              value={domains}
              aria-describedby={describedBy}
              aria-invalid={errors.allowed_domains ? true : undefined}
              onChange={(e) => edit(setDomains)(e.target.value)}
            />
          )}
        </Field>
        <Field id="sso-label" label="Button label" error={errors.label} hint="Shown as “Sign in with <label>”.">
          {(describedBy) => (
            <input
              id="sso-label"
              required
              maxLength={64}
              value={label}
              aria-describedby={describedBy}
              aria-invalid={errors.label ? true : undefined}
              onChange={(e) => edit(setLabel)(e.target.value)}
            />
          )}
        </Field>
        <label className="inline">
          <input type="checkbox" checked={enabled} onChange={(e) => edit(setEnabled)(e.target.checked)} /> Offer
          “Sign in with {label.trim() || "SSO"}” on the sign-in page (passwords keep working)
        </label>
        {protocol === "oidc" && <SsoTest issuer={issuer} />}
        <div>
          <button ref={saveButton} type="submit" disabled={save.isPending}>
            Save
          </button>
        </div>
        <ErrorAlert error={save.error} />
        {save.isSuccess && <p role="status">{savedText(save.data)}</p>}
      </form>
      {/* Outside the form: its own form's submit must not bubble into this one's. */}
      <PasswordDialog
        open={pending !== null}
        question="Confirm with your password: whoever sets the identity provider can sign in as anyone of this workspace."
        confirmLabel="Save settings"
        onConfirm={(password) => {
          const sending = pending;
          closeDialog();
          if (sending) save.mutate({ ...sending, password });
        }}
        onClose={closeDialog}
      />
    </>
  );
}

function issuerHint(changes: boolean): string {
  const base = "The provider's issuer, as its discovery document names it.";
  // ADR 0043: subjects belong to the former provider, so each user links again.
  return changes ? `${base} Saving a new issuer unlinks every user from the former provider.` : base;
}

function savedText(data: SsoConfig): string {
  return data.enabled
    ? `Saved. The sign-in page offers “Sign in with ${data.label ?? "SSO"}”.`
    : "Saved. Single sign-on is off: the sign-in page does not offer it.";
}
