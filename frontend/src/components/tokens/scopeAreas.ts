// Groups the grantable scopes by the area their name starts with ("calls.read" → Calls), in
// the order the server lists them (the permission table's, which keeps an area together).
import type { Schemas } from "../../api/client";

export type Scope = Schemas["TokenScopeOut"];
export type ScopeArea = { key: string; label: string; scopes: Scope[] };

// Headings for areas whose prefix does not read well alone; any other prefix is shown as is.
const LABELS: Record<string, string> = {
  sessions: "Devices",
  tokens: "API tokens",
  audit: "Audit log",
  keys: "Encryption keys",
  jobs: "Background jobs",
  intelligence: "Voice intelligence",
  consent: "AI-use consent",
  recording_policy: "Recording policy",
};

function areaLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function scopeAreas(scopes: readonly Scope[]): ScopeArea[] {
  const areas = new Map<string, ScopeArea>();
  for (const scope of scopes) {
    const key = scope.name.split(".")[0] ?? scope.name;
    let area = areas.get(key);
    if (!area) {
      area = { key, label: areaLabel(key), scopes: [] };
      areas.set(key, area);
    }
    area.scopes.push(scope);
  }
  return [...areas.values()];
}
