"""A firmware process on the MicroPython unix port, as the end-to-end tests drive it: the config it
starts from and the control file the test writes to act on it (a card, a plug)."""

import json
import os
import subprocess

from .conftest import REPO


def spawn(micropython, cfg_path, log_path):
    """Starts `firmware/unix_main.py` under MicroPython with config `cfg_path`, its output to `log_path`."""
    with open(log_path, "w") as log:
        command = [micropython, "-m", "firmware.unix_main", str(cfg_path)]
        return subprocess.Popen(command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)


def write_config(path, url, charge_point_id, store, **fields):
    """Writes the firmware's config to `path` (quick retries, metering every second, an EV plugged
    in); `fields` add keys or replace them. Returns `path`."""
    cfg = {
        "url": url,
        "charge_point_id": charge_point_id,
        "store_dir": store,
        "tick_ms": 20,
        "boot_retry_s": 0.2,
        "call_timeout_s": 3,
        "reconnect_base_s": 0.1,
        "reconnect_cap_s": 0.4,
        "verbose": True,
        "ocpp": {
            "MeterValueSampleInterval": 1,
            "TransactionMessageRetryInterval": 1,
            "HeartbeatInterval": 30,
            "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import,Current.Import",
        },
        "sim": {"plugged": True},
        **fields,
    }
    path.write_text(json.dumps(cfg))
    return path


def control(store, cmd, arg=None):
    """Hands the running firmware a command through its control file (written whole, then renamed)."""
    path = os.path.join(store, "control.json")
    with open(path + ".w", "w") as f:
        json.dump({"cmd": cmd, "arg": arg}, f)
    os.rename(path + ".w", path)
    return path
