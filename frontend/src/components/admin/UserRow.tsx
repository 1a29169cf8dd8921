// One user in the users table: role change, disable or enable, a new sign-in link (a reset
// link with the admin's password), a reset of their two-step sign-in (likewise), and the way to offboarding. Each control names the user it acts on (screen readers hear which).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import type { Role } from "../../session";
import { ConfirmButton } from "./ConfirmButton";
import { ErrorAlert } from "./ErrorAlert";
import { InvitationLink } from "./InvitationLink";
import { PasswordConfirmButton } from "./PasswordDialog";
import { grantable, manages } from "./access";

type User = Schemas["UserOut"];

export function UserRow({
  user,
  viewer,
  isMe,
  onOffboard,
}: {
  user: User;
  viewer: Role;
  isMe: boolean;
  onOffboard: () => void;
}) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(user.role);
  const path = { params: { path: { user_id: user.id } } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["users"] });
  const changeRole = useMutation({
    mutationFn: () => unwrap(api.PATCH("/api/v1/users/{user_id}", { ...path, body: { role } })),
    onSuccess: refresh,
  });
  const setStatus = useMutation({
    mutationFn: (disable: boolean) =>
      unwrap(
        disable
          ? api.POST("/api/v1/users/{user_id}/disable", path)
          : api.POST("/api/v1/users/{user_id}/enable", path),
      ),
    onSuccess: refresh,
  });
  // A reset link signs in as the member: the server asks for the admin's password again.
  // A new invitation link (never signed in: nothing of theirs to reach) does not.
  const link = useMutation({
    mutationFn: (password?: string) =>
      unwrap(
        password !== undefined
          ? api.POST("/api/v1/users/{user_id}/password-reset", { ...path, body: { password } })
          : api.POST("/api/v1/users/{user_id}/invitation", path),
      ),
  });
  const resetMfa = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST("/api/v1/users/{user_id}/mfa-reset", { ...path, body: { password } })),
    onSuccess: refresh,
  });
  const disabled = user.status === "disabled";
  // An invited (or reset) user cannot sign in until they use their link: not "active" yet.
  const status =
    user.status === "active" && user.awaiting_password
      ? user.last_sign_in_at
        ? "password reset: link not used yet"
        : "invited: link not used yet"
      : user.status;
  const linkLabel = user.last_sign_in_at ? "Password-reset link" : "Invitation link";
  return (
    <tr>
      <td data-label="Name">
        {user.name}
        {isMe && <span className="hint"> (you)</span>}
        <br />
        <span className="hint">{user.email}</span>
      </td>
      <td data-label="Role">{user.role}</td>
      <td data-label="Status">{status}</td>
      <td data-label="Last sign-in">{when(user.last_sign_in_at)}</td>
      <td className="actions">
        {!manages(viewer, user.role) ? (
          <span className="hint">Only an owner can change an owner or an admin.</span>
        ) : (
          <>
        <div className="row">
          <select
            aria-label={`Role of ${user.name}`}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {grantable(viewer).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={role === user.role || changeRole.isPending}
            onClick={() => changeRole.mutate()}
            aria-label={`Change role of ${user.name}`}
          >
            Change role
          </button>
        </div>
        <div className="row">
          {disabled ? (
            <button type="button" onClick={() => setStatus.mutate(false)} aria-label={`Enable ${user.name}`}>
              Enable
            </button>
          ) : (
            <ConfirmButton
              label="Disable"
              name={`Disable ${user.name}`}
              question={`Disable ${user.name}? They are signed out everywhere.`}
              confirmLabel="Disable"
              onConfirm={() => setStatus.mutate(true)}
              disabled={isMe}
            />
          )}
          {!disabled &&
            (user.last_sign_in_at ? (
              <PasswordConfirmButton
                label={linkLabel}
                name={`${linkLabel} for ${user.name}`}
                question={`Make a password-reset link for ${user.name}? Their password stops working and they are signed out everywhere; whoever opens the link sets a new one.`}
                confirmLabel="Make the link"
                onConfirm={(password) => link.mutate(password)}
              />
            ) : (
              <button type="button" onClick={() => link.mutate(undefined)} aria-label={`${linkLabel} for ${user.name}`}>
                {linkLabel}
              </button>
            ))}
          <button type="button" onClick={onOffboard} disabled={isMe} aria-label={`Offboard ${user.name}`}>
            Offboard…
          </button>
          {user.mfa_enabled && !isMe && (
            <PasswordConfirmButton
              label="Reset two-step sign-in"
              name={`Reset two-step sign-in of ${user.name}`}
              question={`Turn off two-step sign-in for ${user.name}? They are signed out everywhere and sign in with their password alone (enrolling again if the workspace requires it).`}
              confirmLabel="Reset"
              onConfirm={(password) => resetMfa.mutate(password)}
            />
          )}
        </div>
        {resetMfa.isSuccess && <p role="status">Two-step sign-in of {user.name} is reset.</p>}
        <ErrorAlert error={changeRole.error ?? setStatus.error ?? link.error ?? resetMfa.error} />
        {link.data && <InvitationLink invitation={link.data} />}
          </>
        )}
      </td>
    </tr>
  );
}
