// Security alerts (owners, admins, auditors; ADR 0048): open alerts first, then the
// acknowledged ones; each says what happened in one sentence, when, how often, links to the
// audit log narrowed to its evidence, and (owners and admins) can be acknowledged.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { api, unwrap } from "../../api/client";
import { DataTable } from "../../components/DataTable";
import { administers } from "../../components/admin/access";
import { alertKeys, fetchAlerts, type Alert, type AlertStatus } from "../../components/admin/alertsApi";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { RoleGate } from "../../components/admin/RoleGate";
import { usePageTitle } from "../../components/usePageTitle";
import { when } from "../../format";
import { usePeople, type NameOf } from "../../people";
import { seesAudit, useMe } from "../../session";

export function SecurityAlertsPage() {
  return (
    <RoleGate allow={seesAudit} title="security alerts">
      <SecurityAlerts />
    </RoleGate>
  );
}

/** The summary with user ids replaced by names where known (the evidence link keeps the
 * ids: a sentence of UUIDs is hard to read at a glance). */
function sentence(alert: Alert, nameOf: NameOf): string {
  return alert.summary.replace(/user ([0-9a-f-]{36})/gi, (whole, id: string) => nameOf(id) ?? whole);
}

function auditSearch(alert: Alert): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(alert.audit_link)) if (v) out[k] = String(v);
  return out;
}

function SecurityAlerts() {
  usePageTitle("Security alerts");
  const me = useMe();
  const canAcknowledge = me.data ? administers(me.data.role) : false;
  const qc = useQueryClient();
  const acknowledge = useMutation({
    mutationFn: (alert_id: string) =>
      unwrap(api.POST("/api/v1/audit/alerts/{alert_id}/acknowledge", { params: { path: { alert_id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: alertKeys.all }),
  });
  return (
    <>
      <h1>Security alerts</h1>
      <p className="hint">
        Raised from the audit log each minute: repeated refusals, attacks on sign-in, many
        recordings or transcripts read at once, protections lowered, a tampered log.
      </p>
      <ErrorAlert error={acknowledge.error} />
      {acknowledge.isSuccess && <p role="status">Acknowledged.</p>}
      <AlertList
        status="open"
        title="Open"
        onAcknowledge={canAcknowledge ? (id) => acknowledge.mutate(id) : undefined}
        busy={acknowledge.isPending}
      />
      <AlertList status="acknowledged" title="Acknowledged" />
    </>
  );
}

function AlertList({
  status,
  title,
  onAcknowledge,
  busy = false,
}: {
  status: AlertStatus;
  title: string;
  onAcknowledge?: (id: string) => void;
  busy?: boolean;
}) {
  const nameOf = usePeople();
  const alerts = useInfiniteQuery({
    queryKey: alertKeys.list(status),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchAlerts(status, pageParam),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = alerts.data?.pages.flatMap((p) => p.alerts) ?? [];
  const headingId = `alerts-${status}`;
  return (
    <section aria-labelledby={headingId} className="card wide">
      <h2 id={headingId}>{title}</h2>
      <ErrorAlert error={alerts.error} />
      {alerts.data && items.length === 0 && <p>No {title.toLowerCase()} alerts.</p>}
      {items.length > 0 && (
        <DataTable
          caption={`${title} security alerts, latest first`}
          rows={items}
          rowKey={(a) => a.id}
          rowClassName={(a) => `alert-${a.severity}`}
          columns={[
            {
              header: "Severity",
              cell: (a) => <span className={`severity severity-${a.severity}`}>{a.severity}</span>,
            },
            { header: "What happened", className: "wrap", rowHeader: true, cell: (a) => sentence(a, nameOf) },
            {
              header: "When",
              cell: (a) =>
                when(a.first_at) === when(a.last_at) ? (
                  when(a.last_at)
                ) : (
                  <>
                    {when(a.last_at)}
                    <br />
                    <span className="hint">since {when(a.first_at)}</span>
                  </>
                ),
            },
            { header: "Count", cell: (a) => a.count },
            {
              header: "Evidence",
              cell: (a) => (
                <Link to="/audit" search={auditSearch(a)}>
                  Audit entries<span className="visually-hidden"> of this alert</span>
                </Link>
              ),
            },
            {
              header: status === "open" ? "Action" : "Acknowledged",
              cell: (a) =>
                status === "open" ? (
                  onAcknowledge ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => onAcknowledge(a.id)}
                      aria-label={`Acknowledge: ${sentence(a, nameOf)}`}
                    >
                      Acknowledge
                    </button>
                  ) : (
                    "—"
                  )
                ) : (
                  `${when(a.acknowledged_at)} by ${a.acknowledged_by ? (nameOf(a.acknowledged_by) ?? a.acknowledged_by) : "—"}`
                ),
            },
          ]}
        />
      )}
      {alerts.hasNextPage && (
        <button type="button" onClick={() => void alerts.fetchNextPage()}>
          More {title.toLowerCase()} alerts
        </button>
      )}
    </section>
  );
}
