// A page only some roles may use: others get a clear "not allowed", and no API request.
import type { ReactNode } from "react";
import { useMe, type Role } from "../../session";
import { usePageTitle } from "../usePageTitle";

export function RoleGate({
  allow,
  title,
  children,
}: {
  allow: (role: Role) => boolean;
  title: string;
  children: ReactNode;
}) {
  const me = useMe();
  const role = me.data?.role;
  if (!role) return null; // the signed-in layout has loaded who this is
  if (!allow(role)) return <NotAllowed title={title} role={role} />;
  return <>{children}</>;
}

function NotAllowed({ title, role }: { title: string; role: Role }) {
  usePageTitle("Not allowed");
  return (
    <>
      <h1>Not allowed</h1>
      <p role="alert" className="error">
        Your role ({role}) does not allow the {title} page.
      </p>
    </>
  );
}
