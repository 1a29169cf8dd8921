// The voicemail inbox: newest first, play (marks it read), mark read/unread, delete.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiError, errorText, unwrap } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { clock, party, when } from "../format";
import { Marked, type Span } from "../components/call/CallInsights";
import { Greeting } from "../components/voicemail/Greeting";
import { usePeople } from "../people";
import { useMe } from "../session";

export function VoicemailPage() {
  usePageTitle("Voicemail");
  const me = useMe();
  const nameOf = usePeople();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [playing, setPlaying] = useState<string | null>(null);
  const [reading, setReading] = useState<ReadonlySet<string>>(new Set());
  const toggleTranscript = (id: string) => {
    const next = new Set(reading);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setReading(next);
  };
  const messages = useInfiniteQuery({
    queryKey: ["voicemail", unreadOnly],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/voicemail/messages", {
          params: { query: { unread: unreadOnly || undefined, cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["voicemail"] }),
      queryClient.invalidateQueries({ queryKey: ["voicemail-unread"] }),
    ]);
  const mark = useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      unwrap(
        api.PATCH("/api/v1/voicemail/messages/{voicemail_id}", {
          params: { path: { voicemail_id: id } },
          body: { read },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE("/api/v1/voicemail/messages/{voicemail_id}", {
          params: { path: { voicemail_id: id } },
        }),
      ),
    onSuccess: refresh,
  });
  const items = messages.data?.pages.flatMap((p) => p.messages) ?? [];
  const failure = messages.error ?? mark.error ?? remove.error;
  return (
    <>
      <h1>Voicemail</h1>
      {me.data && <Greeting mailbox={me.data.id} />}
      <label className="inline">
        <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        Unread only
      </label>
      {messages.isPending && <p role="status">Loading voicemail…</p>}
      {failure && (
        <p role="alert" className="error">
          {errorText(failure)}
        </p>
      )}
      {messages.data && items.length === 0 && <p>No voicemail.</p>}
      <ul className="voicemail">
        {items.map((m) => (
          <li key={m.id} className={m.read ? "read" : "unread"}>
            <p>
              <strong>{m.read ? "" : "New · "}</strong>
              {party(m.caller, nameOf)} · {when(m.received_at)} · {clock(m.audio.duration_ms)}
            </p>
            {playing === m.id ? (
              <audio
                controls
                autoPlay
                src={`/api/v1/voicemail/messages/${encodeURIComponent(m.id)}/audio`}
              >
                Your browser cannot play this message.
              </audio>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setPlaying(m.id);
                  if (!m.read) mark.mutate({ id: m.id, read: true });
                }}
              >
                Play
              </button>
            )}
            <button type="button" onClick={() => mark.mutate({ id: m.id, read: !m.read })}>
              Mark {m.read ? "unread" : "read"}
            </button>
            <button
              type="button"
              aria-expanded={reading.has(m.id)}
              onClick={() => toggleTranscript(m.id)}
            >
              Transcript
            </button>
            <button type="button" onClick={() => remove.mutate(m.id)}>
              Delete
            </button>
            {reading.has(m.id) && <VoicemailTranscript id={m.id} />}
          </li>
        ))}
      </ul>
      {messages.hasNextPage && (
        <button type="button" onClick={() => void messages.fetchNextPage()}>
          More messages
        </button>
      )}
    </>
  );
}

// A message just left is transcribed after it lands (the job process): until then the API
// answers "no transcript" or "not ready", and the panel asks again by itself for a while.
const NOT_YET = new Set(["transcript_not_found", "intelligence_not_ready", "redaction_pending"]);
const AGAIN_MS = 3000;
const AGAIN_TIMES = 100;

function notYet(e: unknown): boolean {
  return e instanceof ApiError && NOT_YET.has(e.code);
}

/** The message's transcript as the API gives it to this role (redacted unless raw is allowed
and asked for; the inbox shows the redacted one). */
function VoicemailTranscript({ id }: { id: string }) {
  const flagged = useFlagged(id);
  const transcript = useQuery({
    queryKey: ["voicemail", id, "transcript"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/voicemail/messages/{voicemail_id}/transcript", {
          params: { path: { voicemail_id: id }, query: { view: "redacted" } },
        }),
      ),
    refetchInterval: (q) =>
      notYet(q.state.error) && q.state.errorUpdateCount < AGAIN_TIMES ? AGAIN_MS : false,
  });
  if (transcript.isPending) return <p role="status">Loading the transcript…</p>;
  if (transcript.isError && notYet(transcript.error)) {
    return <p role="status">The transcript is not ready yet; it shows here once it is.</p>;
  }
  if (transcript.isError) return <p className="error">{errorText(transcript.error)}</p>;
  return (
    <>
      {flagged.length > 0 && (
        <p role="note" className="error">
          The leak check found {flagged.length === 1 ? "one place" : `${flagged.length} places`} in this
          transcript that may still give away personal data (marked). Treat it with care: this message is kept
          out of training exports and review samples.
        </p>
      )}
      <blockquote className="vm-transcript" aria-label="Transcript">
        {transcript.data.utterances.map((u) => (
          <p key={u.index}>
            <Marked text={u.text} spans={flagged.filter((f) => f.utterance === u.index)} />
          </p>
        ))}
      </blockquote>
    </>
  );
}

/** The leak check's flagged places in the redacted text (never their values: those are in the
 * text already); nothing while the check has not run or cannot be read. */
function useFlagged(id: string): Span[] {
  const checked = useQuery({
    queryKey: ["voicemail", id, "verification"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/voicemail/messages/{voicemail_id}/verification", {
          params: { path: { voicemail_id: id } },
        }),
      ),
    retry: false,
    refetchInterval: (q) =>
      notYet(q.state.error) && q.state.errorUpdateCount < AGAIN_TIMES ? AGAIN_MS : false,
  });
  return (checked.data?.flags ?? []).flatMap((f) => (f.span ? [f.span] : []));
}
