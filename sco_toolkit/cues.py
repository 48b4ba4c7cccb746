"""Speech cues: the speech lexicon, the cue and statement records, and finding cues in text.

A cue is a verb, adjective, phrase or noun of ``lexicons/speech.yaml`` found in an article
("said", "warned", "according to", "claim"); a statement is a content span with the cue and
source that attribute it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from sco_toolkit import lexicons
from sco_toolkit.entities import country_adjectives
from sco_toolkit.match import alternation, build_matcher, find

__all__ = ["Cue", "Statement", "find_cues", "speech_lexicon"]


@dataclass(frozen=True)
class Cue:
    """A speech cue found in a text: its span, lemma, kind (lexicon type) and lexicon flags."""

    start: int
    end: int
    lemma: str
    kind: str
    object: bool
    source_after: bool
    that_only: bool = False  # a cue only before "that": "frustrated that", "has learned that"
    infinitive: bool = False  # takes "to VERB ..." as content: "agreed to", "refused to"


class _CueFlags(NamedTuple):
    """Lexicon flags of a verb or adjective cue (see ``lexicons/speech.yaml``)."""

    that_only: bool
    adjective: bool  # after "is/was/were ...": "Protesters were frustrated that ..."
    infinitive: bool


_NO_FLAGS = _CueFlags(False, False, False)


@functools.cache
def speech_lexicon(extra: Any = None) -> dict[str, Any]:
    """The validated speech lexicon with its compiled cue matcher."""
    lex = lexicons.load("speech", extra)
    lexicons.check(isinstance(lex.get("verbs"), dict), "speech", "verbs", "must be a mapping")
    entries: list[tuple[str, Any]] = []
    for lemma, spec in lex["verbs"].items():
        lexicons.check(
            isinstance(spec, dict) and isinstance(spec.get("forms"), list),
            "speech",
            f"verbs.{lemma}",
            "needs a list of forms",
            "Write it as {forms: [say, says, said], type: speech}.",
        )
        flags = _CueFlags(
            bool(spec.get("that_only") or spec.get("adjective")),
            bool(spec.get("adjective")),
            bool(spec.get("infinitive")),
        )
        for form in spec["forms"]:
            entries.append(
                (
                    str(form),
                    (lemma, spec.get("type", "speech"), bool(spec.get("object")), False, flags),
                )
            )
    for i, spec in enumerate(lex.get("phrases") or []):
        lexicons.check(
            isinstance(spec, dict) and spec.get("cue"), "speech", f"phrases[{i}]", "needs a cue"
        )
        entries.append(
            (
                str(spec["cue"]),
                (
                    str(spec["cue"]),
                    spec.get("type", "speech"),
                    bool(spec.get("object")),
                    bool(spec.get("source_after")),
                    _CueFlags(bool(spec.get("that_only")), False, False)
                    if spec.get("that_only")
                    else _NO_FLAGS,
                ),
            )
        )
    for phrase in _word_set(lex, "not_cues"):  # "make sure": longer than "sure", so it wins
        entries.append((phrase, (phrase, _NOT_A_CUE, False, False, _NO_FLAGS)))
    nouns = frozenset(str(w).lower() for w in lex.get("nouns") or [])
    forms = {str(f).lower() for spec in lex["verbs"].values() for f in spec["forms"]}
    for noun in sorted(nouns - forms):
        entries.append((noun, (noun, "noun", False, False, _NO_FLAGS)))  # only "X's NOUN that ..."
    content_starts = {
        lemma: frozenset(str(w).lower() for w in spec["content_starts"])
        for lemma, spec in lex["verbs"].items()
        if spec.get("content_starts")
    }
    frames = sorted({str(w).lower() for w in lex.get("opinion_frames") or []}, key=len)[::-1]
    opinion_re = opinion_mid_re = None
    if frames:
        alternation = "|".join(re.escape(w) for w in frames)
        frame = (
            r"(?P<frame>[Ii]n\s+(?:(?P<owner>his|her|their|its|"
            r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?['’]s)\s+(?:own\s+)?"
            rf"(?:{alternation})"
            rf"|the\s+(?:{alternation})\s+of\s+(?P<owner_of>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,5}}?)"
            r"))"
        )
        # the comma is often left out before a determiner after a possessive frame: "In her view
        # the bank should ..." (never after "In the words of X", whose X may run on)
        opinion_re = re.compile(
            rf"[\"“‘']?{frame}(?:\s*,\s*|(?(owner_of)(?!)|\s+(?=(?:the|this|these|a|an)\s)))"
        )
        # "The bloc, in his view, is ready" / "The bloc is ready, in his words."
        opinion_mid_re = re.compile(rf",\s*{frame}\s*(?=[,.!?;])")
    return {
        "matcher": build_matcher(entries),
        "opinion_re": opinion_re,
        "opinion_mid_re": opinion_mid_re,
        "content_starts": content_starts,
        "nouns": nouns,
        "quotes_only": frozenset(
            lemma for lemma, spec in lex["verbs"].items() if spec.get("quotes_only")
        ),
        "not_after": _word_set(lex, "not_after"),
        "linking_verbs": _word_set(lex, "linking_verbs"),
        "named_things": _word_set(lex, "named_things"),
        "region_adjectives": frozenset(str(w) for w in lex.get("region_adjectives") or []),
        "claimed_prizes": _word_set(lex, "claimed_prizes"),
        "pleas": _word_set(lex, "pleas"),
        "courtesy": _courtesy(_word_set(lex, "courtesy_verbs"), _word_set(lex, "courtesy_nouns")),
        "courtesy_cues": _word_set(lex, "courtesy_cues"),
        "reduced_relative": _reduced_relative(
            _word_set(lex, "relative_heads"), _word_set(lex, "unspoken_heads")
        ),
        "document_by": _document_by(_word_set(lex, "document_nouns")),
        "document_before": _document_before(_word_set(lex, "document_nouns")),
        "object_verbs": _word_set(lex, "object_verbs"),
        "listener_verbs": _word_set(lex, "listener_verbs"),
        "closing_cues": _word_set(lex, "closing_cues"),
        "speaker_participles": _word_set(lex, "speaker_participles"),
        "naming_verbs": _word_set(lex, "naming_verbs"),
        "clause_states": _word_set(lex, "clause_states"),
        "noun_forms": _word_set(lex, "noun_forms"),
        "not_before_to": _word_set(lex, "not_before_to"),
        "not_before_to_be": _word_set(lex, "not_before_to_be"),
        "empty_infinitives": _word_set(lex, "empty_infinitives"),
        "empty_contents": _word_set(lex, "empty_contents"),
        "refusals": _word_set(lex, "refusals"),
        "refusal_contents": _word_set(lex, "refusal_contents"),
        "decisions": _word_set(lex, "decisions"),
        "topic_verbs": _word_set(lex, "topic_verbs"),
        "as_objects": _word_set(lex, "as_objects"),
        "noun_objects_not_content": _word_set(lex, "noun_objects_not_content"),
        "clause_only": _word_set(lex, "clause_only"),
        "short_object_only": _word_set(lex, "short_object_only"),
        "topic_only": _word_set(lex, "topic_only"),
        "membership_verbs": _word_set(lex, "membership_verbs"),
        "opening_participles": _word_set(lex, "opening_participles"),
        "told_whom": _told_whom(
            lexicons.phrases(lex.get("media_nouns"), "speech", "media_nouns", required=False),
            lexicons.phrases(lex.get("listener_nouns"), "speech", "listener_nouns", required=False),
        ),
        "noun_determiners": _word_set(lex, "noun_determiners"),
        "not_labels": _word_set(lex, "not_labels"),
        "transcript_roles": _word_set(lex, "transcript_roles"),
        "not_sources": _word_set(lex, "not_sources_after_according_to"),
        "evidence_subjects": _word_set(lex, "evidence_subjects"),
        "speech_titles_re": _speech_titles(_word_set(lex, "speech_titles")),
    }


def _speech_titles(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A transcript title's noun, and "by"/"of" before its speaker: "Keynote speech by "."""
    if not nouns:
        return None
    return re.compile(
        rf"(?:(?:keynote|opening|closing|inaugural|full)\s+)?(?P<noun>{alternation(nouns)})"
        r"(?:\s+(?P<by>by|of)\s+)?",
        re.I,
    )


