// Blind transfer: pick a person of the workspace; the other party then rings them.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { search, type Entry } from "./directory";

type Props = {
  entries: Entry[];
  me: string | null;
  exclude: string | null;
  onTransfer: (userId: string) => void;
  onClose: () => void;
};

export function TransferPicker({ entries, me, exclude, onTransfer, onClose }: Props) {
  const [query, setQuery] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const people = search(entries, query, me).filter((e) => e.kind === "user" && e.id !== exclude);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (people[0]) onTransfer(people[0].id);
  }
  function keys(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }
  return (
    <form className="transfer" aria-label="Transfer the call" onSubmit={submit} onKeyDown={keys}>
      <label>
        Transfer to
        <input
          ref={input}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Name or email"
          autoComplete="off"
        />
      </label>
      <ul className="plain">
        {people.slice(0, 8).map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onTransfer(p.id)}>
              Transfer to {p.name}
            </button>
          </li>
        ))}
      </ul>
      {people.length === 0 && <p className="muted">Nobody matches.</p>}
      <button type="button" className="secondary" onClick={onClose}>
        Cancel transfer
      </button>
    </form>
  );
}
