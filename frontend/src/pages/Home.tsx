// Home: what needs attention (missed calls, unread voicemail, unread chats) and the latest calls.
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { duration, party, when } from "../format";
import { chats, reviews, seesAudit, seesCalls, useMe } from "../session";
import { UnreadChats } from "../components/chat/UnreadChats";
import { usePeople } from "../people";

type Disposition = Schemas["Disposition"];

function useCalls(key: string, enabled: boolean, disposition?: Disposition) {
  return useQuery({
    queryKey: ["calls", "home", key],
    enabled,
    queryFn: () =>
      unwrap(api.GET("/api/v1/calls", { params: { query: { limit: 5, disposition } } })),
  });
}

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
  const missed = useCalls("missed", content, "missed");
  const recent = useCalls("recent", content);
  if (!content) {
    return (
      <>
        <h1>Welcome, {me.data?.name}</h1>
        {role !== undefined && seesAudit(role) && (
          <p>
            Your role sees the <Link to="/audit">audit log</Link>; calls, messages and contacts
            are not shown to it.
          </p>
        )}
        {role !== undefined && reviews(role) && (
          <p>
            Your role works through the <Link to="/review">review queue</Link>: one redacted
            snippet at a time.
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <h1>Welcome, {me.data?.name}</h1>
      <ul className="cards">
        <li>
          <Link to="/voicemail">
            Voicemail{unread.data ? ` (${unread.data.unread} unread)` : ""}
          </Link>
        </li>
        <li>
          <Link to="/calls" search={{ disposition: "missed" }}>
            Missed calls
          </Link>
        </li>
        <li>
          <Link to="/contacts">Contacts</Link>
        </li>
      </ul>
      {role !== undefined && chats(role) && <UnreadChats />}
      <CallList title="Missed calls" query={missed} empty="No missed calls." />
      <CallList title="Recent calls" query={recent} empty="No calls yet." />
    </>
  );
}

function CallList({
  title,
  query,
  empty,
}: {
  title: string;
  query: ReturnType<typeof useCalls>;
  empty: string;
}) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  const nameOf = usePeople();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {query.isPending && <p className="hint" role="status">Loading…</p>}
      {query.isError && <p className="error">{errorText(query.error)}</p>}
      {query.data && query.data.calls.length === 0 && <p>{empty}</p>}
      <ul className="call-summary">
        {query.data?.calls.map((c) => (
          <li key={c.id}>
            <Link to="/calls/$callId" params={{ callId: c.id }}>
              {party(c.direction === "outbound" ? c.callee : c.caller, nameOf)}
            </Link>{" "}
            · {c.direction ?? "—"} · {when(c.started_at)} · {duration(c.duration_seconds)}
          </li>
        ))}
      </ul>
    </section>
  );
}
