// Live-call recording policy (owners and admins; ADR 0027): always, on demand or never, set
// for the company, a group or a user. The strictest setting that applies to a call's parties
// wins (never, then always, then on demand), and every party hears the announcement before
// anything is recorded. Each change is audited by the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { PolicyGuard } from "../../components/admin/PolicyGuard";
import { DataTable } from "../../components/DataTable";
import { usePageTitle } from "../../components/usePageTitle";
import { when } from "../../format";
import { useDirectory } from "./Consent";

type Policy = Schemas["RecordingPolicyOut"];
type Scope = Policy["scope"];
type Mode = Policy["mode"];

const MODES: Record<Mode, string> = {
  always: "Always record",
  on_demand: "On demand (a party presses Record)",
  never: "Never record",
};
const LEVELS: Record<Scope, string> = { workspace: "Company", group: "Group", user: "User" };

export function RecordingPolicyPage() {
  return (
    <PolicyGuard>
      <RecordingPolicy />
    </PolicyGuard>
  );
}

function RecordingPolicy() {
  usePageTitle("Call recording");
  const queryClient = useQueryClient();
  const { users, groups } = useDirectory();
  const policies = useQuery({
    queryKey: ["recording-policies"],
    queryFn: () => unwrap(api.GET("/api/v1/recording-policies")),
  });
  const save = useMutation({
    mutationFn: (body: Schemas["RecordingPolicyIn"]) =>
      unwrap(api.PUT("/api/v1/recording-policies", { body })),
    onSuccess: (data) => queryClient.setQueryData(["recording-policies"], data),
  });
  const [scope, setScope] = useState<Scope>("workspace");
  const [subject, setSubject] = useState("");
  const [mode, setMode] = useState<Mode | "">("always");

  const who = (p: Policy): string => {
    if (p.scope === "workspace") return "Company";
    if (p.scope === "group") return groups.data?.find((g) => g.id === p.scope_id)?.name ?? "a removed group";
    const u = users.data?.find((x) => x.id === p.scope_id);
    return u ? `${u.name} (${u.email})` : "a removed user";
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (scope !== "workspace" && !subject) return;
    save.mutate({ scope, scope_id: scope === "workspace" ? null : subject, mode: mode || null });
  };
  const rows = policies.data?.policies ?? [];
  return (
    <>
      <h1>Call recording</h1>
      <p className="hint">
        Set for the company, a group or a user. For each call the strictest setting of its parties
        wins: never, then always, then on demand (nothing set means on demand). Before anything is
        recorded every party hears “This call is now being recorded”, and the call keeps a record of
        who heard it.
      </p>
      {policies.isError && (
        <p role="alert" className="error">
          {errorText(policies.error)}
        </p>
      )}
      <section aria-labelledby="settings-h" className="card wide">
        <h2 id="settings-h">Settings</h2>
        {rows.length === 0 ? (
          <p>Nothing is set: calls are recorded only when a party presses Record.</p>
        ) : (
          <DataTable
            caption="Recording settings"
            columns={[
              { header: "Level", cell: (p: Policy) => LEVELS[p.scope] },
              { header: "Applies to", cell: (p: Policy) => who(p), rowHeader: true },
              { header: "Setting", cell: (p: Policy) => MODES[p.mode] },
              { header: "Changed", cell: (p: Policy) => when(p.updated_at) },
              {
                header: "Actions",
                hideHeader: true,
                cell: (p: Policy) => (
                  <button
                    type="button"
                    className="secondary"
                    disabled={save.isPending}
                    onClick={() => save.mutate({ scope: p.scope, scope_id: p.scope === "workspace" ? null : p.scope_id, mode: null })}
                  >
                    Clear {LEVELS[p.scope].toLowerCase()} setting for {who(p)}
                  </button>
                ),
              },
            ]}
            rows={rows}
            rowKey={(p) => `${p.scope}:${p.scope_id}`}
          />
        )}
      </section>
      <form className="card" aria-labelledby="set-h" onSubmit={submit}>
        <h2 id="set-h">Change a setting</h2>
        <label htmlFor="rp-level">Level</label>
        <select
          id="rp-level"
          value={scope}
          onChange={(e) => {
            setScope(e.target.value as Scope);
            setSubject("");
          }}
        >
          {(Object.keys(LEVELS) as Scope[]).map((s) => (
            <option key={s} value={s}>
              {LEVELS[s]}
            </option>
          ))}
        </select>
        {scope === "group" && (
          <>
            <label htmlFor="rp-subject">Group</label>
            <select id="rp-subject" value={subject} required onChange={(e) => setSubject(e.target.value)}>
              <option value="">Choose a group…</option>
              {groups.data?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </>
        )}
        {scope === "user" && (
          <>
            <label htmlFor="rp-subject">User</label>
            <select id="rp-subject" value={subject} required onChange={(e) => setSubject(e.target.value)}>
              <option value="">Choose a user…</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="rp-mode">Setting</label>
        <select id="rp-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode | "")}>
          {(Object.keys(MODES) as Mode[]).map((m) => (
            <option key={m} value={m}>
              {MODES[m]}
            </option>
          ))}
          <option value="">Not set (clear)</option>
        </select>
        <button type="submit" disabled={save.isPending}>
          Save
        </button>
        {save.isError && (
          <p role="alert" className="error">
            {errorText(save.error)}
          </p>
        )}
        {save.isSuccess && <p role="status">Saved.</p>}
      </form>
    </>
  );
}
