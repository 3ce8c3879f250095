"""The OCPP 2.0.1 conformance table (`docs/ocpp201-conformance.md`) is what
`scripts/ocpp201_conformance.py` makes of the tests as they are: a test added, renamed or removed
without regenerating it fails here."""

from __future__ import annotations

from pathlib import Path

from scripts import ocpp201_conformance as conformance


def test_the_committed_table_is_the_one_the_tests_make() -> None:
    assert conformance.DOC.read_text(encoding="utf-8") == conformance.render(), (
        "docs/ocpp201-conformance.md is out of date: run python -m scripts.ocpp201_conformance"
    )


def test_test_names_are_read_as_case_ids() -> None:
    ids = conformance.case_ids
    assert ids("test_tc_b_06_b_09_b_20_g_03_csms_console_commands") == [
        "TC_B_06",
        "TC_B_09",
        "TC_B_20",
        "TC_G_03",
    ]
    assert ids("test_tc_n_30_31_32_62_63_csms_clear") == [
        "TC_N_30",
        "TC_N_31",
        "TC_N_32",
        "TC_N_62",
        "TC_N_63",
    ]
    assert ids("test_tc_l_02_to_l_05_csms_x") == ["TC_L_02", "TC_L_03", "TC_L_04", "TC_L_05"]
    assert ids("test_tc_a_11_then_a_07_csms_station") == ["TC_A_11", "TC_A_07"]
    assert ids("test_tc_e_04_csms_local_start_and_e_53_seq_no") == ["TC_E_04", "TC_E_53"]
    assert ids("test_tc_b_58_csms_2_0_1_on_the_http_port") == ["TC_B_58"]
    assert ids("test_tc_074_sign_certificate") == []  # an OCPP 1.6 case
    assert ids("test_a_1_6_charger_refuses") == []


def test_every_case_a_test_names_is_an_octt_case() -> None:
    """A misspelt case id would count nothing: every id a test names is a 2.0.1 CSMS case, but for the
    ones listed in the table as not being one."""
    named = set(conformance.tests_by_case())
    assert named - set(conformance.cases()) == {"TC_C_01"}


def test_a_new_test_shows_in_the_table(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    before = conformance.render(tmp_path)
    assert "| A Security | — (0/14)" in before
    (tmp_path / "tests" / "test_new.py").write_text("async def test_tc_a_08_csms_refused() -> None: ...\n")
    after = conformance.render(tmp_path)
    assert "| A Security | A_08 (1/14) | `test_new.py` |" in after
    assert "| Advanced Security | A_08 (1/4)" in after
