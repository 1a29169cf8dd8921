// Who is signed in, and what their role lets them open (the server checks every request;
// this only decides which links to show).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "./api/client";

export type Me = Schemas["UserOut"];
export type Role = Schemas["Role"];

/** Who the session cookie signs in; null when nobody (a first visit is not an error). */
export const meQuery = {
  queryKey: ["me"],
  queryFn: async (): Promise<Me | null> =>
    (await unwrap(api.GET("/api/v1/auth/browser/session"))).user ?? null,
  staleTime: 60_000,
  retry: false,
} as const;

export function useMe() {
  return useQuery(meQuery);
}

const CONTENT_ROLES: readonly Role[] = ["owner", "admin", "supervisor", "member"];

export function seesCalls(role: Role): boolean {
  return CONTENT_ROLES.includes(role);
}

export function seesRawTranscript(role: Role): boolean {
  return role === "owner" || role === "admin";
}

export function seesAudit(role: Role): boolean {
  return role === "owner" || role === "admin" || role === "auditor";
}

export function reviews(role: Role): boolean {
  return role === "reviewer";
}

export function exportsCalls(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Owners and admins: the workspace's policy pages (voice intelligence, retention, consent). */
export function setsPolicies(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Roles that read and write chat (auditors and reviewers do not). */
export function chats(role: Role): boolean {
  return CONTENT_ROLES.includes(role);
}

/** The usage dashboard: admins (the workspace) and supervisors (their teams). */
export function seesDashboard(role: Role): boolean {
  return role === "owner" || role === "admin" || role === "supervisor";
}
