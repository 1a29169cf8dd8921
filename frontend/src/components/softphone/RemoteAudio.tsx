// Plays what the other party says, on the chosen speaker where the browser allows it.
import { useEffect, useRef } from "react";
import { useCallDevices } from "../../realtime/CallsProvider";

type SinkAudio = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

export function RemoteAudio({ stream }: { stream: MediaStream | null }) {
  const audio = useRef<SinkAudio>(null);
  const { speakerId } = useCallDevices();
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    el.srcObject = stream;
    if (stream) void el.play().catch(() => undefined);
  }, [stream]);
  useEffect(() => {
    const el = audio.current;
    if (el?.setSinkId) void el.setSinkId(speakerId ?? "").catch(() => undefined);
  }, [speakerId]);
  return <audio ref={audio} autoPlay data-testid="call-audio" />;
}
