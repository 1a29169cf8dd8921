// The usage dashboard (admins: the workspace; supervisors: their teams): KPI tiles, calls per
// day by outcome and by direction, busiest hours and users, for a range of UTC days and a
// group. Each bar (and each figure in the tables beside the charts) leads to the call log
// filtered to the calls behind it. Loaded on demand: the chart library is in this chunk only.
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useMemo, useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { BarChart, type Series } from "../../components/dashboard/BarChart";
import { KpiTiles } from "../../components/dashboard/KpiTiles";
import { DataTable } from "../../components/DataTable";
import { usePageTitle } from "../../components/usePageTitle";
import { seesDashboard, useMe } from "../../session";
import { RoleGate } from "../../components/admin/RoleGate";
import type { DashboardSearch } from "./search";

type Usage = Schemas["UsageOut"];
type Day = Schemas["DayOut"];
type Disposition = Schemas["Disposition"];
type Direction = Schemas["Direction"];

const OUTCOMES: { key: Disposition; label: string; color: string }[] = [
  { key: "answered", label: "Answered", color: "#2e7d32" },
  { key: "missed", label: "Missed", color: "#c62828" },
  { key: "voicemail", label: "Voicemail", color: "#6a1b9a" },
  { key: "rejected", label: "Rejected", color: "#ef6c00" },
  { key: "failed", label: "Failed", color: "#546e7a" },
];
const DIRECTIONS: { key: Direction; label: string; color: string }[] = [
  { key: "inbound", label: "Inbound", color: "#1565c0" },
  { key: "outbound", label: "Outbound", color: "#00897b" },
  { key: "internal", label: "Internal", color: "#9e7700" },
];

type Drill = { day: Day; disposition?: Disposition; direction?: Direction };

function callsSearch(d: Drill, group: string | undefined) {
  return {
    since: d.day.since,
    until: d.day.until,
    disposition: d.disposition,
    direction: d.direction,
    group_id: group,
  };
}

function exportHref(usage: Usage): string {
  const q = new URLSearchParams({ start: usage.start, end: usage.end });
  if (usage.group_id) q.set("group_id", usage.group_id);
  return `/api/v1/analytics/usage/export?${q.toString()}`;
}

function shortDay(day: string): string {
  return day.slice(5); // MM-DD: the range shows the year
}

export function DashboardPage() {
  return (
    <RoleGate allow={seesDashboard} title="usage dashboard">
      <Dashboard />
    </RoleGate>
  );
}

function Dashboard() {
  usePageTitle("Usage dashboard");
  const search = useSearch({ from: "/app/dashboard" });
  const navigate = useNavigate({ from: "/dashboard" });
  const usage = useQuery({
    queryKey: ["usage", search],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/analytics/usage", {
          params: { query: { start: search.start, end: search.end, group_id: search.group } },
        }),
      ),
  });

  const drill = (d: Drill) =>
    void navigate({ to: "/calls", search: callsSearch(d, usage.data?.group_id ?? undefined) });

  return (
    <>
      <h1>Usage dashboard</h1>
      <UsageFilters
        key={JSON.stringify(search) + (usage.data?.start ?? "")}
        search={search}
        usage={usage.data}
        onApply={(next) => void navigate({ search: next })}
      />
      {usage.isPending && <p role="status">Loading figures…</p>}
      {usage.isError && (
        <p role="alert" className="error">
          {errorText(usage.error)}
        </p>
      )}
      {usage.data && <Figures usage={usage.data} drill={drill} />}
    </>
  );
}

