"""Regenerate divisions.tsv and countries.tsv (run by hand; the outputs are committed).

    pip install cpca==0.5.5 pycountry && python builder/data/make_tables.py

divisions.tsv: China's administrative divisions down to counties, from the
national division codes (GB/T 2260) as packaged by cpca 0.5.5 (MIT, 2020
codes), plus Hong Kong, Macao and Taiwan, which that table leaves out.
countries.tsv: ISO 3166-1 countries with their Chinese names, from the
Debian iso-codes translations shipped by pycountry (LGPL-2.1).
"""

import csv
import gettext
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
EXTRA = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
NOT_FOREIGN = {"中国", "台湾", "香港", "澳门"}


def divisions() -> list[tuple[str, str, str, str]]:
    with resources.files("cpca").joinpath("resources/adcodes.csv").open(encoding="utf-8") as f:
        rows = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(f)]
    names = dict(rows + EXTRA)
    out = []
    for code, name in sorted(names.items()):
        if name in PLACEHOLDERS:
            continue
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            city = code[:4] + "00"
            parent = city if city in names and names[city] not in PLACEHOLDERS else code[:2] + "0000"
        out.append((code, name, level, parent))
    return out


def countries() -> list[tuple[str, ...]]:
    """(code, name, other names…): the common name first (韩国, not 大韩民国)."""
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    out = []
    for c in pycountry.countries:
        english = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = list(dict.fromkeys(zh.gettext(e) for e in english if e and zh.gettext(e) != e))
        if names and not NOT_FOREIGN & set(names):
            out.append((c.alpha_2, *names))
    return sorted(out)


if __name__ == "__main__":
    with open(HERE / "divisions.tsv", "w", encoding="utf-8") as f:
        f.write("# code\tname\tlevel\tparent  (GB/T 2260 via cpca 0.5.5, MIT; see make_tables.py)\n")
        f.writelines("\t".join(row) + "\n" for row in divisions())
    with open(HERE / "countries.tsv", "w", encoding="utf-8") as f:
        f.write(
            "# ISO 3166-1 alpha-2\tChinese name\tother names…  (iso-codes via pycountry, LGPL-2.1; see make_tables.py)\n"
        )
        f.writelines("\t".join(row) + "\n" for row in countries())
