"""Call records (the call log): ingestion of call events, filters, export, deletion."""
