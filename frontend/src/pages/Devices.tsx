// My devices: every signed-in session of mine; signing one out ends it at once (the
// server voids its cached token in every process), this one included.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { DataTable } from "../components/DataTable";
import { when } from "../format";

export function DevicesPage() {
  usePageTitle("My devices");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sessions = useQuery({
    queryKey: ["sessions"],
    queryFn: () => unwrap(api.GET("/api/v1/sessions")),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/sessions/{session_id}", { params: { path: { session_id: id } } })),
    onSuccess: async (_, id) => {
      const current = sessions.data?.find((s) => s.id === id)?.current;
      if (current) {
        queryClient.clear();
        await navigate({ to: "/sign-in" });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ["sessions"] });
    },
  });
  return (
    <>
      <h1>My devices</h1>
      {sessions.isPending && <p role="status">Loading sessions…</p>}
      {sessions.isError && (
        <p role="alert" className="error">
          {errorText(sessions.error)}
        </p>
      )}
      {revoke.isError && (
        <p role="alert" className="error">
          {errorText(revoke.error)}
        </p>
      )}
      {sessions.data && (
        <DataTable
          caption="Signed-in devices"
          rows={sessions.data}
          rowKey={(s) => s.id}
          columns={[
            {
              header: "Device",
              cell: (s) => (
                <>
                  {s.name}
                  {s.current && <strong> (this device)</strong>}
                  {s.user_agent && <div className="hint">{s.user_agent}</div>}
                </>
              ),
            },
            { header: "Address", cell: (s) => s.ip ?? "—" },
            { header: "Signed in", cell: (s) => when(s.created_at) },
            { header: "Last seen", cell: (s) => when(s.last_seen_at) },
            {
              header: "Actions",
              hideHeader: true,
              cell: (s) => (
                <button
                  type="button"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(s.id)}
                  aria-label={`Sign out ${s.name}${s.current ? " (this device)" : ""}`}
                >
                  Sign out
                </button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
