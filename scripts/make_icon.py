"""Draw the application icon (resources/icons/crm-desktop.png and .ico) with Pillow.

A blue rounded square with 客 (customer) in white; run again only to change the design.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib import font_manager
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def cjk_font_path() -> str:
    for entry in font_manager.fontManager.ttflist:
        if entry.name in ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei"):
            return entry.fname
    raise SystemExit("no CJK font found: install fonts-wqy-microhei")


def draw(size: int) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 5, fill=(30, 136, 229, 255))
    font = ImageFont.truetype(cjk_font_path(), int(size * 0.66))
    pen.text((size / 2, size / 2), "客", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "crm-desktop.png")
    big.save(
        OUT / "crm-desktop.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
