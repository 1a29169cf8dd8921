// The company dictionary: words and names speech recognition should know, with aliases
// (other spellings, common mishearings) and a category. Add, edit in place, remove (after a
// confirmation). Terms are shown as text, whatever they contain.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { ConfirmStep } from "./ConfirmStep";

type Term = Schemas["TermOut"];
type Category = NonNullable<Schemas["TermIn"]["category"]>;
type Draft = { term: string; aliases: string; category: Category };

const CATEGORIES: Record<Category, string> = {
  product: "Product",
  competitor: "Competitor",
  jargon: "Jargon",
  person: "Person",
  other: "Other",
};

export const dictionaryQuery = {
  queryKey: ["vi-dictionary"],
  queryFn: () => unwrap(api.GET("/api/v1/intelligence/dictionary")),
} as const;

function category(value: string): Category {
  return value in CATEGORIES ? (value as Category) : "other";
}

function body(d: Draft) {
  const aliases = d.aliases
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  return { term: d.term.trim(), aliases, category: d.category };
}

export function DictionaryEditor() {
  const queryClient = useQueryClient();
  const terms = useQuery(dictionaryQuery);
  const [draft, setDraft] = useState<Draft>({ term: "", aliases: "", category: "product" });
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: dictionaryQuery.queryKey });
  const add = useMutation({
    mutationFn: (d: Draft) =>
      unwrap(api.POST("/api/v1/intelligence/dictionary", { body: body(d) })),
    onSuccess: async () => {
      setDraft({ term: "", aliases: "", category: draft.category });
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE("/api/v1/intelligence/dictionary/{term_id}", {
          params: { path: { term_id: id } },
        }),
      ),
    onSettled: refresh,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate(draft);
  }
  const list = terms.data?.terms ?? [];
  return (
    <section aria-labelledby="dictionary-h" className="card wide">
      <h2 id="dictionary-h">Company dictionary</h2>
      <p className="hint">
        Version {terms.data?.dictionary_version ?? "…"}. New recordings are transcribed with
        the current terms.
      </p>
      {terms.isError && (
        <p role="alert" className="error">
          {errorText(terms.error)}
        </p>
      )}
      {remove.isError && (
        <p role="alert" className="error">
          {errorText(remove.error)}
        </p>
      )}
      {terms.data && list.length === 0 && <p>No terms yet.</p>}
      {list.length > 0 && (
        <table className="list">
          <caption className="visually-hidden">Dictionary terms</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Aliases</th>
              <th scope="col">Category</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.map((t) =>
              editing === t.id ? (
                <tr key={t.id}>
                  <td colSpan={4}>
                    <TermEdit term={t} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={t.id}>
                  <td>{t.term}</td>
                  <td>{t.aliases.join(", ")}</td>
                  <td>{CATEGORIES[category(t.category)]}</td>
                  <td className="actions">
                    <button type="button" className="secondary" onClick={() => setEditing(t.id)}>
                      Edit {t.term}
                    </button>
                    <ConfirmStep
                      label={`Remove ${t.term}`}
                      className="secondary"
                      question={`Remove “${t.term}” from the dictionary? Recordings transcribed from now on will not know it.`}
                      confirm="Yes, remove it"
                      busy={remove.isPending}
                      onConfirm={() => remove.mutate(t.id)}
                    />
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form onSubmit={submit} aria-label="Add a term" className="row-form">
        <TermFields draft={draft} onChange={setDraft} />
        <button type="submit" disabled={add.isPending}>
          Add term
        </button>
        {add.isError && (
          <p role="alert" className="error">
            {errorText(add.error)}
          </p>
        )}
      </form>
    </section>
  );
}

function TermFields(props: { draft: Draft; onChange: (d: Draft) => void }) {
  const { draft, onChange } = props;
  return (
    <>
      <label>
        Term
        <input
          value={draft.term}
          onChange={(e) => onChange({ ...draft, term: e.target.value })}
          maxLength={80}
        />
      </label>
      <label>
        Aliases (comma-separated)
        <input
          value={draft.aliases}
          onChange={(e) => onChange({ ...draft, aliases: e.target.value })}
        />
      </label>
      <label>
        Category
        <select
          value={draft.category}
          onChange={(e) => onChange({ ...draft, category: category(e.target.value) })}
        >
          {Object.entries(CATEGORIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function TermEdit({ term, onDone }: { term: Term; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>({
    term: term.term,
    aliases: term.aliases.join(", "),
    category: category(term.category),
  });
  const save = useMutation({
    mutationFn: (d: Draft) =>
      unwrap(
        api.PATCH("/api/v1/intelligence/dictionary/{term_id}", {
          params: { path: { term_id: term.id } },
          body: body(d),
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: dictionaryQuery.queryKey });
      onDone();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(draft);
  }
  return (
    <form onSubmit={submit} aria-label={`Edit ${term.term}`} className="row-form">
      <TermFields draft={draft} onChange={setDraft} />
      <button type="submit" disabled={save.isPending}>
        Save term
      </button>
      <button type="button" className="secondary" onClick={onDone}>
        Cancel
      </button>
      {save.isError && (
        <p role="alert" className="error">
          {errorText(save.error)}
        </p>
      )}
    </form>
  );
}
