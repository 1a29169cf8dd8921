"""Anomaly alerts over the audit log (ADR 0048): rules, stored alerts, evaluation, delivery."""
