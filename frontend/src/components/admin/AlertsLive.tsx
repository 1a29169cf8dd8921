// Security alerts arrive over the socket as they are raised, updated or acknowledged: every
// alert view (the page, the navigation's badge) refetches at once; after a reconnection too,
// since events may have been missed.
import { useQueryClient } from "@tanstack/react-query";
import { useResync, useSocketEvent } from "../../realtime/SocketProvider";
import { alertKeys, type Alert } from "./alertsApi";

type AlertEvent = { type: string; alert: Alert; open_count: number };
type AlertEvents = {
  "alert.raised": AlertEvent;
  "alert.updated": AlertEvent;
  "alert.acknowledged": AlertEvent;
};

export function AlertsLive() {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: alertKeys.all });
  useSocketEvent<AlertEvents, "alert.raised">("alert.raised", refresh);
  useSocketEvent<AlertEvents, "alert.updated">("alert.updated", refresh);
  useSocketEvent<AlertEvents, "alert.acknowledged">("alert.acknowledged", refresh);
  useResync(refresh);
  return null;
}
