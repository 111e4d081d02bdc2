"""Names of the child and family: learnt from PlanFacts and the cover page, then found in any
text as full names, first names, surnames, with titles ("Mrs Jones") and possessives ("Sam's").

Matching is case-insensitive on word boundaries, except for names that are also ordinary
words ("Will", "Grace", "Young", "Green"), which must be capitalised. A name the plan never
states on its cover or in its facts is found only when it follows a relationship word ("Mum
Sarah", "my brother Jack") or a title ("Mrs Brown", "Dr Patel"); any other unknown name is
missed (see SECURITY.md, "Limits of pseudonymisation").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from audit.privacy.spans import Match

ENTITY = "name"

Role = Literal["child", "parent", "relative", "person"]

TITLES: tuple[str, ...] = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame")
# The words after which a capitalised word is taken as a name, and the role it gets.
PARENT_WORDS: tuple[str, ...] = (
    "mum", "mummy", "mom", "mother", "dad", "daddy", "father", "step-mum", "stepmum",
    "stepmother", "step-dad", "stepdad", "stepfather", "carer", "foster carer", "foster mum",
    "foster dad", "parent", "guardian", "special guardian",
)
RELATIVE_WORDS: tuple[str, ...] = (
    "brother", "sister", "sibling", "half-brother", "half-sister", "stepbrother", "stepsister",
    "step-brother", "step-sister", "twin", "nan", "nana", "nanny", "gran", "granny", "grandma",
    "grandmother", "grandad", "granddad", "grandpa", "grandfather", "aunt", "auntie", "aunty",
    "uncle", "cousin", "son", "daughter", "niece", "nephew",
)
OTHER_WORDS: tuple[str, ...] = ("friend", "best friend", "partner", "boyfriend", "girlfriend", "key worker", "keyworker")

# Names that are also English words: matched only when capitalised.
COMMON_WORD_NAMES: frozenset[str] = frozenset(
    """will may june april august hope grace faith joy rose mark bill sunny summer autumn
    river amber ruby pearl jade holly ivy lily daisy violet iris hazel heather dawn eve honor
    honour patience chase hunter mason miles rich rob sue pat don ray guy jack jean frank
    earl bob dale dean gene glen young white green brown black wood hill hall king bird cook
    baker bell little long short best hart moss stone street lane field ford marsh rivers
    price page law love light day knight bishop hunt fox lamb mills booth banks wise sharp
    gold silver reading english french art story sky star storm able major miller""".split()
)
# Capitalised words that follow "Mum" or "Mrs" without being a name.
NOT_NAMES: frozenset[str] = frozenset(
    """i a an the and or but he she they we you it his her their our my your this that these
    those when where what who why how if at in on to for with from by of as is was are were
    has had have will would can could should may might must also both all not no yes so then
    there here mr mrs ms miss dr mx year section part school college ehcp ehc sen send senco
    nhs camhs january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday reports report says
    said feels felt thinks would wants child relative person plan""".split()
) | frozenset(w for w in PARENT_WORDS + RELATIVE_WORDS + OTHER_WORDS if " " not in w)

_NAME_TOKEN = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_REL_WORDS = sorted(PARENT_WORDS + RELATIVE_WORDS + OTHER_WORDS, key=len, reverse=True)
AFTER_RELATIONSHIP = re.compile(
    r"(?i:\b(?P<rel>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _REL_WORDS) + r")s?)"
    r"\s*[,:(]?\s*(?P<name>" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r")?)"
)
AFTER_TITLE = re.compile(
    r"\b(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?[ \t]+"
    r"(?P<name>(?:[A-Z]\.?[ \t]+)?" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r")?)"
)
_PARENTHESISED = re.compile(r"[(\[\"“]([^)\]\"”]*)[)\]\"”]")
# Titles only as titles are written (capitalised): "will miss Sam" holds no title.
_TITLE_PREFIX = r"(?-i:(?:" + "|".join(t.capitalize() for t in TITLES) + r")\.?\s+)"


def name_parts(name: str) -> list[str]:
    """The words of a name without titles, brackets or initials: 'Mrs S. Jones' -> ['Jones']."""
    name = _PARENTHESISED.sub(" ", name)
    words = re.findall(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?", name)
    return [w.rstrip(".") for w in words if w.lower().rstrip(".") not in TITLES and len(w.rstrip(".")) > 1]


def nicknames(name: str) -> list[str]:
    """Names given in brackets or quotes within a name: 'Samuel (Sam) Jones' -> ['Sam']."""
    return [inner.strip() for inner in _PARENTHESISED.findall(name) if name_parts(inner)]


def split_people(value: str) -> list[str]:
    """One name per person from a cover-page value: 'Sarah and David Jones' -> ['Sarah Jones', 'David Jones'].

    A bracketed relationship is dropped ('Sarah Jones (mother)'); 'Mr and Mrs Jones' gives
    'Mr Jones' and 'Mrs Jones', so that each title keeps its surname.
    """
    value = re.sub(r"\((?:mother|father|mum|dad|parent|carer|guardian|[^)]*\bcarer)\)", " ", value, flags=re.IGNORECASE)
    pieces = [p.strip() for p in re.split(r"\s*(?:,|;|/|&|\band\b)\s*", value) if p.strip()]
    if not pieces:
        return []
    last = pieces[-1].split()
    surname = last[-1] if len(last) > 1 else None
    people: list[str] = []
    for piece in pieces:
        words = piece.split()
        if surname and len(words) == 1:
            piece = f"{piece} {surname}"
        people.append(piece)
    return people


# Short forms that do not begin with the full name (those that do are found by
# `is_short_form`): 'Bill' for William, 'Lizzie' for Elizabeth.
DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "william": ("bill", "billy", "liam"), "robert": ("bob", "bobby"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "libby"), "margaret": ("maggie", "meg", "peggy"),
    "richard": ("rick", "ricky"), "edward": ("ted", "teddy", "ned"), "henry": ("harry", "hal"),
    "rebecca": ("becky", "becca"), "victoria": ("vicky", "tori"), "isabella": ("izzy", "bella"),
    "isabel": ("izzy", "bella"), "amelia": ("millie", "milly"), "eleanor": ("ellie", "nell"),
    "evelyn": ("evie",), "alexander": ("sandy", "xander"), "alexandra": ("lexi", "sandy"),
    "anthony": ("tony",), "katherine": ("kate", "katie", "kitty"), "catherine": ("kate", "katie", "cath"),
    "christopher": ("kit",), "olivia": ("liv", "livvy"), "oliver": ("ollie", "olly"),
    "nicholas": ("nick", "nicky"), "michael": ("mike", "mikey", "micky"), "abigail": ("abbie", "abby"),
    "jacob": ("jake",), "harriet": ("hattie",), "frances": ("fran", "frankie"), "francesca": ("frankie",),
}


def is_short_form(word: str, first_name: str) -> bool:
    """'sam', 'sammy', 'danny', 'alfie' shorten 'samuel', 'daniel', 'alfred': a stem of three
    letters or more that begins the first name, with an optional -y/-ie/-ey ending."""
    if word == first_name:
        return False
    stem = re.sub(r"(?:ie|ey|y)$", "", word)
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # 'sammy' -> 'samm' -> 'sam'
    return len(stem) >= 3 and first_name.startswith(stem) and len(stem) < len(first_name)


@dataclass
class Person:
    """Someone whose name is to be hidden, and every form their name may take."""

    key: str  # the full name, lower case, single spaces, no title ('sam jones')
    role: Role
    forms: tuple[str, ...]  # lower case: 'sam jones', 'sam', 'jones', or a titled 'mrs jones'
    order: int  # registration order: the earlier person owns a shared form
    generation: int = 0  # the learn() call that last named them: the current plan's people win
    # Short forms ('Sammy', 'Bill') matched only when capitalised: as words they are too risky.
    short_forms: tuple[str, ...] = ()


def forms_of(name: str) -> tuple[str, ...]:
    """Full name, first + last, each part alone, and bracketed nicknames, in lower case."""
    parts = name_parts(name)
    forms: list[str] = []
    if parts:
        forms.append(" ".join(parts))
        if len(parts) > 2:
            forms.append(f"{parts[0]} {parts[-1]}")
        forms.extend(parts)
    if nicknames(name) and parts:
        # The name as written with its nickname, so 'Samuel (Sam) Jones' is one mention.
        forms.append(" ".join(name.split()))
    for nick in nicknames(name):
        nick_forms = forms_of(nick)
        if parts and len(parts) > 1 and nick_forms:
            forms.append(f"{nick_forms[0]} {parts[-1]}")
        forms.extend(nick_forms)
    seen: dict[str, None] = {}
    for form in forms:
        seen.setdefault(form.lower(), None)
    return tuple(seen)


@dataclass
class People:
    """Everyone registered in a run, and a matcher over all their name forms."""

    persons: dict[str, Person] = field(default_factory=dict)
    generation: int = 0
    _pattern: re.Pattern[str] | None = None
    _index: set[str] | None = None

    def add(self, name: str, role: Role, titled_form: str | None = None) -> Person | None:
        """Register a person (or refresh one already known); None if `name` holds no name."""
        forms = forms_of(name) if titled_form is None else (titled_form.lower(),)
        if not forms:
            return None
        key = titled_form.lower() if titled_form else forms[0]
        person = self.persons.get(key) or self._same_person(key, forms, role)
        if person is None:
            person = Person(key, role, forms, order=len(self.persons), generation=self.generation)
            self.persons[key] = person
        else:
            person.forms = tuple(dict.fromkeys(person.forms + forms))
            person.generation = self.generation
        for short in DIMINUTIVES.get(person.forms[0].split()[0], ()):
            if short not in person.forms:
                person.short_forms += (short,)
        self._pattern = None
        self._index = None
        return person

    def _same_person(self, key: str, forms: tuple[str, ...], role: Role) -> Person | None:
        """Someone of this plan already registered under part of this name, or under this name
        as part of theirs ('Sarah' from the facts and 'Sarah Jones' from the cover page)."""
        for person in self.persons.values():
            if person.generation == self.generation and person.role == role:
                if person.key in forms or key in person.forms:
                    return person
        return None

    def alias(self, person: Person, name: str) -> None:
        """Another way of writing the same person's name ('Sam Jones' beside 'Samuel Jones')."""
        person.forms = tuple(dict.fromkeys(person.forms + forms_of(name)))
        self._pattern = None
        self._index = None

    def owners(self, form: str) -> list[Person]:
        """The people a form may name: the current plan's first, then the earliest registered."""
        found = [p for p in self.persons.values() if form in p.forms or form in p.short_forms]
        return sorted(found, key=lambda p: (-p.generation, p.order))

    def pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None:
            forms = sorted(self._forms_index(), key=lambda f: (-len(f), f))
            if not forms:
                return None
            alternatives = "|".join(r"[\s_\-]+".join(re.escape(w) for w in f.split()) for f in forms)
            # Word boundaries that treat '_' as a separator, so 'Sam_Jones_EHCP.docx' is found.
            self._pattern = re.compile(
                rf"(?<![^\W_])(?P<title>{_TITLE_PREFIX})?(?P<form>{alternatives})(?![^\W_])", re.IGNORECASE
            )
        return self._pattern

    def find(self, text: str) -> list[Match]:
        """Every mention of a registered person in `text`; Match.key is the person's key."""
        pattern = self.pattern()
        if pattern is None:
            return []
        found: list[Match] = []
        for m in pattern.finditer(text):
            written = m.group("form")
            form = " ".join(re.split(r"[\s_\-]+", written.lower()))
            if form not in self._forms_index():
                form = written.lower()
            owners = self.owners(form)
            if not owners:
                continue
            person = owners[0]
            if (form in COMMON_WORD_NAMES or form in person.short_forms) and not written[:1].isupper():
                continue
            if m.group("title"):
                # Children are not 'Mrs Jones': a titled surname names an adult when one is known.
                adults = [p for p in owners if p.role != "child"]
                person = adults[0] if adults else person
            start = m.start() if m.group("title") else m.start("form")
            found.append(Match(start, m.end(), ENTITY, text[start : m.end()], f"name.{person.role}", person.key))
        return found

    def _forms_index(self) -> set[str]:
        if self._index is None:
            self._index = {f for p in self.persons.values() for f in p.forms + p.short_forms}
        return self._index

    def add_short_form(self, person: Person, short: str) -> None:
        """A diminutive of the person's first name seen in the text ('Sam' for 'Samuel')."""
        short = short.lower()
        if short not in person.forms and short not in person.short_forms:
            person.short_forms += (short,)
            self._pattern = None
            self._index = None

    def short_form_owner(self, word: str) -> Person | None:
        """The person of the current plan whose first name `word` shortens, if any."""
        lower = word.lower()
        if len(lower) < 3 or lower in NOT_NAMES or lower in self._forms_index():
            return None
        for person in sorted(self.persons.values(), key=lambda p: (-p.generation, p.order)):
            if person.generation != self.generation or not person.forms:
                continue
            first = person.forms[0].split()[0]
            if first.startswith(("mr ", "mrs ", "ms ", "miss ", "mx ", "dr ")) or " " in first:
                continue
            if is_short_form(lower, first):
                return person
        return None


def _role_of(relationship: str) -> Role:
    word = " ".join(relationship.lower().split())
    if word in PARENT_WORDS:
        return "parent"
    if word in RELATIVE_WORDS:
        return "relative"
    return "person"


def find_introduced_names(text: str) -> list[tuple[str, Role, str | None]]:
    """Names the text introduces itself: (name, role, title) after 'Mum', 'my brother', 'Mrs'."""
    found: list[tuple[int, str, Role, str | None]] = []
    for m in AFTER_RELATIONSHIP.finditer(text):
        words = m.group("name").split()
        kept: list[str] = []
        for word in words:
            if word.lower() in NOT_NAMES:
                break
            kept.append(word)
        if kept:
            found.append((m.start("name"), " ".join(kept), _role_of(m.group("rel")), None))
    for m in AFTER_TITLE.finditer(text):
        words = [w for w in m.group("name").split() if not re.fullmatch(r"[A-Z]\.?", w)]
        kept = []
        for word in words:
            if word.lower() in NOT_NAMES:
                break
            kept.append(word)
        if kept:
            title = m.group("title")
            found.append((m.start(), " ".join(kept), "person", title))
    return [(name, role, title) for _, name, role, title in sorted(found)]
