"""A CJK-capable font for charts and reports, found on this machine (or bundled)."""

from __future__ import annotations

import logging
from functools import lru_cache

from crm_desktop.paths import resources_dir

log = logging.getLogger(__name__)

# WenQuanYi first: Qt's PDF writer extracts its text correctly (Noto CJK turns 人 into ⼈).
PREFERRED_FAMILIES = (
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "SimHei",
    "Heiti SC",
    "SimSun",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)


@lru_cache(maxsize=1)
def matplotlib_cjk_family() -> str | None:
    """Register bundled fonts with matplotlib and return the first CJK family available."""
    from matplotlib import font_manager

    bundled = resources_dir() / "fonts"
    if bundled.is_dir():
        for path in sorted(bundled.glob("*.tt[fc]")) + sorted(bundled.glob("*.otf")):
            font_manager.fontManager.addfont(str(path))
    available = {f.name for f in font_manager.fontManager.ttflist}
    for family in PREFERRED_FAMILIES:
        if family in available:
            log.info("chart font: %s", family)
            return family
    log.warning("no CJK font found; Chinese labels in charts will show as boxes")
    return None
