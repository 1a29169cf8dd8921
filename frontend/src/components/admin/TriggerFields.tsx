// The words that fire a moment or an assist card: phrases (one a line), keywords (comma-
// separated) and the company dictionary's terms that count as keywords. One set of fields for
// both editors, so they read and behave the same.
import { useQuery } from "@tanstack/react-query";
import { dictionaryQuery } from "./DictionaryEditor";

export type Triggers = { phrases: string; keywords: string; terms: string[] };

/** The non-empty trimmed parts of a phrases (sep: newline) or keywords (sep: comma) field. */
export function lines(text: string, sep: RegExp): string[] {
  return text
    .split(sep)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** list with value added (on) or removed (off), once. */
export function flip(list: string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function TriggerFields(props: { value: Triggers; onChange: (patch: Partial<Triggers>) => void }) {
  const terms = useQuery(dictionaryQuery);
  const { value, onChange } = props;
  return (
    <>
      <label>
        Phrases (one a line)
        <textarea rows={3} value={value.phrases} onChange={(e) => onChange({ phrases: e.target.value })} />
      </label>
      <label>
        Keywords (comma-separated)
        <input value={value.keywords} onChange={(e) => onChange({ keywords: e.target.value })} />
      </label>
      {(terms.data?.terms.length ?? 0) > 0 && (
        <fieldset className="checks">
          <legend>Dictionary terms that count as keywords</legend>
          {terms.data?.terms.map((t) => (
            <label key={t.id} className="inline">
              <input
                type="checkbox"
                checked={value.terms.includes(t.id)}
                onChange={(e) => onChange({ terms: flip(value.terms, t.id, e.target.checked) })}
              />
              {t.term}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