def _word_set(lex: dict[str, Any], key: str) -> frozenset[str]:
    """A lower-cased word list of the speech lexicon, each entry checked to be a string."""
    return frozenset(
        w.lower() for w in lexicons.phrases(lex.get(key), "speech", key, required=False)
    )


_AFTER_COMMA = re.compile(r",\s*\Z")
_POSSESSIVE_WORDS = frozenset("its his her their our my your".split())
#: Degree words before a cue form make it an adjective ("the most celebrated leader").
_DEGREE_WORDS = frozenset("most more least less very so too".split())
#: "by" after a cue's past form opens its agent ("found by", "told by"), unless it says how the
#: words went ("said by telephone").
#: After a naming participle, the name and the main verb of the sentence: "(The tool,) called
#: Picasa, automatically detects", "(Jo and Ed,) dubbed the McLibel Two, were found guilty".
_NAMED_THEN_VERB = re.compile(
    r"[^,.;:!?]{1,80},\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has|have|had|will|would|can|could|"
    r"(?!(?:and|but|or|as|so|yet|which|who|whose|where|when|while|although|though|adding|"
    r"saying)\b)[a-z]+(?:ed|s))\b"
)

#: A relative pronoun and its subject before a naming verb: 'which Variety called “...”', 'what
#: she called “bullying” tactics' (the naming is active: someone called it that).
_RELATIVE_BEFORE = re.compile(r"\b(?:which|what|who|whom|that)\s+(?:[\w’'-]+\s+){1,3}\Z", re.I)

