// Applying the current moment definitions to past transcripts. First a preview (a dry run
// on the server: the diff applying would make, no tag changed); applying is retroactive, so
// it asks first (saying what it will do), then follows the run and shows its diff — which
// calls and voicemails gained or lost which moments — as the server records it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { when } from "../../format";
import { ConfirmStep } from "./ConfirmStep";
import { momentsQuery } from "./MomentsEditor";
import { DataTable } from "../DataTable";

type Change = {
  source_type: string;
  source_id: string;
  added: Record<string, number>;
  removed: Record<string, number>;
};
type Diff = { transcripts?: number; changed_count?: number; changed?: Change[] };

function isChange(value: unknown): value is Change {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.source_type === "string" && typeof v.source_id === "string";
}

function diffOf(raw: Record<string, unknown> | null | undefined): Diff {
  if (!raw) return {};
  const changed = Array.isArray(raw.changed) ? raw.changed.filter(isChange) : [];
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  return { transcripts: num(raw.transcripts), changed_count: num(raw.changed_count), changed };
}

/** A `datetime-local` value as an ISO instant in the browser's zone, or undefined. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function MomentApply() {
  const [since, setSince] = useState("");
  const [until, setUntil] = useState("");
  const moments = useQuery(momentsQuery);
  const start = useMutation({
    mutationFn: (dryRun: boolean) =>
      unwrap(
        api.POST("/api/v1/intelligence/moments/apply", {
          body: { since: instant(since), until: instant(until), dry_run: dryRun },
        }),
      ),
  });
  const runId = start.data?.id;
  const run = useQuery({
    queryKey: ["vi-moment-run", runId],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/intelligence/moment-runs/{run_id}", {
          params: { path: { run_id: runId ?? "" } },
        }),
      ),
    enabled: runId !== undefined,
    refetchInterval: (q) => {
      const state = q.state.data?.state;
      return state === "done" || state === "failed" ? false : 1000;
    },
  });
  const names = new Map((moments.data?.moments ?? []).map((m) => [m.id, m.name]));
  const named = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([id, n]) => `${names.get(id) ?? "a deleted moment"}${n > 1 ? ` ×${n}` : ""}`)
      .join(", ") || "—";
  const current = run.data ?? start.data;
  const diff = diffOf(current?.diff);
  const range =
    since || until
      ? `made ${since ? `from ${since.replace("T", " ")}` : ""}${since && until ? " " : ""}${until ? `before ${until.replace("T", " ")}` : ""}`
      : "of every past call and voicemail";
  return (
    <section aria-labelledby="apply-h" className="card wide">
      <h2 id="apply-h">Apply moments to past calls</h2>
      <p className="hint">
        New calls are tagged with the current definitions. Past transcripts keep the tags they
        got until you apply the current definitions to them.
      </p>
      <div className="filters">
        <label>
          Transcripts made from
          <input type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <label>
          Made before
          <input type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={start.isPending}
          onClick={() => start.mutate(true)}
        >
          Preview the changes
        </button>
        <ConfirmStep
          label="Apply to past calls…"
          question={`Re-tag the transcripts ${range} with the ${moments.data?.moments.length ?? 0} current moment definition(s)? Tags that no longer match are removed.`}
          confirm="Yes, re-tag them"
          busy={start.isPending}
          onConfirm={() => start.mutate(false)}
        />
      </div>
      {start.isError && (
        <p role="alert" className="error">
          {errorText(start.error)}
        </p>
      )}
      {run.isError && (
        <p role="alert" className="error">
          {errorText(run.error)}
        </p>
      )}
      {current && (
        <div role="status" aria-live="polite" className="run">
          <p>
            {current.dry_run ? "Preview" : "Run"} started {when(current.created_at)}:{" "}
            {current.state === "done"
              ? `done. ${diff.transcripts ?? 0} transcript(s) checked, ${diff.changed_count ?? 0} ${current.dry_run ? "would change (nothing was changed yet)" : "changed"}.`
              : current.state === "failed"
                ? "failed."
                : `${current.state}…`}
          </p>
        </div>
      )}
      {current && (diff.changed?.length ?? 0) > 0 && (
        <DataTable
          caption={current.dry_run ? "What applying would change" : "What changed"}
          captionVisible
          rows={diff.changed ?? []}
          rowKey={(c) => `${c.source_type}-${c.source_id}`}
          columns={[
            {
              header: "Call or voicemail",
              cell: (c) =>
                c.source_type === "call" ? (
                  <Link to="/calls/$callId" params={{ callId: c.source_id }}>
                    Call {c.source_id.slice(-8)}
                  </Link>
                ) : (
                  `Voicemail ${c.source_id.slice(-8)}`
                ),
            },
            { header: current.dry_run ? "Would gain" : "Moments added", cell: (c) => named(c.added) },
            { header: current.dry_run ? "Would lose" : "Moments removed", cell: (c) => named(c.removed) },
          ]}
        />
      )}
    </section>
  );
}
