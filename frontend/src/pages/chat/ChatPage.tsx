// Chat: the conversations (unread badges), starting one, searching messages, and the open
// conversation beside them (its own route, /chat/<id>).
import { Link, Outlet, useParams } from "@tanstack/react-router";
import { useSocketStatus } from "../../realtime/SocketProvider";
import { usePageTitle } from "../../components/usePageTitle";
import { errorText } from "../../api/client";
import { useMe } from "../../session";
import {
  conversationName,
  useConversations,
  usePeople,
  unreadTotal,
} from "../../components/chat/chatApi";
import { NewConversation } from "../../components/chat/NewConversation";
import { ChatSearch } from "../../components/chat/ChatSearch";

const STATUS_TEXT = {
  idle: "",
  connecting: "Connecting…",
  open: "Live",
  reconnecting: "Reconnecting… (new messages will appear when back)",
  stopped: "Not connected",
} as const;

export function ChatPage() {
  const conversations = useConversations();
  const unread = unreadTotal(conversations.data);
  usePageTitle(unread ? `Chat (${unread} unread)` : "Chat");
  const status = useSocketStatus();
  return (
    <div className="chat">
      <h1>Chat</h1>
      <p className="hint" role="status">
        {STATUS_TEXT[status]}
      </p>
      <div className="chat-panes">
        <aside className="chat-side">
          <ConversationList />
          <NewConversation />
          <ChatSearch />
        </aside>
        <section className="chat-main" aria-label="Conversation">
          <Outlet />
        </section>
      </div>
    </div>
  );
}

function ConversationList() {
  const me = useMe();
  const people = usePeople();
  const conversations = useConversations();
  const params = useParams({ strict: false });
  const sorted = [...(conversations.data ?? [])].sort((a, b) =>
    (b.last_message_at ?? b.created_at).localeCompare(a.last_message_at ?? a.created_at),
  );
  return (
    <nav aria-labelledby="conversations-h">
      <h2 id="conversations-h">Conversations</h2>
      {conversations.isError && <p className="error">{errorText(conversations.error)}</p>}
      {conversations.data && sorted.length === 0 && <p>No conversations yet.</p>}
      <ul className="conversations">
        {sorted.map((c) => (
          <li key={c.id}>
            <Link
              to="/chat/$conversationId"
              params={{ conversationId: c.id }}
              aria-current={params.conversationId === c.id ? "page" : undefined}
            >
              <span className="conversation-name">
                {conversationName(c, people.data, me.data?.id ?? "")}
              </span>
              {c.unread > 0 && (
                <span className="badge">
                  <span className="visually-hidden">, </span>
                  {c.unread}
                  <span className="visually-hidden"> unread</span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** /chat with no conversation open. */
export function ChatIndex() {
  return <p>Choose a conversation, or start one.</p>;
}