#: A number before a cue form makes it a noun: "three notes", "two reports", "10 shows".
_NUMBER_WORD = re.compile(
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|several|numerous"
)

#: An opening quotation mark right after a word: 'dubbed “Astana format”'.
_QUOTE_NEXT = re.compile(r"\s*[\"“«‘']")

_PASSIVE_BY = re.compile(
    r"\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|video(?:link)?\b|text\b|letter\b|satellite\b|"
    r"radio\b|fax\b|the\s+(?:time|end|middle|start)\b|then\b|now\b|contrast\b|far\b)"
)
#: A participle phrase closed by a comma before the main verb: "asked about tariffs, declined".
_PARTICIPLE_PHRASE = re.compile(
    r"\s+(?:about|whether|if|by|on|for|why|how|what|when|to|at|in)\b[^.;:\"“”\n]{0,80},\s+[a-z]"
)

#: A listener between a cue and its that-clause ("informed the minister that ..."): a few
#: words with no verb and no preposition first, and no auxiliary right after "that" (in "warned
#: the extra demand that had driven sales" the "that" opens a relative clause).
LISTENER_THEN_THAT = re.compile(
    r"\s*(?!(?:about|of|on|in|at|for|from|with|to|by|over|against)\b)"
    r"(?:(?!(?:that|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|"
    r"might|must|do|does|did|it|they|there|this|which|who)\b)[^\s,:;\"“”]+\s+){1,6}?"
    r"(?:that\b(?!\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|"
    r"must)\b)|:)\s*",
    re.I,
)


def _prev_word(text: str, end: int) -> tuple[int, str] | None:
    r"""``(start, word)`` of the word before the spaces that end at ``end`` (20 characters back).

    What ``re.compile(r"([\w']+)\s+$").search(text, max(0, end - 20), end)`` finds, found by
    stepping back from ``end`` instead (the search tries every position of the window).
    """
    lo = max(0, end - 20)
    end = min(end, len(text))
    space = end
    while space > lo and text[space - 1].isspace():
        space -= 1  # ``\s`` and ``str.isspace`` agree on what whitespace is
    if space == end:
        return None
    start = space
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_'"):
        start -= 1  # ``\w`` is a letter, digit or "_", as ``str.isalnum`` or "_" says
    if start == space:
        return None
    return start, text[start:space]


#: An auxiliary right after a plural cue form: the form is a noun, the subject ("Health
#: worries have dogged her", "Labour claims were rejected").
_AUXILIARY_AFTER = re.compile(r"\s+(?:have|has|had|were|are|remain|remained)\b")
_NOT_SUPERLATIVES = frozenset(
    "interest protest request contest arrest harvest forest guest quest test rest west "
    "nest chest manifest suggest digest modest honest earnest".split()
)


