#!/usr/bin/env python3
"""Write the context of one benchmark page, scaled by N rows (default 20,000).

Deterministic: a fixed linear congruential generator, no dependence on Python's random
module, so every run and every machine gets the same bytes.

  generate_data.py OUT.json [--rows N] [--page page|report|components|text|nested]

  page        N rows of a monitor (the original benchmark page)
  report      N rows with floats, shares and labels (report.html)
  components  N cards in groups of 100, each with meta data and tags (components.html)
  text        N/4 paragraphs of text with some markup (text.html)
  nested      N regelingen nested by gemeente, jaar and domein (nested.html)
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


LABELS = ["maatwerk", "algemeen", "spoed", "pgb", "zorg in natura", "herindicatie", "wachtlijst"]
WOORDEN = ["de", "gemeente", "zorgt", "voor", "inwoners", "met", "een", "hulpvraag", "in", "het",
           "sociaal", "domein", "jeugdhulp", "wordt", "vaker", "ingezet", "dan", "vorig", "jaar",
           "kosten", "stijgen", "door", "hogere", "tarieven", "en", "meer", "cliënten", "wijkteam",
           "ondersteuning", "thuis", "participatie", "werk", "inkomen", "schulden", "preventie"]
BRONNEN = ["  CBS Statline ", "Eigen registratie", " Monitor Sociaal Domein", "Waarstaatjegemeente.nl  "]


def page_context(n, rng):
    return {
        "site": {"title": "2e Rapportage Sociaal Domein 2019", "gemeente": "Zoetermeer", "lang": "nl"},
        "root": "../",
        "nav": [{"title": d, "url": d.lower() + "/"} for d in sorted(DOMEINEN)],
        "rows": list(rows(n, rng)),
    }


def shell(titel):
    """What every page of the other shapes shows around its content (report_base.html)."""
    return {"titel": titel, "gemeente": "Zoetermeer", "peildatum": "31 december 2019"}


def report_context(n, rng):
    domeinen = sorted(DOMEINEN)
    out = []
    for i in range(n):
        domein = domeinen[rng.below(len(domeinen))]
        out.append({
            "id": 200000 + i,
            "regeling": rng.pick(DOMEINEN[domein]),
            "wijk": rng.pick(WIJKEN),
            "jaar": 2016 + rng.below(4),
            "clienten": 1 + rng.below(60),
            "kosten": rng.below(4000000) / 100,
            "aandeel": rng.below(10000) / 10000,
            "labels": [rng.pick(LABELS) for _ in range(rng.below(4))],
        })
    ctx = shell("kosten per wijk en regeling")
    ctx.update({
        "inleiding": "Deze rapportage geeft per wijk een overzicht van alle regelingen in het sociaal "
                     "domein: het aantal cliënten, de kosten en het aandeel in het budget van de gemeente.",
        "kolommen": ["Nr", "Regeling", "Jaar", "Kosten", "Per cliënt", "Afgerond", "Aandeel", "Bedrag", "Labels"],
        "rows": out,
    })
    return ctx


def components_context(n, rng):
    groepen = []
    for g in range(0, n, 100):
        items = []
        for i in range(g, min(n, g + 100)):
            item = {
                "titel": rng.pick(DOMEINEN[rng.pick(sorted(DOMEINEN))]) + " " + str(i),
                "soort": rng.pick(["grafiek", "tabel", "kaart", "tekst"]),
                "status": rng.pick(STATUS),
                "meta": {"wijk": rng.pick(WIJKEN), "jaar": 2016 + rng.below(4), "clienten": rng.below(500)},
                "tags": [rng.pick(LABELS) for _ in range(rng.below(3))],
            }
            if rng.below(4) == 0:
                item["toelichting"] = "Zie ook <" + rng.pick(WIJKEN) + ">"
            items.append(item)
        groepen.append({"id": "groep-" + str(g // 100), "titel": "Groep " + str(g // 100 + 1), "kaarten": items})
    ctx = shell("overzicht van alle onderdelen")
    ctx["groepen"] = groepen
    return ctx


def sentence(rng):
    words = [rng.pick(WOORDEN) for _ in range(6 + rng.below(10))]
    if rng.below(5) == 0:
        k = rng.below(len(words))
        words[k] = "<strong>" + words[k] + "</strong>"
    if rng.below(7) == 0:
        words.append("&amp; " + rng.pick(WOORDEN))
    return " ".join(words)


def text_context(n, rng):
    alineas = []
    for _ in range(max(1, n // 4)):
        tekst = ". ".join(sentence(rng) for _ in range(1 + rng.below(4))) + "."
        if rng.below(3) == 0:
            tekst = "De " + tekst
        alineas.append({"kop": " ".join(rng.pick(WOORDEN) for _ in range(2 + rng.below(3))),
                        "tekst": tekst, "bron": rng.pick(BRONNEN)})
    ctx = shell("toelichting per onderwerp")
    ctx["alineas"] = alineas
    return ctx


def nested_context(n, rng):
    # 4 years x 3 domains x 5 regelingen = 60 regelingen per gemeente.
    gemeenten = {}
    for g in range((n + 59) // 60):
        jaren = {}
        for jaar in range(2016, 2020):
            domeinen = []
            for domein in sorted(DOMEINEN):
                regelingen = []
                for r in range(5):
                    per_wijk = {w: rng.below(300) for w in WIJKEN[:rng.below(7)]}
                    regelingen.append({
                        "naam": DOMEINEN[domein][r % len(DOMEINEN[domein])],
                        "vervallen": rng.below(6) == 0,
                        "cijfers": {"instroom": rng.below(4) * rng.below(200), "uitstroom": rng.below(250),
                                    "per_wijk": per_wijk},
                    })
                domeinen.append({"naam": domein, "regelingen": regelingen})
            jaren[str(jaar)] = {"domeinen": domeinen}
        gemeenten["Gemeente " + str(g).zfill(4)] = {"jaren": jaren}
    ctx = shell("regelingen per gemeente")
    ctx["gemeenten"] = gemeenten
    return ctx


PAGES = {
    "page": page_context,
    "report": report_context,
    "components": components_context,
    "text": text_context,
    "nested": nested_context,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--page", choices=sorted(PAGES), default="page")
    args = ap.parse_args()
    context = PAGES[args.page](args.rows, Lcg(20191231))
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
