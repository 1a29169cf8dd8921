// Microphone and speaker choice (enumerateDevices). Labels appear once the page may use the
// microphone; the speaker choice needs setSinkId, which not every browser has.
import { useEffect, useId, useState } from "react";
import { useCallController, useCallDevices } from "../../realtime/CallsProvider";

export const canPickSpeaker =
  typeof HTMLMediaElement !== "undefined" && "setSinkId" in HTMLMediaElement.prototype;

function useMediaDevices(): MediaDeviceInfo[] {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const md = navigator.mediaDevices;
    if (!md?.enumerateDevices) return;
    let live = true;
    const read = () =>
      void md.enumerateDevices().then((d) => {
        if (live) setDevices(d);
      }, () => undefined);
    read();
    md.addEventListener("devicechange", read);
    return () => {
      live = false;
      md.removeEventListener("devicechange", read);
    };
  }, []);
  return devices;
}

export function DeviceSettings() {
  const controller = useCallController();
  const chosen = useCallDevices();
  const devices = useMediaDevices();
  const micLabel = useId();
  const speakerLabel = useId();
  const mics = devices.filter((d) => d.kind === "audioinput");
  const speakers = devices.filter((d) => d.kind === "audiooutput");
  if (!controller) return null;
  return (
    <fieldset className="devices">
      <legend>Audio devices</legend>
      <label htmlFor={micLabel}>Microphone</label>
      <select
        id={micLabel}
        value={chosen.micId ?? ""}
        onChange={(e) => void controller.useMicrophone(e.target.value || null)}
      >
        <option value="">System default</option>
        {mics
          .filter((d) => d.deviceId && d.deviceId !== "default")
          .map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
      </select>
      {canPickSpeaker ? (
        <>
          <label htmlFor={speakerLabel}>Speaker</label>
          <select
            id={speakerLabel}
            value={chosen.speakerId ?? ""}
            onChange={(e) => controller.useSpeaker(e.target.value || null)}
          >
            <option value="">System default</option>
            {speakers
              .filter((d) => d.deviceId && d.deviceId !== "default")
              .map((d, i) => (
                <option key={d.deviceId} value={d.deviceId}>
                  {d.label || `Speaker ${i + 1}`}
                </option>
              ))}
          </select>
        </>
      ) : (
        <p className="muted">This browser plays calls on the system&apos;s speaker.</p>
      )}
    </fieldset>
  );
}
