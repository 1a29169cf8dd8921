// /admin: every admin page this role may open, grouped as in the navigation, one card each
// (the navigation's "Admin" section links here too; on a phone it is the roomier way in).
import { Link } from "@tanstack/react-router";
import { adminGroupsFor } from "../../components/nav/navItems";
import { administers } from "../../components/admin/access";
import { RoleGate } from "../../components/admin/RoleGate";
import { usePageTitle } from "../../components/usePageTitle";
import { useMe, seesAudit, setsPolicies, type Role } from "../../session";

// Auditors too: the security alerts are theirs to read.
const mayAdminister = (role: Role) => administers(role) || setsPolicies(role) || seesAudit(role);

export function AdminIndexPage() {
  return (
    <RoleGate allow={mayAdminister} title="admin">
      <AdminIndex />
    </RoleGate>
  );
}

function AdminIndex() {
  usePageTitle("Admin");
  const role = useMe().data?.role;
  if (!role) return null;
  return (
    <>
      <h1>Admin</h1>
      {adminGroupsFor(role).map((group) => (
        <section key={group.title} aria-labelledby={`admin-${group.title}`}>
          <h2 id={`admin-${group.title}`}>{group.title}</h2>
          <ul className="admin-cards">
            {group.items.map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{item.label}</Link>
                {item.about && <p className="hint">{item.about}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
