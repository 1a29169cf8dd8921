// Signing this browser in: the one call the sign-in page and the set-password page both make,
// so throttling, the session cookie and what the app knows of "me" are the same either way.
import type { QueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./api/client";
import { meQuery } from "./session";

export type Credentials = { workspace: string; email: string; password: string };

/** Open a session (an HttpOnly cookie) and load who it signs in; throws the API's error.
 * With two-step sign-in on, the password opens no session yet: the challenge for the second
 * step is returned instead (ADR 0042), and `signedIn` follows that step. */
export async function signInBrowser(
  queryClient: QueryClient,
  c: Credentials,
): Promise<{ challenge: string } | null> {
  const opened = await unwrap(
    api.POST("/api/v1/auth/browser/sign-in", { body: { ...c, device_name: deviceName() } }),
  );
  if ("challenge" in opened) return { challenge: opened.challenge };
  await signedIn(queryClient);
  return null;
}

/** After a session opened: nothing cached for whoever used this browser before may show to
 * the one signed in now. */
export async function signedIn(queryClient: QueryClient): Promise<void> {
  queryClient.clear();
  await queryClient.fetchQuery(meQuery);
}

function deviceName(): string {
  const agent = navigator.userAgent;
  const browser = /Firefox\//.test(agent)
    ? "Firefox"
    : /Edg\//.test(agent)
      ? "Edge"
      : /Chrom(e|ium)\//.test(agent)
        ? "Chromium"
        : /Safari\//.test(agent)
          ? "Safari"
          : "Browser";
  return `${browser} (web app)`;
}
