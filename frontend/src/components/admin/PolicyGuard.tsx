// The policy pages for roles that may open them; anyone else who types the address gets a
// plain "not for your role" page and the page never asks the API (which would refuse anyway).
import type { ReactNode } from "react";
import { setsPolicies, useMe } from "../../session";
import { usePageTitle } from "../usePageTitle";

export function PolicyGuard({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.data) return null; // the signed-in layout has fetched it
  if (!setsPolicies(me.data.role)) return <NotForRole />;
  return <>{children}</>;
}

function NotForRole() {
  usePageTitle("Not available");
  return (
    <>
      <h1>Not available</h1>
      <p>This page is for the workspace's owners and admins.</p>
    </>
  );
}
