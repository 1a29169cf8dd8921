// Workspace closure (owners): start it by re-entering the password (and confirming), see
// the countdown to when the keys are destroyed, cancel it until then.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/client";
import { when } from "../../format";
import { usePageTitle } from "../../components/usePageTitle";
import { owns } from "../../components/admin/access";
import { ConfirmButton } from "../../components/admin/ConfirmButton";
import { Countdown } from "../../components/admin/Countdown";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { RoleGate } from "../../components/admin/RoleGate";

export function AdminClosurePage() {
  return (
    <RoleGate allow={owns} title="workspace closure">
      <Closure />
    </RoleGate>
  );
}

function Closure() {
  usePageTitle("Workspace closure");
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const state = useQuery({
    queryKey: ["closure"],
    queryFn: () => unwrap(api.GET("/api/v1/workspace/closure")),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["closure"] });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/workspace/closure", { body: { password, dry_run: false } })),
    onSuccess: async () => {
      setPassword("");
      await refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/workspace/closure")),
    onSuccess: refresh,
  });
  const closure = state.data?.closure;
  const pending = closure?.status === "pending";
  function submit(e: FormEvent) {
    e.preventDefault(); // starting goes through the confirmation
  }
  return (
    <>
      <h1>Workspace closure</h1>
      {state.isPending && <p role="status">Loading…</p>}
      <ErrorAlert error={state.error} />
      {state.data && (
        <p>
          Workspace status: <strong>{state.data.workspace_status}</strong>
        </p>
      )}
      {closure && pending && (
        <section className="card" aria-labelledby="pending-h">
          <h2 id="pending-h">Closure requested</h2>
          <p>
            Requested {when(closure.requested_at)}. The keys are destroyed and every call, recording,
            message and contact becomes unreadable at {when(closure.due_at)}.
          </p>
          <p>
            Time left: <Countdown to={closure.due_at} />
          </p>
          <ErrorAlert error={cancel.error} />
          <div>
            <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
              Cancel the closure
            </button>
          </div>
        </section>
      )}
      {closure && !pending && (
        <p role="status">
          Closure {closure.status}
          {closure.keys_destroyed_at ? `: keys destroyed ${when(closure.keys_destroyed_at)}` : ""}.
        </p>
      )}
      {cancel.isSuccess && !pending && <p role="status">The closure was cancelled; nothing was deleted.</p>}
      {state.data && !closure && (
        <form className="card" onSubmit={submit} aria-label="Close the workspace">
          <h2>Close the workspace</h2>
          <p>
            After a waiting period the workspace's keys are destroyed: all of its data becomes
            unreadable for good, backups included. Until then an owner can cancel.
          </p>
          <label>
            Your password (to confirm it is you)
            <input
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <ErrorAlert error={start.error} />
          <div>
            <ConfirmButton
              submit
              label="Start closure"
              question="Close this workspace and destroy all of its data at the end of the waiting period?"
              confirmLabel="Yes, close it"
              onConfirm={() => start.mutate()}
              disabled={start.isPending}
            />
          </div>
        </form>
      )}
    </>
  );
}
