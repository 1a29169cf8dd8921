// Moment definitions: named sets of phrases and keywords (and dictionary terms) that tag a
// call when said, optionally only by some speakers. Every save makes a new version; the
// versions of each are listed on demand. Names and phrases are shown as text.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";
import { ConfirmStep } from "./ConfirmStep";
import { useDraftSave, SaveActions } from "./DraftForm";
import { flip, lines, TriggerFields } from "./TriggerFields";

type Moment = Schemas["MomentOut"];
type Draft = { name: string; phrases: string; keywords: string; terms: string[]; speakers: string[] };

const SPEAKERS = ["caller", "callee", "speaker"] as const;
const EMPTY: Draft = { name: "", phrases: "", keywords: "", terms: [], speakers: [] };

export const momentsQuery = {
  queryKey: ["vi-moments"],
  queryFn: () => unwrap(api.GET("/api/v1/intelligence/moments")),
} as const;

function body(d: Draft): Schemas["MomentIn"] {
  return {
    name: d.name.trim(),
    phrases: lines(d.phrases, /\n/),
    keywords: lines(d.keywords, /,/),
    term_ids: d.terms,
    speakers: d.speakers.length > 0 ? d.speakers : null,
  };
}

function draftOf(m: Moment): Draft {
  return {
    name: m.name,
    phrases: m.phrases.join("\n"),
    keywords: m.keywords.join(", "),
    terms: m.term_ids,
    speakers: m.speakers ?? [],
  };
}

export function MomentsEditor() {
  const queryClient = useQueryClient();
  const moments = useQuery(momentsQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["vi-moments"] });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE("/api/v1/intelligence/moments/{moment_id}", {
          params: { path: { moment_id: id } },
        }),
      ),
    onSettled: refresh,
  });
  const list = moments.data?.moments ?? [];
  return (
    <section aria-labelledby="moments-h" className="card wide">
      <h2 id="moments-h">Moments</h2>
      {moments.isError && (
        <p role="alert" className="error">
          {errorText(moments.error)}
        </p>
      )}
      {remove.isError && (
        <p role="alert" className="error">
          {errorText(remove.error)}
        </p>
      )}
      {moments.data && list.length === 0 && <p>No moments defined yet.</p>}
      <ul className="moments">
        {list.map((m) => (
          <li key={m.id}>
            {editing === m.id ? (
              <MomentForm
                label={`Edit ${m.name}`}
                initial={draftOf(m)}
                momentId={m.id}
                submitText="Save as a new version"
                onDone={() => setEditing(null)}
              />
            ) : (
              <>
                <h3>
                  {m.name} <span className="hint">version {m.version}</span>
                </h3>
                <MomentRules moment={m} />
                <div className="actions">
                  <button type="button" className="secondary" onClick={() => setEditing(m.id)}>
                    Edit {m.name}
                  </button>
                  <ConfirmStep
                    label={`Delete ${m.name}`}
                    className="secondary"
                    question={`Delete the moment “${m.name}”? New calls will no longer be tagged with it.`}
                    confirm="Yes, delete it"
                    busy={remove.isPending}
                    onConfirm={() => remove.mutate(m.id)}
                  />
                </div>
                <Versions moment={m} />
              </>
            )}
          </li>
        ))}
      </ul>
      <MomentForm label="New moment" initial={EMPTY} submitText="Create moment" onDone={() => {}} />
    </section>
  );
}

function MomentRules({ moment }: { moment: Moment }) {
  return (
    <dl className="facts">
      <dt>Phrases</dt>
      <dd>{moment.phrases.length > 0 ? moment.phrases.join(" · ") : "—"}</dd>
      <dt>Keywords</dt>
      <dd>{moment.keywords.length > 0 ? moment.keywords.join(", ") : "—"}</dd>
      <dt>Said by</dt>
      <dd>{moment.speakers ? moment.speakers.join(", ") : "anyone"}</dd>
    </dl>
  );
}

function Versions({ moment }: { moment: Moment }) {
  const [open, setOpen] = useState(false);
  const versions = useQuery({
    queryKey: ["vi-moments", moment.id, "versions", moment.version],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/intelligence/moments/{moment_id}/versions", {
          params: { path: { moment_id: moment.id } },
        }),
      ),
    enabled: open,
  });
  return (
    <div>
      <button
        type="button"
        className="linkish"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide" : "Show"} versions of {moment.name}
      </button>
      {open && versions.isError && (
        <p role="alert" className="error">
          {errorText(versions.error)}
        </p>
      )}
      {open && versions.data && (
        <ol className="versions" aria-label={`Versions of ${moment.name}`}>
          {versions.data.versions.map((v) => (
            <li key={v.version}>
              <strong>
                Version {v.version}: {v.name}
              </strong>{" "}
              <span className="hint">{when(v.created_at)}</span>
              <MomentRules moment={v} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function MomentForm(props: {
  label: string;
  initial: Draft;
  momentId?: string;
  submitText: string;
  onDone: () => void;
}) {
  const { draft, setDraft, save, submit } = useDraftSave({
    initial: props.initial,
    empty: EMPTY,
    id: props.momentId,
    queryKey: momentsQuery.queryKey,
    onDone: props.onDone,
    save: (d: Draft) =>
      props.momentId
        ? unwrap(
            api.PUT("/api/v1/intelligence/moments/{moment_id}", {
              params: { path: { moment_id: props.momentId } },
              body: body(d),
            }),
          )
        : unwrap(api.POST("/api/v1/intelligence/moments", { body: body(d) })),
  });
  return (
    <form onSubmit={submit} aria-label={props.label} className="moment-form">
      <h3>{props.label}</h3>
      <label>
        Name
        <input
          value={draft.name}
          maxLength={80}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <TriggerFields value={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      <fieldset className="checks">
        <legend>Only when said by (none ticked: anyone)</legend>
        {SPEAKERS.map((s) => (
          <label key={s} className="inline">
            <input
              type="checkbox"
              checked={draft.speakers.includes(s)}
              onChange={(e) =>
                setDraft({ ...draft, speakers: flip(draft.speakers, s, e.target.checked) })
              }
            />
            {s}
          </label>
        ))}
      </fieldset>
      <SaveActions
        error={save.error}
        busy={save.isPending}
        submitText={props.submitText}
        editing={Boolean(props.momentId)}
        onCancel={props.onDone}
      />
    </form>
  );
}
