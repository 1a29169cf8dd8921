// Signing this browser in: the one call the sign-in page and the set-password page both make,
// so throttling, the session cookie and what the app knows of "me" are the same either way.
import type { QueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./api/client";
import { meQuery } from "./session";

export type Credentials = { workspace: string; email: string; password: string };

/** Open a session (an HttpOnly cookie) and load who it signs in; throws the API's error. */
export async function signInBrowser(queryClient: QueryClient, c: Credentials): Promise<void> {
  await unwrap(
    api.POST("/api/v1/auth/browser/sign-in", { body: { ...c, device_name: deviceName() } }),
  );
  // Nothing cached for whoever used this browser before may show to the one signed in now.
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
