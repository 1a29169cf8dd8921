// Who can be called: the workspace's active users (not oneself) and its groups, from the
// existing directory APIs; and names for the ids that signaling carries.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import type { Target } from "../../realtime/calls";

export type Entry = Target & { name: string; detail: string };

export function useDirectory(enabled = true) {
  const users = useQuery({
    queryKey: ["users", "active"],
    enabled,
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET("/api/v1/users", { params: { query: { status: "active" } } })),
  });
  const groups = useQuery({
    queryKey: ["groups"],
    enabled,
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET("/api/v1/groups")),
  });
  const entries: Entry[] = [
    ...(users.data ?? []).map((u) => ({
      kind: "user" as const,
      id: u.id,
      name: u.name,
      detail: u.email,
    })),
    ...(groups.data ?? []).map((g) => ({
      kind: "group" as const,
      id: g.id,
      name: g.name,
      detail: `group of ${g.members?.length ?? 0}`,
    })),
  ];
  return { entries, loading: users.isPending || groups.isPending, error: users.error ?? groups.error };
}

export function nameOf(entries: Entry[], target: Target | null): string {
  if (!target) return "";
  const found = entries.find((e) => e.kind === target.kind && e.id === target.id);
  return found?.name ?? (target.kind === "group" ? "a group" : "someone in your workspace");
}

export function search(entries: Entry[], query: string, me: string | null): Entry[] {
  const q = query.trim().toLowerCase();
  return entries.filter(
    (e) =>
      !(e.kind === "user" && e.id === me) &&
      (!q || e.name.toLowerCase().includes(q) || e.detail.toLowerCase().includes(q)),
  );
}
