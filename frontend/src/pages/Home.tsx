import { Link } from "@tanstack/react-router";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { seesCalls, useMe } from "../session";
import { usePageTitle } from "../components/usePageTitle";

export function HomePage() {
  usePageTitle("Home");
  const me = useMe();
  const role = me.data?.role;
  const content = role !== undefined && seesCalls(role);
  const unread = useQuery({
    queryKey: ["voicemail-unread"],
    queryFn: () => unwrap(api.GET("/api/v1/voicemail/unread-count")),
    enabled: content,
  });
  return (
    <>
      <h1>Welcome, {me.data?.name}</h1>
      {content ? (
        <ul className="cards">
          <li>
            <Link to="/calls">Call log</Link>
          </li>
          <li>
            <Link to="/voicemail">
              Voicemail
              {unread.data ? ` (${unread.data.unread} unread)` : ""}
            </Link>
          </li>
          <li>
            <Link to="/contacts">Contacts</Link>
          </li>
        </ul>
      ) : (
        <p>
          Your role ({role}) has no calls or contacts to show here. The pages for your role are
          not in the web app yet; the API serves them.
        </p>
      )}
    </>
  );
}
