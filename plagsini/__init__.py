"""PlagSini composition root: settings, CLI, app assembly, event-bus setup."""

__version__ = "0.1.0"
