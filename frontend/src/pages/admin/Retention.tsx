// Retention policies (owners and admins): days to keep per data type. A change is always
// previewed first — how many items the next sweep would delete under it — and only that
// previewed change can be saved; editing again asks for a new preview. Below, the sweep's
// health: its last run, failures, and anything past retention that is still kept.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { PolicyGuard } from "../../components/admin/PolicyGuard";
import { SweepHealth } from "../../components/admin/SweepHealth";
import { typeLabel } from "../../components/admin/dataTypes";
import { usePageTitle } from "../../components/usePageTitle";
import { DataTable } from "../../components/DataTable";

type Policies = Record<string, number | null>;
type Form = Record<string, string>; // what was typed: "" means keep until deleted

const policiesQuery = {
  queryKey: ["retention-policies"],
  queryFn: () => unwrap(api.GET("/api/v1/retention/policies")),
} as const;

function toForm(p: Policies): Form {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v === null ? "" : String(v)]));
}

/** The typed form as the API's change; an entry that is not a whole number stays as text
 * for the server to refuse with its own message (nothing is silently dropped). */
function toChanges(form: Form): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(form)) {
    const text = v.trim();
    out[k] = text === "" ? null : /^-?\d+$/.test(text) ? Number(text) : (text as unknown as number);
  }
  return out;
}

export function RetentionPage() {
  return (
    <PolicyGuard>
      <Retention />
    </PolicyGuard>
  );
}

function Retention() {
  usePageTitle("Retention");
  const policies = useQuery(policiesQuery);
  return (
    <>
      <h1>Retention</h1>
      {policies.isError && (
        <p role="alert" className="error">
          {errorText(policies.error)}
        </p>
      )}
      {policies.data && <PolicyForm saved={policies.data} />}
      <SweepHealth />
    </>
  );
}

function PolicyForm({ saved }: { saved: Schemas["PolicyOut"] }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => toForm(saved.policies));
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const key = JSON.stringify(form);
  const preview = useMutation({
    mutationFn: (f: Form) =>
      unwrap(api.POST("/api/v1/retention/preview", { body: { policies: toChanges(f) } })),
    onSuccess: (_, f) => setPreviewed(JSON.stringify(f)),
  });
  const save = useMutation({
    mutationFn: (f: Form) =>
      unwrap(api.PUT("/api/v1/retention/policies", { body: { policies: toChanges(f) } })),
    onSuccess: (data) => {
      queryClient.setQueryData(policiesQuery.queryKey, data);
      void queryClient.invalidateQueries({ queryKey: ["retention-status"] });
      setPreviewed(null);
      preview.reset();
      setDone(true);
    },
  });
  const fresh = previewed === key && preview.data !== undefined;
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    save.reset();
    preview.mutate(form);
  }
  return (
    <form className="card wide" onSubmit={submit} aria-labelledby="policies-h">
      <h2 id="policies-h">Policies</h2>
      <p className="hint">
        Days to keep each kind of data; leave a box empty to keep it until it is deleted. The
        audit log is kept at least {saved.audit_log_minimum_days} days.
      </p>
      <div className="policy-grid">
        {Object.keys(form).map((t) => (
          <label key={t}>
            {typeLabel(t)} (days)
            <input
              inputMode="numeric"
              value={form[t]}
              placeholder="keep"
              onChange={(e) => {
                setDone(false);
                setForm({ ...form, [t]: e.target.value });
              }}
            />
          </label>
        ))}
      </div>
      <button type="submit" disabled={preview.isPending}>
        Preview the change
      </button>
      {preview.isError && (
        <p role="alert" className="error">
          {errorText(preview.error)}
        </p>
      )}
      {preview.data && !fresh && (
        <p className="hint">The policies changed since the preview: preview them again.</p>
      )}
      {fresh && preview.data && (
        <section aria-labelledby="preview-h" className="preview">
          <h3 id="preview-h">What the next sweep would delete</h3>
          {preview.data.total === 0 ? (
            <p>Nothing: no item is older than these policies allow.</p>
          ) : (
            <DataTable
              caption="Items that would be deleted, per type"
              rows={Object.entries(preview.data.would_delete).filter(([, n]) => n > 0)}
              rowKey={([t]) => t}
              columns={[
                { header: "Data", cell: ([t]) => typeLabel(t) },
                { header: "Items", cell: ([, n]) => n },
              ]}
            />
          )}
          <button type="button" disabled={save.isPending} onClick={() => save.mutate(form)}>
            {preview.data.total === 0
              ? "Save policies"
              : `Save policies (${preview.data.total} items will be deleted)`}
          </button>
        </section>
      )}
      {save.isError && (
        <p role="alert" className="error">
          {errorText(save.error)}
        </p>
      )}
      {done && <p role="status">Policies saved.</p>}
    </form>
  );
}
