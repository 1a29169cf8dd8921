// The customer report: how many calls were eligible for training and review under the
// current consent, how many were exported or sampled, and per call why (not) and when.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import { DataTable } from "../DataTable";

const REASONS: Record<string, string> = {
  not_recorded: "not recorded",
  residual_pii: "redaction left personal data",
  sensitive: "marked sensitive",
};

type Names = { users: Schemas["UserOut"][]; groups: Schemas["GroupOut"][] };

/** "opted_out:group:<id>" → "opted out (group Sales)"; other codes in words. */
function reason(r: string, names: Names): string {
  if (r.startsWith("opted_out:")) {
    const [level, id] = r.slice("opted_out:".length).split(":");
    if (level === "workspace") return "opted out (company)";
    if (level === "group") {
      return `opted out (group ${names.groups.find((g) => g.id === id)?.name ?? id})`;
    }
    const user = id ? names.users.find((u) => u.id === id)?.name : undefined;
    return `opted out (user${user ? ` ${user}` : ""})`;
  }
  return REASONS[r] ?? r.replace(/_/g, " ");
}

export function ConsentReport(names: Names) {
  const use = (u: Schemas["UseOut"]) =>
    u.eligible ? "eligible" : `no: ${u.reasons.map((r) => reason(r, names)).join(", ")}`;
  const summary = useQuery({
    queryKey: ["consent", "report"],
    queryFn: () => unwrap(api.GET("/api/v1/consent/report")),
  });
  const calls = useInfiniteQuery({
    queryKey: ["consent", "report", "calls"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/consent/report/calls", {
          params: { query: { cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const s = summary.data;
  const items = calls.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="report-h" className="card wide">
      <h2 id="report-h">Customer report</h2>
      {(summary.isError || calls.isError) && (
        <p role="alert" className="error">
          {errorText(summary.error ?? calls.error)}
        </p>
      )}
      {s && (
        <dl className="facts">
          <dt>Calls</dt>
          <dd>{s.calls}</dd>
          <dt>Eligible for training</dt>
          <dd>{s.eligible_for_training}</dd>
          <dt>Eligible for review</dt>
          <dd>{s.eligible_for_review}</dd>
          <dt>Exported for training</dt>
          <dd>
            {s.exported_calls} calls ({s.exported_items} items)
          </dd>
          <dt>Sampled for review</dt>
          <dd>
            {s.sampled_calls} calls ({s.sampled_snippets} snippets)
          </dd>
          <dt>Under consent change</dt>
          <dd>#{s.consent_seq}</dd>
        </dl>
      )}
      {items.length > 0 && (
        <DataTable
          caption="AI use per call"
          rows={items}
          rowKey={(c) => c.call_id}
          columns={[
            {
              header: "Call",
              cell: (c) => (
                <Link to="/calls/$callId" params={{ callId: c.call_id }}>
                  {when(c.started_at)}
                </Link>
              ),
            },
            { header: "Training", cell: (c) => use(c.training) },
            { header: "Review", cell: (c) => use(c.review) },
            {
              header: "Exported",
              cell: (c) => c.exported.map((e) => `${when(e.exported_at)} (#${e.consent_seq})`).join("; ") || "—",
            },
            {
              header: "Sampled",
              cell: (c) => c.sampled.map((e) => `${when(e.sampled_at)} (#${e.consent_seq})`).join("; ") || "—",
            },
          ]}
        />
      )}
      {calls.data && items.length === 0 && <p>No calls yet.</p>}
      {calls.hasNextPage && (
        <button type="button" onClick={() => void calls.fetchNextPage()}>
          More calls
        </button>
      )}
    </section>
  );
}
