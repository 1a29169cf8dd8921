// The signed-in frame: navigation by role, who is signed in, sign-out, and the page.
import { useQueryClient } from "@tanstack/react-query";
import { Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { api, errorText, unwrap } from "../api/client";
import { chats, seesAudit, useMe } from "../session";
import { MainNav } from "./nav/MainNav";
import { PasswordPage } from "../pages/Password";
import { TwoStepPage } from "../pages/TwoStep";
import { SocketProvider } from "../realtime/SocketProvider";
import { CallsProvider } from "../realtime/CallsProvider";
import { CallLayer } from "./softphone/CallLayer";
import { ChatLive } from "./chat/ChatLive";
import { unreadTotal, useConversations } from "./chat/chatApi";
import { AlertsLive } from "./admin/AlertsLive";
import { useOpenAlertCount } from "./admin/alertsApi";

export function Shell() {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  // After a navigation inside the app, focus goes to the new page (as a full page load
  // would put it at the top), so keyboard and screen-reader users start from its content.
  const main = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  const role = me.data?.role;
  // A password someone else set opens nothing but its change (the API answers 403
  // password_change_required elsewhere): no socket, no chat, only the change below.
  const passwordHeld = me.data?.password_temporary === true;
  // The workspace requires two-step sign-in and this user has not turned it on: the API
  // answers 403 mfa_enrolment_required elsewhere, so only the enrolment is shown.
  const mfaHeld = !passwordHeld && me.data?.mfa_enrolment_required === true;
  const held = passwordHeld || mfaHeld;
  const live = role !== undefined && chats(role) && !held;
  // Security alerts reach the audit log's readers over the same socket (auditors, who have
  // no chat or phone, open it for them alone).
  const watchesAlerts = role !== undefined && seesAudit(role) && !held;
  const conversations = useConversations(live);
  const openAlerts = useOpenAlertCount(watchesAlerts);
  if (!me.data || role === undefined) return null; // the layout's beforeLoad has fetched it
  const unread = unreadTotal(conversations.data);

  async function signOut() {
    try {
      await unwrap(api.POST("/api/v1/auth/browser/sign-out"));
      queryClient.clear();
      await navigate({ to: "/sign-in" });
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <SocketProvider enabled={live || watchesAlerts}>
    <CallsProvider me={me.data.id}>
    {live && <ChatLive />}
    {watchesAlerts && <AlertsLive />}
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">callvault</span>
        {!held && <MainNav role={role} unread={unread} alerts={openAlerts} />}
        <div className="who">
          <span>
            {me.data.name} <span className="role">({role})</span>
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {passwordHeld && (
        <p role="note" className="notice">
          Your password was generated at installation or set by an administrator, so someone
          else has seen it. Choose your own password to go on.
        </p>
      )}
      {mfaHeld && (
        <p role="note" className="notice">
          Your workspace requires two-step sign-in. Turn it on to go on.
        </p>
      )}
      <main id="main" tabIndex={-1} ref={main}>
        {passwordHeld ? <PasswordPage /> : mfaHeld ? <TwoStepPage /> : <Outlet />}
      </main>
      {live && <CallLayer />}
    </div>
    </CallsProvider>
    </SocketProvider>
  );
}
