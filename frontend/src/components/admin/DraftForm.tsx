// One editing form's save cycle, shared by the moment and assist-card editors: a draft held in
// state, saved by create (no id) or update (an id), the list's query refreshed, a new-item form
// emptied after its save; and the form's footer (the server's error, save, cancel when editing).
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "./ErrorAlert";

export function useDraftSave<D>(opts: {
  initial: D;
  empty: D;
  id?: string;
  save: (draft: D) => Promise<unknown>;
  queryKey: QueryKey;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<D>(opts.initial);
  const save = useMutation({
    mutationFn: opts.save,
    onSuccess: async () => {
      if (!opts.id) setDraft(opts.empty);
      await queryClient.invalidateQueries({ queryKey: opts.queryKey });
      opts.onDone();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(draft);
  }
  return { draft, setDraft, save, submit };
}

export function SaveActions(props: {
  error: unknown;
  busy: boolean;
  submitText: string;
  editing: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <ErrorAlert error={props.error} />
      <div className="actions">
        <button type="submit" disabled={props.busy}>
          {props.submitText}
        </button>
        {props.editing && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
