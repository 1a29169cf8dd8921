// The dashboard's filters as URL search parameters (bookmarkable); kept apart from the page
// so the router can check them without loading the page's (lazy) chunk.
export type DashboardSearch = { start?: string; end?: string; group?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function dashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const out: DashboardSearch = {};
  if (typeof search.start === "string" && DAY.test(search.start)) out.start = search.start;
  if (typeof search.end === "string" && DAY.test(search.end)) out.end = search.end;
  if (typeof search.group === "string" && UUID.test(search.group)) out.group = search.group;
  return out;
}
