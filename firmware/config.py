"""The charger's one config file (`config.json` on the device's flash).

Only the keys that differ from DEFAULTS need to be in the file. `ocpp` holds initial values for
OCPP configuration keys (e.g. short intervals for tests); once changed by the central system the
persisted values in `<store_dir>/ocpp_config.json` win.
"""

from firmware import compat

DEFAULTS = {
    # network
    "wifi_ssid": "",
    "wifi_password": "",
    "hostname": "plagsini-charger",
    # central system: the charge point id is appended to the URL path
    "url": "ws://192.168.1.10:9000/ocpp",
    "charge_point_id": "CP0001",
    "authorization_key": None,  # Basic auth password (security profile 1/2); None = no auth
    "security_profile": 0,
    "protocol": "ocpp1.6",  # or "ocpp2.0.1"
    "ca_cert": None,  # path of a PEM CA certificate for wss://
    # identity reported in BootNotification
    "vendor": "PlagSini",
    "model": "PS-ESP32-22",
    "serial": "",
    "firmware_version": "0.1.0",
    # electrical
    "connectors": 1,
    "phases": 3,
    "voltage": 230.0,
    "max_current": 32.0,
    "ventilation_available": False,
    # storage (journal, meter register, OCPP keys, auth cache, local list)
    "store_dir": "/data",
    # timing knobs (milliseconds unless named _s)
    "tick_ms": 100,
    "boot_retry_s": 10,
    "call_timeout_s": 20,
    "reconnect_base_s": 1.0,
    "reconnect_cap_s": 60.0,
    "overcurrent_grace_ms": 5000,
    "stop_timeout_ms": 6000,
    "weld_check_ms": 300,
    "pong_timeout_s": None,  # WebSocket pong wait; None = WebSocketPingInterval
    "ota_confirm_s": 300,  # a new image must reach the central system within this, or it is rolled back
    # local start with the button uses this idTag
    "local_id_tag": "LOCAL",
    # hardware pins (ESP32); pilot ADC must be on ADC1 (GPIO 32-39)
    "pins": {
        "pilot_pwm": 25,
        "pilot_adc": 34,
        "relay": 26,
        "relay_feedback": 27,
        "rcd_trip": 35,
        "rcd_test": 14,
        "lock": 12,
        "button_start": 0,
        "button_stop": 4,
        "i2c_sda": 21,
        "i2c_scl": 22,
        "current_adc": [36, 39, 33],
        "voltage_adc": 32,
    },
    "lcd": {"address": 39, "cols": 16, "rows": 2},
    # the ADC divider: pilot volts = (adc_mv - offset_mv) * scale
    "pilot_adc_offset_mv": 1650,
    "pilot_adc_scale": 0.0078,
    # initial OCPP configuration keys (see firmware/model/configuration.py, KEYS)
    "ocpp": {},
    # simulator only
    "sim": {},
}


def merge(base, override):
    out = {}
    for k in base:
        out[k] = base[k]
    for k in override:
        v = override[k]
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def load(path="config.json", overrides=None):
    data = compat.read_json(path, None) or {}
    cfg = merge(DEFAULTS, data)
    if overrides:
        cfg = merge(cfg, overrides)
    return cfg


def make(**overrides):
    """A config from DEFAULTS plus keyword overrides (the simulator and tests use this)."""
    return merge(DEFAULTS, overrides)
