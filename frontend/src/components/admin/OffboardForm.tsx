// Offboarding a leaver: they are disabled and signed out, then their personal contacts,
// voicemail and group-chat seats go to a successor (reassign) or are deleted. Asks first.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, unwrap, type Schemas } from "../../api/client";
import { ConfirmButton } from "./ConfirmButton";
import { ErrorAlert } from "./ErrorAlert";

type User = Schemas["UserOut"];

export function OffboardForm({ user, users, onClose }: { user: User; users: User[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<"reassign" | "delete">("reassign");
  const successors = users.filter((u) => u.id !== user.id && u.status === "active");
  const [to, setTo] = useState(successors[0]?.id ?? "");
  useEffect(() => heading.current?.focus(), [user.id]);
  const offboard = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/users/{user_id}/offboard", {
          params: { path: { user_id: user.id } },
          body: mode === "reassign" ? { mode, reassign_to: to } : { mode },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
  const counts = offboard.data ? Object.entries(offboard.data.counts) : [];
  function submit(e: FormEvent) {
    e.preventDefault(); // submitting goes through the confirmation below
  }
  return (
    <section className="card" aria-labelledby="offboard-h">
      <h2 id="offboard-h" tabIndex={-1} ref={heading}>
        Offboard {user.name}
      </h2>
      {offboard.data ? (
        <>
          <p role="status">
            {user.name} was offboarded ({offboard.data.mode}). Receipt {offboard.data.receipt_id}.
          </p>
          {counts.length > 0 && (
            <ul>
              {counts.map(([k, n]) => (
                <li key={k}>
                  {k.replace(/_/g, " ")}: {n}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </>
      ) : (
        <form onSubmit={submit} aria-label={`Offboard ${user.name}`} className="card-body">
          <p>They are disabled and signed out everywhere. Their calls stay (business records).</p>
          <fieldset>
            <legend>Their personal contacts, voicemail and group-chat seats</legend>
            <label className="inline">
              <input
                type="radio"
                name="mode"
                checked={mode === "reassign"}
                onChange={() => setMode("reassign")}
              />
              Reassign to another user
            </label>
            <label className="inline">
              <input
                type="radio"
                name="mode"
                checked={mode === "delete"}
                onChange={() => setMode("delete")}
              />
              Delete them
            </label>
          </fieldset>
          {mode === "reassign" && (
            <label>
              Successor
              <select required value={to} onChange={(e) => setTo(e.target.value)}>
                {successors.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.email})
                  </option>
                ))}
              </select>
            </label>
          )}
          <ErrorAlert error={offboard.error} />
          <div className="row">
            <ConfirmButton
              submit
              label="Offboard"
              question={
                mode === "delete"
                  ? `Offboard ${user.name} and delete their personal data? This cannot be undone.`
                  : `Offboard ${user.name} and hand their data over?`
              }
              confirmLabel="Yes, offboard"
              onConfirm={() => offboard.mutate()}
              disabled={offboard.isPending || (mode === "reassign" && !to)}
            />
            <button type="button" className="secondary" onClick={onClose}>
              Not now
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
