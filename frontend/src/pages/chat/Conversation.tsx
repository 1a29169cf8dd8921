// One conversation: its messages (live, oldest at the top, older pages on demand), marked
// read while open, and the composer.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { api, errorText, unwrap } from "../../api/client";
import { useMe } from "../../session";
import {
  chatKeys,
  conversationName,
  nameOf,
  useConversations,
  useMessages,
  usePeople,
} from "../../components/chat/chatApi";
import { MessageItem } from "../../components/chat/MessageItem";
import { Composer } from "../../components/chat/Composer";
import { GroupSettings } from "../../components/chat/GroupSettings";

export function ConversationPage() {
  const { conversationId } = useParams({ from: "/app/chat/$conversationId" });
  const me = useMe();
  const people = usePeople();
  const qc = useQueryClient();
  const conversations = useConversations();
  const conversation = conversations.data?.find((c) => c.id === conversationId);
  const messages = useMessages(conversationId);
  const list = useRef<HTMLOListElement>(null);
  const shown = [...(messages.data?.pages ?? [])].flatMap((p) => p.messages).reverse();
  const newest = shown.at(-1)?.id ?? null;

  const markRead = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/chat/conversations/{conversation_id}/read", {
          params: { path: { conversation_id: conversationId } },
          body: {},
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: chatKeys.conversations }),
  });
  const unread = conversation?.unread ?? 0;
  const member = conversation?.is_member ?? false;
  const { mutate: markReadNow } = markRead;
  // Once per newest message shown: the list's unread count lags until it is refetched.
  const markedUpTo = useRef<string | null>(null);
  useEffect(() => {
    if (unread > 0 && newest && member && markedUpTo.current !== newest) {
      markedUpTo.current = newest;
      markReadNow();
    }
  }, [unread, newest, member, markReadNow]);

  // Follow the newest message (the list scrolls, not the page).
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [newest]);

  if (conversations.isSuccess && !conversation) {
    return <p>This conversation is not one of yours (or no longer exists).</p>;
  }
  const name = conversation ? conversationName(conversation, people.data, me.data?.id ?? "") : "";
  return (
    <>
      <h2>{name}</h2>
      {conversation?.kind === "group" && (
        <p className="hint">
          {conversation.members.length} members:{" "}
          {conversation.members.map((m) => nameOf(people.data, m.user_id)).join(", ")}
        </p>
      )}
      {conversation?.kind === "group" && conversation.is_member && (
        <GroupSettings key={conversation.id} conversation={conversation} />
      )}
      {messages.isError && <p className="error">{errorText(messages.error)}</p>}
      {messages.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void messages.fetchNextPage()}
          disabled={messages.isFetchingNextPage}
        >
          Load older messages
        </button>
      )}
      {messages.isSuccess && shown.length === 0 && <p>No messages yet. Say hello.</p>}
      <ol className="messages" aria-label={`Messages with ${name}`} ref={list} tabIndex={0}>
        {shown.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            mine={m.sender_id === me.data?.id}
            people={people.data}
          />
        ))}
      </ol>
      {conversation?.is_member && <Composer conversationId={conversationId} />}
    </>
  );
}
