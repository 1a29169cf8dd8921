// Every page the navigation links to, grouped as people use them: everyday pages stay in view,
// the admin pages sit behind one "Admin" section (and on the /admin index), and account pages
// behind "Account". Which links a role sees is decided here; the server checks every request.
import { administers, owns } from "../admin/access";
import { chats, reviews, seesAudit, seesCalls, seesDashboard, setsPolicies, type Role } from "../../session";

export type NavItem = {
  to: string;
  label: string;
  show: (role: Role) => boolean;
  /** One line on the /admin index page saying what the page is for. */
  about?: string;
};

export type NavGroup = { title: string; items: NavItem[] };

const everyone = () => true;

/** Always in view: the pages used all day, then the role's own work pages. */
export const EVERYDAY: NavItem[] = [
  { to: "/", label: "Home", show: everyone },
  { to: "/phone", label: "Phone", show: chats },
  { to: "/calls", label: "Calls", show: seesCalls },
  { to: "/voicemail", label: "Voicemail", show: seesCalls },
  { to: "/contacts", label: "Contacts", show: seesCalls },
  { to: "/chat", label: "Chat", show: chats },
  { to: "/dashboard", label: "Dashboard", show: seesDashboard },
  { to: "/review", label: "Review", show: reviews },
  { to: "/audit", label: "Audit log", show: seesAudit },
];

/** The admin pages, grouped; a new admin page adds one line to one group. */
export const ADMIN_GROUPS: NavGroup[] = [
  {
    title: "People",
    items: [
      { to: "/admin/users", label: "Users", show: administers, about: "Invite, change roles, disable, offboard." },
      { to: "/admin/groups", label: "Groups", show: administers, about: "Teams and their supervisors." },
      {
        to: "/admin/sso",
        label: "Single sign-on",
        show: administers,
        about: "Sign in through your identity provider (OpenID Connect).",
      },
    ],
  },
  {
    title: "Policies",
    items: [
      {
        to: "/admin/intelligence",
        label: "Voice intelligence",
        show: setsPolicies,
        about: "Redacted data types, dictionary, moments.",
      },
      {
        to: "/admin/assist-cards",
        label: "Assist cards",
        show: setsPolicies,
        about: "Cards shown to agents when a phrase is said on a live call.",
      },
      { to: "/admin/retention", label: "Retention", show: setsPolicies, about: "How long recordings and transcripts are kept." },
      { to: "/admin/consent", label: "AI consent", show: setsPolicies, about: "Who allowed AI processing, with history." },
      {
        to: "/admin/recording",
        label: "Call recording",
        show: setsPolicies,
        about: "Always, on demand or never, for the company, a group or a user.",
      },
    ],
  },
  {
    title: "Security",
    items: [
      {
        to: "/admin/alerts",
        label: "Security alerts",
        show: seesAudit,
        about: "Attacks, mass downloads and lowered protections, raised from the audit log.",
      },
    ],
  },
  {
    title: "Operations",
    items: [
      { to: "/admin/keys", label: "Keys", show: administers, about: "Encryption key versions and rotation." },
      { to: "/admin/jobs", label: "Jobs", show: administers, about: "Background jobs and pipeline failures." },
      { to: "/admin/closure", label: "Closure", show: owns, about: "Close the workspace and destroy its keys." },
    ],
  },
];

export const ACCOUNT: NavItem[] = [
  { to: "/devices", label: "My devices", show: everyone },
  { to: "/tokens", label: "API tokens", show: everyone },
  { to: "/password", label: "Password", show: everyone },
  { to: "/two-step", label: "Two-step sign-in", show: everyone },
];

/** The admin groups a role may open, each with only the items it may open (empty ones dropped). */
export function adminGroupsFor(role: Role): NavGroup[] {
  return ADMIN_GROUPS.map((g) => ({ ...g, items: g.items.filter((i) => i.show(role)) })).filter(
    (g) => g.items.length > 0,
  );
}
