"""The human review queue: shuffled, metadata-free utterance snippets for reviewers."""
