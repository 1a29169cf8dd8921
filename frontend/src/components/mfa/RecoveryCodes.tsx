// Recovery codes, shown once: copy them, or save them as a text file, before leaving. They
// stay until the user says they have them: a page that moved on by itself (the workspace's
// hold lifting the moment two-step sign-in is on) would lose them for good.
import { CopyButton } from "../CopyButton";

export function RecoveryCodes({ codes, onSaved }: { codes: readonly string[]; onSaved: () => void }) {
  const text = codes.join("\n") + "\n";
  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "callvault-recovery-codes.txt";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <section className="card" aria-labelledby="recovery-codes">
      <h2 id="recovery-codes">Your recovery codes</h2>
      <p role="status">
        Each code signs you in once without your phone. They are shown only now: copy them or
        save them somewhere safe (a password manager, or on paper).
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <CopyButton text={text} what="recovery codes" />{" "}
      <button type="button" onClick={download}>
        Download as a text file
      </button>{" "}
      <button type="button" onClick={onSaved}>
        I have saved them
      </button>
    </section>
  );
}
