// Copies a secret shown once (an invitation link, a new API token) to the clipboard, and says
// whether it did: where the browser refuses, the text is still there to select by hand.
import { useState } from "react";

export function CopyButton({ text, what }: { text: string; what: string }) {
  const [said, setSaid] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("Copied.");
    } catch {
      setSaid("This browser did not allow copying: select the text and copy it.");
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()} aria-label={`Copy ${what}`}>
        Copy
      </button>{" "}
      {said && <span role="status">{said}</span>}
    </>
  );
}
