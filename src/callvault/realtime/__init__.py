"""Real-time fan-out: a publish/subscribe port (`bus.py`) that domains publish events to
and connection handlers (the WebSocket endpoint) subscribe to. Knows nothing of domains."""
