"""Energy metering: per-phase integration of V x I and a register that survives reboots."""

import pytest

from firmware.metering import Meter


def test_integrates_energy_per_phase(tmp_path):
    m = Meter(str(tmp_path / "m.json"), phases=3)
    m.update(0, [230, 230, 230], [16, 16, 0])
    for i in range(1, 61):  # one minute, 1 s steps
        m.update(i * 1000, [230, 230, 230], [16, 16, 0])
    assert m.phase_wh[0] == pytest.approx(230 * 16 / 60, rel=1e-6)
    assert m.phase_wh[1] == pytest.approx(230 * 16 / 60, rel=1e-6)
    assert m.phase_wh[2] == 0.0
    assert m.power_w == pytest.approx(2 * 230 * 16)
    assert m.register_wh() == int(2 * 230 * 16 / 60)


def test_register_persists_across_reboot(tmp_path):
    path = str(tmp_path / "m.json")
    m = Meter(path, phases=3, persist_wh=10)
    m.update(0, [230] * 3, [32] * 3)
    m.update(3600 * 1000 // 60, [230] * 3, [32] * 3)  # 1 min at 22 kW, with gap clamped
    m.flush()
    before = m.energy_wh
    rebooted = Meter(path, phases=3)
    assert rebooted.energy_wh == pytest.approx(before)
    assert rebooted.register_wh() == m.register_wh()


def test_saves_automatically_every_persist_wh(tmp_path):
    path = str(tmp_path / "m.json")
    m = Meter(path, phases=1, persist_wh=10, max_gap_ms=10**9)
    m.update(0, [230], [10])
    m.update(16000, [230], [10])  # 10.2 Wh
    assert Meter(path, phases=1).energy_wh == pytest.approx(
        230 * 10 * 16 / 3600, rel=1e-6
    )  # no explicit flush: power loss


def test_a_stalled_loop_does_not_invent_energy(tmp_path):
    m = Meter(str(tmp_path / "m.json"), phases=1, max_gap_ms=5000)
    m.update(0, [230], [10])
    m.update(3600 * 1000, [230], [10])  # one hour without a sample
    assert m.energy_wh == pytest.approx(230 * 10 * 5 / 3600)


def test_corrupt_register_file_starts_from_zero(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json")
    assert Meter(str(path), phases=3).energy_wh == 0.0
