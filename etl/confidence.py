"""How sure a fact is: the product of the weights of the evidence behind it, kept in one readable table.

`confidence` (0..1) is an extra field of every extracted fact. It multiplies four weights: how the grammar
found the figure (a number with its unit or currency is firmer than a person named in the singular), what
kind of fact it is, where its region came from (its own sentence is firmer than a place three paragraphs up,
or the document's country), and whether its date was written or fell back. `python bench/reliability.py`
prints, for the dev corpus, each confidence band with the precision of its facts (0.983 at 0.9 and above).
"""

from __future__ import annotations

# How the grammar found the figure (grammars.base.Figure.how). Each weight is about the precision that rule's
# facts reached on the 159 dev articles, rounded down.
GRAMMAR = {
    "mass": 0.97,             # a number and a mass unit
    "singular_person": 0.96,  # one person named without a number
    "possessor": 0.85,        # the person drugs were found on, detained in the paragraph
    "bare_unit": 0.95,        # "изъят килограмм героина"
    "head": 0.92,             # a number and a head noun of data/reference/heads.csv
    "singular_thing": 0.88,   # one lab, group or channel named without a number
    "comparison": 0.9,        # last year's figure given in brackets
    "ellipsis": 0.85,         # a part whose noun is left out ("из них 5 — сбыт")
    "money": 0.88,            # a number and a currency (restatements in another currency go wrong most)
    "counted": 0.78,          # a number and a counted unit (doses, pills, pieces)
    "animate": 0.65,          # a number and a person noun not in the vocabulary ("49 подростков")
    "number": 0.8,
}

# What kind of fact it is: counts of people and of crimes are where subsets, comparisons and restatements
# are most often taken for facts.
KIND = {"people": 0.95, "crimes": 0.95}

# Where the region came from (regions.Gazetteer.place): a fact placed on weak evidence is less sure.
REGION = {
    "sentence": 1.0,          # a place before the figure in its own sentence
    "item": 1.0,              # a list item's place after its dash ("одна — в Акмолинской области")
    "sentence_next": 1.0,     # a place right after it in its clause
    "body": 1.0,              # the region of a body acting in its sentence
    "paragraph": 1.0,         # the nearest place before it in its paragraph
    "earlier": 0.98,          # a place in an earlier paragraph
    "sentence_after": 0.98,   # a place after it in its sentence
    "sentence_beyond": 0.98,  # a place after it in its sentence, beyond another number
    "several": 0.97,          # named with two regions: no single region
    "document": 0.95,         # the only region the document names
    "residence": 0.95,        # where the people of its sentence live, nothing else saying
    "national": 0.95,         # the document speaks of the country as a whole
    "none": 0.95,             # nothing says
    "later": 0.93,            # the first place after it in its paragraph
    "agency": 0.93,           # a national body acting in its own sentence
    "after": 0.93,            # the first place after it in a later paragraph
}

# Whether the date was written or fell back to the publication (on the dev articles neither predicts errors).
DATE = {"stated": 1.0, "published": 1.0, "none": 1.0}


def confidence(how: str, region_evidence: str, date_evidence: str, kind: str = "") -> float:
    """The confidence of a fact from the evidence behind it."""
    return round(GRAMMAR.get(how, GRAMMAR["number"]) * KIND.get(kind, 1.0) * REGION.get(region_evidence, REGION["none"])
                 * DATE.get(date_evidence, DATE["none"]), 3)
