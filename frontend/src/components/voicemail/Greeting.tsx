// The user's own voicemail greeting: hear it, replace it with an audio file (five minutes at
// most; the server reads the format from the bytes), or remove it for the standard one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ApiError, errorText, unwrap } from "../../api/client";
import { clock } from "../../format";

export function Greeting({ mailbox }: { mailbox: string }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState(0); // a new file input after each upload (empty again)
  const [open, setOpen] = useState(false); // asked for when opened: most visits are for messages
  const path = { params: { path: { mailbox_id: mailbox } } };
  const key = ["voicemail", "greeting", mailbox];
  const greeting = useQuery({
    queryKey: key,
    queryFn: async () => {
      try {
        return await unwrap(api.GET("/api/v1/voicemail/mailboxes/{mailbox_id}/greeting", path));
      } catch (e) {
        if (e instanceof ApiError && e.code === "greeting_not_found") return null;
        throw e;
      }
    },
    enabled: open,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const upload = useMutation({
    mutationFn: (f: File) =>
      unwrap(
        api.PUT("/api/v1/voicemail/mailboxes/{mailbox_id}/greeting", {
          ...path,
          // The schema calls the raw body a binary string; the browser sends the File as is.
          body: f as unknown as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { "content-type": f.type || "application/octet-stream" },
        }),
      ),
    onSuccess: () => {
      setFile(null);
      setPicked((n) => n + 1);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/voicemail/mailboxes/{mailbox_id}/greeting", path)),
    onSuccess: refresh,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (file) upload.mutate(file);
  }
  return (
    <details className="card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Your greeting</summary>
      {greeting.isError && <p className="error">{errorText(greeting.error)}</p>}
      {greeting.data === null && <p>No greeting of your own: callers hear the standard one.</p>}
      {greeting.data && (
        <>
          <p>Your greeting ({clock(greeting.data.audio.duration_ms)}):</p>
          <audio
            key={greeting.data.id} // a new greeting is a new player (same address)
            controls
            src={`/api/v1/voicemail/mailboxes/${encodeURIComponent(mailbox)}/greeting/audio`}
          >
            Your browser cannot play it.
          </audio>
          <p>
            <button type="button" onClick={() => remove.mutate()} disabled={remove.isPending}>
              Remove greeting
            </button>
          </p>
        </>
      )}
      <form onSubmit={submit} aria-label="Record a greeting">
        <label>
          A new greeting (an audio file, up to five minutes)
          <input key={picked} type="file" accept="audio/*" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          Use this greeting
        </button>
      </form>
      {(upload.error ?? remove.error) && (
        <p role="alert" className="error">
          {errorText(upload.error ?? remove.error)}
        </p>
      )}
    </details>
  );
}
