// The app's routes (TanStack Router, code-based). Every page but sign-in sits under the
// signed-in layout, whose beforeLoad makes sure someone is signed in: without a session the
// browser goes to sign-in, keeping where it was going in `next`.
import { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
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
import { TokensPage } from "./pages/Tokens";
import { InvitePage } from "./pages/Invite";
import { AuditPage } from "./pages/Audit";
import { ReviewPage } from "./pages/Review";
import { VoicemailPage } from "./pages/Voicemail";
import { NotFoundPage } from "./pages/NotFound";

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
  validateSearch: (search: Record<string, unknown>): { next?: string } => {
    const next = safeNext(search.next);
    return next ? { next } : {};
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

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/tokens",
  component: TokensPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  component: AuditPage,
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/review",
  component: ReviewPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  inviteRoute,
  appRoute.addChildren([
    homeRoute,
    callsRoute,
    callRoute,
    voicemailRoute,
    contactsRoute,
    devicesRoute,
    passwordRoute,
    tokensRoute,
    auditRoute,
    reviewRoute,
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
