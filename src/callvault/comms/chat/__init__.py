"""Chat: 1:1 and group conversations, sealed messages, encrypted attachments, read markers,
keyed-token search, real-time events, deletion with receipts."""
