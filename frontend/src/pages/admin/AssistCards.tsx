// Assist cards (owners and admins, ADR 0029): guidance shown to the agent during a live call
// when a phrase, keyword or dictionary term is said (by the agent, the customer or anyone).
// Titles, bodies and links are shown as text; a link is only ever an https:// address.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { ConfirmStep } from "../../components/admin/ConfirmStep";
import { useDraftSave, SaveActions } from "../../components/admin/DraftForm";
import { lines, TriggerFields } from "../../components/admin/TriggerFields";
import { PolicyGuard } from "../../components/admin/PolicyGuard";
import { usePageTitle } from "../../components/usePageTitle";

type Card = Schemas["AssistCardOut"];
type Speaker = Card["speaker"];
type Draft = {
  title: string;
  body: string;
  link: string;
  phrases: string;
  keywords: string;
  terms: string[];
  speaker: Speaker;
  enabled: boolean;
};

const EMPTY: Draft = {
  title: "",
  body: "",
  link: "",
  phrases: "",
  keywords: "",
  terms: [],
  speaker: "any",
  enabled: true,
};
const SPEAKERS: { value: Speaker; label: string }[] = [
  { value: "any", label: "Anyone" },
  { value: "customer", label: "The customer" },
  { value: "agent", label: "The agent" },
];
const KEY = ["vi-assist-cards"];

function toBody(d: Draft): Schemas["AssistCardIn"] {
  return {
    title: d.title.trim(),
    body: d.body.trim(),
    link: d.link.trim() === "" ? null : d.link.trim(),
    phrases: lines(d.phrases, /\n/),
    keywords: lines(d.keywords, /,/),
    term_ids: d.terms,
    speaker: d.speaker,
    enabled: d.enabled,
  };
}

function draftOf(c: Card): Draft {
  return {
    title: c.title,
    body: c.body,
    link: c.link ?? "",
    phrases: c.phrases.join("\n"),
    keywords: c.keywords.join(", "),
    terms: c.term_ids,
    speaker: c.speaker,
    enabled: c.enabled,
  };
}

export function AssistCardsPage() {
  return (
    <PolicyGuard>
      <AssistCards />
    </PolicyGuard>
  );
}

function AssistCards() {
  usePageTitle("Assist cards");
  const queryClient = useQueryClient();
  const cards = useQuery({
    queryKey: KEY,
    queryFn: () => unwrap(api.GET("/api/v1/intelligence/assist-cards")),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE("/api/v1/intelligence/assist-cards/{card_id}", {
          params: { path: { card_id: id } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const list = cards.data?.cards ?? [];
  return (
    <>
      <h1>Assist cards</h1>
      <p className="hint">
        A card appears beside the live transcript of the agent (and of the supervisors of the
        call's teams) when one of its phrases, keywords or dictionary terms is said. Each card
        shows once per call within five minutes.
      </p>
      <section aria-labelledby="cards-h" className="card wide">
        <h2 id="cards-h">Cards</h2>
        {cards.isError && (
          <p role="alert" className="error">
            {errorText(cards.error)}
          </p>
        )}
        {remove.isError && (
          <p role="alert" className="error">
            {errorText(remove.error)}
          </p>
        )}
        {cards.data && list.length === 0 && <p>No assist cards yet.</p>}
        <ul className="moments" aria-label="Assist cards">
          {list.map((c) => (
            <li key={c.id}>
              {editing === c.id ? (
                <CardForm
                  label={`Edit ${c.title}`}
                  initial={draftOf(c)}
                  cardId={c.id}
                  submitText="Save card"
                  onDone={() => setEditing(null)}
                />
              ) : (
                <>
                  <h3>
                    {c.title}{" "}
                    <span className="hint">
                      version {c.version}
                      {c.enabled ? "" : " · disabled"}
                    </span>
                  </h3>
                  <p>{c.body}</p>
                  {c.link && (
                    <p>
                      <a href={c.link} target="_blank" rel="noopener noreferrer">
                        {c.link}
                      </a>
                    </p>
                  )}
                  <dl className="facts">
                    <dt>Phrases</dt>
                    <dd>{c.phrases.length > 0 ? c.phrases.join(" · ") : "—"}</dd>
                    <dt>Keywords</dt>
                    <dd>{c.keywords.length > 0 ? c.keywords.join(", ") : "—"}</dd>
                    <dt>Said by</dt>
                    <dd>{SPEAKERS.find((s) => s.value === c.speaker)?.label}</dd>
                  </dl>
                  <div className="actions">
                    <button type="button" className="secondary" onClick={() => setEditing(c.id)}>
                      Edit {c.title}
                    </button>
                    <ConfirmStep
                      label={`Delete ${c.title}`}
                      className="secondary"
                      question={`Delete the card “${c.title}”? It will no longer show on calls.`}
                      confirm="Yes, delete it"
                      busy={remove.isPending}
                      onConfirm={() => remove.mutate(c.id)}
                    />
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
        <CardForm label="New card" initial={EMPTY} submitText="Create card" onDone={() => {}} />
      </section>
    </>
  );
}

function CardForm(props: {
  label: string;
  initial: Draft;
  cardId?: string;
  submitText: string;
  onDone: () => void;
}) {
  const { draft, setDraft, save, submit } = useDraftSave({
    initial: props.initial,
    empty: EMPTY,
    id: props.cardId,
    queryKey: KEY,
    onDone: props.onDone,
    save: (d: Draft) =>
      props.cardId
        ? unwrap(
            api.PUT("/api/v1/intelligence/assist-cards/{card_id}", {
              params: { path: { card_id: props.cardId } },
              body: toBody(d),
            }),
          )
        : unwrap(api.POST("/api/v1/intelligence/assist-cards", { body: toBody(d) })),
  });
  return (
    <form onSubmit={submit} aria-label={props.label} className="moment-form">
      <h3>{props.label}</h3>
      <label>
        Title
        <input
          value={draft.title}
          maxLength={80}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </label>
      <label>
        What the agent should know
        <textarea
          rows={3}
          maxLength={1000}
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        />
      </label>
      <label>
        Link (optional, https://)
        <input
          type="url"
          value={draft.link}
          maxLength={500}
          onChange={(e) => setDraft({ ...draft, link: e.target.value })}
        />
      </label>
      <TriggerFields value={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      <label>
        Said by
        <select
          value={draft.speaker}
          onChange={(e) => setDraft({ ...draft, speaker: e.target.value as Speaker })}
        >
          {SPEAKERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })}
        />
        Enabled
      </label>
      <SaveActions
        error={save.error}
        busy={save.isPending}
        submitText={props.submitText}
        editing={Boolean(props.cardId)}
        onCancel={props.onDone}
      />
    </form>
  );
}
