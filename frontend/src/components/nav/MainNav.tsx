// The main navigation: everyday pages in view, "Admin" and "Account" sections that open on
// demand, and at phone width one "Menu" button that shows or hides all of it.
import { Link, useRouterState } from "@tanstack/react-router";
import { useEffect, useId, useState } from "react";
import type { Role } from "../../session";
import { NavDisclosure } from "./NavDisclosure";
import { ACCOUNT, EVERYDAY, adminGroupsFor, type NavItem } from "./navItems";
import "./nav.css";

function NavLink({ item, unread }: { item: NavItem; unread: number }) {
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
    </Link>
  );
}

export function MainNav({ role, unread }: { role: Role; unread: number }) {
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
          <NavDisclosure label="Admin" current={pathname.startsWith("/admin")}>
            {admin.map((group) => (
              <div key={group.title} className="nav-group">
                <p className="nav-group-title" aria-hidden="true">
                  {group.title}
                </p>
                <ul aria-label={group.title}>
                  {group.items.map((item) => (
                    <li key={item.to}>
                      <NavLink item={item} unread={0} />
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
