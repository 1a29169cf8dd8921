"""Cross-process invalidation epochs: counters that say "what you cached about this workspace
is stale". Bumped after a transaction that changes something cached commits, read on every
request; a cache entry is valid only while the epochs it was loaded under stand (ADR 0017)."""
