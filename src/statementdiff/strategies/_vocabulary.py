"""The vocabulary and document model behind :mod:`statementdiff.strategies`.

A generated statement is a :class:`Doc`: paragraphs of :class:`Unit` sentences, each a
subject and one or two :class:`Pred` commitments (a stance verb with its synonyms, an
optional adverb, and an object phrase with place and country slots). The phrases were
written for this module. Nothing here draws: the strategies do, and the edits change a
:class:`Doc` in place; rendering gives the text and where each sentence stands.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

__all__ = [
    "ADVERBS",
    "COUNTRIES",
    "OBJECTS",
    "PLACES",
    "SUBJECTS",
    "VERBS",
    "Doc",
    "Pred",
    "Unit",
]

SUBJECTS = ("We", "The Leaders", "The Ministers", "Both sides", "The two countries")
VERBS = (
    ("reaffirm", "reiterate"),
    ("underscore", "emphasize", "stress"),
    ("welcome", "applaud", "commend"),
    ("support", "endorse", "back"),
    ("recognize", "acknowledge"),
    ("call for", "urge"),
    ("pledge to strengthen", "commit to strengthening"),
    ("will promote", "will advance"),
)
ADVERBS = ("strongly", "firmly", "fully")
PLACES = (
    "Taiwan Strait",
    "East China Sea",
    "South China Sea",
    "Indian Ocean",
    "Pacific Islands region",
    "Mekong subregion",
    "Black Sea",
    "Red Sea",
    "Arctic",
    "Caribbean",
)
COUNTRIES = (
    "Japan",
    "Australia",
    "India",
    "the Philippines",
    "Indonesia",
    "Viet Nam",
    "Ukraine",
    "Kenya",
    "Brazil",
    "Canada",
)
# {P} takes a place, {C} a country.
OBJECTS = (
    "the importance of peace and stability in the {P}",
    "freedom of navigation and overflight in the {P}",
    "close coordination on humanitarian assistance to {C}",
    "a new dialogue on critical minerals with {C}",
    "efforts to build resilient semiconductor supply chains",
    "clean energy investment across the {P}",
    "action against ballistic missile launches that threaten regional security",
    "a joint fund for pandemic preparedness and global health",
    "cooperation on space exploration and lunar science",
    "measures to counter cyber attacks on critical infrastructure",
    "the rule of law and respect for sovereignty and territorial integrity",
    "stronger export controls on dual-use technologies",
    "a framework for quantum research partnerships with {C}",
    "educational exchanges among students, scholars and entrepreneurs",
    "the early conclusion of a digital trade agreement",
    "reform of multilateral development banks",
    "coast guard training programs for partners in the {P}",
    "sanctions enforcement against illicit ship-to-ship transfers",
    "the complete denuclearization of the Korean Peninsula",
    "food security assistance for vulnerable communities in {C}",
    "joint military exercises that enhance deterrence",
    "open, interoperable and secure telecommunications networks",
    "a ministerial meeting on energy transition next year",
    "the protection of undersea cables in the {P}",
    "counterterrorism cooperation and information sharing",
    "women's economic empowerment and gender equality",
    "nonproliferation obligations under the NPT",
    "disaster relief logistics hubs in the {P}",
    "investment screening to protect sensitive technologies",
    "artificial intelligence safety standards and testing",
    "marine pollution cleanup along the coasts of {C}",
    "vaccine manufacturing capacity in {C}",
    "youth leadership programs for young diplomats",
    "transparency in lending practices and debt restructuring",
    "refining and recycling partnerships for rare earths",
    "a reliable civil nuclear energy partnership",
)


@dataclass(frozen=True)
class Pred:
    """One commitment: a stance verb (which synonym, which adverb) and its object."""

    verb: int  # index into VERBS
    form: int  # which synonym
    obj: int  # index into OBJECTS
    place: int
    country: int
    adverb: int = -1

    def render(self) -> str:
        """The commitment as text: the verb, then the object with its slots filled."""
        verb = VERBS[self.verb][self.form % len(VERBS[self.verb])]
        if self.adverb >= 0:
            verb = f"{ADVERBS[self.adverb]} {verb}"
        obj = OBJECTS[self.obj].format(P=PLACES[self.place], C=COUNTRIES[self.country])
        return f"{verb} {obj}"


@dataclass(frozen=True)
class Unit:
    """One generated sentence: a subject and its commitments."""

    uid: int
    subject: int
    preds: tuple[Pred, ...]
    origin: tuple[int, ...] = ()  # A units this B unit comes from

    def render(self) -> str:
        """The sentence as text."""
        body = ", and ".join(p.render() for p in self.preds)
        return f"{SUBJECTS[self.subject]} {body}."


@dataclass
class Doc:
    """A generated statement: paragraphs of units, with the edits applied to it."""

    paragraphs: list[list[Unit]]
    next_uid: int = 0
    edits: list[str] = field(default_factory=list)
    moved: set[int] = field(default_factory=set)
    spent: set[int] = field(default_factory=set)
    """Objects said by a unit of this document at any time, deleted ones included: an
    inserted sentence takes none of them, or it would restore a deleted sentence (a
    move, not an insertion)."""

    def units(self) -> list[Unit]:
        """Every unit, in document order."""
        return [u for p in self.paragraphs for u in p]

    def render(self, fmt: str = "text") -> tuple[str, list[tuple[int, int, int]]]:
        """Text and (start, end, uid) of each unit."""
        pieces: list[str] = []
        where: list[tuple[int, int, int]] = []
        pos = 0
        for k, para in enumerate(self.paragraphs):
            if k:
                pieces.append("\n\n")
                pos += 2
            for n, unit in enumerate(para):
                if n:
                    pieces.append(" ")
                    pos += 1
                text = unit.render()
                where.append((pos, pos + len(text), unit.uid))
                pieces.append(text)
                pos += len(text)
        if fmt == "html":
            body = "\n".join(
                "<p>" + html.escape(" ".join(u.render() for u in para), quote=False) + "</p>"
                for para in self.paragraphs
            )
            return f"<html><body><h1>Joint Statement</h1>\n{body}\n</body></html>", []
        return "".join(pieces) + "\n", where
