// The call log: the list API's filters as a form (kept in the URL, so a filtered page can be
// bookmarked or shared), cursor paging forward with a way back to the first page.
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { DataTable } from "../components/DataTable";
import { duration, party, when } from "../format";
import { exportsCalls, useMe } from "../session";
import { usePeople } from "../people";

type Direction = Schemas["Direction"];
type Disposition = Schemas["Disposition"];
const DIRECTIONS: Direction[] = ["inbound", "outbound", "internal"];
const DISPOSITIONS: Disposition[] = ["answered", "missed", "voicemail", "rejected", "failed"];

export type CallSearch = {
  direction?: Direction;
  disposition?: Disposition;
  number?: string;
  tag?: string;
  since?: string;
  until?: string;
  cursor?: string;
  // Set by the usage dashboard's drill-down (no form field: shown as a note to clear).
  user_id?: string;
  group_id?: string;
};

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

export function callSearch(search: Record<string, unknown>): CallSearch {
  const out: CallSearch = {};
  const direction = pick(search.direction, DIRECTIONS);
  const disposition = pick(search.disposition, DISPOSITIONS);
  if (direction) out.direction = direction;
  if (disposition) out.disposition = disposition;
  for (const key of ["number", "tag", "since", "until", "cursor"] as const) {
    const v = text(search[key]);
    if (v) out[key] = v;
  }
  for (const key of ["user_id", "group_id"] as const) {
    const v = text(search[key]);
    if (v && UUID.test(v)) out[key] = v;
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** A date input's day as the start of that day in the browser's zone, ISO with offset; an
 * instant (the dashboard's drill-down gives UTC days as instants) is passed on as it is. */
function dayStart(day: string | undefined): string | undefined {
  if (!day) return undefined;
  if (INSTANT.test(day)) return day;
  const d = new Date(`${day}T00:00:00`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The export of every call the filters match (all pages), as the list API reads them. */
function exportHref(search: CallSearch): string {
  const query = new URLSearchParams();
  for (const key of ["direction", "disposition", "number", "tag", "user_id", "group_id"] as const) {
    const v = search[key];
    if (v) query.set(key, v);
  }
  const since = dayStart(search.since);
  const until = dayStart(search.until);
  if (since) query.set("since", since);
  if (until) query.set("until", until);
  const text = query.toString();
  return "/api/v1/calls/export" + (text ? `?${text}` : "");
}

export function CallsPage() {
  usePageTitle("Calls");
  const nameOf = usePeople();
  const search = useSearch({ from: "/app/calls" });
  const navigate = useNavigate({ from: "/calls" });
  const me = useMe();
  const calls = useQuery({
    queryKey: ["calls", search],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/calls", {
          params: {
            query: {
              direction: search.direction,
              disposition: search.disposition,
              number: search.number,
              tag: search.tag,
              user_id: search.user_id,
              group_id: search.group_id,
              since: dayStart(search.since),
              until: dayStart(search.until),
              cursor: search.cursor,
              limit: 50,
            },
          },
        }),
      ),
  });

  return (
    <>
      <h1>Calls</h1>
      <CallFilters
        search={search}
        onApply={(next) => void navigate({ search: next })}
      />
      {(search.user_id || search.group_id) && (
        <p className="hint">
          Only calls {search.user_id ? "of one user" : "with a member of one group"} (from the
          dashboard).{" "}
          <button
            type="button"
            className="linkish"
            onClick={() =>
              void navigate({ search: { ...search, user_id: undefined, group_id: undefined, cursor: undefined } })
            }
          >
            Show everyone's
          </button>
        </p>
      )}
      {me.data && exportsCalls(me.data.role) && (
        <p>
          <a className="button-link" href={exportHref(search)} download>
            Export these calls (CSV)
          </a>
        </p>
      )}
      {calls.isPending && <p role="status">Loading calls…</p>}
      {calls.isError && (
        <p role="alert" className="error">
          {errorText(calls.error)}
        </p>
      )}
      {calls.data && (
        <>
          <DataTable
            caption="Calls, newest first"
            rows={calls.data.calls}
            rowKey={(c) => c.id}
            columns={[
              {
                header: "Started",
                cell: (c) => (
                  <Link to="/calls/$callId" params={{ callId: c.id }}>
                    {when(c.started_at)}
                  </Link>
                ),
              },
              { header: "Direction", cell: (c) => c.direction ?? "—" },
              { header: "Outcome", cell: (c) => c.disposition ?? c.state },
              { header: "From", cell: (c) => party(c.caller, nameOf) },
              { header: "To", cell: (c) => party(c.callee, nameOf) },
              { header: "Duration", cell: (c) => duration(c.duration_seconds) },
              { header: "Tags", cell: (c) => c.tags.join(", ") },
            ]}
          />
          {calls.data.calls.length === 0 && <p>No calls match.</p>}
          <nav aria-label="Pages" className="pager">
            {search.cursor && (
              <button type="button" onClick={() => void navigate({ search: { ...search, cursor: undefined } })}>
                First page
              </button>
            )}
            {calls.data.next_cursor && (
              <button
                type="button"
                onClick={() =>
                  void navigate({ search: { ...search, cursor: calls.data.next_cursor ?? undefined } })
                }
              >
                Next page
              </button>
            )}
          </nav>
        </>
      )}
    </>
  );
}

function CallFilters({ search, onApply }: { search: CallSearch; onApply: (s: CallSearch) => void }) {
  const [form, setForm] = useState<CallSearch>({ ...search, cursor: undefined });
  const set = (key: keyof CallSearch) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value || undefined });

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(callSearch({ ...form }));
  }

  return (
    <form className="filters" onSubmit={submit} aria-label="Filter calls">
      <label>
        Direction
        <select value={form.direction ?? ""} onChange={set("direction")}>
          <option value="">Any</option>
          {DIRECTIONS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        Outcome
        <select value={form.disposition ?? ""} onChange={set("disposition")}>
          <option value="">Any</option>
          {DISPOSITIONS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        Number
        <input value={form.number ?? ""} onChange={set("number")} placeholder="+14155550100" />
      </label>
      <label>
        Tag
        <input value={form.tag ?? ""} onChange={set("tag")} />
      </label>
      <label>
        From day
        <input type="date" value={(form.since ?? "").slice(0, 10)} onChange={set("since")} />
      </label>
      <label>
        Before day
        <input type="date" value={(form.until ?? "").slice(0, 10)} onChange={set("until")} />
      </label>
      <button type="submit">Apply filters</button>
    </form>
  );
}
