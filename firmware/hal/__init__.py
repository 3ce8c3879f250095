"""Hardware abstraction: `esp32` (real pins) and `sim` (simulated EV) backends.

Both expose the same methods; see hal/sim.py for the documented interface.
"""
