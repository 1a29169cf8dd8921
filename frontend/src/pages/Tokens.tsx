// Personal API tokens for integrations: list, create (the secret is shown once, here), revoke.
// Scopes are picked from what the user's role may grant; every token expires (ADR 0041).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { CopyButton } from "../components/CopyButton";
import { ScopePicker } from "../components/tokens/ScopePicker";
import { TokenTable } from "../components/tokens/TokenTable";

// The server's bounds (identity/token_lifetime.py); it refuses anything else with why.
const MAX_DAYS = 366;
const DEFAULT_DAYS = "90";

export function TokensPage() {
  usePageTitle("API tokens");
  const queryClient = useQueryClient();
  const noScopeId = useId();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [noScope, setNoScope] = useState(false);
  const [days, setDays] = useState(DEFAULT_DAYS);
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: () => unwrap(api.GET("/api/v1/tokens")) });
  const grantable = useQuery({
    queryKey: ["tokens", "scopes"],
    queryFn: () => unwrap(api.GET("/api/v1/tokens/scopes")),
    staleTime: Infinity, // what a role may grant changes with a release, not while the page is open
  });
  const descriptions = new Map((grantable.data ?? []).map((s) => [s.name, s.description]));
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/tokens", {
          body: { name, scopes: [...scopes], expires_in_days: Number(days) },
        }),
      ),
    onSuccess: async () => {
      setName("");
      setScopes(new Set());
      setDays(DEFAULT_DAYS);
      await queryClient.invalidateQueries({ queryKey: ["tokens"], exact: true });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/tokens/{token_id}", { params: { path: { token_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens"], exact: true }),
  });
  function choose(next: Set<string>) {
    setScopes(next);
    if (next.size > 0) setNoScope(false);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    // A token without scopes could do nothing: say so here rather than send it.
    if (scopes.size === 0) {
      setNoScope(true);
      return;
    }
    create.mutate();
  }
  return (
    <>
      <h1>API tokens</h1>
      <form className="card token-form" onSubmit={submit} aria-label="New API token">
        <h2>New token</h2>
        <label>
          Name
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {grantable.isPending && <p role="status">Loading the scopes you may grant…</p>}
        {grantable.isError && (
          <p role="alert" className="error">
            {errorText(grantable.error)}
          </p>
        )}
        {grantable.data && (
          <ScopePicker
            scopes={grantable.data}
            chosen={scopes}
            onChange={choose}
            errorId={noScope ? noScopeId : undefined}
          />
        )}
        {noScope && (
          <p role="alert" id={noScopeId} className="error">
            Choose at least one scope: a token without scopes could do nothing.
          </p>
        )}
        <label>
          Expires after (days, 1 to {MAX_DAYS}; every token expires)
          <input
            type="number"
            required
            min={1}
            max={MAX_DAYS}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        {create.isError && (
          <p role="alert" className="error">
            {errorText(create.error)}
          </p>
        )}
        <button type="submit" disabled={create.isPending || !grantable.data}>
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
      {tokens.isError && (
        <p role="alert" className="error">
          {errorText(tokens.error)}
        </p>
      )}
      {revoke.isError && (
        <p role="alert" className="error">
          {errorText(revoke.error)}
        </p>
      )}
      {tokens.data && tokens.data.length === 0 && <p>You have no API tokens.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <TokenTable
          tokens={tokens.data}
          describe={(s) => descriptions.get(s)}
          onRevoke={(id) => revoke.mutate(id)}
        />
      )}
    </>
  );
}