def _superlative(word: str) -> bool:
    """Whether a lower-case word is a superlative adjective ("worst", "biggest", "latest")."""
    if word in ("worst", "best", "most", "least"):
        return True
    return len(word) > 5 and word.endswith("est") and word not in _NOT_SUPERLATIVES


#: A lower-case word or a comma right before a position: inside a sentence.
_MID_SENTENCE = re.compile(r"(?:\b[a-z][\w']*|,)\s+\Z")

#: Words between "was" and "to" before a cue that report a statement made all the same: "was
#: left to tell", "was quick to point out", "was at pains to stress" (never "is expected to").
SAID_ALL_THE_SAME = ("left", "quick", "swift", "forced", "keen", "careful", "eager", "at pains")

_CHAIN_BEFORE = re.compile(
    r"\b(?:appeared|appears|seemed|seems|continued|continues|tried|tries|"
    r"(?:went|goes|go|going)\s+on|"
    r"(?:was|were)\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in SAID_ALL_THE_SAME) + "))"
    r"\s+to\s+\Z",
    re.I,
)

_PLURAL_PRONOUNS = frozenset("some many others most few both all".split())

#: A determiner, maybe "more" or "most", and one lower-case adjective-like word not ending in a
#: plural "s" ("a cautious", "its annual", "a more cautious", "A government", "a US government"),
#: right before a position. Only "A"/"An" may open a sentence: "The pair claim" is a verb.
_ADJECTIVE_AFTER_DETERMINER = re.compile(
    r"\b(?:[Aa]n?|the|its|his|her|their|our|this|that|\w+['’]s)\s+"
    r"(?:(?:more|most|less|very|US|UK|EU|UN)\s+)?"
    r"(?!(?:said|says|told|also|then|later|first|last)\b)"
    r"[a-z]+(?:ous|ss|[a-rt-z])\s+\Z"
)

#: The writer's contact clause ending right before a cue: "Diplomats I spoke to said".
_SPOKE_TO = re.compile(r"\b(?:I|we)\s+(?:spoke|talked)\s+to\s+\Z")

#: "that" opening a content clause: a subject follows, not a verb ("the report that showed ..."
#: is a relative clause about the report).
_THAT_AFTER = re.compile(
    r"\s+that\s(?!\s*(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|"
    r"shows|says|said|finds|found|suggests)\b)"
)
_COLON_AFTER = re.compile(r":\s+\S")
#: The end of a sentence right after a cue, perhaps after a time: "..., the ministry informed
#: on Monday.", "..., the BBC has learned."
_CLOSES_INVERTED = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier|later)(?:\s+[A-Za-z]+){1,2})?\s*[.!?](?:\s|\Z)"
)

_BE = frozenset("is are was were been be".split())
_NOT_A_CUE = "not_a_cue"
_POSSESSIVES = frozenset("his her their its our my your".split())
_SKIPPED_ADVERBS = frozenset(
    "also again repeatedly later previously recently then once further reportedly "
    "allegedly specifically often still already just even widely commonly long always "
    "never".split()
)


def _told_whom(media: list[str], listeners: list[str]) -> re.Pattern[str]:
    """The listener after "told", from the speech lexicon's ``media_nouns`` and ``listener_nouns``.

    "Reuters", "reporters", "news agency Reuters", "the state broadcaster CCTV", "Japan's Kyodo
    news agency", "a news conference", "the meeting": what comes after it is the content.
    """
    media_alt = alternation(media)
    listener_alt = alternation(media + listeners)
    return re.compile(
        r"\s*(?:"
        rf"(?:(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:{media_alt})\s+)?"
        # ("told Reuters", "told BBC Radio 4's Today programme")
        r"(?:the\s+)?[A-Z][\w.’'\-]*\s+(?:(?:[A-Z][\w.’'\-]*|\d+['’]s)\s+){0,3}"
        r"(?:(?:news\s+agency|newspaper|agency|daily|(?i:programme|program))(?:\s+|(?=:)))?"
        rf"|(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*['’]s\s+)?(?:[a-z-]+\s+){{0,2}}(?:{listener_alt})\s+"
        r")?"
    )


