// The workspace's requirement of two-step sign-in (owners and admins): once on, members who
// have not turned it on are held at its enrolment until they do. Lifting it asks for the
// admin's password (a dialog), as the server does.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { ErrorAlert } from "./ErrorAlert";
import { PasswordDialog } from "./PasswordDialog";

export function MfaPolicy() {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const workspace = useQuery({ queryKey: ["workspace"], queryFn: () => unwrap(api.GET("/api/v1/workspace")) });
  const set = useMutation({
    // Requiring it takes nothing more; lifting it takes the acting admin's password.
    mutationFn: (body: { required: boolean; password?: string }) =>
      unwrap(api.PUT("/api/v1/workspace/mfa-policy", { body })),
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
          onChange={(e) => (e.target.checked ? set.mutate({ required: true }) : setAsking(true))}
        />{" "}
        Require two-step sign-in for everyone
      </label>
      <PasswordDialog
        open={asking}
        question="Stop requiring two-step sign-in? Members may then sign in with a password alone."
        confirmLabel="Stop requiring"
        onConfirm={(password) => {
          setAsking(false);
          set.mutate({ required: false, password });
        }}
        onClose={() => setAsking(false)}
      />
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
