"""Scripted calls for note-taking tests."""

from __future__ import annotations

BILLING_CALL = [
    ("callee", "Thank you for calling Northwind Energy, this is Priya, how can I help you today?"),
    (
        "caller",
        "Hi Priya. I was charged twice for my March electricity bill, ninety pounds each time.",
    ),
    ("callee", "I'm sorry about that. Can I take your account number please?"),
    ("caller", "Sure, it's four four two one nine."),
    ("callee", "Thanks. I can see two direct debit payments for the March bill on your account."),
    ("caller", "Right, so I want the duplicate payment refunded."),
    ("callee", "Of course. I'll raise a refund for the duplicate payment today."),
    ("callee", "The refund should reach your bank account within five business days."),
    ("caller", "Okay. Can you email me a confirmation of the refund?"),
    ("callee", "Yes, I will send you the confirmation email by Friday."),
    (
        "callee",
        "Let me also check with billing why the direct debit ran twice and get back to you.",
    ),
    ("caller", "Thanks, that would be great. Do I need to do anything with my bank?"),
    ("callee", "No, you don't need to contact your bank, the refund comes from us."),
    ("caller", "Perfect, thank you Priya."),
    ("callee", "You're welcome, have a great day."),
]

SUPPORT_CALL = [
    ("callee", "Good morning, Contoso broadband support, Mark speaking."),
    ("caller", "Hello, my internet keeps dropping every evening and the router lights go red."),
    ("callee", "Sorry to hear that. Have you restarted the router since it started?"),
    ("caller", "Yes, twice, and the router still drops the connection around eight."),
    ("callee", "I can see line errors on your connection in the evenings."),
    ("callee", "We will send an engineer on Tuesday to test the line at the cabinet."),
    ("caller", "Tuesday works. Could you text me the engineer's arrival window?"),
    ("callee", "Sure. The engineer will call you thirty minutes before arrival."),
    ("callee", "Also, can you move the router away from the cordless phone base in the meantime?"),
    ("caller", "I'll move the router tonight."),
    ("callee", "Great. Sam from our network team will review the line errors next week."),
    ("caller", "Thanks Mark, I appreciate it."),
]
