"""Maintenance scripts (run as `python -m scripts.<name>` or by path)."""
