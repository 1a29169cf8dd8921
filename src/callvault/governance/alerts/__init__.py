"""Anomaly alerts over the audit log (ADR 0046): rules, stored alerts, evaluation, delivery."""
