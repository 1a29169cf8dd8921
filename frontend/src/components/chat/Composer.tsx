// Writing into a conversation: a message (Enter sends, Shift+Enter is a new line) or a file.
// What was typed stays when sending fails.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { chatKeys, putMessage, uploadAttachment } from "./chatApi";

export function Composer({ conversationId }: { conversationId: string }) {
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const send = useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.POST("/api/v1/chat/conversations/{conversation_id}/messages", {
          params: { path: { conversation_id: conversationId } },
          body: { body },
        }),
      ),
    onSuccess: (m) => {
      putMessage(qc, m);
      setText("");
      void qc.invalidateQueries({ queryKey: chatKeys.conversations });
    },
  });
  const upload = useMutation({
    mutationFn: (f: File) => uploadAttachment(conversationId, f),
    onSuccess: (m) => {
      putMessage(qc, m);
      setFile(null);
      if (fileInput.current) fileInput.current.value = "";
      void qc.invalidateQueries({ queryKey: chatKeys.conversations });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() && !send.isPending) send.mutate(text);
  }
  function keys(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey) submit(e);
  }
  function attach(e: FormEvent) {
    e.preventDefault();
    if (file) upload.mutate(file);
  }
  return (
    <div className="composer">
      <form onSubmit={submit} aria-label="Send a message">
        <label>
          Message (Enter sends; Shift+Enter for a new line)
          <textarea
            value={text}
            rows={2}
            maxLength={10000}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={keys}
          />
        </label>
        <button type="submit" disabled={!text.trim() || send.isPending}>
          Send
        </button>
        {send.isError && (
          <p role="alert" className="error">
            {errorText(send.error)}
          </p>
        )}
      </form>
      <form onSubmit={attach} aria-label="Send a file" className="filters">
        <label>
          File to send
          <input ref={fileInput} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          Send file
        </button>
        {upload.isError && (
          <p role="alert" className="error">
            {errorText(upload.error)}
          </p>
        )}
      </form>
    </div>
  );
}
