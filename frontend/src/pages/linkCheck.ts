// Checking an invitation or reset link as its page opens, before anyone types a password.
// Not a cached query: once the link is used, a refetch (window focus, the cache cleared at
// sign-in) would find it dead, and the server would audit a refused use of one's own link.
import { useEffect, useState } from "react";
import { api, ApiError, unwrap, type Schemas } from "../api/client";

export type LiveLink = Schemas["InvitationCheckOut"];

export type LinkCheck =
  | { state: "checking" }
  | { state: "live"; link: LiveLink }
  | { state: "dead"; expired: boolean }
  | { state: "failed"; error: unknown }; // could not tell (throttled, offline): try again

/** The link's check, and a way to ask again after a failure. */
export function useLinkCheck(token: string): [LinkCheck, () => void] {
  const [check, setCheck] = useState<LinkCheck>({ state: "checking" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setCheck({ state: "checking" });
    unwrap(api.POST("/api/v1/invitations/check", { body: { token } })).then(
      (link) => current && setCheck({ state: "live", link }),
      (error: unknown) => current && setCheck(refused(error)),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);
  return [check, () => setAttempt((n) => n + 1)];
}

function refused(error: unknown): LinkCheck {
  if (!(error instanceof ApiError)) return { state: "failed", error };
  if (error.code === "invitation_expired") return { state: "dead", expired: true };
  // Unknown, used or replaced (404), or no token's shape at all (422): the same to the user.
  if (error.code === "invitation_invalid" || error.status === 422) {
    return { state: "dead", expired: false };
  }
  return { state: "failed", error };
}
