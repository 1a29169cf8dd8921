// The main navigation: everyday pages in view, "Admin" and "Account" sections that open on
// demand, and at phone width one "Menu" button that shows or hides all of it.
import { Link, useRouterState } from "@tanstack/react-router";
import { useEffect, useId, useState } from "react";
import type { Role } from "../../session";
import { NavDisclosure } from "./NavDisclosure";
import { ACCOUNT, EVERYDAY, adminGroupsFor, type NavItem } from "./navItems";
import "./nav.css";

function NavLink({ item, unread, alerts = 0 }: { item: NavItem; unread: number; alerts?: number }) {
  return (
    <Link to={item.to} activeOptions={{ exact: item.to === "/" }}>
      {item.label}
      {item.to === "/chat" && unread > 0 && (
        <span className="badge" data-testid="chat-unread">
          <span className="visually-hidden">, </span>
          {unread}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
      {item.to === ALERTS_PAGE && <AlertBadge count={alerts} testId="alerts-open" />}
    </Link>
  );
}

const ALERTS_PAGE = "/admin/alerts";

/** Open security alerts: on their link, and on the Admin button that hides it. */
function AlertBadge({ count, testId }: { count: number; testId?: string }) {
  if (count <= 0) return null;
  return (
    <span className="badge" data-testid={testId}>
      <span className="visually-hidden">, </span>
      {count}
      <span className="visually-hidden"> open security {count === 1 ? "alert" : "alerts"}</span>
    </span>
  );
}

export function MainNav({ role, unread, alerts = 0 }: { role: Role; unread: number; alerts?: number }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => setOpen(false), [pathname]);
  const admin = adminGroupsFor(role);
  const account = ACCOUNT.filter((i) => i.show(role));
  const inAccount = account.some((i) => i.to === pathname);
  return (
    <nav aria-label="Main" className="main-nav">
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
      >
        Menu
        {unread > 0 && (
          <span className="badge">
            <span className="visually-hidden">, </span>
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
      </button>
      <div id={bodyId} className={open ? "nav-body open" : "nav-body"}>
        <ul className="nav-everyday">
          {EVERYDAY.filter((i) => i.show(role)).map((item) => (
            <li key={item.to}>
              <NavLink item={item} unread={unread} />
            </li>
          ))}
        </ul>
        {admin.length > 0 && (
          <NavDisclosure
            label="Admin"
            badge={<AlertBadge count={alerts} testId="admin-alerts-open" />}
            current={pathname.startsWith("/admin")}
          >
            {admin.map((group) => (
              <div key={group.title} className="nav-group">
                <p className="nav-group-title" aria-hidden="true">
                  {group.title}
                </p>
                <ul aria-label={group.title}>
                  {group.items.map((item) => (
                    <li key={item.to}>
                      <NavLink item={item} unread={0} alerts={alerts} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <p className="nav-all">
              <Link to="/admin" activeOptions={{ exact: true }}>
                All admin pages
              </Link>
            </p>
          </NavDisclosure>
        )}
        <NavDisclosure label="Account" current={inAccount}>
          <ul aria-label="Account">
            {account.map((item) => (
              <li key={item.to}>
                <NavLink item={item} unread={0} />
              </li>
            ))}
          </ul>
        </NavDisclosure>
      </div>
    </nav>
  );
}
