// The audit log (owners, admins, auditors): filters as the API has them, older pages by
// sequence number, export of what is filtered, and a verify button showing the result.
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { RoleGate } from "../components/admin/RoleGate";
import { usePageTitle } from "../components/usePageTitle";
import { DataTable } from "../components/DataTable";
import { when } from "../format";
import { usePeople, type NameOf } from "../people";
import { seesAudit } from "../session";

type Filters = {
  action?: string;
  object_type?: string;
  object_id?: string;
  actor_id?: string;
  since?: string;
  until?: string;
};

const FILTER_KEYS = ["action", "object_type", "object_id", "actor_id", "since", "until"] as const;

/** The filters a link opens the log with (`?action=…&since=<ISO>`), strings only. */
export function auditSearch(search: Record<string, unknown>): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const v = search[key];
    if (typeof v === "string" && v) out[key] = v;
  }
  return out;
}

/** An ISO instant as a `datetime-local` value in the browser's zone, to the second. */
function local(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function fromLink(search: Filters): Filters {
  return { ...search, since: local(search.since), until: local(search.until) };
}

/** A `datetime-local` value as an ISO instant in the browser's zone (the API wants one). */
function instant(local: string | undefined): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function query(filters: Filters): Filters {
  return { ...filters, since: instant(filters.since), until: instant(filters.until) };
}

/** Who acted or was acted on: a user by name with the id the entry holds (names change; the
 * id is the evidence, and what the Actor filter takes); "system", not "system system". */
function who(type: string | null, id: string | null | undefined, nameOf: NameOf): string {
  const name = type === "user" && id ? nameOf(id) : undefined;
  if (name) return `${name} (user ${id})`;
  if (!id || id === type) return type ?? "";
  return `${type ?? ""} ${id}`.trim();
}

export function AuditPage() {
  return (
    <RoleGate allow={seesAudit} title="audit log">
      <Audit />
    </RoleGate>
  );
}

function Audit() {
  const nameOf = usePeople();
  usePageTitle("Audit log");
  const linked = fromLink(useSearch({ from: "/app/audit" }));
  const [filters, setFilters] = useState<Filters>(linked);
  const [form, setForm] = useState<Filters>(linked);
  const entries = useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/audit", {
          params: { query: { ...query(filters), before_seq: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (last) => last.next_before_seq ?? undefined,
  });
  const verify = useMutation({ mutationFn: () => unwrap(api.POST("/api/v1/audit/verify")) });
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value.trim() || undefined });
  function submit(e: FormEvent) {
    e.preventDefault();
    setFilters({ ...form });
  }
  const exportUrl = (format: "csv" | "jsonl") => {
    const q = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(query(filters))) if (v) q.set(k, v);
    return `/api/v1/audit/export?${q.toString()}`;
  };
  const items = entries.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <>
      <h1>Audit log</h1>
      <section aria-labelledby="verify-h" className="card">
        <h2 id="verify-h">Integrity</h2>
        <button type="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
          Verify the audit chain
        </button>
        {verify.isError && (
          <p role="alert" className="error">
            {errorText(verify.error)}
          </p>
        )}
        {verify.data && <VerifyResult result={verify.data} />}
      </section>
      <form className="filters" onSubmit={submit} aria-label="Filter the audit log">
        <label>
          Action
          <input value={form.action ?? ""} onChange={set("action")} placeholder="sign_in, or sign_in.failure" />
        </label>
        <label>
          Object type
          <input value={form.object_type ?? ""} onChange={set("object_type")} placeholder="call" />
        </label>
        <label>
          Object id
          <input value={form.object_id ?? ""} onChange={set("object_id")} />
        </label>
        <label>
          Actor id
          <input value={form.actor_id ?? ""} onChange={set("actor_id")} />
        </label>
        <label>
          From
          <input type="datetime-local" step={1} value={form.since ?? ""} onChange={set("since")} />
        </label>
        <label>
          Before
          <input type="datetime-local" step={1} value={form.until ?? ""} onChange={set("until")} />
        </label>
        <button type="submit">Apply filters</button>
        <a className="button-link" href={exportUrl("csv")} download>
          Export CSV
        </a>
        <a className="button-link" href={exportUrl("jsonl")} download>
          Export JSON lines
        </a>
      </form>
      {entries.isError && (
        <p role="alert" className="error">
          {errorText(entries.error)}
        </p>
      )}
      {entries.data && items.length === 0 && <p>No entries match.</p>}
      {items.length > 0 && (
        <DataTable
          caption="Audit entries, newest first"
          rows={items}
          rowKey={(e) => e.id}
          columns={[
            { header: "#", cell: (e) => e.seq },
            { header: "When", cell: (e) => when(e.occurred_at) },
            { header: "Action", cell: (e) => e.action },
            { header: "Actor", cell: (e) => who(e.actor_type, e.actor_id, nameOf) },
            { header: "Object", cell: (e) => who(e.object_type, e.object_id, nameOf) },
            { header: "Address", cell: (e) => e.ip ?? "" },
          ]}
        />
      )}
      {entries.hasNextPage && (
        <button type="button" onClick={() => void entries.fetchNextPage()}>
          Older entries
        </button>
      )}
    </>
  );
}

/** The verification's answer: intact, or which workspace's chain failed at which entries. */
function VerifyResult({ result }: { result: Schemas["VerifyOut"] }) {
  if (result.ok) {
    return (
      <p role="status" className="ok">
        Intact: {result.entries} entries checked.
      </p>
    );
  }
  return (
    <div role="status">
      <p className="error">
        Verification failed for workspace {result.workspace_id}: {result.problems.length}{" "}
        problem(s) in {result.entries} entries.
      </p>
      <ul className="problems">
        {result.problems.map((p, i) => (
          <li key={i}>
            {p.seq !== null ? `Entry #${p.seq}` : "The chain"}
            {p.until_seq ? ` to #${p.until_seq}` : ""}: {p.reason || p.problem} ({p.problem}
            {p.count ? `, ${p.count} entries` : ""}
            {p.anchored_seq ? `, anchored up to #${p.anchored_seq}` : ""})
          </li>
        ))}
      </ul>
    </div>
  );
}
