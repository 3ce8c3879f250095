"""`python -m firmware.simulator` flags: --heartbeat-interval, --session-s, --pause-s, --duration,
--auth-key and --auth-key-file (a JSON {charge point id: key} mapping)."""

import asyncio
import base64
import json
import time

import pytest

from firmware import simulator


def test_parse_args_new_flags(tmp_path):
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"SIM001": "key-one-0123456789", "SIM002": "key-two-0123456789"}))
    args = simulator.parse_args(
        ["--heartbeat-interval", "7", "--session-s", "2.5", "--pause-s", "0.5", "--duration", "3"]
        + ["--auth-key-file", str(keys)]
    )
    assert (args.heartbeat_interval, args.session_s, args.pause_s, args.duration) == (7, 2.5, 0.5, 3.0)
    assert args.auth_key == {"SIM001": "key-one-0123456789", "SIM002": "key-two-0123456789"}
    assert simulator.parse_args(["--auth-key", "shared-key-0123456789"]).auth_key == "shared-key-0123456789"
    defaults = simulator.parse_args([])
    assert (defaults.heartbeat_interval, defaults.session_s, defaults.duration) == (60, 30.0, None)


@pytest.mark.parametrize(
    "argv",
    [
        ["--auth-key", "k" * 16, "--auth-key-file", "keys.json"],  # one or the other
        ["--auth-key-file", "/nonexistent/keys.json"],
        ["--auth-key-file", "LIST"],
    ],
)
def test_parse_args_rejects_bad_keys(argv, tmp_path, capsys):
    bad = tmp_path / "list.json"
    bad.write_text("[1, 2]")
    argv = [str(bad) if a == "LIST" else a for a in argv]
    with pytest.raises(SystemExit) as e:
        simulator.parse_args(argv)
    assert e.value.code == 2
    assert "auth-key" in capsys.readouterr().err


async def test_main_runs_for_duration_with_per_charger_keys(central_system, tmp_path):
    cs = central_system
    cs.heartbeat_interval = 0  # keep the charger's own HeartbeatInterval (from --heartbeat-interval)
    keys = {"CLI001": "cli-key-one-012345", "CLI002": "cli-key-two-012345"}
    cs.passwords.update(keys)
    key_file = tmp_path / "keys.json"
    key_file.write_text(json.dumps(keys))
    argv = [
        "--url", cs.url, "--chargers", "2", "--id-prefix", "CLI", "--auth-key-file", str(key_file),
        "--store-dir", str(tmp_path / "store"), "--heartbeat-interval", "1", "--meter-interval", "1",
        "--session-s", "1", "--pause-s", "0.2", "--time-scale", "50", "--duration", "6",
    ]  # fmt: skip
    t0 = time.monotonic()
    run = asyncio.create_task(asyncio.to_thread(simulator.main, argv))
    for cp in keys:
        await cs.wait_for("Heartbeat", cp=cp, timeout=10)  # every second, not every 60
        start = await cs.wait_for("StartTransaction", cp=cp, timeout=10)
        # --session-s 1: the driver ends the session with the card after about a second
        stop = await cs.wait_for("StopTransaction", cp=cp, since=cs.messages.index(start) + 1)
        assert "reason" not in stop["payload"]
    assert await asyncio.wait_for(run, 15) == 0
    assert 5.5 < time.monotonic() - t0 < 15  # --duration 6
    for cp, key in keys.items():
        auth = "Basic " + base64.b64encode(f"{cp}:{key}".encode()).decode()
        assert (cp, "ocpp1.6", auth) in cs.handshakes
