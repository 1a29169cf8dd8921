// Security alerts (ADR 0048) through the generated client: the lists by state, the open count
// the navigation's badge shows, and the query keys the live events refresh.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../api/client";

export type Alert = Schemas["AlertOut"];
export type AlertStatus = "open" | "acknowledged";

export const alertKeys = {
  all: ["alerts"] as const,
  list: (status: AlertStatus) => ["alerts", "list", status] as const,
  openCount: ["alerts", "open-count"] as const,
};

export function fetchAlerts(status: AlertStatus, cursor: string | undefined) {
  return unwrap(api.GET("/api/v1/audit/alerts", { params: { query: { status, cursor, limit: 50 } } }));
}

/** Open alerts of the workspace (0 while loading, or for a role that cannot read them). */
export function useOpenAlertCount(enabled: boolean): number {
  const q = useQuery({
    queryKey: alertKeys.openCount,
    queryFn: () => unwrap(api.GET("/api/v1/audit/alerts", { params: { query: { status: "open", limit: 1 } } })),
    enabled,
    select: (page) => page.open_count,
  });
  return q.data ?? 0;
}
