"""Moments: admin-defined phrases and keywords (dictionary terms with their aliases included)
that tag the transcript spans where they were said, such as "competitor mentioned" or
"cancellation risk"."""
