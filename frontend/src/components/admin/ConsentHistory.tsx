// Every consent change, newest first: when, at which level, for whom, what, and by whom.
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import { DataTable } from "../DataTable";
import { SETTING_LABELS } from "./ConsentLevel";

export function ConsentHistory(props: { users: Schemas["UserOut"][]; groups: Schemas["GroupOut"][] }) {
  const history = useInfiniteQuery({
    queryKey: ["consent", "history"],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/consent/history", { params: { query: { before: pageParam, limit: 50 } } })),
    getNextPageParam: (last) => last.next_before ?? undefined,
  });
  const userName = (id: string) => props.users.find((u) => u.id === id)?.name ?? id;
  const subject = (c: Schemas["ChangeOut"]) => {
    if (c.level === "workspace") return "Company";
    if (c.level === "group") {
      return `Group ${props.groups.find((g) => g.id === c.subject_id)?.name ?? c.subject_id}`;
    }
    return `User ${userName(c.subject_id)}`;
  };
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="history-h" className="card wide">
      <h2 id="history-h">History</h2>
      {history.isError && (
        <p role="alert" className="error">
          {errorText(history.error)}
        </p>
      )}
      {history.data && items.length === 0 && <p>No consent has been set yet.</p>}
      {items.length > 0 && (
        <DataTable
          caption="Consent changes, newest first"
          rows={items}
          rowKey={(c) => c.seq}
          columns={[
            { header: "#", cell: (c) => c.seq },
            { header: "When", cell: (c) => when(c.changed_at) },
            { header: "For", cell: (c) => subject(c) },
            { header: "Setting", cell: (c) => SETTING_LABELS[c.setting] },
            { header: "Now", cell: (c) => (c.allowed ? "allowed" : "not allowed") },
            { header: "By", cell: (c) => (c.actor_type === "user" ? userName(c.actor_id) : c.actor_type) },
          ]}
        />
      )}
      {history.hasNextPage && (
        <button type="button" onClick={() => void history.fetchNextPage()}>
          Older changes
        </button>
      )}
    </section>
  );
}
