// The workspace's requirement of two-step sign-in (owners and admins): once on, members who
// have not turned it on are held at its enrolment until they do.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { ErrorAlert } from "./ErrorAlert";

export function MfaPolicy() {
  const queryClient = useQueryClient();
  const workspace = useQuery({ queryKey: ["workspace"], queryFn: () => unwrap(api.GET("/api/v1/workspace")) });
  const set = useMutation({
    mutationFn: (required: boolean) =>
      unwrap(api.PUT("/api/v1/workspace/mfa-policy", { body: { required } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["workspace"] }),
  });
  if (!workspace.data) return <ErrorAlert error={workspace.error} />;
  const required = workspace.data.mfa_required;
  return (
    <section className="card" aria-labelledby="mfa-policy">
      <h2 id="mfa-policy">Two-step sign-in</h2>
      <label>
        <input
          type="checkbox"
          checked={required}
          disabled={set.isPending}
          onChange={(e) => set.mutate(e.target.checked)}
        />{" "}
        Require two-step sign-in for everyone
      </label>
      <p className="hint">
        Who has not turned it on is asked to before anything else, at their next request. Turn
        it on for yourself first.
      </p>
      {set.isSuccess && (
        <p role="status">{required ? "Two-step sign-in is required." : "Two-step sign-in is optional."}</p>
      )}
      <ErrorAlert error={set.error} />
    </section>
  );
}
