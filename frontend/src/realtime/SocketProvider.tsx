// One RealtimeSocket for the signed-in app, and hooks to use it from any component.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { RealtimeSocket, type EventMap, type SocketStatus } from "./socket";

const SocketContext = createContext<RealtimeSocket | null>(null);

/** Runs a socket while mounted (and while `enabled`: roles the server would refuse stay off). */
export function SocketProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [socket] = useState(() => new RealtimeSocket());
  useEffect(() => {
    if (!enabled) return;
    socket.start();
    return () => socket.stop();
  }, [socket, enabled]);
  return <SocketContext.Provider value={enabled ? socket : null}>{children}</SocketContext.Provider>;
}

export function useSocket(): RealtimeSocket | null {
  return useContext(SocketContext);
}

/** Call handler for each event of the type while the component is mounted. */
export function useSocketEvent<M extends EventMap, K extends keyof M & string>(
  type: K,
  handler: (event: M[K]) => void,
): void {
  const socket = useSocket();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    return socket.on<M, K>(type, (event) => latest.current(event));
  }, [socket, type]);
}

/** Call listener whenever events may have been missed (after each (re)connection). */
export function useResync(listener: () => void): void {
  const socket = useSocket();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!socket) return;
    return socket.onResync(() => latest.current());
  }, [socket]);
}

export function useSocketStatus(): SocketStatus {
  const socket = useSocket();
  const [status, setStatus] = useState<SocketStatus>("idle");
  useEffect(() => {
    if (!socket) return;
    return socket.onStatus(setStatus);
  }, [socket]);
  return status;
}
