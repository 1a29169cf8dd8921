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

const ROLES: readonly Role[] = ["member", "supervisor", "admin", "owner", "auditor", "reviewer"];

/** The roles this role may give (the server's rule: only an owner grants owner or admin). */
export function grantable(viewer: Role): readonly Role[] {
  return owns(viewer) ? ROLES : ROLES.filter((r) => !ADMINS.includes(r));
}

/** Whether this role may change, disable, reset or offboard a user of that role (only an
 * owner changes an owner or an admin). */
export function manages(viewer: Role, target: Role): boolean {
  return owns(viewer) || (administers(viewer) && !ADMINS.includes(target));
}
