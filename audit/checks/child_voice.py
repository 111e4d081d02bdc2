"""Criterion 3, child_voice: the child's own voice and aspirations drive the plan.

Reads section A for the child's words (first person, quotations), how views were gathered
from a child who does not speak, the parents' views and aspirations for the future; follows
those aspirations into the outcomes in E; looks for co-production (contributors, meetings,
agreement, signatures). Source: CRITERIA.md §3 (Herefordshire 2016, Portsmouth 2019 and
Hampshire 2020 letters) and SEND Code of Practice 9.21-9.23, 9.62.
"""

from __future__ import annotations

import re
from functools import partial
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._evidence import finding, quote_span
from audit.lexicon import Lexicon
from audit.model import Finding, Plan
from audit.nlp import sentences

FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll)\b|\b(?:me|my|mine|myself)\b", 0)
FIRST_PERSON_LOWER = re.compile(r"\b(?:me|my|mine|myself)\b", re.IGNORECASE)
# First person that is a parent speaking: "my son", "we would like", "our daughter".
PARENT_FIRST_PERSON = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|children|boy|girl|grandson|granddaughter|little one)\b",
    re.IGNORECASE,
)
# Someone else reporting what the child likes: "Sam likes Lego", "she enjoys swimming".
THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|[A-Z][a-z]+)(?:'s| is| are)? (?:likes?|loves?|enjoys?|dislikes?|doesn't like|does not like|"
    r"wants?|prefers?|interested in|good at|hates?|is happiest|feels?|finds?)\b"
)
QUOTED = re.compile(r"[\"“]([^\"”\n]{3,}?)[\"”]|(?<![\w])'([^'\n]{6,}?)'(?![\w])")
NON_VERBAL = re.compile(
    r"\bnon[\- ]verbal\b|\bpre[\- ]verbal\b|\bdoes not (?:use (?:spoken )?words|speak)\b|\bno (?:spoken|verbal) "
    r"(?:language|communication)\b|\blimited (?:speech|verbal|words)\b|\bcommunicates (?:\w+ )?(?:through|using|by|"
    r"with)\b|\b(?:uses|says|speaks) (?:only )?(?:single|a few) (?:spoken )?words\b|"
    r"\bminimally verbal\b|\bnon-speaking\b",
    re.IGNORECASE,
)
# Template headings inside A that contain "me"/"my" but are not the child speaking.
HEADING_LINE = re.compile(
    r"^(?:(?:what|how|who|things|about)\b.{0,70}|my [\w'’]+(?: [\w'’]+){0,3}|all about me|"
    r"(?:child|young person|parent|parents|family|carer)s?'?s?'? (?:views?|voice|aspirations?).{0,30})\??:?$",
    re.IGNORECASE,
)
# A pupil-views form's printed question ("Question: What I like"), not the child's answer.
TEMPLATE_PROMPT = re.compile(r"^(?:question|q)\s*\d*\s*[:.]", re.IGNORECASE)
INLINE_LABEL = re.compile(r"^\s*([A-Za-z'’/ ]{0,40}?(?:views?|voice|aspirations?|wishes|hopes)):\s", re.IGNORECASE)
# A heading line that continues the section title ("AND PARENTS/CARERS").
CONTINUED_TITLE = re.compile(r"^\s*(?:and|&)\s", re.IGNORECASE)
# A sentence whose subject is the parents: "Her parents want her to ...", "Mum would like ...".
PARENT_SUBJECT = re.compile(r"^\W*(?:(?:his|her|their|\w+'s) )?(?:parents?|mum|dad|mother|father|carers?|family)\b",
                            re.IGNORECASE)
ASPIRATION_HEADING = re.compile(r"\baspiration|\bfuture\b|\bhopes?\b|\bdreams?\b|\bambitions?\b|\bgrow up\b",
                                re.IGNORECASE)
