// The workspace's single sign-on configuration as the page reads it (ADR 0043, 0045), and the
// small translations between the API's shapes and what a form holds.
import { api, ApiError, unwrap, type Schemas } from "../../api/client";

export type SsoConfig = Schemas["SsoConfigOut"];
export type Protocol = "oidc" | "saml";

export const ssoQuery = {
  queryKey: ["workspace-sso"],
  queryFn: () => unwrap(api.GET("/api/v1/workspace/sso")),
} as const;

/** Typed domains, one per line or separated by commas or spaces (the server lower-cases
 * them, drops a leading "@" and refuses what is not a domain). */
export function domainList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

/** A 422's messages by the body field they name ("issuer", "label"…), to show beside it. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) {
    const [where, name] = f.loc ?? [];
    if (where === "body" && name && !out[name]) out[name] = f.msg ?? "Not valid.";
  }
  return out;
}

const TOKEN_AUTH: Record<string, string> = {
  client_secret_basic: "client id and secret in the Authorization header (client_secret_basic)",
  client_secret_post: "client id and secret in the request body (client_secret_post)",
};

export function tokenAuthText(method: string): string {
  return TOKEN_AUTH[method] ?? method;
}
