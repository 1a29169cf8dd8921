// My devices: every signed-in session of mine; signing one out ends it at once (the
// server voids its cached token in every process), this one included.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
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
        <table className="list">
          <caption className="visually-hidden">Signed-in devices</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.name}
                  {s.current && <strong> (this device)</strong>}
                  {s.user_agent && <div className="hint">{s.user_agent}</div>}
                </td>
                <td>{s.ip ?? "—"}</td>
                <td>{when(s.created_at)}</td>
                <td>{when(s.last_seen_at)}</td>
                <td>
                  <button
                    type="button"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(s.id)}
                    aria-label={`Sign out ${s.name}${s.current ? " (this device)" : ""}`}
                  >
                    Sign out
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