PARENT_HEADING = re.compile(r"\b(?:parents?|mum|dad|mother|father|carers?|family)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
TOKEN = re.compile(r"[a-z]+")
# Words too common in aspirations and outcomes to show a link between them.
LINK_STOP = frozenset(STOP_WORDS) | {
    "like", "want", "wants", "would", "future", "grow", "older", "able", "good", "better", "things", "thing",
    "people", "help", "helps", "support", "supported", "day", "days", "time", "make", "get", "go", "going",
    "will", "lot", "really", "love", "enjoy", "hope", "hopes", "dream", "aspiration", "aspirations", "year",
    "years", "end", "new", "become", "happy", "important", "also", "know", "feel", "need", "needs",
    "adult", "adults", "when", "one", "way", "try", "use", "using", "achieve", "develop", "skills", "skill",
    "increase", "improve", "progress", "able", "week", "weeks", "month", "months", "july", "term", "stage",
    "key", "school", "work",
}
# Words that say nothing particular about a future: an aspiration made only of these (and
# generic phrases such as "reach her full potential") is not one E could be built on.
VAGUE_HOPE_WORDS = frozenset({
    "potential", "full", "fully", "reach", "access", "meaningful", "life", "continue", "possible", "safe",
    "independence", "independent", "communication", "adult", "well", "cared", "best", "fulfilling", "fulfil",
    "positive", "healthy", "supported", "right", "ordinary", "lives",
})
# Where a plan records how it was made: section A, the outcomes agreed with the family (E), the
# list of advice and contributors (K), and the cover and end matter outside the statutory sections.
COPRODUCTION_SECTIONS = frozenset({"A", "E", "K"})

# Absences this check reports are about section A.
_finding = partial(finding, letter="A")


class ChildVoiceParams(Params):
    voice_lexicon: str = "voice"
    # Used, when the rubric loads it, to tell a generic aspiration ("to reach her potential").
    generic_lexicon: str = "generic_outcomes"
    # Section A with fewer words than this is as good as empty.
    min_words: int = 8
    # First-person sentences from the child for the voice to count as rich.
    rich_first_person: int = 3
    # Share of aspiration sentences traceable into E for outcomes to be "built on" them.
    linked_share_for_4: float = 0.3
    # A word in at least this share of outcomes is a name or template word, not a link.
    common_word_share: float = 0.6


@dataclass
class VoiceReading:
    """What section A holds, sentence by sentence (start, end, text within A)."""

    words: int = 0
    child_first_person: list[tuple[int, int]] = field(default_factory=list)
    child_quotes: list[tuple[int, int]] = field(default_factory=list)
    second_hand: list[tuple[int, int]] = field(default_factory=list)
    parent: list[tuple[int, int]] = field(default_factory=list)
    aspirations: list[tuple[int, int, str]] = field(default_factory=list)
    # Aspirations voiced by the parents (under their heading, "we want her to ..."), by start.
    parent_aspirations: set[int] = field(default_factory=set)
    methods: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, words matched)
    professional: list[tuple[int, int]] = field(default_factory=list)
    non_verbal: bool = False
    first_sentence: tuple[int, int] | None = None






def is_heading(line: str) -> bool:
    """A template heading inside A ("What is important to me", "Parent views:")."""
    s = line.strip().strip("*#").strip()
    if not s:
        return False
    if s.endswith(":") and len(s.split()) <= 12:
        return True
    if TEMPLATE_PROMPT.match(s):
        return True
    # A label of a few words ("Aspirations", "Hopes and dreams") with no sentence in it.
    if len(s.split()) <= 4 and not re.search(r"[.!?\"”]$", s) and not re.search(r"\bI\b", s):
        return True
    return len(s.split()) <= 12 and not re.search(r"[.!]$", s) and bool(HEADING_LINE.match(s))


def read_voice(text: str, voice: Lexicon) -> VoiceReading:
    """Sort the sentences of section A into child voice, second-hand, parent and professional."""
    reading = VoiceReading(words=len(WORD.findall(text)))
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    block = "child"
    hopes = False  # under an "Aspirations" / "My future" heading every sentence is a hope
    for line_start, line in lines:
        if is_heading(line):
            if CONTINUED_TITLE.match(line):
                # "... OF THE YOUNG PERSON / AND PARENTS/CARERS": the section title wrapped onto a
                # second line, not a heading for the parents' views.
                continue
            block = "parent" if PARENT_HEADING.search(line) else "child"
            hopes = bool(ASPIRATION_HEADING.search(line))
            continue
        label = INLINE_LABEL.match(line)
        if label:
            # "Parents' views: ..." (JSON exports, table rows): the label decides whose words follow.
            block = "parent" if PARENT_HEADING.search(label.group(1)) else "child"
            hopes = bool(ASPIRATION_HEADING.search(label.group(1)))
        for s, e, sent in sentences(line):
            start, end = line_start + s, line_start + e
            if reading.first_sentence is None:
                reading.first_sentence = (start, end)
            found = voice.find(sent)
            cats = {m.entry.category: m for m in found}
            speaker_is_parent = block == "parent" or "parent" in cats or bool(PARENT_FIRST_PERSON.search(sent))
            if hopes or "aspiration" in cats or "ambition" in cats:
                reading.aspirations.append((start, end, sent))
                if speaker_is_parent or PARENT_SUBJECT.search(sent):
                    reading.parent_aspirations.add(start)
            if block == "parent":
                # Under a parents' heading every sentence is theirs, "he likes" included - except
                # one saying their views were not recorded.
                if "professional" in cats:
                    reading.professional.append((start, end))
                else:
                    reading.parent.append((start, end))
                continue
            if FIRST_PERSON.search(sent) or FIRST_PERSON_LOWER.search(sent):
                (reading.parent if speaker_is_parent else reading.child_first_person).append((start, end))
            elif "parent" in cats:
                reading.parent.append((start, end))
            for q in QUOTED.finditer(sent):
                if len(WORD.findall(q.group(0))) >= 2:
                    (reading.parent if block == "parent" else reading.child_quotes).append(
                        (start + q.start(), start + q.end()))
            if THIRD_PERSON.search(sent) and not FIRST_PERSON.search(sent):
                reading.second_hand.append((start, end))
            reading.methods += [(start + m.start, start + m.end, m.text.lower())
                                for m in found if m.entry.category == "method"]
            if "professional" in cats:
                reading.professional.append((start, end))
            if NON_VERBAL.search(sent):
                reading.non_verbal = True
    return reading


