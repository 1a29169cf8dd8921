// The signed-in frame: navigation by role, who is signed in, sign-out, and the page.
import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { api, errorText, unwrap } from "../api/client";
import { reviews, seesAudit, seesCalls, useMe, type Role } from "../session";

type NavItem = { to: string; label: string; show: (role: Role) => boolean };

const NAV: NavItem[] = [
  { to: "/", label: "Home", show: () => true },
  { to: "/calls", label: "Calls", show: seesCalls },
  { to: "/voicemail", label: "Voicemail", show: seesCalls },
  { to: "/contacts", label: "Contacts", show: seesCalls },
  { to: "/review", label: "Review", show: reviews },
  { to: "/audit", label: "Audit log", show: seesAudit },
  { to: "/devices", label: "My devices", show: () => true },
  { to: "/tokens", label: "API tokens", show: () => true },
  { to: "/password", label: "Password", show: () => true },
];

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
  if (!me.data) return null; // the layout's beforeLoad has fetched it
  const role = me.data.role;

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
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">callvault</span>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((item) => item.show(role)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.to === "/" }}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
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
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </div>
  );
}
