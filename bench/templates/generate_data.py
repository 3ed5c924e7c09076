#!/usr/bin/env python3
"""Write the benchmark's template context: a report over N generated rows (default 20,000).

Deterministic: a fixed linear congruential generator, no dependence on Python's random
module, so every run and every machine gets the same bytes.

  generate_data.py OUT.json [--rows N]
"""
import argparse
import json

DOMEINEN = {
    "Wmo": ["Hulp bij het huishouden", "Begeleiding individueel", "Dagbesteding", "Hulpmiddelen",
            "Woningaanpassingen", "Vervoer & taxi"],
    "Jeugd": ["Jeugdhulp ambulant", "Jeugdhulp verblijf", "Jeugd-GGZ", "Jeugdbescherming",
              "Pleegzorg"],
    "Participatie": ["Bijstand (levensonderhoud)", "Re-integratie", "Beschut werk", "Schuldhulp"],
}
WIJKEN = ["Rokkeveen", "Meerzicht", "Seghwaert", "Buytenwegh/De Leyens", "Palenstein",
          "Driemanspolder", "Noordhove", "Oosterheem", "Stadscentrum", "Dorp", "Rokkeveen-Oost",
          "\"Het Lint\" <oud>"]
STATUS = ["lopend", "beëindigd", "aangevraagd", "afgewezen"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]


def rows(n, rng):
    domeinen = sorted(DOMEINEN)
    for i in range(n):
        domein = domeinen[rng.below(len(domeinen))]
        row = {
            "id": 100000 + i,
            "domein": domein,
            "regeling": rng.pick(DOMEINEN[domein]),
            "wijk": rng.pick(WIJKEN),
            "jaar": 2017 + rng.below(3),
            "kwartaal": 1 + rng.below(4),
            "leeftijd": rng.below(95),
            "clienten": 1 + rng.below(40),
            "kosten": rng.below(2500000) / 100,
            "status": rng.pick(STATUS),
        }
        if rng.below(10) == 0:
            row["opmerking"] = "Let op: " + rng.pick(["herindicatie", "bezwaar & beroep", "<spoed>", "verhuisd"])
        yield row


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=20000)
    args = ap.parse_args()
    context = {
        "site": {"title": "2e Rapportage Sociaal Domein 2019", "gemeente": "Zoetermeer", "lang": "nl"},
        "root": "../",
        "nav": [{"title": d, "url": d.lower() + "/"} for d in sorted(DOMEINEN)],
        "rows": list(rows(args.rows, Lcg(20191231))),
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
