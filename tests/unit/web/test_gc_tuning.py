"""The serving process's collector settings (web/gc_tuning.py)."""

from __future__ import annotations

import gc

from callvault.web import gc_tuning


def test_settle_freezes_what_start_up_built_and_raises_the_thresholds() -> None:
    before = gc.get_threshold()
    try:
        gc_tuning.settle()
        assert gc.get_threshold() == gc_tuning.THRESHOLDS
        assert gc.get_freeze_count() > 1000  # the modules, models and routes loaded so far
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
