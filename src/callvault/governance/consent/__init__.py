"""The consent ledger: whether a workspace, a group and a user let their calls improve AI
(training exports) and be sampled for manual review. Append-only, queryable at any time."""
