"""Regenerate the binary and non-UTF-8 fixtures in ``tests/fixtures/mixed``.

The plain-text fixtures (``.txt``, ``.md``, ``.html``, ``.json``, ``.jsonl``, ``.csv``) are
written by hand and committed as they are; this script writes the ones that are awkward to edit
by hand: the Parquet table, the zip archive, a binary file posing as ``.txt`` and the texts in
cp1251, UTF-16 and UTF-8 with a byte-order mark. All texts are invented for the tests.

Usage: python tests/make_fixtures.py
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pandas as pd

MIXED = Path(__file__).parent / "fixtures" / "mixed"

PARQUET_ROWS = {
    "title": [
        "SCO finance ministers discuss local-currency settlement",
        "Ulaanbaatar to host regional transport conference",
    ],
    "text": [
        "Finance ministers of SCO member states discussed wider use of local currencies in "
        "cross-border trade at a meeting in Astana.\nDeputy minister Erlan Zhunusov said a "
        "working group would report by the end of the year.",
        "Mongolia will host a regional transport conference in Ulaanbaatar next month.\n"
        "Transport minister Bolormaa Ganbat said delegations from eight countries had confirmed.",
    ],
    "published": pd.to_datetime(["2024-02-10T08:00:00Z", "2024-02-11T12:30:00Z"], utc=True),
    "outlet": ["Astana Courier", "Astana Courier"],
    "url": ["https://astana-courier.example/local-currency", None],
    "author": ["Gulnara Sadykova", None],
}

ZIP_MEMBERS = {
    "a_summit_opens.txt": (
        "SCO summit opens with call for transit cooperation\n\n"
        "Leaders of the Shanghai Cooperation Organisation opened their annual summit on Wednesday "
        "with a call for closer cooperation on transit routes.\n"
        "Host foreign minister Anvar Rakhimov said ten agreements were ready for signing.\n"
    ),
    "b_summit_closes.txt": (
        "SCO summit closes with joint declaration\n\n"
        "The summit ended on Thursday with a joint declaration on energy and transport links.\n"
        "Spokeswoman Irina Vostrikova said the next meeting would take place in Minsk.\n"
    ),
}

CP1251_TEXT = (
    "Министры торговли ШОС обсудили новый транспортный коридор\n\n"
    "Министры торговли стран Шанхайской организации сотрудничества встретились в Бишкеке "
    "и обсудили строительство нового транспортного коридора.\n"
    "По словам министра Айгуль Сатыбалдиевой, первые грузовые поезда пойдут по маршруту "
    "уже весной следующего года.\n"
    "Представители таможенных служб пообещали упростить оформление грузов на границе.\n"
)

UTF16_TEXT = (
    "ASEAN ministers agree on rice reserve rules\n\n"
    "Agriculture ministers of ASEAN agreed in Manila on new rules for the regional rice reserve.\n"
    "Minister Teodoro Salcedo said the reserve could now be released within ten days.\n"
)

UTF8_BOM_TEXT = (
    "Kyrgyz parliament ratifies railway treaty\n\n"
    "The parliament of Kyrgyzstan ratified a treaty on a new railway to the Chinese border.\n"
    "Deputy speaker Nurlan Abdrakhmanov said construction would start in the autumn.\n"
)

# A PNG signature and header chunk, then zeros: binary data that only pretends to be text.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(200)


def _zip_bytes(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def main() -> None:
    """Write the generated fixtures into ``tests/fixtures/mixed``."""
    MIXED.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(PARQUET_ROWS).to_parquet(MIXED / "07_finance_briefs.parquet", index=False)
    (MIXED / "08_summit_bundle.zip").write_bytes(_zip_bytes(ZIP_MEMBERS))
    (MIXED / "bad_binary.txt").write_bytes(BINARY)
    (MIXED / "enc_cp1251.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    (MIXED / "enc_utf16_bom.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    (MIXED / "enc_utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + UTF8_BOM_TEXT.encode("utf-8"))


if __name__ == "__main__":
    main()
