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
