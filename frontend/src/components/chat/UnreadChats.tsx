// Home's "unread chats": the conversations with messages the user has not read (live: the
// socket's events refresh the list).
import { Link } from "@tanstack/react-router";
import { errorText } from "../../api/client";
import { useMe } from "../../session";
import { conversationName, unreadTotal, useConversations, usePeople } from "./chatApi";

export function UnreadChats() {
  const me = useMe();
  const people = usePeople();
  const conversations = useConversations();
  const unread = (conversations.data ?? []).filter((c) => c.unread > 0);
  return (
    <section aria-labelledby="unread-chats-h">
      <h2 id="unread-chats-h">Unread chats</h2>
      {conversations.isError && <p className="error">{errorText(conversations.error)}</p>}
      {conversations.data && unread.length === 0 && <p>No unread messages.</p>}
      {unread.length > 0 && (
        <p>
          {unreadTotal(conversations.data)} unread in {unread.length}{" "}
          {unread.length === 1 ? "conversation" : "conversations"}:
        </p>
      )}
      <ul className="call-summary">
        {unread.map((c) => (
          <li key={c.id}>
            <Link to="/chat/$conversationId" params={{ conversationId: c.id }}>
              {conversationName(c, people.data, me.data?.id ?? "")}
            </Link>{" "}
            · {c.unread} unread
          </li>
        ))}
      </ul>
    </section>
  );
}
