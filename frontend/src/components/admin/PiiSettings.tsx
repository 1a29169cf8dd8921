// Voice-intelligence settings: on/off, language, which kinds of personal data redaction
// removes (every kind the server knows: the label map below must name each one, so a new
// kind on the server fails `tsc` until it is shown here), the fail-closed digits rule,
// party-name redaction, hiding what the leak check flags and what replaces redacted audio. The form keeps what was typed when
// saving fails.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";

type Entity = NonNullable<Schemas["SettingsIn"]["entity_types"]>[number];
type Settings = Schemas["SettingsOut"];
type Form = {
  enabled: boolean;
  language: string;
  entity_types: Entity[];
  audio_redaction: "silence" | "tone";
  fail_closed_digits: boolean;
  redact_party_names: boolean;
  hide_flagged: boolean;
};

export const ENTITY_LABELS: Record<Entity, string> = {
  card_number: "Card numbers",
  card_expiry: "Card expiry dates",
  card_security_code: "Card security codes",
  bank_account: "Bank account numbers",
  routing_number: "Bank routing numbers",
  member_id: "Member and policy ids",
  ssn: "Social security numbers",
  phone: "Phone numbers",
  email: "Email addresses",
  date_of_birth: "Dates of birth",
  address: "Postal addresses",
  person: "People's names",
};
const ENTITIES = Object.keys(ENTITY_LABELS) as Entity[];

function isEntity(value: string): value is Entity {
  return value in ENTITY_LABELS;
}

function toForm(s: Settings): Form {
  return {
    enabled: s.enabled,
    language: s.language,
    entity_types: s.entity_types.filter(isEntity),
    audio_redaction: s.audio_redaction === "tone" ? "tone" : "silence",
    fail_closed_digits: s.fail_closed_digits,
    redact_party_names: s.redact_party_names,
    hide_flagged: s.hide_flagged,
  };
}

export const settingsQuery = {
  queryKey: ["vi-settings"],
  queryFn: () => unwrap(api.GET("/api/v1/intelligence/settings")),
} as const;

export function PiiSettings() {
  const settings = useQuery(settingsQuery);
  if (settings.isError) {
    return (
      <p role="alert" className="error">
        {errorText(settings.error)}
      </p>
    );
  }
  if (!settings.data) return <p role="status">Loading settings…</p>;
  // The form starts from the first answer and then holds what was typed (a background
  // refetch does not overwrite it).
  return <SettingsForm saved={settings.data} />;
}

function SettingsForm({ saved }: { saved: Settings }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => toForm(saved));
  const [done, setDone] = useState(false);
  const save = useMutation({
    mutationFn: (body: Form) =>
      unwrap(api.PATCH("/api/v1/intelligence/settings", { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(settingsQuery.queryKey, data);
      setDone(true);
    },
  });
  const change = (patch: Partial<Form>) => {
    setDone(false);
    setForm({ ...form, ...patch });
  };
  function toggle(entity: Entity, on: boolean) {
    const next = on
      ? ENTITIES.filter((e) => e === entity || form.entity_types.includes(e))
      : form.entity_types.filter((e) => e !== entity);
    change({ entity_types: next });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(form);
  }
  return (
    <form className="card wide" onSubmit={submit} aria-labelledby="vi-settings-h">
      <h2 id="vi-settings-h">Redaction and analysis</h2>
      <label className="inline">
        <input
          type="checkbox"
          checked={form.enabled}
          onChange={(e) => change({ enabled: e.target.checked })}
        />
        Voice intelligence on (transcripts, notes, moments)
      </label>
      <label>
        Spoken language (ISO 639 code)
        <input
          value={form.language}
          onChange={(e) => change({ language: e.target.value.trim() })}
          size={4}
        />
      </label>
      <fieldset className="checks">
        <legend>Personal data to redact</legend>
        {ENTITIES.map((entity) => (
          <label key={entity} className="inline">
            <input
              type="checkbox"
              checked={form.entity_types.includes(entity)}
              onChange={(e) => toggle(entity, e.target.checked)}
            />
            {ENTITY_LABELS[entity]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>Fail-closed rules</legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.fail_closed_digits}
            onChange={(e) => change({ fail_closed_digits: e.target.checked })}
          />
          Hide any digits spoken after a question for card, bank or identity data
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.redact_party_names}
            onChange={(e) => change({ redact_party_names: e.target.checked })}
          />
          Hide the names of the call's own parties (first names included)
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.hide_flagged}
            aria-describedby="hide-flagged-hint"
            onChange={(e) => change({ hide_flagged: e.target.checked })}
          />
          Hide what the leak check flags
        </label>
        <p id="hide-flagged-hint" className="hint">
          Personal data the independent leak check finds left after redaction becomes [UNVERIFIED] in the
          transcript and silence in the audio; numbers that must stay, such as order numbers, may be hidden too.
        </p>
      </fieldset>
      <label>
        Redacted speech in audio becomes
        <select
          value={form.audio_redaction}
          onChange={(e) => change({ audio_redaction: e.target.value === "tone" ? "tone" : "silence" })}
        >
          <option value="silence">Silence</option>
          <option value="tone">A tone</option>
        </select>
      </label>
      {save.isError && (
        <p role="alert" className="error">
          {errorText(save.error)}
        </p>
      )}
      {done && <p role="status">Settings saved.</p>}
      <button type="submit" disabled={save.isPending}>
        Save settings
      </button>
    </form>
  );
}
