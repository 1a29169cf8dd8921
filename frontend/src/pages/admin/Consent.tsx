// AI-use consent (owners and admins): the company's setting, then a group's, then a user's
// (a use is allowed only when every level allows it: the user's effective state says which
// level blocks it), the history of every change, and the customer report of which calls
// were eligible, exported or sampled.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { ConsentHistory } from "../../components/admin/ConsentHistory";
import { ConsentLevel, SETTING_LABELS } from "../../components/admin/ConsentLevel";
import { ConsentReport } from "../../components/admin/ConsentReport";
import { PolicyGuard } from "../../components/admin/PolicyGuard";
import { usePageTitle } from "../../components/usePageTitle";

export function ConsentPage() {
  return (
    <PolicyGuard>
      <Consent />
    </PolicyGuard>
  );
}

export function useDirectory() {
  const users = useQuery({
    queryKey: ["users"],
    queryFn: () => unwrap(api.GET("/api/v1/users")),
  });
  const groups = useQuery({
    queryKey: ["groups"],
    queryFn: () => unwrap(api.GET("/api/v1/groups")),
  });
  return { users, groups };
}

function Consent() {
  usePageTitle("AI consent");
  const { users, groups } = useDirectory();
  const [groupId, setGroupId] = useState("");
  const [userId, setUserId] = useState("");
  const group = groups.data?.find((g) => g.id === groupId);
  const user = users.data?.find((u) => u.id === userId);
  return (
    <>
      <h1>AI consent</h1>
      <p className="hint">
        A call may be used only when the company, every group of its user, and the user allow
        it. The company starts opted out.
      </p>
      <section aria-labelledby="levels-h" className="card wide">
        <h2 id="levels-h">Settings</h2>
        <ConsentLevel level="workspace" subjectId="" who="Company" />
        {(users.isError || groups.isError) && (
          <p role="alert" className="error">
            {errorText(users.error ?? groups.error)}
          </p>
        )}
        <label htmlFor="consent-group">Group</label>
        <select id="consent-group" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          <option value="">Choose a group…</option>
          {groups.data?.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        {group && <ConsentLevel level="group" subjectId={group.id} who={`Group ${group.name}`} />}
        <label htmlFor="consent-user">User</label>
        <select id="consent-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Choose a user…</option>
          {users.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
        {user && (
          <>
            <ConsentLevel level="user" subjectId={user.id} who={`User ${user.name}`} />
            <Effective user={user} groups={groups.data ?? []} />
          </>
        )}
      </section>
      <ConsentHistory users={users.data ?? []} groups={groups.data ?? []} />
      <ConsentReport users={users.data ?? []} groups={groups.data ?? []} />
    </>
  );
}

function Effective(props: { user: Schemas["UserOut"]; groups: Schemas["GroupOut"][] }) {
  const { user, groups } = props;
  const effective = useQuery({
    queryKey: ["consent", "effective", user.id],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/consent/users/{user_id}/effective", {
          params: { path: { user_id: user.id } },
        }),
      ),
  });
  const levelName = (l: string) => {
    if (l === "workspace") return "the company";
    if (l === "user") return "the user";
    const id = l.startsWith("group:") ? l.slice(6) : l;
    return `group ${groups.find((g) => g.id === id)?.name ?? id}`;
  };
  return (
    <div aria-labelledby="effective-h">
      <h3 id="effective-h">In effect for {user.name}</h3>
      {effective.isError && (
        <p role="alert" className="error">
          {errorText(effective.error)}
        </p>
      )}
      {effective.data && (
        <ul>
          {Object.entries(SETTING_LABELS).map(([setting, label]) => {
            const allowed = effective.data.allowed[setting as keyof typeof SETTING_LABELS];
            const blocked = effective.data.blocked_by[setting as keyof typeof SETTING_LABELS];
            return (
              <li key={setting}>
                {label}:{" "}
                {allowed
                  ? "allowed"
                  : `not allowed (by ${(blocked ?? []).map(levelName).join(", ") || "default"})`}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
