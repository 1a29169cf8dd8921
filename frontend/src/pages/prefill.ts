// The workspace and email a link from `callvault init` carries in its fragment (after `#`),
// which the browser never sends to the server: they fill the sign-in form.
export type Prefill = { workspace: string; email: string };

export function prefilled(): Prefill {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  return { workspace: params.get("workspace") ?? "", email: params.get("email") ?? "" };
}

/** The fragment to hand on to the sign-in page (empty when there is nothing to fill). */
export function prefillHash(p: Prefill): string | undefined {
  if (!p.workspace && !p.email) return undefined;
  return new URLSearchParams({ workspace: p.workspace, email: p.email }).toString();
}
