"""Development tools that run under MicroPython; not needed on a charger."""
