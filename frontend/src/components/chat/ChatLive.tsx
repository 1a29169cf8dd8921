// Chat's live events (ADR 0005) applied to the query cache, for every chat view at once:
// the conversation list and its unread badges, the open conversation, the nav badge.
import { useQueryClient } from "@tanstack/react-query";
import { useResync, useSocketEvent } from "../../realtime/SocketProvider";
import { chatKeys, dropMessage, putMessage, type Message } from "./chatApi";

type WithMessage = { type: string; conversation_id: string; message_id: string; message: Message };
type AboutConversation = { type: string; conversation_id: string };

export type ChatEvents = {
  "message.created": WithMessage;
  "message.edited": WithMessage;
  "message.deleted": { type: "message.deleted"; conversation_id: string; message_id: string };
  "conversation.created": AboutConversation;
  "conversation.updated": AboutConversation;
  "conversation.read": AboutConversation;
  "conversation.member_added": AboutConversation;
  "conversation.member_removed": AboutConversation;
  "conversation.messages_deleted": AboutConversation;
  "conversation.deleted": AboutConversation;
};

const REFETCH_MESSAGES = ["conversation.messages_deleted", "conversation.member_added"] as const;
const REFRESH_LIST = [
  "conversation.created",
  "conversation.updated",
  "conversation.read",
  "conversation.member_removed",
] as const;

export function ChatLive() {
  const qc = useQueryClient();
  const list = () => void qc.invalidateQueries({ queryKey: chatKeys.conversations });
  useSocketEvent<ChatEvents, "message.created">("message.created", (e) => {
    putMessage(qc, e.message);
    list();
  });
  useSocketEvent<ChatEvents, "message.edited">("message.edited", (e) => putMessage(qc, e.message));
  useSocketEvent<ChatEvents, "message.deleted">("message.deleted", (e) => {
    dropMessage(qc, e.conversation_id, e.message_id);
    list();
  });
  // Fixed lists: the same hooks, in the same order, on every render.
  for (const type of REFRESH_LIST) {
    useSocketEvent<ChatEvents, typeof type>(type, list);
  }
  for (const type of REFETCH_MESSAGES) {
    useSocketEvent<ChatEvents, typeof type>(type, (e) => {
      void qc.invalidateQueries({ queryKey: chatKeys.messages(e.conversation_id) });
      list();
    });
  }
  useSocketEvent<ChatEvents, "conversation.deleted">("conversation.deleted", (e) => {
    qc.removeQueries({ queryKey: chatKeys.messages(e.conversation_id) });
    list();
  });
  // Anything may have been missed while the socket was down: refetch what chat shows.
  useResync(() => void qc.invalidateQueries({ queryKey: chatKeys.all }));
  return null;
}
