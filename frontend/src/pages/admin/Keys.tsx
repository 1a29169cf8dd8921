// Keys (owners and admins read; owners rotate): the workspace's key versions, when they
// were last rotated and when the scheduled rotation is next due, and "rotate now".
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { when } from "../../format";
import { usePageTitle } from "../../components/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { administers, owns } from "../../components/admin/access";
import { ConfirmButton } from "../../components/admin/ConfirmButton";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { RoleGate } from "../../components/admin/RoleGate";
import { useMe } from "../../session";

export function AdminKeysPage() {
  return (
    <RoleGate allow={administers} title="keys">
      <Keys />
    </RoleGate>
  );
}

function Keys() {
  usePageTitle("Keys");
  const me = useMe();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ["keys"], queryFn: () => unwrap(api.GET("/api/v1/keys")) });
  const rotate = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/keys/rotate")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["keys"] }),
  });
  const st = status.data;
  return (
    <>
      <h1>Keys</h1>
      {status.isPending && <p role="status">Loading key status…</p>}
      <ErrorAlert error={status.error} />
      {st && (
        <>
          <dl className="facts" aria-label="Key rotation">
            <dt>Current content key</dt>
            <dd>{st.content_version === null ? "none" : `version ${st.content_version}`}</dd>
            <dt>Key-encryption key versions</dt>
            <dd>{st.kek_versions.join(", ") || "none"}</dd>
            <dt>Last rotated</dt>
            <dd>{when(st.last_rotated_at)}</dd>
            <dt>Next scheduled rotation</dt>
            <dd>
              {st.next_rotation_at ? when(st.next_rotation_at) : "—"}{" "}
              <span className="hint">(every {st.rotation_days} days)</span>
            </dd>
            {st.destroyed && (
              <>
                <dt>State</dt>
                <dd className="error">The keys were destroyed (the workspace was closed).</dd>
              </>
            )}
          </dl>
          <DataTable
            caption="Data keys"
            captionVisible
            rows={st.keys}
            rowKey={(k) => `${k.purpose}-${k.version}`}
            columns={[
              { header: "Purpose", cell: (k) => k.purpose },
              { header: "Version", cell: (k) => k.version },
              { header: "Wrapped by KEK", cell: (k) => k.kek_version },
              { header: "Status", cell: (k) => k.status },
              { header: "Created", cell: (k) => when(k.created_at) },
              { header: "Age (days)", cell: (k) => k.age_days.toFixed(1) },
            ]}
          />
        </>
      )}
      <section className="card" aria-labelledby="rotate-h">
        <h2 id="rotate-h">Rotate now</h2>
        <p>
          A new key-encryption key and content key; existing data keys are re-wrapped, content is not
          re-encrypted, and nothing stops while it runs.
        </p>
        {me.data && owns(me.data.role) ? (
          <div>
            <ConfirmButton
              label="Rotate keys now"
              question="Rotate the workspace's keys now?"
              confirmLabel="Rotate"
              onConfirm={() => rotate.mutate()}
              disabled={rotate.isPending || st?.destroyed}
            />
          </div>
        ) : (
          <p className="hint">Only an owner can rotate keys.</p>
        )}
        {rotate.isPending && <p role="status">Rotating…</p>}
        <ErrorAlert error={rotate.error} />
        {rotate.data && (
          <p role="status">
            Rotated: key-encryption key version {rotate.data.kek_version}, content key version{" "}
            {rotate.data.content_version ?? "—"}; {rotate.data.rewrapped} key(s) re-wrapped.
          </p>
        )}
      </section>
    </>
  );
}
