// One group: rename, delete (asks first), its members with who supervises, add a member.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { ConfirmButton } from "./ConfirmButton";
import { ErrorAlert } from "./ErrorAlert";

type Group = Schemas["GroupOut"];
type User = Schemas["UserOut"];

export function GroupCard({ group, users }: { group: Group; users: User[] }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(group.name);
  const members = group.members ?? [];
  const inGroup = new Set(members.map((m) => m.user_id));
  const candidates = users.filter((u) => !inGroup.has(u.id) && u.status === "active");
  const [adding, setAdding] = useState("");
  const [supervises, setSupervises] = useState(false);
  const group_id = group.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["groups"] });
  const rename = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH("/api/v1/groups/{group_id}", { params: { path: { group_id } }, body: { name } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/groups/{group_id}", { params: { path: { group_id } } })),
    onSuccess: refresh,
  });
  const setMember = useMutation({
    mutationFn: (m: { user_id: string; is_supervisor: boolean }) =>
      unwrap(
        api.PUT("/api/v1/groups/{group_id}/members/{user_id}", {
          params: { path: { group_id, user_id: m.user_id } },
          body: { is_supervisor: m.is_supervisor },
        }),
      ),
    onSuccess: async () => {
      setAdding("");
      setSupervises(false);
      await refresh();
    },
  });
  const removeMember = useMutation({
    mutationFn: (user_id: string) =>
      unwrap(
        api.DELETE("/api/v1/groups/{group_id}/members/{user_id}", {
          params: { path: { group_id, user_id } },
        }),
      ),
    onSuccess: refresh,
  });
  const who = (id: string) => users.find((u) => u.id === id)?.name ?? "a former user";
  function submitRename(e: FormEvent) {
    e.preventDefault();
    rename.mutate();
  }
  function submitAdd(e: FormEvent) {
    e.preventDefault();
    if (adding) setMember.mutate({ user_id: adding, is_supervisor: supervises });
  }
  const headingId = `group-${group.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.name}</h2>
      <form className="row" onSubmit={submitRename} aria-label={`Rename ${group.name}`}>
        <label>
          New name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={rename.isPending || name === group.name}>
          Rename
        </button>
      </form>
      <ErrorAlert error={rename.error ?? remove.error ?? setMember.error ?? removeMember.error} />
      {members.length === 0 ? (
        <p>No members yet.</p>
      ) : (
        <ul className="members">
          {members.map((m) => (
            <li key={m.user_id}>
              <span>
                {who(m.user_id)}
                {m.is_supervisor && <strong> — supervisor</strong>}
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setMember.mutate({ user_id: m.user_id, is_supervisor: !m.is_supervisor })
                }
                aria-label={`${m.is_supervisor ? "Not supervisor" : "Make supervisor"}: ${who(m.user_id)} in ${group.name}`}
              >
                {m.is_supervisor ? "Not supervisor" : "Make supervisor"}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => removeMember.mutate(m.user_id)}
                aria-label={`Remove ${who(m.user_id)} from ${group.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form className="row" onSubmit={submitAdd} aria-label={`Add a member to ${group.name}`}>
          <label>
            Add member
            <select required value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a user…</option>
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={supervises} onChange={(e) => setSupervises(e.target.checked)} />
            Supervisor
          </label>
          <button type="submit" disabled={setMember.isPending}>
            Add
          </button>
        </form>
      )}
      <div>
        <ConfirmButton
          label="Delete group"
          name={`Delete group ${group.name}`}
          question={`Delete the group ${group.name}? Its members stay; its supervisors lose sight of them.`}
          confirmLabel="Delete"
          onConfirm={() => remove.mutate()}
          disabled={remove.isPending}
        />
      </div>
    </section>
  );
}
