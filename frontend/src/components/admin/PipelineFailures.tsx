// Voice-intelligence pipeline failures: which call's or voicemail's stage failed and why,
// with a retry that re-runs the pipeline from the stage that feeds the failed one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { api, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import { DataTable } from "../DataTable";
import { ErrorAlert } from "./ErrorAlert";

type Failure = Schemas["PipelineFailureOut"];

/** An id's first characters: enough to tell rows apart, short enough for a phone. */
const short = (id: string) => id.slice(0, 8);

export function PipelineFailures() {
  const queryClient = useQueryClient();
  const failures = useQuery({
    queryKey: ["pipeline-failures"],
    queryFn: () => unwrap(api.GET("/api/v1/intelligence/failures")),
  });
  const retry = useMutation({
    mutationFn: (f: Failure) => {
      const body = { from_stage: f.rerun_from };
      return unwrap(
        f.source_type === "call"
          ? api.POST("/api/v1/calls/{call_id}/intelligence/rerun", {
              params: { path: { call_id: f.source_id } },
              body,
            })
          : api.POST("/api/v1/voicemail/messages/{voicemail_id}/intelligence/rerun", {
              params: { path: { voicemail_id: f.source_id } },
              body,
            }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["pipeline-failures"] });
      await queryClient.invalidateQueries({ queryKey: ["jobs"] });
    },
  });
  return (
    <section aria-labelledby="vi-failures-h">
      <h2 id="vi-failures-h">Voice-intelligence pipeline failures</h2>
      <ErrorAlert error={failures.error ?? retry.error} />
      {retry.isSuccess && <p role="status">Queued again.</p>}
      {failures.data && failures.data.length === 0 && <p>No pipeline failures.</p>}
      {failures.data && failures.data.length > 0 && (
        <DataTable
          caption="Failed pipeline stages, most recent first"
          rows={failures.data}
          rowKey={(f) => `${f.transcript_id}-${f.stage}`}
          columns={[
            {
              header: "Source",
              cell: (f) =>
                f.source_type === "call" ? (
                  <Link to="/calls/$callId" params={{ callId: f.source_id }}>
                    Call {short(f.source_id)}
                  </Link>
                ) : (
                  <>Voicemail {short(f.source_id)}</>
                ),
            },
            { header: "Stage", cell: (f) => f.stage },
            { header: "Reason", cell: (f) => f.reason ?? "—" },
            { header: "Attempts", cell: (f) => f.attempts },
            { header: "Failed", cell: (f) => when(f.failed_at) },
            {
              header: "Actions",
              hideHeader: true,
              cell: (f) => (
                <button
                  type="button"
                  disabled={retry.isPending}
                  onClick={() => retry.mutate(f)}
                  aria-label={`Retry from ${f.rerun_from}: ${f.stage} of ${f.source_type} ${short(f.source_id)}`}
                >
                  Retry from {f.rerun_from}
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