def is_vague_hope(sentence: str, generic: Lexicon | None, name_words: set[str]) -> bool:
    """An aspiration with nothing particular in it once generic phrases are set aside."""
    text = sentence
    for m in reversed(generic.find(sentence) if generic is not None else []):
        text = text[: m.start] + " " + text[m.end:]
    words = content_words(text, name_words)
    return not (words - {_stem(w) for w in VAGUE_HOPE_WORDS})


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def content_words(text: str, ignore: set[str]) -> set[str]:
    return {_stem(w) for w in TOKEN.findall(text.lower()) if len(w) >= 3 and w not in LINK_STOP and w not in ignore}


def _related(a: str, b: str) -> bool:
    """Same word, or one a stem of the other (football/footballer, cook/cooking)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short)


def aspiration_links(plan: Plan, aspirations: list[tuple[int, int, str]], params: ChildVoiceParams) -> list[int]:
    """Indices (into `aspirations`) of aspiration sentences whose content words reappear in E."""
    outcomes = [o for o in plan.outcomes if o.section == "E"]
    if not outcomes:
        e = plan.section("E")
        texts = [t for _, _, t in sentences(e.text)] if e else []
    else:
        texts = [" ".join([o.text, o.area or "", *o.steps]) for o in outcomes]
    if not texts:
        return []
    name_words = set(TOKEN.findall((plan.facts.child_name or "").lower()))
    per_outcome = [content_words(t, name_words) for t in texts]
    frequency: dict[str, int] = {}
    for words in per_outcome:
        for w in words:
            frequency[w] = frequency.get(w, 0) + 1
    common = {w for w, n in frequency.items() if len(texts) >= 3 and n / len(texts) >= params.common_word_share}
    outcome_words = set().union(*per_outcome) - common
    linked = []
    for i, (_, _, sent) in enumerate(aspirations):
        words = content_words(sent, name_words | common)
        if any(_related(a, b) for a in words for b in outcome_words):
            linked.append(i)
    return linked


def find_coproduction(plan: Plan, voice: Lexicon) -> tuple[str | None, int, int, str] | None:
    """First sign of co-production: (section letter or None outside sections, start, end, entry).

    Signatures and contributor lists often sit outside the statutory sections, so the text
    between sections is searched as well as the sections where co-production is told. In B-D
    and F-J "agreed with" and "review meeting with" describe provision and its timing ("plan
    agreed by the review in May 2027"), not how this plan was made with the family.
    """
    cursor = 0
    for section in (*sorted(plan.sections, key=lambda s: s.start), None):
        gap_end = section.start if section is not None else len(plan.text)
        if gap_end > cursor:
            for m in voice.find(plan.text[cursor:gap_end]):
                if m.entry.category == "coproduction":
                    return None, cursor + m.start, cursor + m.end, m.entry.key
        if section is None:
            return None
        cursor = max(cursor, section.end)
        if section.letter in COPRODUCTION_SECTIONS:
            for m in voice.find(section.text):
                if m.entry.category == "coproduction":
                    return section.letter, m.start, m.end, m.entry.key
    return None


@register("child_voice", ChildVoiceParams)
def child_voice(plan: Plan, params: ChildVoiceParams, ctx: CheckContext) -> Verdict:
    """Grade how far the child's voice and aspirations shape the plan."""
    voice = ctx.lexicon(params.voice_lexicon)
    a = plan.section("A")
    if a is None:
        return Verdict(grade=1, summary="Section A (views, interests and aspirations) is missing.",
                       counts={"a_words": 0}, findings=(_finding(
                           ctx, "child_voice.missing_section", None, None, "high",
                           "The plan has no section A: the child's and parents' views are not recorded.",
                           "Add section A in the child's own words, with the parents' views and aspirations."),))
    reading = read_voice(a.text, voice)
    if reading.words < params.min_words:
        span = quote_span(a.text, 0, len(a.text)) if a.text.strip() else None
        return Verdict(grade=1, summary=f"Section A is empty or nearly so ({reading.words} words).",
                       counts={"a_words": reading.words}, findings=(_finding(
                           ctx, "child_voice.empty_section", a, span, "high",
                           "Section A is empty or nearly empty: the child's views and aspirations are not recorded.",
                           "Record the child's views in their own words (or how they were gathered), the parents' "
                           "views and hopes for the future."),))

    generic = ctx.lexicons.get(params.generic_lexicon)
    name_words = set(TOKEN.findall((plan.facts.child_name or "").lower()))
    vague = [x for x in reading.aspirations if is_vague_hope(x[2], generic, name_words)]
    reading.aspirations = [x for x in reading.aspirations if x not in vague]
    linked = aspiration_links(plan, reading.aspirations, params)
    coproduction = find_coproduction(plan, voice)
    direct = bool(reading.child_first_person or reading.child_quotes or (reading.non_verbal and reading.methods))
    rich = (len(reading.child_first_person) + len(reading.child_quotes) >= params.rich_first_person
            or (reading.non_verbal and len(reading.methods) >= 2))
    about_child = direct or reading.second_hand or reading.aspirations
    outcomes_in_e = sum(1 for o in plan.outcomes if o.section == "E")
    linked_share = len(linked) / len(reading.aspirations) if reading.aspirations else 0.0

    findings: list[Finding] = []
    # Written only by professionals: nothing in the child's or parents' words, and either
    # nothing about the child at all or the telltale "is reported to" / "views not gathered".
    professional_only = not direct and not reading.parent and (not about_child or bool(reading.professional))
    # Nothing from the child, not even reported ("he likes ..."), only what staff report about
    # them: A is written by professionals about the child, whatever the parents were asked.
    child_unheard = not direct and not reading.second_hand and bool(reading.professional)
    professional_only = professional_only or child_unheard
    if professional_only:
        grade = 1
        findings.append(_finding(
            ctx, "child_voice.professional_only", a, reading.professional[0] if reading.professional
            else reading.first_sentence, "high",
            "Section A is written by professionals about the child: there is no child's voice"
            + (" (the parents' views are only relayed)." if reading.parent else " and no parents' views."),
            "Rewrite section A with the child (their words, or how their views were gathered) and the parents."))
    elif not direct:
        grade = 2
        span = reading.second_hand[0] if reading.second_hand else (reading.parent[0] if reading.parent
                                                                   else reading.first_sentence)
        findings.append(_finding(
            ctx, "child_voice.second_hand_only", a, span, "high",
            "The child's views are reported second-hand ('X likes ...'), not in their own words, and the plan does "
            "not say how they were gathered.",
            "Record the child's views in the first person ('I like ...', quotations), or describe how a child who "
            "does not speak showed them (observation, symbols, parents' interpretation)."))
    elif not rich:
        grade = 2
        findings.append(_finding(
            ctx, "child_voice.thin_voice", a, (reading.child_first_person or reading.child_quotes
                                               or [reading.first_sentence])[0], "high",
            "The child's own words are thin: a sentence or two in the first person among second-hand reports.",
            "Give more of the child's own words: what they like, what matters to them, what helps them, "
            "their hopes."))
    elif not reading.aspirations:
        grade = 2
        findings.append(_finding(
            ctx, "child_voice.no_aspirations", a, vague[0][:2] if vague else (
                reading.child_first_person[0] if reading.child_first_person else reading.first_sentence), "high",
            "Section A records the child's views but no particular aspirations for the future"
            + (" (only a generic hope)." if vague else "."),
            "Ask the child and parents about hopes for the future (what they would like to do, where to live, "
            "work, friends) and record them in A."))
    elif not linked:
        grade = 2
        s, e, _ = reading.aspirations[0]
        findings.append(_finding(
            ctx, "child_voice.aspirations_not_in_outcomes", a, (s, e), "high",
            "The aspirations in section A do not reappear in the outcomes in section E."
            if outcomes_in_e else "There are no outcomes in section E for the aspirations in A to shape.",
            "Build outcomes in E (and provision in F) that are steps towards these aspirations."))
    else:
        # The descriptor for 4 asks for "rich first-person voice": a non-speaking child's views
        # gathered by observation are voice enough for 3, and reach 4 when written in the first
        # person (by the parents or key person on the child's behalf). The outcomes must be built
        # on the child's own aspirations where the child has voiced any, not the parents' alone.
        first_person = len(reading.child_first_person) + len(reading.child_quotes) >= params.rich_first_person
        own = [i for i, x in enumerate(reading.aspirations) if x[0] not in reading.parent_aspirations]
        # Where the child states a wish ("I want to go on the trip"), that is the aspiration to
        # follow, and a long-term ambition ("I want to be a vet") above a wish for this year.
        said = {i: {m.entry.category for m in voice.find(reading.aspirations[i][2])} for i in own}
        wished = [i for i in own if said[i] & {"aspiration", "ambition"}]
        ambitions = [i for i in wished if "ambition" in said[i]]
        own = ambitions or wished or own
        own_linked = not own or any(i in linked for i in own)
        full = (reading.parent and coproduction is not None and first_person and own_linked and
                (linked_share >= params.linked_share_for_4 or len(linked) >= 2))
        grade = 4 if full else 3
        if not own_linked:
            s, e, _ = reading.aspirations[own[0]]
            findings.append(_finding(
                ctx, "child_voice.own_aspiration_not_in_outcomes", a, (s, e), "medium",
                "The child's own aspiration does not reappear in the outcomes in E; only the parents' hopes do.",
                "Add an outcome in E that is a step towards what the child says they want."))
        elif not first_person:
            findings.append(_finding(
                ctx, "child_voice.no_first_person", a, reading.first_sentence, "low",
                "The child's views are described (how they were gathered) but not given in the first person.",
                "Write what the child shows or says in the first person ('I like ...'), saying who wrote it for them."))
        if not reading.parent:
            findings.append(_finding(
                ctx, "child_voice.no_parent_views", a, None, "medium",
                "Section A does not record the parents' views.",
                "Add the parents' views and hopes, in their words."))
        if linked_share < params.linked_share_for_4 and len(linked) < 2:
            unlinked = [x for i, x in enumerate(reading.aspirations) if i not in linked]
            if unlinked:
                findings.append(_finding(
                    ctx, "child_voice.aspiration_not_in_outcomes", a, unlinked[0][:2], "medium",
                    "This aspiration from section A does not reappear in the outcomes in E.",
                    "Add an outcome in E that is a step towards it."))
        if coproduction is None:
            findings.append(_finding(
                ctx, "child_voice.no_coproduction", a, None, "medium",
                "Nothing in the plan shows it was made with the family: no contributors, meeting or agreement "
                "is recorded.",
                "Record who contributed, when the family was met, and the parents' (and young person's) agreement."))
    if grade < 4 and not any(f.quote for f in findings) and reading.first_sentence is not None:
        findings.append(_finding(
            ctx, "child_voice.section_a", a, reading.first_sentence, "low",
            "Section A as it opens; see the other findings for what it lacks.",
            "Let section A carry the child's own words, the parents' views and aspirations used in E."))

    counts: dict[str, int | float | str | None] = {
        "a_words": reading.words,
        "child_first_person_sentences": len(reading.child_first_person),
        "child_quotations": len(reading.child_quotes),
        "second_hand_sentences": len(reading.second_hand),
        "parent_view_sentences": len(reading.parent),
        "aspiration_sentences": len(reading.aspirations),
        "generic_aspirations": len(vague),
        "aspirations_in_outcomes": len(linked),
        "views_gathering_methods": len(reading.methods),
        "non_verbal": int(reading.non_verbal),
        "professional_sentences": len(reading.professional),
        "coproduction_evidence": int(coproduction is not None),
        "outcomes": outcomes_in_e,
    }
    gathered = (f"views gathered by {', '.join(sorted({m[2] for m in reading.methods})[:3])} (non-verbal); "
                if reading.non_verbal and reading.methods else "")
    own_words = len(reading.child_first_person) + len(reading.child_quotes)
    summary = (f"{gathered}{own_words} {'sentence' if own_words == 1 else 'sentences'} in the child's own words, "
               f"{len(reading.second_hand)} second-hand, {len(reading.parent)} from parents; "
               f"{len(linked)} of {len(reading.aspirations)} {'aspiration reappears' if len(reading.aspirations) == 1 else 'aspirations reappear'} in E; "
               f"co-production {'evident' if coproduction else 'not evident'}.")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
