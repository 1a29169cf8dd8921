// The retention sweep's health: healthy or not (and why), its last run with what it
// removed or why it failed, the last success, and anything past retention still kept.
import { useQuery } from "@tanstack/react-query";
import { api, errorText, unwrap } from "../../api/client";
import { when } from "../../format";
import { typeLabel } from "./dataTypes";

const PROBLEMS: Record<string, string> = {
  failed: "The last sweep failed.",
  missed: "The sweep has not run on schedule.",
  never_run: "The sweep has never run.",
  past_retention: "Items older than the policies allow are still kept.",
};

export function SweepHealth() {
  const status = useQuery({
    queryKey: ["retention-status"],
    queryFn: () => unwrap(api.GET("/api/v1/retention/status")),
  });
  const s = status.data;
  const kept = Object.entries(s?.items_past_retention ?? {}).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="sweep-h" className="card wide">
      <h2 id="sweep-h">Sweep health</h2>
      {status.isError && (
        <p role="alert" className="error">
          {errorText(status.error)}
        </p>
      )}
      {s && (
        <>
          <p className={s.healthy ? "ok" : "error"}>
            {s.healthy ? "Healthy." : "Needs attention."}
          </p>
          {s.problems.length > 0 && (
            <ul>
              {s.problems.map((p) => (
                <li key={p}>{PROBLEMS[p] ?? p}</li>
              ))}
            </ul>
          )}
          <dl className="facts">
            <dt>Runs every</dt>
            <dd>{Math.round(s.schedule_seconds / 60)} minutes</dd>
            <dt>Last run</dt>
            <dd>
              {s.last_run
                ? `${s.last_run.status}, started ${when(s.last_run.started_at)}${s.last_run.finished_at ? `, finished ${when(s.last_run.finished_at)}` : ""}`
                : "never"}
            </dd>
            {s.last_run?.error && (
              <>
                <dt>Failure</dt>
                <dd className="error">{s.last_run.error}</dd>
              </>
            )}
            {s.last_run && (
              <>
                <dt>Removed by it</dt>
                <dd>
                  {Object.entries(s.last_run.purged)
                    .filter(([, n]) => n > 0)
                    .map(([t, n]) => `${typeLabel(t)}: ${n}`)
                    .join(", ") || "nothing"}
                </dd>
              </>
            )}
            <dt>Last success</dt>
            <dd>{when(s.last_success_at)}</dd>
            <dt>Past retention now</dt>
            <dd>
              {kept.length > 0
                ? kept.map(([t, n]) => `${typeLabel(t)}: ${n}`).join(", ")
                : "nothing"}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
