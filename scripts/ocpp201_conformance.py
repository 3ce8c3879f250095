"""The OCPP 2.0.1 conformance table (`docs/ocpp201-conformance.md`), made from the tests themselves.

Every OCTT 2.0.1 CSMS case (its block, its certification profile as the Part 5 "Conf. test for CSMS"
column gives it) is listed below once. A test names the cases it covers in its name,
`test_tc_<block>_<nn>[_<block>_<nn>|_<nn>|_to_<block>_<nn>]..._<what it does>`; this script reads every
test module under `tests/`, maps each case to the tests that name it, and writes the table per block
and per profile with the cases no test names. `tests/ocpp201/test_conformance_table.py` fails when the
committed file differs from what this writes, so the table cannot go stale.

    python -m scripts.ocpp201_conformance          # rewrite docs/ocpp201-conformance.md
    python -m scripts.ocpp201_conformance --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ocpp201-conformance.md"

BLOCKS = {
    "A": "Security",
    "B": "Provisioning",
    "C": "Authorization",
    "D": "Local authorization list",
    "E": "Transactions",
    "F": "Remote control",
    "G": "Availability",
    "H": "Reservation",
    "I": "Tariff and cost",
    "J": "Meter values",
    "K": "Smart charging",
    "L": "Firmware management",
    "M": "ISO 15118 certificate management",
    "N": "Diagnostics",
    "O": "Display message",
    "P": "DataTransfer",
}
PROFILES = {
    "Core": "Core",
    "AdvSec": "Advanced Security",
    "LAL": "Local Authorization List Management",
    "SC": "Smart Charging",
    "Res": "Reservation",
    "AUI": "Advanced User Interface",
    "ADM": "Advanced Device Management",
    "ISO": "ISO 15118 support",
}

# The OCTT 2.0.1 CSMS cases (Part 6 Ed3, and TC_B_58 of Ed4): "<ids> = <profile> <M|C>[/<profile> <M|C>]";
# "-" for a case that is in no profile's CSMS column.
_CASES = """
A_01 A_02 A_03 A_04 A_06 A_09 A_10 A_19 = Core M
A_07 A_08 A_11 A_14 = AdvSec M
A_12 = ISO M
A_13 = ISO C
B_01 B_06 B_09 B_20 B_21 B_22 B_42 B_44 = Core M
B_02 B_30 B_31 B_07 B_10 B_13 B_25 B_26 B_27 = Core C
B_12 = Core C/ADM M
B_14 B_18 = ADM M
B_08 B_58 = -
C_02 C_06 C_07 C_08 C_20 C_37 C_38 C_39 C_47 C_48 C_49 = Core M
C_40 C_43 = LAL M
C_50 C_51 C_52 = ISO M
D_01 D_02 D_03 D_04 D_09 = LAL M
D_08 = LAL C
E_01 E_02 E_03 E_04 E_07 E_08 E_09 E_10 E_11 E_12 E_14 E_15 E_16 E_17 E_19 E_20 E_21 E_22 = Core M
E_26 E_38 E_39 E_53 = Core M
E_29 E_30 E_31 E_33 E_34 = Core C
F_01 F_02 F_03 F_04 F_20 F_27 = Core M
F_06 F_11 F_12 F_13 F_14 F_15 F_18 F_23 F_24 = Core C
G_03 G_04 G_05 G_06 G_07 G_08 G_11 G_14 G_17 G_20 = Core M
H_01 H_07 H_17 H_19 H_20 H_22 = Res M
H_08 H_14 H_15 = Res C
I_01 I_02 = AUI M
J_01 J_02 J_03 J_04 J_07 J_08 J_09 J_10 J_11 = Core M
K_01 K_03 K_04 K_05 K_06 K_08 K_15 K_19 K_60 K_70 = SC M
K_29 K_30 K_31 K_32 K_33 K_34 K_35 K_36 K_37 K_43 K_44 = SC M
K_10 = SC C/ISO M
K_53 K_55 K_57 K_58 K_59 = ISO M
K_02 K_48 K_50 K_51 K_52 = -
L_01 L_04 L_05 L_06 L_07 L_08 L_09 L_10 L_11 L_13 = Core M
L_02 L_03 = Core C
L_17 L_19 L_20 L_21 L_22 L_23 L_24 = -
M_01 M_02 M_05 M_13 M_18 M_19 M_20 M_21 = Core M
M_03 M_04 M_14 M_15 M_16 M_24 M_26 M_28 = ISO M
M_12 M_17 = -
N_25 N_34 N_35 N_36 N_27 N_28 N_29 N_30 N_31 N_32 = Core M
N_62 = Core C
N_63 = ISO C
N_46 = LAL M
N_01 N_02 N_03 N_47 N_60 N_05 N_08 N_24 N_16 N_17 N_18 N_44 N_21 N_49 N_50 = ADM M
N_09 N_48 = -
O_01 O_02 O_03 O_04 O_05 O_06 O_07 O_08 O_09 O_10 O_12 O_13 O_14 O_17 O_18 O_19 O_26 O_27 O_28 = AUI M
O_11 O_25 = -
P_02 P_03 = Core M
"""


@dataclass(frozen=True)
class Case:
    id: str  # "TC_B_08"
    block: str  # "B"
    #: (profile code, "M" or "C"), none for a case in no profile's CSMS column.
    profiles: tuple[tuple[str, str], ...]


def _order(case_id: str) -> tuple[str, int]:
    return case_id[3], int(case_id[5:])


def cases() -> dict[str, Case]:
    """Every case, in block and number order."""
    out: dict[str, Case] = {}
    for line in _CASES.strip().splitlines():
        ids, _, spec = line.partition(" = ")
        spec = spec.strip()
        profiles = () if spec == "-" else tuple((p.split()[0], p.split()[1]) for p in spec.split("/"))
        for short in ids.split():
            case_id = "TC_" + short
            if case_id in out:
                raise ValueError(f"{case_id} listed twice")
            out[case_id] = Case(case_id, short[0], profiles)
    return {k: out[k] for k in sorted(out, key=_order)}


_CONNECTORS = ("to", "then", "and")
_LATER = re.compile(r"_(?:and|then)_([a-p])_(\d{2})(?=_|$)")


def case_ids(test_name: str) -> list[str]:
    """The case ids a test's name names: test_tc_b_06_b_09_g_03_…, test_tc_n_30_31_…,
    test_tc_l_02_to_l_09_…, and further on …_and_e_53_…"""
    if not test_name.startswith("test_tc_"):
        return []
    words = test_name[len("test_tc_") :].split("_")
    found: list[str] = []
    block: str | None = None
    ranged = False
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if len(w) == 1 and w in "abcdefghijklmnop" and nxt.isdigit():
            block, number, i = w.upper(), int(nxt), i + 2
        elif w.isdigit() and block is not None:
            number, i = int(w), i + 1
        elif w in _CONNECTORS and found and len(nxt) == 1 and i + 2 < len(words) and words[i + 2].isdigit():
            ranged, i = w == "to", i + 1
            continue
        else:
            break
        if ranged and found and found[-1][3] == block:
            first = int(found[-1][5:])
            found += [f"TC_{block}_{n:02d}" for n in range(first + 1, number)]
        ranged = False
        found.append(f"TC_{block}_{number:02d}")
    # Further on, "…_and_e_53_…" names one more.
    rest = "_" + "_".join(words[i:])
    found += [f"TC_{b.upper()}_{n}" for b, n in _LATER.findall(rest)]
    return found


def tests_by_case(root: Path = ROOT) -> dict[str, list[str]]:
    """Case id → the tests naming it, as "path::function" (path relative to the repository)."""
    out: dict[str, list[str]] = defaultdict(list)
    for path in sorted((root / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for case_id in case_ids(node.name):
                    out[case_id].append(f"{path.relative_to(root).as_posix()}::{node.name}")
    return out


def _files(tests: list[str]) -> str:
    return ", ".join(f"`{f}`" for f in sorted({t.split("::")[0].removeprefix("tests/") for t in tests}))


def _short(case_id: str) -> str:
    return case_id.removeprefix("TC_")


def render(root: Path = ROOT) -> str:
    known = cases()
    named = tests_by_case(root)
    lines = [
        "# OCPP 2.0.1 conformance: OCTT CSMS cases and their tests",
        "",
        "Generated by `python -m scripts.ocpp201_conformance` from the test names",
        "(`test_tc_<block>_<nn>_…`);",
        "`tests/ocpp201/test_conformance_table.py` fails when this file is out of date. A case counts as",
        "covered when a test names it; what each test checks is in its docstring. Profiles are those of",
        "OCPP 2.0.1 Part 5 (Ed3, the CSMS column): M mandatory, C conditional on an optional feature,",
        '"—" in no profile. The 1.6 cases (TC_0xx) are in `ocpp_server/README.md`.',
        "",
        "## By functional block",
        "",
        "| block | cases covered | test files | cases not covered |",
        "|---|---|---|---|",
    ]
    for block, title in BLOCKS.items():
        ids = [c for c in known.values() if c.block == block]
        covered = [c.id for c in ids if c.id in named]
        missing = [c.id for c in ids if c.id not in named]
        tests = [t for c in covered for t in named[c]]
        lines.append(
            f"| {block} {title} | {' '.join(_short(c) for c in covered) or '—'} "
            f"({len(covered)}/{len(ids)}) | {_files(tests) or '—'} "
            f"| {' '.join(_short(c) for c in missing) or '—'} |"
        )
    lines += [
        "",
        "## By certification profile",
        "",
        "| profile | mandatory covered | conditional covered | test files | not covered |",
        "|---|---|---|---|---|",
    ]
    for code, title in PROFILES.items():
        mine = [(c, need) for c in known.values() for p, need in c.profiles if p == code]
        must = [c.id for c, need in mine if need == "M"]
        may = [c.id for c, need in mine if need == "C"]
        cov_m = [c for c in must if c in named]
        cov_c = [c for c in may if c in named]
        missing = [_short(c) for c in must if c not in named] + [
            f"{_short(c)} (C)" for c in may if c not in named
        ]
        tests = [t for c in cov_m + cov_c for t in named[c]]
        lines.append(
            f"| {title} | {' '.join(_short(c) for c in cov_m) or '—'} ({len(cov_m)}/{len(must)}) "
            f"| {' '.join(_short(c) for c in cov_c) or '—'} ({len(cov_c)}/{len(may)}) "
            f"| {_files(tests) or '—'} | {' '.join(missing) or '—'} |"
        )
    outside = sorted(c.id for c in known.values() if not c.profiles and c.id in named)
    unknown = sorted(set(named) - set(known))
    total = sum(1 for c in known if c in named)
    lines += [
        "",
        f"Covered: {total} of {len(known)} cases. Covered cases in no profile's CSMS column: "
        f"{' '.join(_short(c) for c in outside) or '—'}.",
        "Ids tests name that are not OCTT 2.0.1 CSMS cases (kept in the name for what the test does): "
        f"{', '.join(f'{_short(c)} ({_files(named[c])})' for c in unknown) or '—'}.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not DOC.is_file() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC.relative_to(ROOT)} is out of date: run python -m scripts.ocpp201_conformance")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
