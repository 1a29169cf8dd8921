// Chat's server state: query keys, reads and the cache updates the live events make.
import { useInfiniteQuery, useQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../api/client";

export type Conversation = Schemas["ConversationOut"];
export type Message = Schemas["MessageOut"];
export type MessagePage = Schemas["MessagePageOut"];
export type Person = Schemas["UserOut"];

export const chatKeys = {
  all: ["chat"] as const,
  conversations: ["chat", "conversations"] as const,
  messages: (id: string) => ["chat", "messages", id] as const,
  people: ["chat", "people"] as const,
};

export function useConversations(enabled = true) {
  return useQuery({
    queryKey: chatKeys.conversations,
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET("/api/v1/chat/conversations", { params: { query: { scope: "mine" } } })))
        .conversations,
  });
}

/** The workspace's people, for names beside messages and for starting a conversation. */
export function usePeople() {
  return useQuery({
    queryKey: chatKeys.people,
    queryFn: () => unwrap(api.GET("/api/v1/users")),
    staleTime: 5 * 60_000,
  });
}

export function nameOf(people: Person[] | undefined, id: string | null | undefined): string {
  if (!id) return "someone removed";
  return people?.find((p) => p.id === id)?.name ?? "a former colleague";
}

export function conversationName(c: Conversation, people: Person[] | undefined, me: string): string {
  if (c.title) return c.title;
  const others = c.members.filter((m) => m.user_id !== me).map((m) => nameOf(people, m.user_id));
  return others.length ? others.join(", ") : "Just you";
}

export function unreadTotal(conversations: Conversation[] | undefined): number {
  return (conversations ?? []).reduce((n, c) => n + c.unread, 0);
}

const PAGE = 50;

/** A conversation's messages, newest first, page by page (older pages on demand). */
export function useMessages(conversationId: string) {
  return useInfiniteQuery({
    queryKey: chatKeys.messages(conversationId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/chat/conversations/{conversation_id}/messages", {
          params: {
            path: { conversation_id: conversationId },
            query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

type Pages = InfiniteData<MessagePage, string | null>;

/** A message that arrived live (or that this browser just sent): put or replace it. */
export function putMessage(qc: QueryClient, message: Message): void {
  qc.setQueryData<Pages>(chatKeys.messages(message.conversation_id), (data) => {
    if (!data) return data;
    let found = false;
    const pages = data.pages.map((page) => ({
      ...page,
      messages: page.messages.map((m) => {
        if (m.id !== message.id) return m;
        found = true;
        return message;
      }),
    }));
    const first = pages[0];
    if (!found && first) {
      // Ids are time-ordered (UUIDv7): keep newest first.
      const merged = [message, ...first.messages].sort((a, b) => (a.id < b.id ? 1 : -1));
      pages[0] = { ...first, messages: merged };
    }
    return { ...data, pages };
  });
}

export function dropMessage(qc: QueryClient, conversationId: string, messageId: string): void {
  qc.setQueryData<Pages>(chatKeys.messages(conversationId), (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((p) => ({
            ...p,
            messages: p.messages.filter((m) => m.id !== messageId),
          })),
        }
      : data,
  );
}

/** Send a file as an attachment message (the raw body; its name in X-Filename, encoded). */
export function uploadAttachment(conversationId: string, file: File) {
  return unwrap(
    api.POST("/api/v1/chat/conversations/{conversation_id}/attachments", {
      params: {
        path: { conversation_id: conversationId },
        header: { "x-filename": encodeURIComponent(file.name) },
      },
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { "content-type": file.type || "application/octet-stream" },
    }),
  );
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
