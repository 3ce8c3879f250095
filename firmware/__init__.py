"""PlagSini charger firmware (MicroPython on ESP32; the same code is the CPython simulator)."""

__version__ = "0.1.0"
