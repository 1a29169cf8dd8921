// The country a national number ("020 7946 0000", "(415) 555-0199") is read in: the browser's
// own (its language tag's region, "en-GB" -> "GB") until the user says otherwise. The API
// needs one for any number typed without +country code.
export function browserRegion(): string {
  const tag = navigator.languages?.[0] ?? navigator.language ?? "";
  const region = tag.split("-").find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : "";
}

/** The region input's value as the API takes it: two letters, or nothing. */
export function regionParam(value: string): string | null {
  const v = value.trim().toUpperCase();
  return v.length === 2 ? v : null;
}
