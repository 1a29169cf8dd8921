// A group's settings, for its members: rename it, add people, leave it (ADR 0005: the people
// in a group decide who joins; a 1:1 stays between its two people).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useId, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { chatKeys, usePeople, type Conversation } from "./chatApi";

export function GroupSettings({ conversation }: { conversation: Conversation }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const people = usePeople();
  const addId = useId();
  const [title, setTitle] = useState(conversation.title ?? "");
  const [adding, setAdding] = useState<string[]>([]);
  const path = { params: { path: { conversation_id: conversation.id } } };
  const refresh = () => qc.invalidateQueries({ queryKey: chatKeys.conversations });
  const rename = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/v1/chat/conversations/{conversation_id}", {
          ...path,
          body: { title: title.trim() || null },
        }),
      ),
    onSuccess: refresh,
  });
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/chat/conversations/{conversation_id}/members", {
          ...path,
          body: { user_ids: adding },
        }),
      ),
    onSuccess: async () => {
      setAdding([]);
      await refresh();
    },
  });
  const leave = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/chat/conversations/{conversation_id}/leave", path)),
    onSuccess: async () => {
      await refresh();
      await navigate({ to: "/chat" });
    },
  });
  const inIt = new Set(conversation.members.map((m) => m.user_id));
  const addable = (people.data ?? []).filter((p) => !inIt.has(p.id) && p.status === "active");
  const failure = rename.error ?? add.error ?? leave.error;
  function submitRename(e: FormEvent) {
    e.preventDefault();
    rename.mutate();
  }
  function submitAdd(e: FormEvent) {
    e.preventDefault();
    if (adding.length) add.mutate();
  }
  return (
    <details className="card">
      <summary>Group settings</summary>
      <form onSubmit={submitRename} aria-label="Rename the group" className="filters">
        <label>
          Group title (empty: the members' names)
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" disabled={rename.isPending}>
          Rename
        </button>
      </form>
      <form onSubmit={submitAdd} aria-label="Add people" className="filters">
        <label htmlFor={addId}>People to add</label>
        <select
          id={addId}
          multiple
          value={adding}
          onChange={(e) => setAdding([...e.target.selectedOptions].map((o) => o.value))}
        >
          {addable.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={adding.length === 0 || add.isPending}>
          Add
        </button>
      </form>
      <button type="button" className="secondary" onClick={() => leave.mutate()} disabled={leave.isPending}>
        Leave this group
      </button>
      {failure && (
        <p role="alert" className="error">
          {errorText(failure)}
        </p>
      )}
    </details>
  );
}
