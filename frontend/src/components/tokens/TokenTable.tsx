// The user's API tokens: each scope by name with what it allows, and when the token expires.
// A token stored before every token had to expire says so, so that its owner replaces it.
import type { Schemas } from "../../api/client";
import { DataTable } from "../DataTable";
import { when } from "../../format";
import "./tokens.css";

type Token = Schemas["ApiTokenOut"];

function Expiry({ at }: { at: string | null }) {
  if (!at) return <span className="stale">never — consider replacing</span>;
  if (new Date(at).getTime() <= Date.now()) return <span className="stale">expired {when(at)}</span>;
  return <>{when(at)}</>;
}

export function TokenTable({
  tokens,
  describe,
  onRevoke,
}: {
  tokens: readonly Token[];
  /** What a scope allows, where the user's role still grants it (else just its name). */
  describe: (scope: string) => string | undefined;
  onRevoke: (id: string) => void;
}) {
  return (
    <DataTable
      caption="Your API tokens"
      rows={tokens}
      rowKey={(t) => t.id}
      columns={[
        { header: "Name", cell: (t) => t.name },
        {
          header: "Scopes",
          cell: (t) => (
            <ul className="scope-list">
              {t.scopes.map((s) => (
                <li key={s}>
                  <code>{s}</code>
                  {describe(s) && <span className="hint"> — {describe(s)}</span>}
                </li>
              ))}
            </ul>
          ),
        },
        { header: "Created", cell: (t) => when(t.created_at) },
        { header: "Last used", cell: (t) => when(t.last_used_at) },
        { header: "Expires", cell: (t) => <Expiry at={t.expires_at} /> },
        {
          header: "Actions",
          hideHeader: true,
          cell: (t) => (
            <button type="button" onClick={() => onRevoke(t.id)} aria-label={`Revoke ${t.name}`}>
              Revoke
            </button>
          ),
        },
      ]}
    />
  );
}
