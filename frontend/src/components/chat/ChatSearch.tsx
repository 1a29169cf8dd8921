// Search every conversation the user may read, by whole words (ADR 0005). A POST, so the
// words stay out of URLs and logs.
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { when } from "../../format";
import { nameOf, usePeople } from "./chatApi";

export function ChatSearch() {
  const [q, setQ] = useState("");
  const people = usePeople();
  const search = useMutation({
    mutationFn: (words: string) => unwrap(api.POST("/api/v1/chat/search", { body: { q: words, limit: 50 } })),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (q.trim()) search.mutate(q.trim());
  }
  return (
    <section aria-labelledby="chat-search-h">
      <h2 id="chat-search-h">Search messages</h2>
      <form onSubmit={submit} role="search" className="filters">
        <label>
          Words to find
          <input type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
        </label>
        <button type="submit" disabled={search.isPending}>
          Search
        </button>
      </form>
      {search.isError && (
        <p role="alert" className="error">
          {errorText(search.error)}
        </p>
      )}
      {search.data && (
        <ul className="search-hits" aria-label="Search results">
          {search.data.messages.length === 0 && <li>No messages found.</li>}
          {search.data.messages.map((m) => (
            <li key={m.id}>
              <Link to="/chat/$conversationId" params={{ conversationId: m.conversation_id }}>
                {nameOf(people.data, m.sender_id)}, {when(m.created_at)}
              </Link>
              <p className="body">{m.body ?? m.attachment?.filename ?? ""}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
