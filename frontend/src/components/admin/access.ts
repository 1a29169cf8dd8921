// Which admin pages a role may open (the server checks every request; this decides which
// links to show and lets a page say "not allowed" before asking the API).
import type { Role } from "../../session";

const ADMINS: readonly Role[] = ["owner", "admin"];

/** Users, groups, jobs and pipeline failures, key status. */
export function administers(role: Role): boolean {
  return ADMINS.includes(role);
}

/** Rotating keys and closing the workspace are the owners' decisions alone. */
export function owns(role: Role): boolean {
  return role === "owner";
}
