// Dial a person or a group of the workspace: search the directory, Enter calls the first
// match, or pick one with Tab and its Call button.
import { useState, type FormEvent } from "react";
import { busy, type Target } from "../../realtime/calls";
import { useCallController, useCallState } from "../../realtime/CallsProvider";
import { useSocketStatus } from "../../realtime/SocketProvider";
import { search, useDirectory } from "./directory";

export function Dialer() {
  const controller = useCallController();
  const state = useCallState();
  const [query, setQuery] = useState("");
  const { entries, loading, error } = useDirectory(controller !== null);
  const socket = useSocketStatus();
  if (!controller) return <p>Your role does not make calls.</p>;
  const found = search(entries, query, state.me);
  const inCall = busy(state);
  function call(target: Target) {
    if (controller) void controller.dial(target);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (found[0] && !inCall) call(found[0]);
  }
  return (
    <form className="dialer" role="search" aria-label="Call someone" onSubmit={submit}>
      <label>
        Search people and groups
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Name, email or group"
          autoComplete="off"
          aria-describedby="dialer-hint"
        />
      </label>
      <p id="dialer-hint" className="muted">
        Enter calls the first match.
      </p>
      <p role="status" data-testid="phone-status" data-status={socket}>
        {socket === "open"
          ? "Your phone is on: calls to you ring here, on any page."
          : "Connecting your phone…"}
      </p>
      {loading && <p role="status">Loading the directory…</p>}
      {error && <p role="alert" className="error">The directory could not be loaded.</p>}
      <ul className="plain dial-list" aria-label="Matches">
        {found.slice(0, 20).map((e) => (
          <li key={`${e.kind}:${e.id}`}>
            <span>
              {e.name} <span className="muted">{e.detail}</span>
            </span>
            <button type="button" disabled={inCall} onClick={() => call(e)}>
              Call {e.name}
            </button>
          </li>
        ))}
      </ul>
      {!loading && found.length === 0 && <p className="muted">Nobody matches.</p>}
    </form>
  );
}
