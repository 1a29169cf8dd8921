// Display helpers: text only (React escapes it); nothing here builds HTML.
export function when(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

export function clock(ms: number): string {
  return duration(Math.floor(ms / 1000));
}

export type Party = {
  kind: string;
  number?: string | null;
  user_id?: string | null;
  contact_id?: string | null;
  contact_name?: string | null;
};

/** nameOf: a colleague's name by user id (people.ts usePeople), when known. A contact's name
 * comes with the call or message, where this user may read the contact. */
export function party(p: Party, nameOf?: (userId: string) => string | undefined): string {
  const known = partyName(p, nameOf);
  if (known) return known;
  if (p.user_id) return "a colleague";
  if (p.contact_id) return "a contact";
  return p.kind || "unknown";
}

/** The party's name or number where the page knows it; undefined where party() says only
 * what kind of party it is. */
export function partyName(
  p: Party,
  nameOf?: (userId: string) => string | undefined,
): string | undefined {
  if (p.contact_id && p.contact_name) return p.contact_name;
  if (p.number) return p.number;
  if (p.user_id) return nameOf?.(p.user_id);
  return undefined;
}
