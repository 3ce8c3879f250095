"""Unit tests of the 2.0.1 edge's pure parts (in addition to the WebSocket tests)."""

from __future__ import annotations

from ocpp_server.dialect import negotiate
from ocpp_server.v201.handlers import energy_register_wh, sampled_values_16


def test_negotiate_prefers_the_setting_then_whatever_is_offered() -> None:
    assert negotiate(["ocpp1.6", "ocpp2.0.1"], "ocpp2.0.1") == "ocpp2.0.1"
    assert negotiate(["ocpp2.0.1", "ocpp1.6"], "ocpp1.6") == "ocpp1.6"
    assert negotiate(["ocpp1.6"], "ocpp2.0.1") == "ocpp1.6"
    assert negotiate(["ocpp2.0.1"], "ocpp1.6") == "ocpp2.0.1"
    assert negotiate(["ocpp2.1", "ocpp1.5"], "ocpp2.0.1") is None


def test_sampled_values_keep_every_digit_and_apply_the_multiplier() -> None:
    mv = [
        {
            "timestamp": "2026-12-06T01:00:00Z",
            "sampledValue": [
                {"value": 1234567.8, "unitOfMeasure": {"unit": "Wh"}},
                {"value": 13.345, "unitOfMeasure": {"unit": "kWh"}, "phase": "L1"},
                {
                    "value": 7,
                    "measurand": "Power.Active.Import",
                    "unitOfMeasure": {"unit": "W", "multiplier": 3},
                },
            ],
        }
    ]
    values = sampled_values_16(mv)[0]["sampledValue"]
    assert [v["value"] for v in values] == ["1234567.8", "13.345", "7000"]
    assert values[1] == {"value": "13.345", "phase": "L1", "unit": "kWh"}
    assert energy_register_wh(mv) == 1234568  # the whole-meter register, not the phase reading
    assert (
        energy_register_wh(
            [{"timestamp": "x", "sampledValue": [{"value": 12.3456, "unitOfMeasure": {"unit": "kWh"}}]}]
        )
        == 12346
    )
