// Jobs and pipeline failures (owners and admins): the workspace's job queue by state, its
// jobs (the dead-letter list first) with requeue for dead ones, and failed voice-
// intelligence stages with retry.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import { usePageTitle } from "../../components/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { administers } from "../../components/admin/access";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { PipelineFailures } from "../../components/admin/PipelineFailures";
import { RoleGate } from "../../components/admin/RoleGate";

type State = NonNullable<Schemas["JobOut"]["status"]>;
const STATES: readonly State[] = ["dead", "queued", "running", "done"];

export function AdminJobsPage() {
  return (
    <RoleGate allow={administers} title="jobs">
      <Jobs />
    </RoleGate>
  );
}

function Jobs() {
  usePageTitle("Jobs");
  const queryClient = useQueryClient();
  const [state, setState] = useState<State | "">("dead");
  const stats = useQuery({
    queryKey: ["jobs", "stats"],
    queryFn: () => unwrap(api.GET("/api/v1/jobs/stats")),
  });
  const jobs = useQuery({
    queryKey: ["jobs", "list", state],
    queryFn: () =>
      unwrap(api.GET("/api/v1/jobs", { params: { query: { status: state || undefined, limit: 100 } } })),
  });
  const requeue = useMutation({
    mutationFn: (job_id: string) =>
      unwrap(api.POST("/api/v1/jobs/{job_id}/requeue", { params: { path: { job_id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["jobs"] }),
  });
  const waited = stats.data?.oldest_queued_seconds;
  return (
    <>
      <h1>Jobs and pipeline failures</h1>
      <p className="hint">
        This workspace&apos;s jobs (<code>callvault jobs stats</code> on the server counts every
        workspace&apos;s).
      </p>
      <ErrorAlert error={stats.error} />
      {stats.data && (
        <dl className="stats" aria-label="Job queue">
          {STATES.map((s) => (
            <div key={s} className="fact">
              <dt>{s}</dt>
              <dd>{stats.data.counts[s] ?? 0}</dd>
            </div>
          ))}
          <div className="fact">
            <dt>Oldest waiting</dt>
            <dd>{waited === null || waited === undefined ? "none" : `${Math.round(waited)} s`}</dd>
          </div>
        </dl>
      )}
      <section aria-labelledby="jobs-h">
        <h2 id="jobs-h">Jobs</h2>
        <div className="filters">
          <label>
            State
            <select value={state} onChange={(e) => setState(e.target.value as State | "")}>
              <option value="dead">dead (failed for good)</option>
              <option value="queued">queued</option>
              <option value="running">running</option>
              <option value="done">done</option>
              <option value="">any</option>
            </select>
          </label>
        </div>
        <ErrorAlert error={jobs.error ?? requeue.error} />
        {requeue.isSuccess && <p role="status">Requeued.</p>}
        {jobs.data && jobs.data.length === 0 && <p>No jobs in this state.</p>}
        {jobs.data && jobs.data.length > 0 && (
          <DataTable
            caption="Jobs, newest first"
            rows={jobs.data}
            rowKey={(j) => j.id}
            columns={[
              { header: "Kind", cell: (j) => j.kind },
              { header: "State", cell: (j) => j.status },
              { header: "Attempts", cell: (j) => `${j.attempts}/${j.max_attempts}` },
              { header: "Last error", className: "wrap", cell: (j) => j.last_error ?? "—" },
              { header: "Updated", cell: (j) => when(j.updated_at) },
              {
                header: "Actions",
                hideHeader: true,
                cell: (j) =>
                  j.status === "dead" && (
                    <button
                      type="button"
                      disabled={requeue.isPending}
                      onClick={() => requeue.mutate(j.id)}
                      aria-label={`Requeue ${j.kind} job ${j.id.slice(0, 8)}`}
                    >
                      Requeue
                    </button>
                  ),
              },
            ]}
          />
        )}
      </section>
      <PipelineFailures />
    </>
  );
}
