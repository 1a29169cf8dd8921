// Groups and supervisors (owners and admins): create, rename, delete; members, and who
// supervises each group (a supervisor reads their teams' calls, voicemail and chat).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/client";
import { usePageTitle } from "../../components/usePageTitle";
import { administers } from "../../components/admin/access";
import { ErrorAlert } from "../../components/admin/ErrorAlert";
import { GroupCard } from "../../components/admin/GroupCard";
import { RoleGate } from "../../components/admin/RoleGate";

export function AdminGroupsPage() {
  return (
    <RoleGate allow={administers} title="groups">
      <Groups />
    </RoleGate>
  );
}

function Groups() {
  usePageTitle("Groups");
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const groups = useQuery({ queryKey: ["groups"], queryFn: () => unwrap(api.GET("/api/v1/groups")) });
  const users = useQuery({ queryKey: ["users"], queryFn: () => unwrap(api.GET("/api/v1/users")) });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/groups", { body: { name } })),
    onSuccess: async () => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: ["groups"] });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <>
      <h1>Groups and supervisors</h1>
      <form className="card" onSubmit={submit} aria-label="New group">
        <h2>New group</h2>
        <label>
          Group name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <ErrorAlert error={create.error} />
        <button type="submit" disabled={create.isPending}>
          Create group
        </button>
      </form>
      {(groups.isPending || users.isPending) && <p role="status">Loading groups…</p>}
      <ErrorAlert error={groups.error ?? users.error} />
      {groups.data && groups.data.length === 0 && <p>No groups yet.</p>}
      {groups.data &&
        users.data &&
        groups.data.map((g) => <GroupCard key={g.id} group={g} users={users.data} />)}
    </>
  );
}