_NAMED_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|['’]s)\s+(?:[A-Z][\w&.-]*\s+){1,3}\Z"
)
_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
_TO_VERB = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|me|him|them|"
    r"us|you|reporters|journalists|parliament|lawmakers)\b)[a-z]+\b"
)


def find_cues(text: str, lex: dict[str, Any]) -> list[Cue]:
    """The speech cues of ``text`` from the lexicon's matcher, false friends left out."""
    out = []
    for hit in find(lex["matcher"], text):
        lemma, kind, obj, after, flags = hit.payload
        if kind == _NOT_A_CUE:
            continue  # "make sure", "for sure": a cue word inside an idiom
        if lemma in lex["quotes_only"] and not (
            _BEFORE_QUOTE.match(text, hit.end)
            or _AFTER_QUOTE.search(text, max(0, hit.start - 60), hit.end)
        ):
            # a verb that attributes quotations only stands next to one: 'The statement read:
            # “...”', '“...,” she continued'; not "how Delhi would read the move"
            continue
        if text[hit.start - 1 : hit.start] == "-" or text[hit.end : hit.end + 1] == "-":
            continue  # part of a compound: "military-backed", "so-called", "self-declared"
        if (
            flags.that_only
            and not _THAT_AFTER.match(text, hit.end)
            # "Jo Roe was blunt: the bloc ...": an adjective of speaking before a colon
            and not (flags.adjective and kind == "speech" and _COLON_AFTER.match(text, hit.end))
            and not (lemma in lex["listener_verbs"] and LISTENER_THEN_THAT.match(text, hit.end))
            and not (kind == "evidence" and _evidence_subject(text, hit.start, lex))
            and not (lemma in lex["closing_cues"] and _CLOSES_INVERTED.match(text, hit.end))
        ):
            continue  # "were frustrated by", "has learned a lesson"; but "a study found X"
        if (
            " " in hit.surface
            and not after
            and not hit.surface.split()[0].lower().endswith("ing")
            and " as " not in hit.surface  # "was quoted as saying by Interfax" attributes
        ):
            if _PASSIVE_BY.match(text, hit.end):
                continue  # "the plan put forward by the ministry": a passive participle
            before = _prev_word(text, hit.start)
            if before is not None and before[1].lower() in _BE:
                continue  # "products are put forward", "it was pointed out": a passive
        if " " not in hit.surface:
            prev = _prev_word(text, hit.start)
            word = prev[1].lower() if prev else ""
            if word in _SKIPPED_ADVERBS or (
                len(word) > 4 and word.endswith("ly") and word.isalpha()
            ):  # "was also asked", "was formally called": the auxiliary before the adverb
                aux = _prev_word(text, prev[0])
                word = aux[1].lower() if aux else word
            if (
                hit.surface[0].isupper()
                and prev is not None
                and (
                    prev[1][0].isupper()
                    or _MID_SENTENCE.search(text, max(0, hit.start - 40), hit.start)
                )
                and not _title_case_line(text, hit.start)
            ):
                # "North East Says No", "their Champions League group": a word of a
                # capitalised name, not a headline
                continue
            if word in lex["linking_verbs"] and not flags.adjective:
                continue  # "he looked assured", "seemed convinced": an adjective
            participle = hit.surface.lower().endswith(("ed", "ing"))
            if word in _DEGREE_WORDS and participle:
                before_degree = _prev_word(text, prev[0]) if prev else None
                copula = before_degree is not None and before_degree[1].lower() in _BE
                if not (flags.adjective and copula):
                    continue  # "the most promising actresses"; but "she is so frustrated that"
            if word in ("a", "an") or (
                (
                    word in ("the", "own")
                    or word in _POSSESSIVE_WORDS
                    or text[max(0, hit.start - 4) : hit.start].rstrip().endswith(("s'", "s’"))
                )
                and hit.surface.lower().endswith("ed")
            ):
                continue  # "an alleged gesture", "its alleged weapons", "the stated aim", "their
                # own detailed studies", "the parties' stated aims"
            if lemma == "call" and word in lex["named_things"]:
                continue  # "a documentary called No More Mr Nasty": a name, not speech
            if (
                lemma in lex["naming_verbs"]
                and hit.surface.lower().endswith("ed")
                and (
                    (
                        _QUOTE_NEXT.match(text, hit.end)
                        and not _RELATIVE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
                    )
                    or (
                        text[max(0, hit.start - 2) : hit.start].strip() == ","
                        and _NAMED_THEN_VERB.match(text, hit.end)
                    )
                )
            ):
                continue  # "The talks, dubbed “Astana format”, resumed": a name given to them
            if _PASSIVE_BY.match(text, hit.end) and not hit.surface.lower().endswith("ing"):
                continue  # "websites found by indexing the web": a passive participle
            if (
                hit.surface.lower() in lex["opening_participles"]
                and _AFTER_COMMA.search(text, max(0, hit.start - 4), hit.start)
                and _PARTICIPLE_PHRASE.match(text, hit.end)
            ):
                continue  # "Mr Roe, asked about tariffs, declined": he was asked
            progressive = word in _BE and hit.surface.lower().endswith("ing")
            if (
                word in lex["not_after"]
                and not progressive
                and not (flags.adjective and word in _BE)
                and not (
                    word == "to" and _CHAIN_BEFORE.search(text, max(0, hit.start - 30), hit.start)
                )
                and not (word == "to" and _SPOKE_TO.search(text, max(0, hit.start - 30), hit.start))
            ):
                continue  # "was asked", "is said to"; but "is saying", "appeared to suggest"
            surface = hit.surface.lower()
            if (
                surface in lex["noun_forms"]
                and (
                    word in lex["noun_determiners"]
                    or (prev is not None and prev[1] in country_adjectives())
                    or (prev is not None and prev[1] in lex["region_adjectives"])
                    or _NUMBER_WORD.fullmatch(word) is not None  # "three notes of music"
                    or _superlative(word)  # "our worst fears", "the biggest concerns"
                    or (surface.endswith("s") and _AUXILIARY_AFTER.match(text, hit.end))
                    # "taking calls", "facing questions", "took questions": an object
                    or (surface.endswith("s") and len(word) > 4 and word.endswith("ing"))
                    or (surface.endswith("s") and word in lex["object_verbs"])
                    # "endorsed plans to settle trade", "unveiled plans": a past verb's object
                    or (
                        surface.endswith("s")
                        and len(word) > 4
                        and word.endswith("ed")
                        and word.isalpha()
                        and prev is not None
                        and prev[1].islower()
                        and not _THAT_AFTER.match(text, hit.end)  # "voiced concerns that"
                    )
                    or (not surface.endswith("s") and _NAMED_BEFORE.search(text, 0, hit.start))
                    # "struck a more cautious note", "presented its annual report": a
                    # determiner and an adjective before a singular form
                    or (
                        not surface.endswith("s")
                        and prev is not None
                        and _ADJECTIVE_AFTER_DETERMINER.search(
                            text, max(0, hit.start - 40), hit.start
                        )
                        is not None
                        and not _THAT_AFTER.match(text, hit.end)  # "its central claim that"
                    )
                )
                and not (word in _POSSESSIVES and _THAT_AFTER.match(text, hit.end))
                # "But some note that ...", "many claim": a singular form after a plural
                # pronoun is a verb
                and not (not surface.endswith("s") and word in _PLURAL_PRONOUNS)
            ):  # ("The Times reports that" is a verb: a singular form only after a name; "his
                # promise that ..." is a statement named by its noun)
                continue  # "Other reports said", "British hopes were": a noun, the subject
            if (surface in lex["not_before_to"] and _TO_VERB.match(text, hit.end)) or (
                surface in lex["not_before_to_be"] and _TO_BE.match(text, hit.end)
            ):
                continue  # "a field thought to contain", "a man said to be": passive, no one speaks
        out.append(
            Cue(hit.start, hit.end, lemma, kind, obj, after, flags.that_only, flags.infinitive)
        )
    if "quoted by" in text or "cited by" in text:
        # "X was quoted (cited) by Interfax as saying ...": the outlet between the words of
        # the cue
        for m in _QUOTED_BY_AS.finditer(text):
            out = [c for c in out if not (m.start() <= c.start < m.end())]  # (its "saying")
            out.append(Cue(m.start(), m.end(), "quoted as saying", "speech", False, False))
        out.sort(key=lambda c: c.start)
    return out


