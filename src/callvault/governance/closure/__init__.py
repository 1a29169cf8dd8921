"""Workspace closure by crypto-shredding: request (re-authenticated), waiting period, keys
destroyed first, then rows and blobs purged in batches; a receipt is kept."""
