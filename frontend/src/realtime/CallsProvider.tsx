// The signed-in app's one call controller, and hooks to read its state from any component.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { CallController, type Devices } from "./callController";
import { initialCallState, type CallState } from "./calls";
import { useSocket } from "./SocketProvider";

const CallsContext = createContext<CallController | null>(null);

export function CallsProvider({ me, children }: { me: string; children: ReactNode }) {
  const socket = useSocket();
  const [controller, setController] = useState<CallController | null>(null);
  useEffect(() => {
    if (!socket) return;
    const c = new CallController(socket);
    c.setMe(me);
    setController(c);
    return () => {
      c.dispose();
      setController(null);
    };
  }, [socket, me]);
  return <CallsContext.Provider value={controller}>{children}</CallsContext.Provider>;
}

/** The controller, or null where this role has no phone (no socket). */
export function useCallController(): CallController | null {
  return useContext(CallsContext);
}

const noop = () => () => {};

function useSubscribe(c: CallController | null): (listener: () => void) => () => void {
  return useCallback((listener: () => void) => (c ? c.subscribe(listener) : noop()), [c]);
}

export function useCallState(): CallState {
  const c = useCallController();
  return useSyncExternalStore(useSubscribe(c), () => (c ? c.current : initialCallState));
}

const NO_DEVICES: Devices = { micId: null, speakerId: null };

/** The chosen microphone and speaker (null: the system's default). */
export function useCallDevices(): Devices {
  const c = useCallController();
  return useSyncExternalStore(useSubscribe(c), () => (c ? c.devices : NO_DEVICES));
}
