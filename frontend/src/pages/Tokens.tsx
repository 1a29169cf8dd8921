// Personal API tokens for integrations: list, create (the secret is shown once, here), revoke.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { DataTable } from "../components/DataTable";
import { when } from "../format";
import { CopyButton } from "../components/CopyButton";

export function TokensPage() {
  usePageTitle("API tokens");
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState("");
  const [days, setDays] = useState("365");
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: () => unwrap(api.GET("/api/v1/tokens")) });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/tokens", {
          body: {
            name,
            scopes: scopes.split(/[\s,]+/).filter(Boolean),
            expires_in_days: days ? Number(days) : null,
          },
        }),
      ),
    onSuccess: async () => {
      setName("");
      setScopes("");
      await queryClient.invalidateQueries({ queryKey: ["tokens"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/tokens/{token_id}", { params: { path: { token_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens"] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  return (
    <>
      <h1>API tokens</h1>
      <form className="card" onSubmit={submit} aria-label="New API token">
        <h2>New token</h2>
        <label>
          Name
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Scopes (permission names, separated by spaces, e.g. calls.read calls.ingest)
          <input required value={scopes} onChange={(e) => setScopes(e.target.value)} />
        </label>
        <label>
          Expires after (days; empty: never)
          <input
            type="number"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        {create.isError && (
          <p role="alert" className="error">
            {errorText(create.error)}
          </p>
        )}
        <button type="submit" disabled={create.isPending}>
          Create token
        </button>
      </form>
      {create.data && (
        <section className="card" aria-labelledby="new-token-h">
          <h2 id="new-token-h">Token “{create.data.name}” created</h2>
          <p>Copy it now: it is not shown again.</p>
          <output aria-label="The new token" className="secret">
            {create.data.token}
          </output>
          <CopyButton text={create.data.token} what="the new token" />
        </section>
      )}
      {tokens.isError && <p className="error">{errorText(tokens.error)}</p>}
      {revoke.isError && (
        <p role="alert" className="error">
          {errorText(revoke.error)}
        </p>
      )}
      {tokens.data && tokens.data.length === 0 && <p>You have no API tokens.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <DataTable
          caption="Your API tokens"
          rows={tokens.data}
          rowKey={(t) => t.id}
          columns={[
            { header: "Name", cell: (t) => t.name },
            { header: "Scopes", cell: (t) => t.scopes.join(" ") },
            { header: "Created", cell: (t) => when(t.created_at) },
            { header: "Last used", cell: (t) => when(t.last_used_at) },
            { header: "Expires", cell: (t) => (t.expires_at ? when(t.expires_at) : "never") },
            {
              header: "Actions",
              hideHeader: true,
              cell: (t) => (
                <button type="button" onClick={() => revoke.mutate(t.id)} aria-label={`Revoke ${t.name}`}>
                  Revoke
                </button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
