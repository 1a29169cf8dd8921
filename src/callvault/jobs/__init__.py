"""Durable background jobs: a queue in the database (SQLite or PostgreSQL) with leases,
retries with backoff, dead letters, recurring schedules, and effects committed exactly once.

Producers call `enqueue` in their own transaction; a process wires a `HandlerRegistry` and runs
a `WorkerPool` (or single `Worker`s). See docs/adr/0002-durable-job-queue.md for why.
"""

from callvault.jobs.backoff import Backoff
from callvault.jobs.context import JobContext, LeaseLost, PermanentFailure
from callvault.jobs.models import Job, JobSchedule, JobStatus
from callvault.jobs.pool import WorkerPool
from callvault.jobs.queue import (
    Enqueued,
    JobView,
    QueueStats,
    cancel,
    enqueue,
    enqueue_job,
    get_job,
    list_dead,
    list_jobs,
    purge_finished,
    queue_stats,
    requeue_dead,
)
from callvault.jobs.registry import Handler, HandlerRegistry
from callvault.jobs.scheduler import Schedule, Scheduler
from callvault.jobs.worker import Worker

__all__ = [
    "Backoff",
    "Enqueued",
    "Handler",
    "HandlerRegistry",
    "Job",
    "JobContext",
    "JobSchedule",
    "JobStatus",
    "JobView",
    "LeaseLost",
    "PermanentFailure",
    "QueueStats",
    "Schedule",
    "Scheduler",
    "Worker",
    "WorkerPool",
    "cancel",
    "enqueue",
    "enqueue_job",
    "get_job",
    "list_dead",
    "list_jobs",
    "purge_finished",
    "queue_stats",
    "requeue_dead",
]
