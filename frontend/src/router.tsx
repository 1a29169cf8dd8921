// The app's routes (TanStack Router, code-based). Every page but sign-in sits under the
// signed-in layout, whose beforeLoad makes sure someone is signed in: without a session the
// browser goes to sign-in, keeping where it was going in `next`.
import { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { meQuery } from "./session";
import { Shell } from "./components/Shell";
import { SignInPage } from "./pages/SignIn";
import { HomePage } from "./pages/Home";
import { CallsPage, callSearch } from "./pages/Calls";
import { CallDetailPage } from "./pages/CallDetail";
import { ContactsPage } from "./pages/Contacts";
import { DevicesPage } from "./pages/Devices";
import { PasswordPage } from "./pages/Password";
import { TwoStepPage } from "./pages/TwoStep";
import { TokensPage } from "./pages/Tokens";
import { InvitePage } from "./pages/Invite";
import { AuditPage, auditSearch } from "./pages/Audit";
import { ReviewPage } from "./pages/Review";
import { VoicemailPage } from "./pages/Voicemail";
import { NotFoundPage } from "./pages/NotFound";
import { PhonePage } from "./pages/Phone";
// Admin pages, part 1 (users, groups, keys, jobs, closure)
import { AdminUsersPage } from "./pages/admin/Users";
import { AdminGroupsPage } from "./pages/admin/Groups";
import { AdminKeysPage } from "./pages/admin/Keys";
import { AdminJobsPage } from "./pages/admin/Jobs";
import { SecurityAlertsPage } from "./pages/admin/SecurityAlerts";
import { AdminClosurePage } from "./pages/admin/Closure";
import { SingleSignOnPage } from "./pages/admin/SingleSignOn";
import { AdminIndexPage } from "./pages/admin/AdminIndex";
// Admin pages, part 2: policies (voice intelligence, retention, consent).
import { IntelligenceSettingsPage } from "./pages/admin/Intelligence";
import { RetentionPage } from "./pages/admin/Retention";
import { ConsentPage } from "./pages/admin/Consent";
import { RecordingPolicyPage } from "./pages/admin/RecordingPolicy";
import { AssistCardsPage } from "./pages/admin/AssistCards";
import { ChatIndex, ChatPage } from "./pages/chat/ChatPage";
import { ConversationPage } from "./pages/chat/Conversation";
import { dashboardSearch } from "./pages/dashboard/search";

export type RouterContext = { queryClient: QueryClient };

/** A return path we are willing to go back to: this app's own, never another site's. */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value.startsWith("/sign-in")) return undefined;
  return value;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): { next?: string; sso_error?: string } => {
    const next = safeNext(search.next);
    // A refused single sign-on comes back with its reason (a code the page has words for).
    const ssoError =
      typeof search.sso_error === "string" && /^sso_[a-z_]{1,40}$/.test(search.sso_error)
        ? search.sso_error
        : undefined;
    return { ...(next ? { next } : {}), ...(ssoError ? { sso_error: ssoError } : {}) };
  },
  component: SignInPage,
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: InvitePage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me === null) throw redirect({ to: "/sign-in", search: { next: location.href } });
  },
  component: Shell,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: "/", component: HomePage });

const phoneRoute = createRoute({ getParentRoute: () => appRoute, path: "/phone", component: PhonePage });

const callsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/calls",
  validateSearch: callSearch,
  component: CallsPage,
});

const callRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/calls/$callId",
  component: CallDetailPage,
});

const voicemailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/voicemail",
  component: VoicemailPage,
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/contacts",
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search.q === "string" && search.q ? { q: search.q } : {},
  component: ContactsPage,
});

const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/devices",
  component: DevicesPage,
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/password",
  component: PasswordPage,
});

const twoStepRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/two-step",
  component: TwoStepPage,
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/tokens",
  component: TokensPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  component: AuditPage,
  // Filters a link may open the log with (a security alert's evidence).
  validateSearch: auditSearch,
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/review",
  component: ReviewPage,
});

// Admin pages, part 1: each page says "not allowed" itself to a role that may not use it.
const adminPeopleRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: "/admin", component: AdminIndexPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/users", component: AdminUsersPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/groups", component: AdminGroupsPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/sso", component: SingleSignOnPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/keys", component: AdminKeysPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/jobs", component: AdminJobsPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/alerts", component: SecurityAlertsPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/closure", component: AdminClosurePage }),
] as const;
// --- admin pages, part 2: policies (voice intelligence, retention, consent) ---
const policyRoutes = [
  createRoute({
    getParentRoute: () => appRoute,
    path: "/admin/intelligence",
    component: IntelligenceSettingsPage,
  }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/retention", component: RetentionPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/consent", component: ConsentPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/recording", component: RecordingPolicyPage }),
  createRoute({ getParentRoute: () => appRoute, path: "/admin/assist-cards", component: AssistCardsPage }),
] as const;
// --- end of admin pages, part 2 ---

const chatRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/chat",
  component: ChatPage,
});

const chatIndexRoute = createRoute({
  getParentRoute: () => chatRoute,
  path: "/",
  component: ChatIndex,
});

const conversationRoute = createRoute({
  getParentRoute: () => chatRoute,
  path: "$conversationId",
  component: ConversationPage,
});

// Usage dashboard (admins, supervisors): its page and the chart library load on demand.
const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/dashboard",
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import("./pages/dashboard/DashboardPage"), "DashboardPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  inviteRoute,
  appRoute.addChildren([
    homeRoute,
    phoneRoute,
    callsRoute,
    callRoute,
    voicemailRoute,
    contactsRoute,
    devicesRoute,
    passwordRoute,
    twoStepRoute,
    tokensRoute,
    auditRoute,
    reviewRoute,
    ...adminPeopleRoutes,
    ...policyRoutes,
    chatRoute.addChildren([chatIndexRoute, conversationRoute]),
    dashboardRoute,
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: false });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
