// The audit log (owners, admins, auditors): filters as the API has them, older pages by
// sequence number, export of what is filtered, and a verify button showing the result.
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { when } from "../format";

type Filters = { action?: string; object_type?: string; actor_id?: string };

export function AuditPage() {
  usePageTitle("Audit log");
  const [filters, setFilters] = useState<Filters>({});
  const [form, setForm] = useState<Filters>({});
  const entries = useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/audit", {
          params: { query: { ...filters, before_seq: pageParam, limit: 50 } },
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
  const exportQuery = new URLSearchParams({ format: "csv" });
  for (const [k, v] of Object.entries(filters)) if (v) exportQuery.set(k, v);
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
        {verify.data && (
          <p role="status" className={verify.data.ok ? "" : "error"}>
            {verify.data.ok
              ? `Intact: ${verify.data.entries} entries checked.`
              : `${verify.data.problems.length} problem(s) in ${verify.data.entries} entries.`}
          </p>
        )}
        {verify.data && !verify.data.ok && (
          <ul>
            {verify.data.problems.map((p, i) => (
              <li key={i}>{JSON.stringify(p)}</li>
            ))}
          </ul>
        )}
      </section>
      <form className="filters" onSubmit={submit} aria-label="Filter the audit log">
        <label>
          Action
          <input value={form.action ?? ""} onChange={set("action")} placeholder="sign_in.success" />
        </label>
        <label>
          Object type
          <input value={form.object_type ?? ""} onChange={set("object_type")} placeholder="call" />
        </label>
        <label>
          Actor id
          <input value={form.actor_id ?? ""} onChange={set("actor_id")} />
        </label>
        <button type="submit">Apply filters</button>
        <a className="button-link" href={`/api/v1/audit/export?${exportQuery.toString()}`} download>
          Export CSV
        </a>
      </form>
      {entries.isError && (
        <p role="alert" className="error">
          {errorText(entries.error)}
        </p>
      )}
      {entries.data && items.length === 0 && <p>No entries match.</p>}
      {items.length > 0 && (
        <table className="list">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Actor</th>
              <th scope="col">Object</th>
              <th scope="col">Address</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>{when(e.occurred_at)}</td>
                <td>{e.action}</td>
                <td>
                  {e.actor_type} {e.actor_id}
                </td>
                <td>
                  {e.object_type} {e.object_id}
                </td>
                <td>{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries.hasNextPage && (
        <button type="button" onClick={() => void entries.fetchNextPage()}>
          Older entries
        </button>
      )}
    </>
  );
}
