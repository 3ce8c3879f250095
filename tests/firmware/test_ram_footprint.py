"""The firmware's RAM footprint under the MicroPython unix port (see firmware/README.md, "RAM").

Run from source, each module is compiled on the charger when imported; a single large module
needs its whole parse tree in RAM at once. Boot and one remote-started transaction must fit in a
200 KiB heap (the 64-bit unix port; an ESP32's objects are smaller), with the live heap reported
for every stage.
"""

from .ram_report import STAGES, measure

HEAP_KIB = 200


async def test_boot_and_a_transaction_fit_in_a_small_heap_from_source():
    stages, out = await measure(HEAP_KIB)
    assert stages is not None, "\n".join(out[-30:])
    assert list(stages) == list(STAGES), stages
    assert stages["transaction"] < HEAP_KIB * 1024
    # the heap grows with each stage; nothing of the firmware is imported at the start
    assert stages["start"] < stages["import"] < stages["construct"] < stages["boot"]
