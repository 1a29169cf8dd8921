// The scopes of a new API token as checkboxes, grouped by area, each with what it allows.
// Only what the server says the user's role may grant is offered (GET /tokens/scopes).
import { useId } from "react";
import { scopeAreas, type Scope } from "./scopeAreas";
import "./tokens.css";

export function ScopePicker({
  scopes,
  chosen,
  onChange,
  errorId,
}: {
  scopes: readonly Scope[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  /** The id of the "choose at least one" message while it shows. */
  errorId?: string;
}) {
  const id = useId();
  function toggle(name: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  }
  return (
    <fieldset className="checks scopes" aria-describedby={errorId}>
      <legend>Scopes: what the token may do (at least one; never more than your role allows)</legend>
      <div className="scope-areas">
        {scopeAreas(scopes).map((area) => (
          <fieldset key={area.key} className="checks scope-area">
            <legend>{area.label}</legend>
            {area.scopes.map((scope) => {
              // The name labels the checkbox; what it allows is its description (read after
              // the name), not part of the name a screen reader or a test looks it up by.
              const input = `${id}-${scope.name}`;
              return (
                <div key={scope.name} className="scope">
                  <input
                    id={input}
                    type="checkbox"
                    checked={chosen.has(scope.name)}
                    onChange={(e) => toggle(scope.name, e.target.checked)}
                    aria-describedby={`${input}-about`}
                  />
                  <label htmlFor={input}>
                    <code>{scope.name}</code>
                  </label>
                  <span id={`${input}-about`} className="hint">
                    {scope.description}
                  </span>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