function Figures({ usage, drill }: { usage: Usage; drill: (d: Drill) => void }) {
  const labels = useMemo(() => usage.days.map((d) => shortDay(d.day)), [usage]);
  const outcomes: Series[] = useMemo(
    () =>
      OUTCOMES.map((o) => ({
        label: o.label,
        color: o.color,
        values: usage.days.map((d) => d.by_disposition[o.key]),
      })),
    [usage],
  );
  const directions: Series[] = useMemo(
    () =>
      DIRECTIONS.map((o) => ({
        label: o.label,
        color: o.color,
        values: usage.days.map((d) => d.by_direction[o.key]),
      })),
    [usage],
  );
  const hourLabels = useMemo(() => usage.hours.map((h) => String(h.hour)), [usage]);
  const hours: Series[] = useMemo(
    () => [{ label: "Calls", color: "#1565c0", values: usage.hours.map((h) => h.calls) }],
    [usage],
  );
  const group = usage.group_id ?? undefined;
  const range = `${usage.start} to ${usage.end} (${usage.time_zone})`;

  return (
    <>
      <p className="hint">
        {usage.scope === "teams" ? "Your teams' calls" : "All calls of the workspace"}
        {group ? " with a member of the chosen group on them" : ""}, {range}.{" "}
        <a className="button-link" href={exportHref(usage)} download>
          Export figures (CSV)
        </a>
      </p>
      <KpiTiles totals={usage.totals} />

      <section aria-labelledby="by-outcome">
        <h2 id="by-outcome">Calls per day by outcome</h2>
        <BarChart
          title="Calls per day by outcome"
          labels={labels}
          series={outcomes}
          onPick={(i, s) => {
            const day = usage.days[i];
            const outcome = OUTCOMES[s];
            if (day && outcome) drill({ day, disposition: outcome.key });
          }}
        />
        <DayTable
          caption="Calls per day by outcome"
          days={usage.days}
          columns={OUTCOMES.map((o) => ({
            label: o.label,
            count: (d) => d.by_disposition[o.key],
            drill: (d) => ({ day: d, disposition: o.key }),
          }))}
          group={group}
        />
      </section>

      <section aria-labelledby="by-direction">
        <h2 id="by-direction">Calls per day by direction</h2>
        <BarChart
          title="Calls per day by direction"
          labels={labels}
          series={directions}
          onPick={(i, s) => {
            const day = usage.days[i];
            const direction = DIRECTIONS[s];
            if (day && direction) drill({ day, direction: direction.key });
          }}
        />
        <DayTable
          caption="Calls per day by direction"
          days={usage.days}
          columns={DIRECTIONS.map((o) => ({
            label: o.label,
            count: (d) => d.by_direction[o.key],
            drill: (d) => ({ day: d, direction: o.key }),
          }))}
          group={group}
        />
      </section>

      <section aria-labelledby="by-hour">
        <h2 id="by-hour">Busiest hours (UTC)</h2>
        <BarChart title="Calls by hour of the day (UTC)" labels={hourLabels} series={hours} />
        <details>
          <summary>Table: calls by hour of the day</summary>
          <DataTable
            className="compact"
            caption="Calls by hour of the day (UTC)"
            rows={usage.hours.filter((h) => h.calls > 0)}
            rowKey={(h) => h.hour}
            columns={[
              { header: "Hour (UTC)", rowHeader: true, cell: (h) => `${String(h.hour).padStart(2, "0")}:00` },
              { header: "Calls", cell: (h) => h.calls },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="busiest-users">
        <h2 id="busiest-users">Busiest users</h2>
        {usage.busiest_users.length === 0 ? (
          <p>No call in this range had a user of this workspace on it.</p>
        ) : (
          <DataTable
            caption="Users on the most calls, most first"
            rows={usage.busiest_users}
            rowKey={(u) => u.user_id}
            columns={[
              { header: "User", rowHeader: true, cell: (u) => u.name },
              {
                header: "Calls",
                cell: (u) => (
                  <Link
                    to="/calls"
                    search={{ since: usage.since, until: usage.until, user_id: u.user_id }}
                    aria-label={`${u.calls} calls with ${u.name}: show them`}
                  >
                    {u.calls}
                  </Link>
                ),
              },
              { header: "Talk minutes", cell: (u) => u.talk_minutes },
            ]}
          />
        )}
      </section>
    </>
  );
}

type Column = { label: string; count: (d: Day) => number; drill: (d: Day) => Drill };

/** The chart's figures as a table: each non-zero count links to the calls behind it. */
function DayTable({
  caption,
  days,
  columns,
  group,
}: {
  caption: string;
  days: Day[];
  columns: Column[];
  group: string | undefined;
}) {
  return (
    <details>
      <summary>Table: {caption.toLowerCase()}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="list compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">All</th>
              {columns.map((c) => (
                <th scope="col" key={c.label}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.calls}</td>
                {columns.map((c) => {
                  const n = c.count(d);
                  return (
                    <td key={c.label}>
                      {n === 0 ? (
                        "0"
                      ) : (
                        <Link
                          to="/calls"
                          search={callsSearch(c.drill(d), group)}
                          aria-label={`${n} ${c.label.toLowerCase()} on ${d.day}: show them`}
                        >
                          {n}
                        </Link>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function UsageFilters({
  search,
  usage,
  onApply,
}: {
  search: DashboardSearch;
  usage: Usage | undefined;
  onApply: (s: DashboardSearch) => void;
}) {
  const me = useMe();
  const [start, setStart] = useState(search.start ?? usage?.start ?? "");
  const [end, setEnd] = useState(search.end ?? usage?.end ?? "");
  const [group, setGroup] = useState(search.group ?? "");
  const groups = useQuery({
    queryKey: ["groups"],
    queryFn: () => unwrap(api.GET("/api/v1/groups")),
  });
  const role = me.data?.role;
  // Supervisors may filter by the groups they supervise only (the server refuses others).
  const choices = (groups.data ?? []).filter(
    (g) =>
      role === "owner" ||
      role === "admin" ||
      (g.members ?? []).some((m) => m.user_id === me.data?.id && m.is_supervisor),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply({ start: start || undefined, end: end || undefined, group: group || undefined });
  }

  return (
    <form className="filters" onSubmit={submit} aria-label="Dashboard filters">
      <label>
        First day (UTC)
        <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label>
        Last day (UTC)
        <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
      </label>
      <label>
        Group
        <select value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="">{role === "supervisor" ? "All my teams" : "Everyone"}</option>
          {choices.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
