// The workspace's people by id, for showing a colleague's name where the API gives only their
// user id (call log, call detail, home, voicemail). Everyone may read the directory; until it
// has loaded (or if it cannot), a colleague shows as "a colleague".
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./api/client";

export type NameOf = (userId: string) => string | undefined;

export function usePeople(): NameOf {
  const users = useQuery({
    queryKey: ["users"],
    queryFn: () => unwrap(api.GET("/api/v1/users")),
    staleTime: 60_000,
  });
  return (userId) => users.data?.find((u) => u.id === userId)?.name;
}

/** A contact's name by id, for a page about one call (call detail); undefined until read, or
 * when this user may not read it (a colleague's private contact). The read is audited. */
export function useContactName(contactId: string | null | undefined): string | undefined {
  const contact = useQuery({
    queryKey: ["contact", contactId],
    queryFn: () =>
      unwrap(api.GET("/api/v1/contacts/{contact_id}", { params: { path: { contact_id: contactId! } } })),
    enabled: !!contactId,
    retry: false,
    staleTime: 60_000,
  });
  return contact.data?.name;
}
