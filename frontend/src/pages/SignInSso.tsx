import { useEffect, useState } from "react";
import { api } from "../api/client";

// What the sign-in page says when single sign-on came back refused (`?sso_error=<reason>`,
// set by the server's callback or ACS; ADR 0043, ADR 0045). Unknown reasons get the general sentence.
const MESSAGES: Record<string, string> = {
  sso_unavailable: "Single sign-on is not turned on for this workspace.",
  sso_expired: "That sign-in expired or was started in another browser. Please try again.",
  sso_denied: "The identity provider did not sign you in.",
  sso_provider_error: "The identity provider could not be reached. Please try again later.",
  sso_token_invalid: "The identity provider's answer could not be verified.",
  sso_email_unverified: "Your identity provider has not verified your email address.",
  sso_domain_not_allowed: "Your email domain may not sign in to this workspace this way.",
  sso_unknown_user:
    "There is no active account for your email in this workspace. Ask an admin to invite you.",
  sso_subject_mismatch:
    "This account is linked to another identity at the provider. Ask an owner for help.",
  sso_workspace_closing: "This workspace is closing; only its owners can sign in.",
  sso_response_invalid: "The identity provider's answer could not be verified.",
  sso_unsolicited:
    "Please start single sign-on from this sign-in page; signing in from the identity provider's app list is not supported.",
  sso_saml_encrypted:
    "Your identity provider encrypts its answer, which callvault does not accept. Ask an owner to turn assertion encryption off.",
};

export function ssoErrorText(reason: string | undefined): string | null {
  if (!reason) return null;
  return MESSAGES[reason] ?? "Single sign-on failed. Please try again or use your password.";
}

/** "Sign in with <label>" once the typed workspace offers single sign-on. */
export function SsoButton({ workspace }: { workspace: string }) {
  const [label, setLabel] = useState<string | null>(null);
  const slug = workspace.trim().toLowerCase();
  useEffect(() => {
    setLabel(null);
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) return;
    let live = true;
    // Asked once typing pauses, not per keystroke (the route is rate limited like the rest).
    const timer = window.setTimeout(async () => {
      const { data } = await api.GET("/api/v1/auth/sso/{workspace}/options", {
        params: { path: { workspace: slug } },
      });
      if (live && data?.enabled) setLabel(data.label ?? "SSO");
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [slug]);
  if (!label) return null;
  return (
    <p className="sso">
      <a className="button" href={`/api/v1/auth/sso/${encodeURIComponent(slug)}/start`}>
        Sign in with {label}
      </a>
    </p>
  );
}
