// A moment of the call as its clock time: a button that plays the recording from there when
// there is one to play, plain text otherwise.
import { clock } from "../../format";

export function PlayFrom({ ms, seek }: { ms: number; seek: ((ms: number) => void) | null }) {
  if (!seek) return <span className="at">{clock(ms)}</span>;
  return (
    <button type="button" className="at" onClick={() => seek(ms)} aria-label={`Play from ${clock(ms)}`}>
      {clock(ms)}
    </button>
  );
}
