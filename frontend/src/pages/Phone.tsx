// The phone: dial a person or group; the call itself shows in the call layer on every page.
import { DeviceSettings } from "../components/softphone/DeviceSettings";
import { Dialer } from "../components/softphone/Dialer";
import { usePageTitle } from "../components/usePageTitle";

export function PhonePage() {
  usePageTitle("Phone");
  return (
    <>
      <h1>Phone</h1>
      <Dialer />
      <DeviceSettings />
    </>
  );
}
