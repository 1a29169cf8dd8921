"""The voice-intelligence pipeline: one idempotent job per stage on the durable job queue.

transcribe → redact → verify → (analyse, index): the leak check hides what it flags before
the notes and search read the text (`flagged`), and queues them even when it fails. Each
stage reads what the previous one sealed, computes outside any transaction, then commits its
output together with its job's completion and the next stages' jobs
(`JobContext.final_transaction`): a worker killed mid-stage leaves nothing half-written and
the stage simply runs again. Every run carries the transcript's generation; a re-run bumps
it, so jobs of an older run find themselves stale and leave no effect."""
