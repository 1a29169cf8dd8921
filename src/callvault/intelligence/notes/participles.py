"""Past participles of the task verbs and their base forms, for tasks said in the passive:
"would you like it delivered?" (an offer) and "your refund will be processed by Friday" (a
promise with the thing first). Written out, not derived: English spelling makes rules for
"cancelled", "applied" or "sent" longer than the list."""

from __future__ import annotations

BASE = {
    "sent": "send", "resent": "resend", "emailed": "email", "e-mailed": "email",
    "texted": "text", "called": "call", "forwarded": "forward", "scheduled": "schedule",
    "booked": "book", "set up": "set up", "arranged": "arrange", "processed": "process",
    "issued": "issue", "refunded": "refund", "cancelled": "cancel", "canceled": "cancel",
    "updated": "update", "fixed": "fix", "escalated": "escalate", "reviewed": "review",
    "shipped": "ship", "posted": "post", "mailed": "mail", "reset": "reset",
    "prepared": "prepare", "drafted": "draft", "uploaded": "upload", "signed": "sign",
    "paid": "pay", "submitted": "submit", "investigated": "investigate", "added": "add",
    "removed": "remove", "raised": "raise", "opened": "open", "created": "create",
    "filed": "file", "credited": "credit", "applied": "apply", "waived": "waive",
    "ordered": "order", "delivered": "deliver", "redelivered": "redeliver",
    "installed": "install", "replaced": "replace", "returned": "return",
    "restarted": "restart", "sorted out": "sort out", "approved": "approve",
    "renewed": "renew", "activated": "activate", "moved": "move", "released": "release",
    "transferred": "transfer", "wired": "wire", "authorised": "authorise",
    "authorized": "authorize", "reserved": "reserve", "collected": "collect",
    "picked up": "pick up", "dispatched": "dispatch", "confirmed": "confirm",
    "changed": "change", "registered": "register", "printed": "print", "scanned": "scan",
    "faxed": "fax", "topped up": "top up", "rebooked": "rebook", "rescheduled": "reschedule",
    "dropped off": "drop off",
}  # fmt: skip

# Longest first, so "sorted out" is read whole.
PARTICIPLE = "(?:" + "|".join(sorted(BASE, key=len, reverse=True)) + ")"


def base_of(participle: str) -> str:
    return BASE[" ".join(participle.lower().split())]