#: A quotation (or its colon) right after a cue, or its closing mark a few words before the
#: cue: 'read: “', '”, the communique reads', '”, she continued'.
_AFTER_QUOTE = re.compile(r"[\"”’'»],?\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+\Z")
_BEFORE_QUOTE = re.compile(r"\s*(?::|,?\s*[\"“‘'«])")

#: "quoted by Interfax as saying", "quoted by the state news agency Khovar as saying".
_QUOTED_BY_AS = re.compile(r"\b(?:quoted|cited)\s+by\s+(?:[\w.’'-]+\s+){1,6}?as\s+saying\b")


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case (most words capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _evidence_subject(text: str, cue_start: int, lex: dict[str, Any]) -> bool:
    """Whether a study, poll or inquiry is the subject of the cue: "One survey found ...".

    The noun of ``evidence_subjects`` must stand in the cue's clause, a few words before it.
    """
    # the clause is what follows the last of these marks within 90 characters, as the regex
    # ``[^.;:!?,"“”\n]*\Z`` searched from there would find it (``rfind`` avoids its backtracking)
    lo = max(0, cue_start - 90)
    end = min(cue_start, len(text))
    cut = max(text.rfind(mark, lo, end) for mark in _CLAUSE_MARKS)
    words = re.findall(r"[a-z]+", text[max(lo, cut + 1) : end].lower())
    return any(w in lex["evidence_subjects"] for w in words[-10:])


_CLAUSE_MARKS = '.;:!?,"“”\n'


def _courtesy(verbs: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A request to pass on courtesies: "to convey his warm greetings"."""
    if not verbs or not nouns:
        return None
    return re.compile(
        rf"\bto\s+(?:{alternation(verbs)})\s+(?:(?:his|her|their|its|the|our|my|warm|warmest|"
        rf"best|sincere|cordial|personal|kind)\s+)*(?:{alternation(nouns)})\b",
        re.I,
    )


def _reduced_relative(
    nouns: frozenset[str], unspoken: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    """A statement noun right before the subject of a cue, with no "that" between them.

    "a view Li dismissed", "a claim the minister rejected", "the charge he denied": the cue
    sits in a relative clause about the noun; so it does after an appositive noun of
    ``unspoken`` (", an idea first proposed in 1997", but ", a report said in 2003").
    """
    if not nouns:
        return None
    words = alternation(nouns)
    return re.compile(
        rf"\b(?:a|an|the|this|another)\s+(?:{words})\s+"
        r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}|(?:the|his|her|their)\s+[\w’'-]+"
        r"|he|she|they|we|I)\s*\Z"
        # "..., an idea first proposed in 1997": an appositive whose noun was proposed
        + (
            rf"|,\s*(?:a|an|another)\s+(?:{alternation(unspoken)})"
            r"(?:\s+(?:first|originally|once|previously|long|widely|often|also))?\s*\Z"
            if unspoken
            else ""
        ),
        re.I,
    )


def _document_by(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """The words before the issuer in "a statement (released) by / from X"."""
    if not nouns:
        return None
    words = alternation(nouns)
    return re.compile(
        r"(?:(?:a|an|the|its|his|her|their|one)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{words})\s+(?:[a-z]+ed\s+|put\s+out\s+|sent\s+out\s+)?"
        r"(?:(?:late\s+|early\s+)?(?:on|last|this)\s+\w+\s+|earlier\s+)?(?:by|from)\s+",
        re.I,
    )


def _document_before(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A document ending the words before a participle: "adopted a joint declaration (urging)"."""
    if not nouns:
        return None
    return re.compile(
        rf"\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(nouns)})\s*\Z",
        re.I,
    )


@dataclass
class Statement:
    """A statement: kind, content span, cue, source span and sentence index (-1 until set)."""

    kind: str
    start: int
    end: int
    cue: Cue | None
    source: tuple[int, int] | None
    sentence: int
