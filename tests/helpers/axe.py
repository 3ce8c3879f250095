"""axe-core scans in a browser test: the serious and critical violations of a page as it is.

axe's own engine (the `axe-core` npm package the console installs) is loaded into the page through
the DevTools protocol, which the page's Content-Security-Policy does not govern."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parents[2] / "admin_spa" / "node_modules" / "axe-core" / "axe.min.js"


async def serious_violations(page: Any, exclude: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """axe's violations of impact serious or critical (id, help, the first few nodes), leaving out
    what matches the `exclude` selectors (third-party components scanned by their own makers)."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.evaluate(await asyncio.to_thread(AXE.read_text))
    result = await page.evaluate(
        "async (exclude) => { const r = await window.axe.run({ exclude: exclude.map(s => [s]) },"
        " { resultTypes: ['violations'] });"
        " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })); }",
        list(exclude),
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]
