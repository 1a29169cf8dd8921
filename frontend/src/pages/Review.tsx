// The review queue (reviewers): one snippet at a time — its redacted text and redacted
// audio — and a box for the corrected text. Nothing else of the call is shown.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";

export function ReviewPage() {
  usePageTitle("Review");
  const [snippet, setSnippet] = useState<Schemas["SnippetOut"] | null | undefined>(undefined);
  const [text, setText] = useState("");
  const next = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/review/next")),
    onSuccess: (out) => {
      setSnippet(out.snippet ?? null);
      setText(out.snippet?.text ?? "");
    },
  });
  const submit = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST("/api/v1/review/snippets/{snippet_id}/correction", {
          params: { path: { snippet_id: id } },
          body: { text },
        }),
      ),
    onSuccess: () => next.mutate(),
  });
  function send(e: FormEvent) {
    e.preventDefault();
    if (snippet) submit.mutate(snippet.id);
  }
  const error = next.error ?? submit.error;
  return (
    <>
      <h1>Review queue</h1>
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      {snippet === undefined && (
        <button type="button" onClick={() => next.mutate()} disabled={next.isPending}>
          Start reviewing
        </button>
      )}
      {snippet === null && <p role="status">The queue is empty.</p>}
      {snippet && (
        <form className="card" onSubmit={send} aria-label="Correct this snippet">
          <audio
            controls
            preload="metadata"
            src={`/api/v1/review/snippets/${encodeURIComponent(snippet.id)}/audio`}
          >
            Your browser cannot play this snippet.
          </audio>
          <p>
            Transcribed as: <q className="snippet">{snippet.text}</q>
          </p>
          <label>
            What was said
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit" disabled={submit.isPending}>
            Submit and next
          </button>
        </form>
      )}
    </>
  );
}
