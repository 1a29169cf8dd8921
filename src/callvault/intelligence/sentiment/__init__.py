"""Sentiment of calls: per utterance, per speaker (against the speaker's own baseline, with an arc
over time) and per call, combining VADER with a call-centre phrase lexicon. Every score carries
the transcript spans that drove it. Only English ships a lexicon; other languages come back
neutral with a `degraded_reason` instead of English rules applied to foreign words."""
