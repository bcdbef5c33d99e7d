"""Update resources/i18n/*.ts from the sources (pyside6-lupdate) and build the .qm files.

python scripts/build_translations.py          # update .ts, then build .qm
python scripts/build_translations.py --check  # exit 1 if a string is untranslated
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")  # en holds only the plural forms ("1 day", "2 days")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crm_desktop" / "ui").rglob("*.py"))


def update_ts() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"crm_desktop_{lang}.ts"
        only_plurals = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                *only_plurals,
                "-target-language",
                lang,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        if lang == "en":
            english_plurals(ts)


def english_plurals(ts: Path) -> None:
    """English sources say "%n day(s)"; the English translation says "1 day" and "2 days"."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build_qm() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"crm_desktop_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def untranslated(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        numerus = translation.findall("numerusform") if translation is not None else []
        text = (
            "".join(n.text or "" for n in numerus)
            if numerus
            else (translation.text if translation is not None else "")
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not text
        ):
            missing.append(source)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args()
    if not args.check:
        update_ts()
        build_qm()
    status = 0
    for lang in LANGUAGES:
        missing = untranslated(I18N / f"crm_desktop_{lang}.ts")
        for source in missing:
            print(f"{lang}: untranslated: {source!r}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
