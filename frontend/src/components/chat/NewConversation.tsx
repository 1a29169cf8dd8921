// Start a conversation: one person (a 1:1, or the existing one with them) or a group.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useId, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { useMe } from "../../session";
import { chatKeys, usePeople } from "./chatApi";

export function NewConversation() {
  const me = useMe();
  const people = usePeople();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const peopleId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const create = useMutation({
    mutationFn: () => {
      const group = chosen.length !== 1 || title.trim() !== "";
      return unwrap(
        api.POST("/api/v1/chat/conversations", {
          body: {
            kind: group ? "group" : "direct",
            member_ids: chosen,
            ...(group && title.trim() ? { title: title.trim() } : {}),
          },
        }),
      );
    },
    onSuccess: async (c) => {
      setChosen([]);
      setTitle("");
      await qc.invalidateQueries({ queryKey: chatKeys.conversations });
      await navigate({ to: "/chat/$conversationId", params: { conversationId: c.id } });
    },
  });
  const others = (people.data ?? []).filter((p) => p.id !== me.data?.id && p.status === "active");
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <details className="card">
      <summary>New conversation</summary>
      <form onSubmit={submit} aria-label="New conversation">
        <label htmlFor={peopleId}>People (one for a 1:1, several for a group)</label>
        <span className="hint" id={`${peopleId}-hint`}>
          Hold Ctrl (⌘ on a Mac) or Shift while clicking to choose several.
        </span>
        <select
            id={peopleId}
            aria-describedby={`${peopleId}-hint`}
            multiple
            value={chosen}
            onChange={(e) => setChosen([...e.target.selectedOptions].map((o) => o.value))}
          >
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        <label>
          Group title (optional)
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" disabled={chosen.length === 0 || create.isPending}>
          Start
        </button>
        {create.isError && (
          <p role="alert" className="error">
            {errorText(create.error)}
          </p>
        )}
      </form>
    </details>
  );
}
