// One message: who, when, the text (as text), its attachment (a download link whose name is
// text), and for the sender: edit and delete.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { when } from "../../format";
import { dropMessage, nameOf, putMessage, sizeText, type Message, type Person } from "./chatApi";

export function MessageItem({
  message,
  mine,
  people,
}: {
  message: Message;
  mine: boolean;
  people: Person[] | undefined;
}) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const edit = useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.PATCH("/api/v1/chat/messages/{message_id}", {
          params: { path: { message_id: message.id } },
          body: { body },
        }),
      ),
    onSuccess: (m) => {
      putMessage(qc, m);
      setEditing(null);
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE("/api/v1/chat/messages/{message_id}", {
          params: { path: { message_id: message.id } },
        }),
      ),
    onSuccess: () => dropMessage(qc, message.conversation_id, message.id),
  });
  function save(e: FormEvent) {
    e.preventDefault();
    if (editing?.trim()) edit.mutate(editing);
  }
  const failure = edit.error ?? remove.error;
  const sender = mine ? "You" : nameOf(people, message.sender_id);
  return (
    <li className={mine ? "message mine" : "message"}>
      <p className="meta">
        <span className="sender">{sender}</span> <span className="at">{when(message.created_at)}</span>
        {message.edited_at && <span className="at"> (edited)</span>}
      </p>
      {editing === null ? (
        message.body !== null && <p className="body">{message.body}</p>
      ) : (
        <form onSubmit={save} aria-label="Edit message">
          <label>
            Edit message
            <textarea
              value={editing}
              autoFocus
              maxLength={10000}
              rows={2}
              onChange={(e) => setEditing(e.target.value)}
            />
          </label>
          <div className="actions">
            <button type="submit" disabled={edit.isPending}>
              Save
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {message.attachment && (
        <p className="attachment">
          <a href={`/api/v1/chat/attachments/${encodeURIComponent(message.attachment.id)}`} download>
            {message.attachment.filename}
          </a>{" "}
          <span className="at">({sizeText(message.attachment.size)})</span>
        </p>
      )}
      {mine && editing === null && (
        <div className="actions">
          {message.attachment === null || message.attachment === undefined ? (
            <button type="button" className="secondary" onClick={() => setEditing(message.body ?? "")}>
              Edit
            </button>
          ) : null}
          {confirming ? (
            <>
              <button type="button" onClick={() => remove.mutate()} disabled={remove.isPending}>
                Yes, delete
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Delete
            </button>
          )}
        </div>
      )}
      {failure && (
        <p role="alert" className="error">
          {errorText(failure)}
        </p>
      )}
    </li>
  );
}
