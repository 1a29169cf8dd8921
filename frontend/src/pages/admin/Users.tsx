// Users (owners and admins): everyone with their role and status; invite (the one-time
// link is shown), change a role, disable or enable, a new sign-in link, and offboarding.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { usePageTitle } from "../../components/usePageTitle";
import { administers } from "../../components/admin/access";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { InviteForm } from "../../components/admin/InviteForm";
import { MfaPolicy } from "../../components/admin/MfaPolicy";
import { OffboardForm } from "../../components/admin/OffboardForm";
import { RoleGate } from "../../components/admin/RoleGate";
import { UserRow } from "../../components/admin/UserRow";
import { useMe } from "../../session";
// A row per user holds its own forms (UserRow), so this table is not a DataTable; its cells
// carry the same phone-width labels (data-label, styled by table.css).
import "../../components/table.css";

export function AdminUsersPage() {
  return (
    <RoleGate allow={administers} title="users">
      <Users />
    </RoleGate>
  );
}

function Users() {
  usePageTitle("Users");
  const me = useMe();
  const [offboarding, setOffboarding] = useState<string | null>(null);
  const users = useQuery({ queryKey: ["users"], queryFn: () => unwrap(api.GET("/api/v1/users")) });
  const leaver = users.data?.find((u) => u.id === offboarding);
  const viewer = me.data?.role;
  return (
    <>
      <h1>Users</h1>
      {viewer && <InviteForm viewer={viewer} />}
      <MfaPolicy />
      {users.isPending && <p role="status">Loading users…</p>}
      <ErrorAlert error={users.error} />
      {users.data && (
        <table className="list stacking">
          <caption className="visually-hidden">Users of this workspace</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {viewer &&
              users.data.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                viewer={viewer}
                isMe={u.id === me.data?.id}
                onOffboard={() => setOffboarding(u.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {leaver && users.data && (
        <OffboardForm key={leaver.id} user={leaver} users={users.data} onClose={() => setOffboarding(null)} />
      )}
    </>
  );
}
