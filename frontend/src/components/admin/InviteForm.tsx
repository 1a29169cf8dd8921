// Invite someone: name, email and role; the answer's one-time link is shown here, once
// (or, when the server mails it, that it was sent).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import type { Role } from "../../session";
import { when } from "../../format";
import { grantable } from "./access";
import { ErrorAlert } from "./ErrorAlert";
import { InvitationLink } from "./InvitationLink";

export function InviteForm({ viewer }: { viewer: Role }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const invite = useMutation({
    mutationFn: (): Promise<Schemas["UserCreatedOut"]> =>
      unwrap(api.POST("/api/v1/users", { body: { name, email, role } })),
    onSuccess: async () => {
      setName("");
      setEmail("");
      setRole("member");
      await queryClient.invalidateQueries({ queryKey: ["users"] });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate();
  }
  return (
    <>
      <form className="card" onSubmit={submit} aria-label="Invite a user">
        <h2>Invite a user</h2>
        <label>
          Name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email
          <input required type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {grantable(viewer).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <ErrorAlert error={invite.error} />
        <button type="submit" disabled={invite.isPending}>
          Invite
        </button>
      </form>
      {invite.data && (
        <section className="card" aria-labelledby="invited-h">
          <h2 id="invited-h">{invite.data.name} was added</h2>
          {invite.data.invitation ? (
            <InvitationLink invitation={invite.data.invitation} />
          ) : (
            <p>They can sign in with the password that was set. Added {when(invite.data.created_at)}.</p>
          )}
        </section>
      )}
    </>
  );
}
