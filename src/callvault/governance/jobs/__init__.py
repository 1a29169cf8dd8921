"""A workspace's view of the background job queue: its jobs' state and dead letters, and
putting a dead job back on the queue (admins)."""
