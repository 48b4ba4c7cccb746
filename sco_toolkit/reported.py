"""Reported speech: the statements a sentence's cues make, without quotation marks.

``SPEAKER CUE (that) CLAUSE``, inverted ``CLAUSE, SPEAKER CUE`` and ``CLAUSE, CUE SPEAKER``,
``according to SPEAKER``, ``SPEAKER told X that``, parenthetical ``A, he said, B``,
``A, as X noted``, ``X's claim that ...``, ``Asked whether ..., X said ...``, participles and
coordinated cues; a content stops where the next attribution of its sentence begins.
"""

from __future__ import annotations

import re
from typing import Any

from sco_toolkit.cues import LISTENER_THEN_THAT, Cue, Statement
from sco_toolkit.quote_marks import trim
from sco_toolkit.sentences import dateline_end
from sco_toolkit.sources import (
    DETERMINERS,
    NAME_BEFORE_COMMA,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    SPEECH_FORMS,
    VERBISH,
    is_name_like,
    is_plain_np,
    is_source_np,
    object_after,
    over_title_stops,
    sentence_subject,
    subject_before,
)
from sco_toolkit.speakers import people_lexicon, plural_role

__all__ = [
    "PREP_BEFORE_PARTICIPLE",
    "TIME_AFTER_CUE",
    "reported_statements",
    "trim_content",
    "in_spans",
    "issuer",
    "words_end",
]


_THAT = r"that\s+(?!(?:was|is|were|are|would|will|has|had|could|should|may|might)\b)"

_CONTENT_STARTERS = re.compile(
    # ", however, that ..." / ", in a statement, that ...": the aside is not content
    rf"^(?:(?:only\s+|simply\s+|merely\s+)?{_THAT}|:\s*|,\s*[^,;:\"“”]{{1,40}}?,\s*{_THAT}"
    rf"|,\s*(?:{_THAT})?"
    rf"|as\s+saying\s+(?:{_THAT})?"
    # "issued a statement (on Monday) saying that ...": the participle opens the content
    rf"|(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?saying,?\s+(?:{_THAT})?)",
    re.I,
)

_AFTER_CUE_ADVERBIAL = re.compile(
    # "said separately that", "put it bluntly:"
    r"^(?:(?-i:[a-z]+ly)(?:\s+|(?=:))|(?:again|also|then|once\s+more)\s+)?"
    r"(?:(?:on|in|at|during|last|this|after|before|earlier|later|yesterday|today|to|from|"
    r"via|by|through|with|over|outside|inside|for|under|following|amid|while|when|"
    r"at\s+a|in\s+a|in\s+an|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"[^,:;\"“”]{0,60}?"
    # "at a rally in Toledo, Ohio, that", "in Astana, after the talks, that": an aside
    r"(?:,\s+[^,:;\"“”]{1,50}?,\s+)?)?(?=\bthat\b|:)",
    re.I,
)

_LOOSE_LEMMAS = frozenset(
    "say tell add claim argue insist warn explain state declare suggest write report allege "
    "show find cite worry fear believe think".split()
)

#: "added NP to his/the ...": a thing added to another, with no verb in the noun phrase.
_ADDED_TO = re.compile(
    r"(?!that\b)(?:(?!\b(?:is|was|were|are|had|has|have|would|will|could|should|must|can|"
    r"may|might|did|does)\b)[^,;:\"“”.])"
    r"{1,60}?\s+to\s+(?:his|her|its|their|the|a|an|our|my)\b",
    re.I,
)

_THAT_BEFORE = re.compile(r"\bthat\s*\Z", re.I)

_INFINITIVE = re.compile(r"\s*(?=to\s+[a-z])")


def reported_statements(
    text: str,
    sent: tuple[int, int],
    cues: list[Cue],
    blocked: list[tuple[int, int]],
    lex: dict[str, Any],
    prior: tuple[int, int] | None = None,
    stops: list[int] | None = None,
) -> list[Statement]:
    """Reported speech in one sentence, one statement per attribution.

    A content that runs into a second attribution ("X said A, but he said B", "X said A and
    added B", "X said A, adding B") stops where the second one begins. ``prior`` is the source
    of a quote attributed in this sentence, for "...," she said, adding that ...", and
    ``stops`` are the cues of quotes in it (no content runs into "..., saying, “...”").
    """
    s_start, s_end = sent
    body_end = words_end(text, s_start, s_end)
    cues = [c for c in cues if not in_spans(blocked, c.start)]
    out: list[Statement] = []
    covered_to = s_start
    for i, c in enumerate(cues):
        nested = c.start < covered_to  # inside the content of an earlier statement
        if nested and not _GAP_AFTER_CUE.match(text, c.end):
            continue  # only a relative clause with a gap is a statement of its own there
        st = _reported_one(text, sent, body_end, c, lex, out[-1].source if out else prior)
        gap = st is not None and _relative_gap(text, st)
        if st is None or (nested and not gap):
            continue
        if (
            st.source is not None
            and st.start >= c.end
            and c.lemma not in lex["naming_verbs"]
            and not gap
            and _free_relative(text, st.source, _FREE_HEADS)
            and not _THAT_NEXT.match(text, c.end)
        ):
            # "That was what Liz Roe said when she resigned": a noun phrase; but "what he
            # called a disgrace" and "what he thinks will be the theme" say something
            continue
        if c.lemma == "cite" and st.start >= c.end and is_source_np(text[st.start : st.end]):
            continue  # "..., TASS reported, citing a diplomatic source": a source, not a claim
        if (
            c.lemma == "add"
            and st.start >= c.end
            and not _THAT_NEXT.match(text, c.end)  # ("added that India remained committed to")
            and _ADDED_TO.match(text, st.start, st.end)
        ):
            continue  # "Federer added the Dubai trophy to his list": he added a thing
        if c.lemma == "plead" and st.start >= c.end and _is_plea(text[st.start : st.end], lex):
            # "Andy Roe, who has pleaded guilty to fraud charges": a plea, not a statement;
            # no cue inside it ("charges") makes one either
            covered_to = max(covered_to, st.end)
            continue
        if (
            c.lemma in _SUM_LEMMAS
            and st.start >= c.end
            and _SUM_START.match(text, st.start)
            and not (c.lemma == "announce" and _FINITE_WORD.search(text, st.start, st.end))
        ):
            covered_to = max(covered_to, st.end)
            continue  # "Mr Gates pledged $750m of his own money": a sum given, not a statement
            # (though "announced £264m ... will be spent on ..." is one)
        if c.lemma == "deny" and st.start >= c.end and _GERUND_START.match(text, st.start):
            covered_to = max(covered_to, st.end)
            continue  # "deny conspiring to commit fraud": a charge denied, no content said
        if st.start >= c.end and _IN_KIND.match(text, st.start):
            continue  # "Contepomi replied in kind": a deed, not words
        prize = c.lemma == "claim" and st.start >= c.end
        if prize and _claimed_prize(text[st.start : st.end], lex):
            continue  # "Federer claimed the first set": a prize won, not a claim made
        if not gap and st.start >= c.end and _GAP_START.match(text, st.start):
            continue  # "dramas which won praise were ...", "call charges are lower": nouns
        if (
            st.start >= c.end
            and "," in text[c.end : st.start]
            and any(o.start == st.start for o in cues[i + 1 :])
            and not _THAT_BEFORE.search(text, c.end, st.start)
        ):
            continue  # "the host of a chart show, said ...": a noun, the next cue is the verb
        if gap and _COMMA_RELATIVE.search(text, s_start, st.source[0] if st.source else c.start):
            # "The bloc, which officials said would expand, met in May": the clause's comma
            comma = re.search(r",(?!\d)|\s[—–]|\s--", text[st.start : st.end])
            if comma:
                st.end = trim_content(text, st.start, st.start + comma.start())[1]
        if st.start >= c.end:
            cut = _next_attribution(
                text,
                st.start,
                st.end,
                cues[i + 1 :],
                naming=lex["naming_verbs"],
                continuing=lex["clause_states"],
                after_object=c.object and not _THAT_NEXT.match(text, c.end),
                past=_is_past(text[c.start : c.end]),
            )
            stop = next(
                (
                    p
                    for p in stops or ()
                    if st.start < p < st.end and not WHAT_BEFORE.search(text, max(0, p - 80), p)
                ),
                None,
            )  # "... in the face of what he called “attempts ...”": a noun phrase of the clause
            if stop is not None and (cut is None or stop < cut):
                cut = _clause_end(text, st.start, stop)
            if cut is not None:
                cs, ce = trim_content(text, st.start, cut)
                if len(text[cs:ce].split()) < 2:
                    continue
                st.start, st.end = cs, ce
        if st.start >= c.end and _TIME_ONLY.fullmatch(text, st.start, st.end):
            continue  # "contracts announced on Monday": a participle and its date, no content
        out.append(st)
        covered_to = max(covered_to, st.end)
    return out


#: A content that is only a time: "on Monday", "last week", "earlier this month".
_TIME_ONLY = re.compile(
    r"(?:(?:on|last|this|next|late|early|earlier|later|in|at)\s+)?(?:(?:this|last|next)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|"
    r"night|morning|evening|afternoon|yesterday|today|tonight|the\s+weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?[.]?"
)


_GAP = (
    r"(?:(?:now|also|still|already|never)\s+)?"
    r"(?:could|would|will|may|might|should|must|can|was|were|is|are|had|has|have)\b"
    r"|(?:now|also|still|already)\s+[a-z]+(?:s|ed)\b"
)
_GAP_START = re.compile(_GAP)
_GAP_AFTER_CUE = re.compile(rf"\s+(?:{_GAP})")


#: "what he called", "what Russian officials have described as": a free relative whose cue ends
#: no content; its quoted object is a noun phrase of the clause around it.
WHAT_BEFORE = re.compile(r"\bwhat(?:ever)?\s+(?:[\w'’.-]+\s+){1,4}\Z", re.I)


_COMMA_RELATIVE = re.compile(r",\s*(?:which|who|whom|that)\s+\Z", re.I)


#: Heads that make "HEAD X said" a noun phrase, not an attribution ("what Roe said").
_FREE_HEADS = frozenset("what whatever everything anything nothing something".split())
_INDEFINITE_HEADS = frozenset("everything anything nothing something".split())


#: The words before a cue end with a comma and at most one adverb: "Hendrix, widely (considered)".
_COMMA_ADVERB_END = re.compile(r",\s*(?:[a-z]+ly\s+)?\Z")


#: Cues whose object may be a sum of money ("pledged $750m", "promised £2bn more").
_SUM_LEMMAS = frozenset(("pledge", "promise", "offer", "commit", "announce"))
_SUM_START = re.compile(r"(?:a\s+further\s+|an\s+extra\s+|another\s+)?[$£€¥]|\d")
_GERUND_START = re.compile(r"(?:ever\s+|having\s+)?[a-z]+ing\b")
_IN_KIND = re.compile(r"in\s+kind\b", re.I)


def _is_plea(content: str, lex: dict[str, Any]) -> bool:
    """Whether the content of "pleaded" opens with a plea ("guilty to ...", "not guilty")."""
    low = " ".join(content.lower().split()[:3])
    return any(low == p or low.startswith(p + " ") for p in lex["pleas"])


def _claimed_prize(content: str, lex: dict[str, Any]) -> bool:
    """Whether the content of "claim" is a prize: a short noun phrase ending in one, no verb.

    "the first set 6-3", "a third straight title", "gold in the 800m" are won; "responsibility
    for the attack" and "the vote was rigged" are claims.
    """
    words = [w.strip(".,;:!?\"“”'’").lower() for w in content.split()]
    if not words or words[0] == "that" or any(w in _FINITE for w in words):
        return False
    head = next((i for i, w in enumerate(words[:5]) if w in lex["claimed_prizes"]), None)
    return head is not None and all(not w.endswith("ing") for w in words[:head])


def _free_relative(text: str, source: tuple[int, int], heads: frozenset[str]) -> bool:
    """Whether a source starts with (or right after) a free-relative head: "what Roe said".

    "Everything Trump says is a lie", "That was what Jo Roe said when ...": what follows the
    cue is not what the source said.
    """
    before = text[max(0, source[0] - 12) : source[0]].split()
    words = [w.lower() for w in (before[-1:] + text[source[0] : source[1]].split()[:-1])]
    return any(w in heads for w in words)


def _relative_gap(text: str, st: Statement) -> bool:
    """Whether a statement inside another one's content is a relative clause with a gap.

    In "Roe praised the plan, which he said would cost less", what Roe said follows his cue
    and its subject is "which": a statement of its own, nested in the outer one.
    """
    if st.cue is None or st.source is None or st.start < st.cue.end:
        return False
    if not _GAP_START.match(text, st.start):
        return False
    # the relative clause's subject is a pronoun, a name or a plural noun ("he said would",
    # "analysts said could"); "shows which won praise were ..." and "call charges are" are
    # nouns, not attributions
    words = text[st.source[0] : st.source[1]].split()
    if not words or len(words) > 3:
        return False
    if _free_relative(text, st.source, _INDEFINITE_HEADS):
        return False  # "Everything Trump says is a lie": the predicate of the whole phrase
    last = words[-1]
    return (
        last.lower() in PRONOUN_SUBJECTS
        or last[:1].isupper()
        or (last.endswith("s") and not last.endswith("ss"))
    )


_COORDINATED = re.compile(
    r"(?:^|[,;]?\s+)(?:and|but|(?<!\bnot\s)(?<!\bas\s)yet)\s+"  # not "has not yet said"
    r"(?:(?:also|then|later|even|has|have|had|is|was|were|are|will|would|repeatedly)\s+){0,2}$",
    re.I,
)

#: A preposition after a cognition verb taking its topic, not what is thought ("think about";
#: not "expects about 16% of revenue").
_ABOUT = re.compile(r"\s*(?:about|of|over|through|for)\b(?!\s+[\d$£€])", re.I)

#: Contents that only say how much was said: "has said even less", "said little in public"
#: (not "said nothing had changed", a clause).
_HOW_MUCH = re.compile(
    r"\s*(?:(?:even|much|far|very|rather|still)\s+)?(?:less|little|nothing|the\s+least|"
    r"next\s+to\s+nothing|almost\s+nothing)"
    r"(?=\s*(?:[,;.:—–)]|\Z)|\s+(?:in\s+public|publicly|since|so\s+far|beyond|else|more|at\s+all|"
    r"further|yet|about\s+(?:it|this|that)\b))",
    re.IGNORECASE,
)

#: The first names of a list whose last items are a later cue's subject ("Malaysia, Thailand, ").
_NAME_LIST_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, )+")
#: The last items of that list, the subject found before the cue ("Laos and China").
_NAME_LIST_TAIL = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}and\s+(?:[A-Z][\w'’.-]*\s*){1,4}")
_CLAUSE_JOIN = re.compile(r"(?:[,;]|\s[—–]|\b(?:and|but|while|though|although|whereas))\s*$", re.I)


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans``."""
    return any(b0 <= pos < b1 for b0, b1 in spans)


#: Unnamed sources described by what they know: "people familiar with the matter".
_INFORMED_SOURCE = re.compile(
    r"(?:people|persons|a person|sources|a source|officials|an official|diplomats|a diplomat|"
    r"insiders|two people|three people|several people)\s+(?:familiar with|close to|briefed on|"
    r"with (?:direct )?knowledge of|involved in|aware of|informed about)\b[^,;:]{0,60}",
    re.I,
)


#: Conjunctions that join a second clause: "A, but according to Z, B", "A; and B".
_JOINING = r"(?:and|but|yet|while)"
#: The end of a first content before a cue whose source follows it: "A," / "A, but".
_BEFORE_SOURCE_AFTER = re.compile(rf"[,;]\s*(?:{_JOINING}\s+)?$")


#: Past forms of cues that do not end in "-ed".
_IRREGULAR_PAST = frozenset("said told wrote thought spoke felt saw knew".split())


def _is_past(cue: str) -> bool:
    """Whether a cue's first word is a past form ("said", "stressed")."""
    word = cue.split(None, 1)[0].lower() if cue.strip() else ""
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _verb_goes_on(cue: str, lemma: str, joint: str) -> bool:
    """Whether a cue joined by "and" cannot share a past cue's subject.

    Its first word is the bare form ("and deny"), a form in -ing ("and signalling"), or a bare
    form after "will"/"would" ("and would report").
    """
    word = cue.split(None, 1)[0].lower() if cue.strip() else ""
    bare = word == lemma or word.endswith("ing")
    aux = joint.split()[1:]
    return bare and all(a.lower() in ("will", "would") for a in aux)


def _next_attribution(
    text: str,
    cs: int,
    ce: int,
    later: list[Cue],
    *,
    naming: frozenset[str] = frozenset(),
    continuing: frozenset[str] = frozenset(),
    after_object: bool = False,
    past: bool = False,
) -> int | None:
    """Where a second attribution starts inside the content ``[cs, ce)``, if one does.

    "A, but he said B" / "A and added B" / "A, adding B" / "A, according to Z". With
    ``after_object`` the content is the object of a verb ("thanked the hosts"), so a verb of
    thought joined to it with a clause ("and expressed hope that B") is the source's second act
    too (not "called on X to A and consider B", nor "... and considered the only country").
    """
    for c2 in later:
        if not cs < c2.start < ce or c2.kind == "noun":
            continue
        head = text[cs : c2.start]
        if c2.source_after:
            # "A, according to Z, ..." and "A, but according to Z ..."
            m = _BEFORE_SOURCE_AFTER.search(head)
            if m:
                return cs + m.start()
            continue
        m = re.search(r",\s*who\s+(?:(?:also|later|then|has|had|have)\s+)?$", head)
        if m:
            return cs + m.start()  # "X endorsed Y, who says ..."
        # (the cheap tests come before the searches, which try every comma or space)
        # ("said Bangkok was open to it but wanted clearer rules": a state of mind goes on with
        # the clause's subject; "said A but defended B" is the speaker's second act)
        m = (
            _COORDINATED.search(head)
            if (c2.kind != "cognition" or (after_object and _THAT_NEXT.match(text, c2.end)))
            and c2.lemma not in continuing
            else None
        )
        if m and past and _verb_goes_on(text[c2.start : c2.end], c2.lemma, m.group(0)):
            # "said Kabul must act and deny space to them", "asked X to monitor it and report
            # on progress", "ready to supply rolling stock and signalling equipment": a verb
            # not in the past after a past cue goes on with the content's own subject
            m = None
        if m:
            return cs + m.start()
        if c2.kind != "cognition" and text[c2.start : c2.end].lower().endswith("ing"):
            # "A, adding B"; "A, with Foreign Minister Jo Roe warning that B"
            m = _COMMA_BEFORE.search(head) or _WITH_SUBJECT.search(head)
            if m:
                return cs + m.start()
        comma = (
            re.search(r",\s*\Z", head) if c2.kind == "speech" and c2.lemma not in naming else None
        )  # (not "a partnership with TiVo, called TiVoToGo")
        if comma is not None:
            # "X have agreed to A, said Deputy Minister Jo Roe": an inverted attribution of the
            # whole sentence ends the first content
            obj = object_after(text, c2.end, ce + 200)
            if obj is not None and _inverted_source(text, obj):
                return cs + comma.start()
        src = subject_before(text, cs, c2.start)
        if src is None and c2.kind == "speech":
            # "..., people familiar with the matter said": an unnamed source described
            src = subject_before(text, cs, c2.start, loose=True)
            closing = len(text[c2.end : ce].split()) <= 3  # "..., a source in X told Sputnik."
            if src is not None and not (
                _INFORMED_SOURCE.fullmatch(text, src[0], src[1])
                or (closing and _unnamed_source(text, src[0], src[1]))
            ):
                src = None
            elif src is not None and re.search(r",\s*\Z", text[cs : src[0]]):
                return trim_content(text, cs, src[0])[1]
        if src is None or not _is_named_or_pronoun(text[src[0] : src[1]]):
            continue
        if _NAME_LIST_HEAD.fullmatch(text, cs, src[0]) and _NAME_LIST_TAIL.fullmatch(
            text, src[0], src[1]
        ):
            continue  # "that Malaysia, Thailand, Laos and China had agreed": one listed subject
        m = _CLAUSE_JOIN.search(text[cs : src[0]])
        if m:
            cut = cs + m.start()
            # "A, while Fiji's finance minister, Jo Roe, cautioned B": the appositive goes too
            tail = _APPOSITIVE_TAIL.search(text, cs, cut)
            if tail and is_source_np(tail.group(1)):
                return tail.start()
            return cut
    return None


#: An indefinite phrase and its head noun: "a source (in one of the delegations)".
_INDEFINITE_HEAD = re.compile(
    r"(?:a|an|one|two|several|some)\s+(?:[\w-]+\s+){0,2}?([\w-]+?)s?\b"
    r"(?=\s+(?:in|at|from|of|with|close|familiar)\b|\s*\Z)"
)


def _unnamed_source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an indefinite source ("a source in the delegation").

    Its head is a generic source or a role noun of the people lexicon ("several delegates").
    """
    m = _INDEFINITE_HEAD.match(text, start, end)
    if m is None:
        return False
    lex = people_lexicon()
    return m.group(1).lower() in lex["generic"] or m.group(1).lower() in lex["role_words"]


def _inverted_source(text: str, obj: tuple[int, int]) -> bool:
    """Whether the phrase after an inverted "said" names its source ("said the minister")."""
    phrase = text[obj[0] : obj[1]]
    return (is_name_like(phrase) or _titled_name_end(text, obj[0], obj[1])) and is_source_np(phrase)


_APPOSITIVE_TAIL = re.compile(
    r"(?:[,;]\s*|\s[—–]\s*)(?:(?:and|but|while|though|although|whereas)\s+)?([^,;]{2,80})$"
)


def _clause_end(text: str, start: int, cue_start: int) -> int:
    """Where a content ends before the cue of a quote: before "X, saying" / "and he said"."""
    head = text[start:cue_start]
    m = re.search(r"(?:[,;]|\b(?:and|but)\b)[^,;]*$", head)
    return start + m.start() if m else cue_start


def _appositive(phrase: str) -> bool:
    """Whether a phrase between a source and its cue can describe the source.

    "deputy governor of the Central Bank of Iran (CBI) for international affairs" can; "to
    settle a class action lawsuit" and "which it denied" cannot.
    """
    words = [w.strip(".,()").lower() for w in phrase.split()]
    head = words
    for i, w in enumerate(words):
        if w in ("who", "whose"):
            # "a Kyrgyz diplomat who serves as deputy secretary-general", "who oversees SCO
            # affairs at the ministry": a relative clause describes the source
            head = words[:i]
            break
    return (
        0 < len(words) <= 24
        and words[0] not in PREPOSITIONS
        and words[0] != "to"
        and not any(w in VERBISH for w in head)
    )


def _is_named_or_pronoun(surface: str) -> bool:
    return surface.lower() in PRONOUN_SUBJECTS or is_source_np(surface)


#: A participle ("speaking", "citing"), not a verb that merely ends in -ing ("bring", "sing").
_PARTICIPLE = r"(?!(?:bring|sing|ring|spring|string|swing|sting|cling|fling|wring)\b)[a-z]{2,}ing"
_PARENTHETICAL_REST = re.compile(
    r"(?!\s+that\b)"  # "Last year, he said that A, B": a that-clause follows, no parenthetical
    r"(?!,\s*[^,;:\"“”]{1,40}?,\s*that\b)"  # "X, the governor, stressed, however, that A"
    # the gap between the cue and the comma says how or to whom ("he told me on Friday,"); a
    # subject there opens the content ("X, his wife, suggested he had nothing to lose and, ...")
    r"(?:\s+(?!(?:he|she|they|it|we|I|there|the|a|an|this|these|those)\b)[^,;:.!?\"“”]{1,40})?"
    r",\s+(?!(?:as|while|when|after|before|because|adding|saying|"
    r"amid|amidst|despite|following|ahead|during|without|citing|"  # adverbials of the report
    rf"noting|although|though|but|and|according|who|which|where|{_PARTICIPLE})\b)[a-z]"
)

_THAT_NEXT = re.compile(r"\s+that\b")
#: "to" right after a cue: the infinitive of "agree to expand ...".
_TO_NEXT = re.compile(r"\s+to\s")

#: The gap after a cue, its comma, then "a/an" and the words up to a relative word or a comma:
#: ", a move expected to ...", ", a step that ...".
_INDEFINITE_AFTER_GAP = re.compile(
    r"[^,;:.!?\"“”]{0,40},\s+an?\s+((?:(?!(?:that|which|who)\b)[^,;:.!?\"“”\s]++\s*)*)", re.I
)


#: The writer's comment on the whole report after its attribution: "..., officials said, in a
#: sign that ...", "in a move likely to anger Beijing", "in the latest sign of ...".
_GLOSS_AFTER_GAP = re.compile(
    r"[^,;:.!?\"“”]{0,40},\s+in\s+(?:a|an|another|the\s+latest|the\s+clearest|the\s+first)\s+"
    r"(?:(?:further|new|rare|fresh|clear|major|significant)\s+)?"
    r"(?:sign|signal|indication|move|step|reversal|setback|blow|boost|reflection|show)\b",
    re.I,
)


def _appositive_after_gap(rest: str) -> bool:
    """Whether the words after "..., officials said on Friday," are a noun phrase on the whole.

    "..., a move expected to open new markets" or "..., a step that ..." sums up what was
    reported; "..., a compromise was found" (a finite verb before any relative word) is the
    rest of the reported clause.

    Args:
        rest: The text after the cue, up to the end of its sentence.

    Returns:
        True when the comma after the cue's gap opens an indefinite noun phrase with no finite
        verb of its own.
    """
    if _GLOSS_AFTER_GAP.match(rest):
        return True  # "..., the ministry said, in a sign that tensions were easing"
    m = _INDEFINITE_AFTER_GAP.match(rest)
    return m is not None and _FINITE_WORD.search(m.group(1)) is None


#: Words after a cue that takes an object and that are no circumstance ("on Monday", "to
#: reporters"): its object, not the gap of a parenthetical ("Trade, he noted on Monday, ...").
_OBJECT_AFTER_CUE = re.compile(
    r"\s+(?!(?:on|in|at|during|last|this|yesterday|today|earlier|later|again|to|from|via|by|"
    r"after|before|in|me|us|him|her|them|reporters|journalists)\b)[^\s,]",
    re.I,
)

_GERUND_CLAUSE = re.compile(rf",\s+({_PARTICIPLE})\b([^,;:.!?\"“”]*)")


_CLAUSE_OPENERS = frozenset("that which who whom whose whether if when where because".split())


#: ", SOURCE said (in a statement)." ending a sentence: an inverted attribution.
_ATTRIBUTION_TAIL = re.compile(
    rf",\s+((?:[\w'’.-]+\s+){{1,6}}?){SPEECH_FORMS}\b[^,;:\"“”]{{0,50}}\Z"
)


def _attribution_tail(rest: str) -> bool:
    """Whether the words after a cue end the sentence with an inverted attribution.

    In "On Monday, A agreed to expand trade, the ministry said." the rest after "agreed" ends
    with ", the ministry said": the sentence is the ministry's, and "A agreed" no parenthetical.
    """
    m = _ATTRIBUTION_TAIL.search(rest.rstrip().rstrip(".!?"))
    return m is not None and is_source_np(m.group(1).strip())


def _gerund_subject(rest: str, lex: dict[str, Any]) -> bool:
    """Whether the words after "A, he said," are a clause whose subject is a gerund.

    "Though the move was smooth, he said, replacing her would be harder": "replacing her" is
    the subject of "would be", so the attribution is a parenthetical; in "..., he said, adding
    that ..." or "..., he said, citing a report" the participle goes on with the speaker.
    """
    m = _GERUND_CLAUSE.match(rest)
    if m is None or m.group(1).lower() in lex["speaker_participles"]:
        return False
    for word in m.group(2).lower().split():
        if word in _FINITE:
            return True
        if word in _CLAUSE_OPENERS:
            return False  # "..., Roe said, implying that a deal could follow": his inference
    return False


TIME_AFTER_CUE = re.compile(
    r"\s*(?:(?:on|in|at|to|by|during|last|after|told|yesterday|today|tonight|earlier|later|late|"
    r"early|this|here|following|ahead|while|as|when|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b|"
    r"[,;]\s*"
    rf"(?:as|while|when|after|before|because|adding|saying|noting|and|but|ahead|following|"
    rf"during|{_PARTICIPLE})\b)",
    re.I,
)


#: When or where a speaker said it, after an inverted source: "..., said Jo Roe on Monday."
_WHEN_WHERE = re.compile(
    r"(?:on|in|at|during|last|yesterday|today|tonight|earlier|later|this)\b", re.I
)

#: A lower-case post right before a name of two capitalised words or more, ending a phrase.
_TITLED_NAME_END = re.compile(r"\b([a-z][\w-]*)\s+(?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*\Z")


def _titled_name_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a lower-case post and a name ("chairman Jo Roe")."""
    m = _TITLED_NAME_END.search(text, start, end)
    return m is not None and m.group(1) in people_lexicon()["role_words"]


#: A capitalised title listing portfolios before a name: "Deputy Energy, Transport and Mines
#: Minister Datuk Ali Rahman".
_PORTFOLIO_TITLE = re.compile(r"[A-Z][\w-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*)+\Z")


def _reported_one(
    text: str,
    sent: tuple[int, int],
    body_end: int,
    c: Cue,
    lex: dict[str, Any],
    prev_source: tuple[int, int] | None,
) -> Statement | None:
    """The statement one cue makes in its sentence, or None."""
    s_start = sent[0]
    if c.lemma in lex["quotes_only"]:
        return None  # "continued" attributes a quotation, never reported speech
    if c.source_after:
        return _according_to(text, sent, body_end, c, lex)
    if text[c.start : c.end].lower() in lex["nouns"] and (
        _THAT_NEXT.match(text, c.end, body_end)
        or _NOUN_COLON.match(text, c.end, body_end)
        or _IS_THAT.match(text, c.end, body_end)
    ):
        st = _noun_statement(text, s_start, body_end, c)
        if st is not None or c.kind == "noun":
            return st
    if c.kind == "noun":
        return None
    if text[c.start : c.end] == "reports" and _WIRE_CREDIT.search(text, s_start, body_end):
        return None  # "..., Trend reports.": the agency's credit line, not its statement
    prefix = text[s_start : c.start]
    if (
        c.kind == "cognition"
        and _COMMA_ADVERB_END.search(prefix)
        and text[c.start : c.end].lower().endswith(("ed", "thought", "seen"))
        and not text[c.start : c.end].lower().startswith(("is ", "was ", "are ", "were "))
    ):
        return None  # "Hendrix, considered one of the best guitarists, died": a passive aside
    if _WHETHER_SUBJECT.match(prefix):
        return None  # "Whether that happens will say a lot about ...": a clause, no source
    if c.lemma == "ask" and re.fullmatch(r"\s*(?:(?:when|after|once|if)\s+)?", prefix, re.I):
        return None  # "Asked whether A, Jo Pike said B": the question is nobody's statement
    # (the first word: "ruling out", "calling for" are participles too; "according to" is not)
    first_word = text[c.start : c.end].split(None, 1)[0].lower()
    participle = first_word.endswith("ing") and first_word != "according"
    if participle and _GERUND_LIST_BEFORE.search(prefix):
        # "priorities, including strengthening security, expanding trade and promoting
        # exchanges": the last item of a list of gerunds, no attribution
        return None
    if (
        c.kind != "cognition"
        and participle  # tested first: cheaper than the search, which tries every comma
        and _COMMA_BEFORE.search(prefix)
    ):
        # participle: "The minister rejected the plan, saying it was too costly."
        return _participle(text, sent, body_end, c, lex, prev_source)
    if c.kind != "cognition" and participle:
        with_np = _WITH_SOURCE.search(prefix) if c.kind == "speech" else None
        if (
            with_np is not None
            and is_source_np(with_np.group(1))
            and with_np.group(1).split()[-1].lower() not in people_lexicon()["data_sources"]
        ):
            # "..., with officials from both sides saying the reactor was on track": the
            # participle's own subject
            src = (s_start + with_np.start(1), s_start + with_np.end(1))
            return _forward(text, _content_start(text, c, body_end, lex), body_end, c, src, lex)
        prep = PREP_BEFORE_PARTICIPLE.search(prefix)
        if prep is not None:
            return _prep_participle(text, sent, body_end, c, lex, prep.start() == 0)
        doc = lex["document_before"].search(prefix) if lex.get("document_before") else None
        before_doc = prefix[: doc.start()].split()[-1:] if doc is not None else []
        if doc is not None and not (before_doc and before_doc[0].lower() in PREPOSITIONS):
            # "The ministers adopted a joint declaration pledging to ...": the document speaks
            # (but not "In a statement announcing the pick, ..." nor "closed with a statement
            # pledging ...": a circumstance)
            src = (s_start + doc.start(), s_start + doc.start() + len(doc.group(0).rstrip()))
            return _forward(text, _content_start(text, c, body_end, lex), body_end, c, src, lex)
    # speech and stance verbs, and any cue with a "that" clause, take any short phrase as source
    loose = (
        c.kind in ("speech", "stance")
        or c.lemma in _LOOSE_LEMMAS
        or bool(_THAT_NEXT.match(text, c.end, body_end))
    )
    src = subject_before(text, s_start, c.start, loose=loose)
    if src is not None and _NOT_STATED_BEFORE.search(text, max(s_start, src[0] - 12), src[0]):
        # "more slowly than Moscow had hoped", "did not say whether he sees X as Y": a
        # comparison or an open question, nothing stated
        return None
    if (
        src is not None
        and c.lemma in lex["naming_verbs"]
        and WHAT_BEFORE.search(text, max(s_start, c.start - 80), c.start)
    ):
        return None  # "the fight against what the bloc calls the three evils": a name
    if (
        src is not None
        and c.lemma == "ask"
        and _WHEN_BEFORE.search(text, max(s_start, src[0] - 8), src[0])
    ):
        return None  # "..., an official told me when I asked whether ...": a question
    if (
        src is not None
        and text[src[0] : src[1]].split()[-1].lower() in _TIME_SPANS
        # (not "... when ministers meet next month, said Jo Roe": an inverted source follows)
        and not prefix.rstrip().endswith(",")
    ):
        return None  # "the past three years have shown that ...": a period is nobody
    if src is not None and text[src[0] : src[1]].split()[0].lower() in _NOBODY:
        return None  # "No group has claimed ...", "Nobody has said ...": nobody spoke
    restrictive = (
        _restrictive_head(text, s_start, c.start)
        if (src is None or text[src[0] : src[1]].split()[-1] == "who")
        and _CLAUSE_AFTER_CUE.match(text, c.end)  # not "who calls himself", "who asked about"
        else None
    )
    if restrictive is not None:
        src = restrictive  # "an architect who said he was never paid": the architect
    elif src is not None and text[src[0] : src[1]].split()[-1] == "who":
        return None  # "He cut off a reporter who asked about ...": a clause is no source
    elif src is not None and text[src[0] : src[1]].split()[0].lower() in _RELATIVE_OPENERS:
        # "..., whose application the council agreed to consider": the cue is inside a relative
        # clause; "Jo Roe, who presents the show, tells ...": the person before it
        comma = text.rfind(",", s_start, src[0]) + 1  # the comma that opens "who ..."
        head = NAME_BEFORE_COMMA.search(text, max(0, comma - 60), comma) if comma else None
        if head is not None and head.start(1) < s_start:
            head = None  # (a name in the sentence before)
        words = text[src[0] : src[1]].split()
        if head is None or len(words) < 2 or words[0].lower() != "who":
            # (and "Jo Roe, who opposes the plan": the clause's own verb; "Jo Roe, whose party
            # opposes ...": the party)
            return None
        src = (head.start(1), head.end(1))
    relative = lex["reduced_relative"]
    if src and relative and relative.search(text, max(s_start, src[0] - 40), src[1]):
        return None  # "..., a view Li dismissed as ...": the cue sits in a relative clause
    if (
        src is not None
        and c.kind == "speech"
        and c.lemma != "tell"  # "..., Jo Roe, a diplomat, told SRNA in an interview": a listener
        and prefix.rstrip().rstrip("\"”’'").endswith(",")
        # (not "Jo Roe, who chaired the meeting, said the Philippines, as chair, would ...": the
        # comma closes the source's relative clause)
        and _RELATIVE_BETWEEN.fullmatch(text, src[1], c.start) is None
    ):
        # "..., it is thought he failed, said Mr Dobrow.": the source follows the cue
        obj = object_after(text, c.end, body_end)
        tail = text[obj[1] : body_end].lstrip() if obj else ""
        named = (
            obj is not None
            and (
                is_name_like(text[obj[0] : obj[1]])
                or bool(_PORTFOLIO_TITLE.match(text, obj[0], obj[1]))  # "said Deputy Energy, ..."
                # "said Investment, Trade and Industry Ministry (MITI) secretary-general Datuk X"
                or _titled_name_end(text, obj[0], obj[1])
                # "..., a similar deal is near, said a second official.": a source ending it, when
                # the phrase before the cue is none ("Novartis, which ..., said it had bought X")
                or (
                    not tail.strip(".")
                    and _unnamed_head(text[obj[0] : obj[1]])
                    and not is_source_np(text[src[0] : src[1]])
                    and not is_name_like(text[src[0] : src[1]])
                )
            )
        )
        if obj and named and (not tail.strip(".") or tail[0] == "," or _WHEN_WHERE.match(tail)):
            # ("..., said Jo Roe on Monday.")
            src = None
    if src is None and c.kind in ("speech", "evidence"):
        which = _WHICH_ANTECEDENT.search(prefix)
        if which is not None and is_source_np(which.group(1)):
            # "... the Astana Institute, which noted that ...": the body said it
            src = (s_start + which.start(1), s_start + which.end(1))
            return _forward(text, _content_start(text, c, body_end, lex), body_end, c, src, lex)
    if src is None and _COORDINATED.search(prefix):
        # coordinated verb: "She rejected the plan and said it was too costly."
        src = prev_source or sentence_subject(text, s_start, c.start)
        if src is None:
            return None
        start = _content_start(text, c, body_end, lex)
        return _forward(text, start, body_end, c, src, lex)
    if src is None:
        # "..., said the minister." / "..., said Zhang."
        comma = prefix.rstrip().rstrip("\"”’'").endswith(",")
        obj = object_after(text, c.end, body_end)
        if comma and obj and is_source_np(text[obj[0] : obj[1]]):
            content_end = s_start + len(prefix.rstrip().rstrip("\"”’'")) - 1
            if _parenthetical_after(text, s_start, content_end, obj[1], body_end):
                # "This, said Mr Roe, should help." / "One drawback, says Roe, was the cost."
                cs, ce = trim_content(text, s_start, body_end)
                return Statement("indirect", cs, ce, c, obj, -1)
            cs, ce = trim_content(text, s_start, content_end)
            if len(text[cs:ce].split()) >= 2 and not _is_adverbial(text[cs:ce], lex):
                return Statement("indirect", cs, ce, c, obj, -1)
        return None
    rest = text[c.end : body_end]
    credit = _CREDIT_END.search(rest) if "report" in rest else None
    if credit is not None:
        # "..., Jo Roe said at a meeting in Astana, a Kazinform correspondent reports.": the
        # outlet's credit is no part of what follows Roe's cue
        rest = rest[: credit.start()]
    rest_words = rest.split()
    if (
        c.infinitive
        and 2 <= len(rest_words) <= 3
        and rest_words[0].lower() == "to"
        and rest_words[1].lower().strip(".,") in lex["empty_infinitives"]
    ):
        return None  # "Asked about X, she declined to comment": nothing was said
    if (c.kind == "cognition" or c.lemma in lex["topic_verbs"]) and _ABOUT.match(rest):
        return None  # "how governments think about blocs", "complained about it": a topic
    if _HOW_MUCH.match(rest):
        return None  # "Ashgabat has said even less", "said little in public": no content
    first_clause = rest.split(",", 1)[0]
    before_src = text[s_start : src[0]].rstrip()
    as_clause = _as_clause(text, s_start, before_src, c.end, rest, body_end)
    if as_clause:
        cs, ce = as_clause
        return Statement("indirect", cs, ce, c, src, -1)
    after_comma = before_src.rstrip("\"”’'").endswith(",")
    parenthetical = _PARENTHETICAL_REST.match(rest) is not None
    if parenthetical and c.object and _OBJECT_AFTER_CUE.match(rest):
        parenthetical = False  # "In an interview, Jo Roe spoke about A, B and C": objects
    if parenthetical and c.infinitive and _TO_NEXT.match(rest):
        parenthetical = False  # "Jo Roe, Ivo Marek agree to expand trade, energy ties": a list
    if parenthetical and _appositive_after_gap(rest):
        # "A and B signed a treaty, officials said on Friday, a move that ...": a noun phrase
        # about the whole report follows, not the rest of a clause around the attribution
        parenthetical = False
    if parenthetical and _attribution_tail(rest):
        # "On Monday, A and B agreed to expand trade, the ministry said.": the sentence ends in
        # the attribution of the whole, not in the rest of a clause around "A agreed"
        parenthetical = False
    if after_comma and (parenthetical or _gerund_subject(rest, lex)):
        # parenthetical: "Trade, he said, is growing." / "The point now, he told me on Friday,
        # is that ..."
        cs, ce = trim_content(text, s_start, body_end)
        return Statement("indirect", cs, ce, c, src, -1)
    content_end = s_start + len(before_src.rstrip("\"”’'")) - 1
    between = text[src[1] : c.start].strip()
    if after_comma and (
        between == "," or ("," in between and not _appositive(between.strip(" ,")))
    ):
        # the source is an appositive ("..., her lawyer, Jo Roe, said"): the phrase before it
        # is the source's head, and only what comes before that can be content (when an
        # appositive follows the source, "..., Jo Roe, the envoy, said", the content ends at it)
        head_comma = text.rfind(",", s_start, content_end)
        content_end = head_comma if head_comma > s_start else s_start
    inverted = (
        after_comma
        and (not rest_words or rest_words[0].lower() not in _GAP_VERBS)
        and len(text[s_start:content_end].split()) >= 2
        and len(before_src.split()) >= 3
        and not _opens_as_subject(before_src, _content_words_after(rest, first_clause, c))
        and before_src.rstrip(" ,").lower() not in _CONNECTIVES  # "Needless to say, X said A"
        and not (
            c.kind == "speech"  # "At a forum, the industry considered the options": no content
            and _opens_adverbial(before_src, lex)
            and not _clause_after_adverbial(before_src)
            and not (c.lemma == "tell" and _told_whom_where(first_clause))
            and _rest_content_words(rest, first_clause) >= 2
            and rest_words[0].lower() not in PREPOSITIONS  # "X hoped for a deal": no content
        )
    )
    if (
        inverted
        and (
            len(rest_words) <= 4
            or (
                TIME_AFTER_CUE.match(rest)
                and (
                    len(first_clause.split()) <= 6
                    or (
                        c.kind == "speech"
                        and not c.infinitive
                        and not _content_words_after(rest, first_clause, c)
                        # "..., Jo Roe said on Tuesday following a meeting of ...": when and
                        # where, with no verb; a long one needs a name or a pronoun as source
                        and (len(rest_words) <= 12 or _is_named_or_pronoun(text[src[0] : src[1]]))
                    )
                )
            )
            or (c.lemma == "tell" and _told_whom_where(first_clause))
            # "X is expected to travel, officials said, though the dates are not known": a
            # clause of the narrator's after the inverted cue
            or _CONCESSIVE_AFTER.match(rest) is not None
            # "..., the ministry said, in a sign that tensions were easing": the writer's gloss
            or _GLOSS_AFTER_GAP.match(rest) is not None
        )
        and not re.search(r"\bthat\b|:", first_clause)
    ):
        # "Trade is growing, Zhang said." (the content comes first)
        cs, ce = trim_content(text, s_start, content_end)
        if _is_adverbial(text[cs:ce], lex):
            # "In an interview, Zhang said it was ready": the content follows a speech cue
            if c.kind != "speech" or len(rest_words) < 2 or not is_source_np(text[src[0] : src[1]]):
                return None
        elif len(text[cs:ce].split()) >= 2:
            return Statement("indirect", cs, ce, c, src, -1)
        elif len(rest_words) < 2 or c.kind != "speech":
            return None
        # "In a speech, Jo Roe said the bloc would grow": an adverbial, then the content
    end = body_end
    if _SUBCLAUSE_OPEN.match(text, s_start, src[0]):
        # "Even before X announced the plan, it had won support": the clause ends at its comma
        comma = text.find(",", c.end, body_end)
        end = comma if comma >= 0 else body_end
    return _forward(text, _content_start(text, c, end, lex), end, c, src, lex)


#: A concessive clause right after an inverted cue's comma: ", though the dates ...".
_CONCESSIVE_AFTER = re.compile(
    r",\s+(?:though|although|even though|but|while|whereas)\s+(?!that\b)\w"
)

#: A relative clause between a source and its cue: ", who chaired the meeting, ".
_RELATIVE_BETWEEN = re.compile(r",\s*(?:who|which)\s[^,;:]{1,80},\s*")

#: A named body before a relative "which" that is the subject of a cue.
_WHICH_ANTECEDENT = re.compile(
    r"(?:^|\s)((?:[Tt]he\s+)?(?:[A-Z][\w.’'&\-]*\s+){0,5}[A-Z][\w.’'&\-]*"
    # (or a body written in lower case: "the Indonesian foreign ministry, which said")
    r"|[Tt]he\s+(?:[A-Z][\w’'&\-]*\s+)?(?:[a-z][\w’'&\-]*\s+){0,2}[a-z][\w’'&\-]*)"
    r",?\s+which\s+"
    r"(?:(?:also|later|first|then|has|had|have|previously|recently|once)\s+){0,2}$"
)

#: A comma (and a conjunction) ending the words before a participle cue.
_WITH_SOURCE = re.compile(r",\s+with\s+([^,;:]{2,60}?)\s+\Z")
_WITH_SUBJECT = re.compile(r",\s+with\s+[^,;:]{2,80}\s+$")

_COMMA_BEFORE = re.compile(r"(?:,|\s[—–-]|\s--)\s*(?:(?:and|but|even|also|while)\s+)?$")

_WHETHER_SUBJECT = re.compile(r"\W*whether\b[^,;:]*\Z", re.I)

_SUBCLAUSE_OPEN = re.compile(
    r"\W*(?:(?:even|just|only|long|shortly|soon)\s+)?"
    r"(?:before|after|when|since|until|once|if|because|although|though|while|as\s+soon\s+as)\b",
    re.I,
)


#: Words that open the content of a relative clause with a gap: "a move analysts said could
#: challenge lenders" (what was said follows the cue, its subject is the move).
_GAP_VERBS = frozenset(
    "could would will may might should must can was were is are had has have".split()
)


def _content_words_after(rest: str, first_clause: str, c: Cue) -> int:
    """How many words of a content may follow a speech cue (0 for circumstances only).

    "Speaking on Monday, Jo Roe said the deal was close": words that may be the statement;
    "Rising costs hurt farmers, Jo Roe said in an interview": only where it was said.
    """
    return _rest_content_words(rest, first_clause) if c.kind == "speech" else 0


def _rest_content_words(rest: str, first_clause: str) -> int:
    """How many words follow a cue, or 0 when they only say where or when it was said."""
    words = rest.split()
    if (
        TIME_AFTER_CUE.match(rest)
        and first_clause.strip() == rest.strip()
        and not any(w.lower() in VERBISH for w in words)
    ):
        return 0
    return len(words)


def _opens_as_subject(before_src: str, n_after: int) -> bool:
    """Whether the words before a source are no content of their own.

    An appositive naming the source ("India's foreign minister, Jo Roe, said ...") or an
    opening participle clause ("Speaking on Monday, Jo Roe said ...") is followed by the
    statement, not preceded by it.
    """
    phrase = before_src.rstrip("\"”’' ").rstrip(",").strip()
    words = phrase.split()
    if not words:
        return False
    if (
        words[0].lower().endswith("ing")
        and words[0][:1].isupper()
        and "-" not in words[0]  # "Cost-sharing ... has yet to be agreed, X told Y": a noun
        and "," not in phrase
        and not any(w.lower() in _FINITE for w in words)
    ):
        return n_after >= 3  # "Speaking on Monday, X said A B C"; not "Rising prices hurt, X said"
    lower = [w for w in words if w[:1].islower() and w not in ("of", "the", "and", "for")]
    titled = words[0].lower() in people_lexicon()["role_words"]  # "Minister for Planning, ..."
    return (
        len(words) <= 8
        and (bool(lower) or titled)
        and "," not in phrase
        and is_source_np(phrase)
        and is_plain_np(phrase)  # no verb: "Kyrgyzstan will chair the bloc" is a clause
    )


#: Sentence connectives before a comma: never the content of the attribution after them.
_CONNECTIVES = frozenset(
    "needless to say|of course|to be sure|in other words|in short|by contrast|as a result|"
    "for example|for instance|in addition|in turn|at the same time|on the other hand|in any case|"
    "in the meantime|after all|above all|first of all|in the end|at the end of the day".split("|")
)


def _opens_adverbial(before_src: str, lex: dict[str, Any]) -> bool:
    """Whether the words before a source open with an adverbial ("In her 2012 memoir, ...").

    Then an object after the cue ("X noted the risk") is the content, not those words. An
    opening participle counts ("Speaking to reporters, ...", "Asked about the plan, ...").
    """
    words = before_src.lstrip("\"“‘' ").split(None, 2)
    if words and words[0].lower() in ("and", "but", "yet", "so"):
        words = words[1:]
    if not words:
        return False
    first = words[0].lower().strip(",")
    return (
        first in _SUBORDINATORS
        or (first.endswith("ing") and words[0][:1].isupper())
        or first in lex["opening_participles"]
    )


#: A list of gerunds opened by "including", "such as" or a colon, up to "(,) and" before the
#: cue: "including strengthening security, expanding trade, and ".
_GERUND_LIST_BEFORE = re.compile(
    r"(?:\bincluding|\bsuch\s+as|:)\s+[a-z]+ing\s[^;:]{1,300}?,?\s+and\s+\Z"
)


def _parenthetical_after(text: str, s_start: int, head_end: int, src_end: int, end: int) -> bool:
    """Whether "HEAD, said NAME, REST" is a parenthetical attribution inside one statement.

    It is when the rest goes on with a verb ("One drawback, said Roe, was the cost") or the
    head is a word or two ("Instead, said Roe, the firms ..."); a noun phrase after the name
    is its appositive ("..., said Jo Roe, senior manager at ...").
    """
    tail = text[src_end:end]
    if not tail.startswith(","):
        return False
    rest = tail[1:].split()
    if len(rest) < 2:
        return False
    head = text[s_start:head_end].split()
    first = rest[0].lower()
    if first in _RELATIVE_OPENERS:
        return False  # "..., said Jo Roe, who heads the office.": a relative clause about her
    return first in _FINITE or first in VERBISH or (len(head) <= 2 and len(rest) >= 3)


def _clause_after_adverbial(before_src: str) -> bool:
    """Whether a finite clause follows the opening adverbial ("Since 1997, income had risen").

    Then the words before the source are a content ("Since 1997, income had risen, Roe told
    the radio"), not an adverbial and appositives ("In her memoir, Steppe Winds, Roe noted").
    """
    _, _, after = before_src.partition(",")
    return any(w.lower().strip(',;"“”') in _FINITE for w in after.split())


def _unnamed_head(phrase: str) -> bool:
    """A phrase headed by a source noun: "a second official", "industry analysts"."""
    words = re.split(r"\s+(?:of|in|at|from|with)\s+", phrase, maxsplit=1)[0].split()
    lex = people_lexicon()
    return bool(words) and (
        words[-1].lower() in lex["generic"] or words[-1].lower() in lex["role_words"]
    )


def _restrictive_head(text: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """The unnamed source a restrictive "who" clause describes: "voters who said ...".

    Only a phrase headed by a source or role noun counts ("an architect who said he was never
    paid", "residents who say the water is unsafe"), not "the plan who" or a name with a comma.
    """
    named = _NAME_BEFORE_WHO.search(text, max(s_start, cue_start - 70), cue_start)
    if named is not None and is_name_like(named.group(1)):
        return named.start(1), named.end(1)  # "actor Jo Roe who said ..."
    m = _HEAD_BEFORE_WHO.search(text, max(s_start, cue_start - 70), cue_start)
    if m is None:
        return None
    head = m.group(1).split()[-1]
    if not (plural_role(head, people_lexicon()) or _unnamed_head(m.group(1))):
        return None  # (a plural post counts: "senior police officers who ...")
    return m.start(1), m.end(1)


#: First words of a source that says nobody spoke: "No group", "Nobody", "None of them".
_NOBODY = frozenset("no nobody none neither".split())

#: A clause's subject right after a cue (maybe after "that"): " he was", " that the plan".
_CLAUSE_AFTER_CUE = re.compile(
    r"\s+(?:that\s+)?(?:(?:he|she|they|it|we|i|you|the|a|an|this|these|those|there|his|her|"
    r"their|its|our|my)\b|(?-i:[A-Z]))",
    re.I,
)

#: A name and a restrictive "who" before a cue: "actor Jo Roe who " (not "the State
#: Department who": a body's name follows "the").
_NAME_BEFORE_WHO = re.compile(
    r"(?<![\w’'.-])(?<!\bthe\s)((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+who\s+\Z"
)

#: A lower-case noun phrase and a restrictive "who" before a cue: "an architect who ".
_HEAD_BEFORE_WHO = re.compile(
    r"(?<![\w,])((?:a|an|the|some|many|several|other|two|three|four|five|\d+)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[a-z][\w-]*s)\s+who\s+\Z"
)


def _told_whom_where(first_clause: str) -> bool:
    """Whether what follows "told" is only a listener and circumstances, with no clause.

    "..., Jo Roe told TASS in an interview on the sidelines of the forum." is an inverted
    attribution; "Jo Roe told reporters the plan would fail" is not.
    """
    # ("this week", "last month": when, not a clause's subject)
    words = _TIME_DEICTIC.sub(" ", first_clause).split()
    return 0 < len(words) <= 16 and not any(w.lower() in VERBISH for w in words)


#: A time phrase opened by a word that can also open a clause ("this week", "last year").
_TIME_DEICTIC = re.compile(
    r"\b(?:this|that|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend|"
    r"spring|summer|autumn|fall|winter|time)\b",
    re.I,
)


_SUBORDINATORS = frozenset(
    "if while when whenever although though because since after before unless until once "
    "despite facing following given of in on at for from with during amid after".split()
)


def _is_adverbial(content: str, lex: dict[str, Any]) -> bool:
    """A single introductory clause ("If the vote fails", "Facing a deadline"), not a claim.

    A participle opening a phrase with no finite verb ("Speaking to reporters", "Asked about
    the plan") is one too, unlike "Rising prices are hurting families".
    """
    if re.search(r"[,;:]", content):
        return False
    words = content.lower().strip("\"“‘'").split()
    if not words:
        return False
    if words[0] in _SUBORDINATORS:
        return True
    if words[0] in lex["opening_participles"]:
        return True  # "Asked whether the bloc would grow": the question put to the source
    return (
        re.fullmatch(_PARTICIPLE, words[0]) is not None
        and len(words) > 1
        and words[1] in _PHRASE_OPENERS
        and not any(w in _FINITE for w in words[1:])
    )


#: Words after a participle that make it open a phrase ("Speaking to", "Facing a") rather
#: than modify a noun ("Rising prices").
_PHRASE_OPENERS = frozenset(
    "to on about at in with for from after before during by over into through against "
    "the a an his her their its this that these those our".split()
)
_FINITE = frozenset(
    "is are was were has have had will would can could should must may might did does do am".split()
)


_POSSESSOR = re.compile(
    r"(?:\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|[Tt]he\s+[a-z][\w\-]*)"
    r"[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}$"
)


#: The noun's words given after a colon: "Lavrov's message was clear: CONTENT", "Her answer:".
_NOUN_COLON = re.compile(
    # ("Lavrov's message to the West was clear: A": whom it was for, before the copula)
    r"(?:(?:\s+(?:to|for)(?:\s+[\w’'-]+){1,3}?(?=\s+(?:was|is)\b))?"
    r"\s+(?:was|is)(?:\s+(?-i:[a-z]+))?)?\s*:\s+(?![\"“”'‘’«])"
)

#: "His view is that CONTENT": the noun's words after a copula.
_IS_THAT = re.compile(r"\s+(?:is|was|remains|remained)\s+that\s+")


def _noun_statement(text: str, s_start: int, body_end: int, c: Cue) -> Statement | None:
    """A statement named by a noun: "Jo Pike's claim that ...", "his warning that ..."."""
    m = _POSSESSOR.search(text, max(s_start, c.start - 80), c.start)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    src = (m.start(group), m.end(group))
    colon = _NOUN_COLON.match(text, c.end, body_end) or _IS_THAT.match(text, c.end, body_end)
    if colon is not None:
        # "Lavrov's message was clear: A", "his view is that A": A, up to the sentence's end
        cs, ce = trim_content(text, colon.end(), body_end)
        if len(text[cs:ce].split()) < 3:
            return None
        return Statement("indirect", cs, ce, c, src, -1)
    that = _THAT_NEXT.match(text, c.end, body_end)
    start = that.end() if that else c.end
    comma = text.find(",", start, body_end)  # "Contrary to his claim that A, B": A only
    cs, ce = trim_content(text, start, body_end if comma < 0 else comma)
    if not text[s_start : m.start()].strip():
        # the noun phrase is the subject: "His claim that A was rejected" -- A ends before
        # the sentence's own verb, the last finite one
        finite = [f for f in _FINITE_WORD.finditer(text, cs, ce)]
        if len(finite) >= 2:
            ce = trim_content(text, cs, finite[-1].start())[1]
    if len(text[cs:ce].split()) < 2:
        return None
    return Statement("indirect", cs, ce, c, src, -1)


_FINITE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)\b"
)


_AS = frozenset(("as", "As", "AS"))

_ANSWERER = re.compile(
    r",\s*((?:he|she|they|we|I)\b|(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*(?=\s+[a-z]))"
)


def _as_clause(
    text: str, s_start: int, before_src: str, cue_end: int, rest: str, body_end: int
) -> tuple[int, int] | None:
    """The content of an "as X said" clause: "A, as X noted." / "As X noted, A."."""
    m = re.search(r"(?:^|[,;—–]\s*)as$", before_src, re.I) if before_src[-2:] in _AS else None
    if m is None:
        return None
    if m.start() == 0:
        lead = re.match(r"[^,;:]{0,40},", rest)
        if lead is None:
            return None
        span = trim_content(text, cue_end + lead.end(), body_end)
    elif len(rest.split()) <= 4 and len(before_src[: m.start()].split()) >= 3:
        span = trim_content(text, s_start, s_start + m.start())
    else:
        return None
    return span if len(text[span[0] : span[1]].split()) >= 2 else None


#: A time conjunction right before "asked"'s subject: "when I asked whether ...".
_WHEN_BEFORE = re.compile(r"\b(?:when|after|as|once|before)\s+$", re.IGNORECASE)
#: Heads of a time span, which can "show" but say nothing: "the past three years".
_TIME_SPANS = frozenset("years months weeks days decades year month week decade period".split())

#: Words right before a cue's subject that make the cue no statement: "than X had hoped",
#: "whether he sees X as Y".
_NOT_STATED_BEFORE = re.compile(r"\b(?:than|whether)\s+$", re.IGNORECASE)


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether the words open with one of the phrases ("rule out ...")."""
    low = [w.lower().strip(".,;:") for w in words[:4]]
    return any(" ".join(low[:n]) in phrases for n in range(1, len(low) + 1))


def _starts_with(words: list[str], required: frozenset[str]) -> bool:
    """Whether a content opens with a required word, maybe after a short object.

    "whether ...", "the minister whether ...", but not "for a pilot project".
    """
    for i, w in enumerate(words[:5]):
        low = w.lower().strip(",")
        if low == "about" and i:
            return False  # "We asked the minister about his plans": a topic, not a statement
        if low in required:
            return True
        if low in VERBISH or low in PREPOSITIONS or w.endswith((",", ".", ";", ":")):
            return False
    return False


def _forward(
    text: str,
    start: int | None,
    body_end: int,
    c: Cue,
    src: tuple[int, int],
    lex: dict[str, Any],
) -> Statement | None:
    """A statement whose content follows its cue: "SPEAKER CUE (that) CONTENT"."""
    if start is None:
        return None
    cs, ce = trim_content(text, start, body_end)
    words = text[cs:ce].split()
    if len(words) < 2 or words[0] in ("and", "or"):
        return None  # ("... consignment notes and the training of staff": a noun in a list)
    if (
        words[0] in _COPULA_OPENERS
        and text[c.end : cs].strip() == ""
        and text[max(0, src[0] - 6) : src[0]].split()[-1:] not in _RELATIVE_WORDS_BEFORE
        and c.lemma != "say"
    ):
        # "The views expressed are the author's own": the cue is a participle (but "a deal
        # which Yukos said was illegal", "a watch Sharon said was one of ten" are statements)
        return None
    required = lex["content_starts"].get(c.lemma)
    # "proposed that the talks resume": the content starts after a "that" right after the cue
    that_dropped = bool(required) and "that" in required and text[c.end : cs].split() == ["that"]
    if required and not _starts_with(words, required) and not that_dropped:
        return None  # "asked for a pilot project" is a request, not a statement
    if c.kind == "speech" and not c.object and _circumstances_only(words, c.lemma):
        return None  # "Obama responded from the White House", "wrote sarcastically on Twitter"
    content = text[cs:ce]
    if content.lower().rstrip(".,;") in lex["empty_contents"]:
        return None  # "... have criticized ever since": when, not what
    if content.lower() in _OBJECT_PRONOUNS or (content[:1].isupper() and is_name_like(content)):
        return None  # "he echoed Sen. Jo Roe", "defending her": a person, not what was said
    empty = words[1].lower().strip(".,") in lex["empty_infinitives"]
    if c.infinitive and len(words) <= 3 and empty:
        return None  # "promised to comment": nothing was said
    if (
        c.lemma in lex["courtesy_cues"]
        and lex["courtesy"] is not None
        and lex["courtesy"].search(text, cs, min(ce, cs + 120))
    ):
        return None  # "asked the minister to convey his greetings to X": a courtesy passed on
    if (
        c.lemma in lex["decisions"]
        and words[0].lower() == "to"
        # (but 'pledged to take the matter "to Tony Blair if necessary"': words quoted)
        and not (any(ch in content[:60] for ch in '"“”«»') and words[1].lower() not in DETERMINERS)
    ):
        return None  # "the two sides agreed to deepen cooperation": a decision, not a statement
    if c.lemma in lex["refusals"] and not (
        words[0].lower() == "to" and _opens_with(words[1:], lex["refusal_contents"])
    ):
        # "declined to sign the text", "refused his award": acts; "declined to comment",
        # "refused to say whether ...", "declined to be named": nothing was said
        return None
    if c.lemma in lex["clause_only"] and lacks_clause(words) and not _that_near(text, c.end, cs):
        # "Putin merely mentioned the idea": a topic raised, no clause reported (but "expressed
        # concern that closer ties with a grouping led by China ...": a long clause)
        return None
    if (
        c.lemma in lex["membership_verbs"]
        and _NEW_MEMBER.match(content)
        and "that" not in text[c.end : cs].split()
    ):
        return None  # "the group admitted Indonesia last year": a member, not a statement
    return Statement("indirect", cs, ce, c, src, -1)


_OBJECT_PRONOUNS = frozenset("him her them us me it you".split())
#: A verb of being right after a cue: the cue was a participle inside the subject.
_COPULA_OPENERS = frozenset("is are was were".split())
_RELATIVE_WORDS_BEFORE = (["which"], ["what"], ["who"], ["that"], ["whom"])
#: Words that open a relative clause: a source phrase starting with one is inside it.
_RELATIVE_OPENERS = frozenset("whose which whom who".split())

#: Names, then when or as what they were taken in: "Indonesia last year", "Iran as a member".
_NEW_MEMBER = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:,|\s+and)?\s+)+"  # "Egypt, Iran, the UAE and Indonesia"
    r"(?:last|this|next|in|as|to|into|on|earlier|early|late)\b"
)

#: Prepositions that open where or how something was said ("from the White House", "via
#: a spokesman"); time phrases ("on Monday", "during the talks") often lead into the content.
_PLACE_PREPOSITIONS = frozenset("from at via through".split())


def _circumstances_only(words: list[str], lemma: str = "") -> bool:
    """Whether the words after a speech verb only say where, how or to whom it was said.

    "responded from the White House, where ...", "wrote sarcastically on Twitter", "wrote to
    two men ...": adverbs and a prepositional phrase up to the first comma, with no finite verb
    and no "that".
    """
    places = _PLACE_PREPOSITIONS | {"to"} if lemma == "write" else _PLACE_PREPOSITIONS
    first = words[0].lower().strip(",.;:") if words else ""
    if not (first.endswith("ly") or first in places):
        return False  # the common case, decided on the first word
    if first == "at" and len(words) > 1 and words[1].lower().strip(",") in _AT_ADVERBS:
        return False  # "said that at least two members remained cautious": a clause
    clause: list[str] = []
    for w in words:
        clause.append(w.lower().strip(",.;:"))
        if w.endswith(","):
            break
    i = 0
    while i < len(clause) and len(clause[i]) > 4 and clause[i].endswith("ly"):
        i += 1
    if i >= len(clause):
        return i > 0 and len(clause) == len(words)  # only adverbs: "wrote sarcastically"
    if clause[i] not in places and not (i > 0 and clause[i] in ("on", "in")):
        return False
    return not any(w in _FINITE or w == "that" for w in clause[i:])


#: Words after "at" that make an adverb opening a clause, not a place: "at least", "at times".
_AT_ADVERBS = frozenset("least most times present first last once best worst".split())


#: A preposition right before a participle cue: "criticised for saying ...", "by arguing".
PREP_BEFORE_PARTICIPLE = re.compile(
    r"(?:^|\s)(?:by|after|before|for|while|when|upon|from|of)\s+$", re.I
)


def _prep_participle(
    text: str, sent: tuple[int, int], body_end: int, c: Cue, lex: dict[str, Any], opening: bool
) -> Statement | None:
    """A participle after a preposition: its source is the subject of the clause it modifies.

    "Roe was criticised for saying the plan was dead": Roe said it. An opening one ("After
    saying the plan was dead, Roe left") ends at its comma, and the source follows it.
    """
    if not opening:
        # "criticised for saying the plan was dead": only a verb of saying, or one with a
        # that-clause, reports speech here ("fined for accusing X of cheating", "by writing a
        # virus" do not), and the content ends with its clause
        if c.lemma not in ("say", "tell") and not _THAT_NEXT.match(text, c.end, body_end):
            return None
        comma = text.find(",", c.end, body_end)
        return _participle(text, sent, comma if comma > 0 else body_end, c, lex)
    comma = text.find(",", c.end, body_end)
    if comma < 0:
        return None
    m = _ANSWERER.match(text, comma, body_end)
    start = _content_start(text, c, comma, lex)
    if m is None or start is None:
        return None
    cs, ce = trim_content(text, start, comma)
    if len(text[cs:ce].split()) < 2:
        return None
    return Statement("indirect", cs, ce, c, m.span(1), -1)


def _participle(
    text: str,
    sent: tuple[int, int],
    body_end: int,
    c: Cue,
    lex: dict[str, Any],
    prev_source: tuple[int, int] | None = None,
) -> Statement | None:
    """Participle ("X did Y, saying Z"): the source is the subject, the content follows."""
    src = prev_source or sentence_subject(text, sent[0], c.start)
    if src is None:
        return None
    start = _content_start(text, c, body_end, lex)
    if start is None:
        return None
    cs, ce = trim_content(text, start, body_end)
    words = text[cs:ce].split()
    if len(words) < 2 or (c.lemma in lex["clause_only"] and lacks_clause(words)):
        return None  # ("..., mentioning the idea": no clause reported)
    if c.lemma in lex["decisions"] and words[0].lower() == "to":
        return None  # "..., agreeing to raise trade": a decision, as "agreed to" is
    return Statement("indirect", cs, ce, c, src, -1)


def _that_near(text: str, cue_end: int, content_start: int) -> bool:
    """Whether a clause opener follows a cue, maybe after a noun.

    "expressed concern that ...", "expressed doubts over whether ...".
    """
    return any(w in _NEAR_OPENERS for w in text[cue_end : content_start + 30].split()[:3])


_NEAR_OPENERS = frozenset("that whether if how why".split())


def lacks_clause(words: list[str]) -> bool:
    """Whether the words after a cue are a noun phrase rather than a reported clause.

    "the idea", "a leg injury": no clause opener ("that", "how"), no finite verb in the first
    ten words and no quoted words ("his “brilliant” performance" reports words).
    """
    if not words:
        return True
    return not (
        words[0].lower() in _CLAUSE_OPENERS
        or words[0].lower() in _WH_OPENERS
        or _FINITE_WORD.search(" ".join(words[:10]))
        or any(mark in " ".join(words) for mark in '"“”‘«')
    )


_WH_OPENERS = frozenset("how why what whatever".split())


#: A time phrase right after a cue, before the clause it reports: "said on Monday it would".
_WHEN_THEN_CLAUSE = re.compile(
    r"\s+(?:(?:earlier|later)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?"  # AP: "said Sunday it ..."
    r"|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)"
    r"|earlier|later)"
    r"(?=\s+(?:it|he|she|they|we|I|the|a|an|this|these|there|[A-Z][a-z]))"
)

#: Words that make what follows "told" a clause, not a listener before "that": "told reporters
#: he believed ... and that ...".
_CLAUSE_WORDS = frozenset(
    "he she they we i is are was were be been has have had will would can could should may "
    "might must do does did".split()
)
_TOLD_THEN_THAT = re.compile(
    # ("told journalists, when asked about the summit, that ...": an aside before "that")
    # and "told Reuters, AFP and TASS that ...": a list of listeners
    r"\s*[^,:;\"“”]{1,120}?(?:,[^,:;\"“”]{1,80}?){0,2},?\s+(?:that\b|:)\s*"
)


def _content_start(text: str, c: Cue, body_end: int, lex: dict[str, Any]) -> int | None:
    pos = c.end
    rest = text[pos:body_end]
    if c.infinitive:
        m = _INFINITIVE.match(rest)
        if m:
            return pos + m.end()  # "agreed to share the costs": the content keeps its "to"
    if c.lemma == "tell" or c.lemma.startswith("told"):
        # "told reporters in Almaty on Monday that ...": after the listener and circumstances
        m = _TOLD_THEN_THAT.match(rest)
        if m and not (set(m.group(0).lower().split()[:-1]) & _CLAUSE_WORDS):
            return pos + m.end()
        m = lex["told_whom"].match(rest)
        return pos + (m.end() if m else 0)
    if c.lemma in lex["listener_verbs"]:
        m = LISTENER_THEN_THAT.match(rest)  # "assured his counterpart that ..."
        if m:
            return pos + m.end()
    when = _WHEN_THEN_CLAUSE.match(rest)
    if when:  # "Moscow said on Monday it would respond": the day is no part of the content
        pos += when.end()
        rest = text[pos:body_end]
    m = _CONTENT_STARTERS.match(rest.lstrip()) if rest.strip() else None
    lead = len(rest) - len(rest.lstrip())
    if m:
        return pos + lead + m.end()
    adv = _AFTER_CUE_ADVERBIAL.match(rest.lstrip())
    if adv and adv.end() > 0:
        after = rest.lstrip()[adv.end() :]
        m2 = re.match(r"(?:that,?\s+|:\s*)", after)
        return pos + lead + adv.end() + (m2.end() if m2 else 0)
    if c.lemma in lex["as_objects"] and _AS_PHRASE.search(_before_clause_comma(rest)) is None:
        # "dismissed such concerns", "sees it differently": no "as" phrase, nothing said ("sees
        # the prospects for cooperation in trade, energy and tourism as promising" has one)
        return None
    if c.lemma in lex["noun_objects_not_content"] and _DETERMINED_NOUN.match(rest):
        return None  # "recalling the typhoons that struck ...": a topic
    if _SAID_THIS.match(rest):
        return None  # "He said this in an interview with TASS": the statement went before
    if c.object or c.kind in ("cognition", "speech"):
        return pos + lead
    return None


#: A determined noun phrase opening what follows a cue: " the typhoons", " their deployment".
_DETERMINED_NOUN = re.compile(r"\s*(?:the|their|his|her|its|our|a|an)\s+\w", re.I)

#: "this"/"so" standing for what was said before, then when or where it was said.
_SAID_THIS = re.compile(
    r"\s*(?:this|so)\s*(?:[.,;]|\Z|(?:in|at|on|during|to|while|when|after|before|speaking)\s)",
    re.I,
)

#: The "as" phrase after an object ("dismissed the report as a fantasy").
_AS_PHRASE = re.compile(r"\sas\s")
#: A comma that ends a noun phrase's list: one not followed by a list item and "and"/"or".
_CLAUSE_COMMA = re.compile(r",(?![^,]*,)(?![^,]*\b(?:and|or)\b)|,\s+(?:as|which|who|while|but)\b")


def _before_clause_comma(rest: str) -> str:
    """The words after a cue up to the comma that ends its object: a list's commas stay in."""
    m = _CLAUSE_COMMA.search(rest)
    return rest if m is None else rest[: m.start()]


#: The reporter's gloss at the end of a statement: ", an apparent reference to India", ", in a
#: veiled swipe at Washington".
_REFERENCE_ASIDE = re.compile(
    r"[,—–]\s+(?:in\s+)?(?:an?\s+)?(?:apparent|veiled|thinly[- ]veiled|clear|oblique|obvious|"
    r"implicit|indirect)?\s*(?:reference|allusion|swipe|dig|jab|nod)\s+(?:to|at)\b[^.!?]*\Z"
)


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` without surrounding whitespace, commas, colons and dashes.

    A wire dateline opening the span ("ASTANA, May 21 (Reuters) - ") is left out too.
    """
    start, end = trim(text, start, end)
    start = dateline_end(text, start)
    aside = _REFERENCE_ASIDE.search(text, start, end)
    if aside is not None:
        end = aside.start()  # "..., an apparent reference to India": the reporter's gloss
    while start < end and text[start] in ",;:—–-":
        start += 1
    while end > start and text[end - 1] in ",;:—–-":
        end -= 1
    return trim(text, start, end)


#: An outlet's credit closing a sentence: ", a Kazinform correspondent reports.", ", Trend
#: reports."
#: A wire agency's credit closing its lead: ", Trend reports.", ", a Kazinform correspondent
#: reports." (a bare name or "a NAME correspondent"; "the Financial Times reports" is a source).
_WIRE_CREDIT = re.compile(
    r",\s+(?:(?:an?\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+correspondent"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+reports"
    r"[\s.\"”’']*\Z"
)

_CREDIT_END = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:correspondent\s+|news\s+agency\s+)?"
    r"report(?:s|ed)\W*\Z"
)

#: A clause joined right before "according to X, ...": ", and,", "; but".
_JOINED_BEFORE = re.compile(rf"[,;]\s*{_JOINING}\s*,?\Z", re.I)
#: The same without a comma after the conjunction: ", but according to X those ...".
_JOINED_BARE = re.compile(rf"[,;]\s*{_JOINING}\Z", re.I)


def _according_to(
    text: str, sent: tuple[int, int], body_end: int, c: Cue, lex: dict[str, Any]
) -> Statement | None:
    """Statements with "according to X": after, before or in the middle of the content."""
    s_start = sent[0]
    obj = _source_after(text, c.end, body_end)
    if obj is None:
        return None
    named = _NAME_APPOSITIVE.match(text, obj[1], body_end)
    if named is not None and people_lexicon()["role_re"].search(text, obj[0], obj[1]):
        # "according to its secretary-general, Nurlan Yermekbayev": the name after the post
        obj = (named.start(1), named.end(1))
    source = text[obj[0] : obj[1]]
    before = text[s_start : c.start].rstrip().rstrip("\"”’'")
    runs_to_end = not text[obj[1] : body_end].strip(" \"”’'")
    opens_clause = not before.strip() or _JOINED_BARE.search(before) is not None
    # "According to the state agency most shops were shut": no comma after the source (also
    # opening a joined clause, and running past a quotation mark: "..., but according to Ha
    # those rules “failed”"); a name then a subject ("Ha those rules") is never one phrase
    split = _source_then_clause(text, obj[0], body_end) if opens_clause else None
    if split is not None and split[0][1] > obj[1]:
        split = None
    if split is not None and (
        runs_to_end
        or not (is_source_np(source) or is_plain_np(source))
        or _name_then_subject(text, split[0], split[1])
    ):
        obj, cs = split
        if text[obj[0] : obj[1]].lower() in lex["not_sources"]:
            return None
        ce = trim_content(text, cs, body_end)[1]
        return Statement("indirect", cs, ce, c, obj, -1)
    if source.lower() in lex["not_sources"] or not (is_source_np(source) or is_plain_np(source)):
        return None
    after = text[obj[1] : body_end]
    joined = _JOINED_BEFORE.search(before)
    if joined is not None and re.match(r"\s*,\s*\S", after) and len(after.split()) >= 3:
        # "A happened in 2005, and, according to him, B": B is what he says
        cs, ce = trim_content(text, obj[1] + after.index(",") + 1, body_end)
        return Statement("indirect", cs, ce, c, obj, -1)
    closing = _CLOSING_APPOSITIVE.fullmatch(after)
    if closing is not None and _names_a_role(closing.group(1)):
        after = ""  # "A, according to Jo Roe, the secretary-general.": her post ends it
    if before.endswith(",") and len(before.split()) <= 6 and _SPEECH_VERB_NEXT.match(after):
        # "Xi, according to state media, told Modi that ...": Xi's statement, which the media
        # only carried
        return None
    if (
        before.endswith(",")
        and len(before.split()) <= 6
        and re.match(r"[^,;:]{0,80}?,\s+\S", after)
        # "A, according to Jo Roe, who leads it.": a relative clause about the source
        and not re.match(r"\s*,\s+(?:who|whose|whom|which)\b", after)
    ):
        cs, ce = trim_content(text, s_start, body_end)  # in the middle: the whole sentence
    elif before.endswith((",", "—", "–", "--")) and len(before.split()) >= 2:
        # "A is wrong, according to X" / "A is wrong — or worse — according to X"
        if _QUOTE_THEN_CUE.search(before, max(0, len(before) - 120)):
            return None  # '"...," Mr Roe told the council, according to a statement': his
        if _speech_in_clause(_QUOTED.sub("", before)):
            # "Xi told Modi the two should be partners, according to CCTV": Xi's statement,
            # which the broadcaster only carried
            return None
        cs, ce = trim_content(text, s_start, s_start + len(before.rstrip(",—–-")))
        if _is_adverbial(text[cs:ce], lex):
            return None  # "In March, according to the ministry."
    elif not before.strip():
        comma = re.match(r"[^,;:]{0,80}?,", after)
        skip = comma.end() if comma else 0
        appositive = _ROLE_APPOSITIVE.match(after, skip) if comma and skip <= 2 else None
        if appositive and _names_a_role(appositive.group(1)):
            # "According to Su Lin, deputy director of the institute, the talks ...": past the
            # appositive that names the source's role
            skip = appositive.end()
        cs, ce = trim_content(text, obj[1] + skip, body_end)
        if _SPEAKER_OPENS.match(text, cs, ce):
            # "According to a Chinese readout, Xi said the two should ...": Xi's statement,
            # which the readout only carried
            return None
    else:
        return None
    if len(text[cs:ce].split()) < 2:
        return None
    return Statement("indirect", cs, ce, c, obj, -1)


#: A clause opening with a name or "he"/"she" and a speech verb before words: "Xi said the",
#: "Jo Roe told"; not "exports added 5 percent" or "the new rules noted in the decree".
_SPEAKER_OPENS = re.compile(
    rf"(?:(?:[A-Z][\w'’.-]*\s+){{1,3}}?|(?:he|she)\s+){SPEECH_FORMS}\s+[a-z]"
)


#: An appositive that ends the sentence: ", the secretary-general."
_CLOSING_APPOSITIVE = re.compile(r"\s*,\s+([^,;:\"“”]{3,120}?)[\s.!?\"”’']*")

#: A name after a post, as its appositive: ", Nurlan Yermekbayev," / ", Jo Roe."
_NAME_APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)(?=\s*(?:[,.;]|\Z))")

#: A quotation closed and attributed before "according to": '..." Mr Roe told the council,'.
_QUOTE_THEN_CUE = re.compile(rf"[\"”’'»]\s*,?\s+[^\"“”«»]{{0,80}}\b{SPEECH_FORMS}\b[^\"“”«»]*,\Z")

#: A speech verb after a word, in a clause before "according to": "Xi told Modi ...".
_CUE_IN_CLAUSE = re.compile(rf"\w[\w'’.]*\s+({SPEECH_FORMS})\b")
#: A speech verb right after an aside's closing comma: ", told Modi that ...".
_SPEECH_VERB_NEXT = re.compile(rf"\s*,\s+(?:also\s+)?(?:{SPEECH_FORMS})\b")
#: A relative clause opening a few words before a speech verb: "the year that the minister".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|what|whom)\s+(?:\S+\s+){0,3}\Z")


def _speech_in_clause(clause: str) -> bool:
    """Whether a speech verb with a subject of its own, not in a relative clause, is in it."""
    return any(
        not _RELATIVE_BEFORE.search(clause, 0, m.end() - len(m.group(1)))
        for m in _CUE_IN_CLAUSE.finditer(clause)
    )


#: A quoted stretch (left out when looking for a cue outside quotations).
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")

#: An appositive after a source: ", deputy director of the institute," (up to its comma).
_ROLE_APPOSITIVE = re.compile(r"\s*([^,;:\"“”]{3,160}),")


def _names_a_role(phrase: str) -> bool:
    """Whether a phrase opens with a role ("deputy director of ...", "a professor at ...")."""
    lex = people_lexicon()
    words = phrase.lower().split()[:5]
    return any(w.strip(".") in lex["role_words"] for w in words) or bool(
        lex["appositive_role_re"].match(", " + phrase + ",")
    )  # "a senior fellow at the Forum"


#: Words that open a clause's subject: "According to Xinhua *the* talks were useful".
_SUBJECT_OPENERS = frozenset(
    "the a an most some many all more few no several both each every he she it they we there "
    "this these those its his her their our only nearly almost".split()
)


def _name_then_subject(text: str, source: tuple[int, int], clause: int) -> bool:
    """Whether a split gives a name, then a lower-case subject: "Ha | those procedures".

    Not "Deputy Chairman of | the Cabinet": every source word is capitalised and the word
    after the subject's opener is lower-case.
    """
    words = text[source[0] : source[1]].split()
    after = text[clause : clause + 200].split(None, 2)
    return (
        all(w[:1].isupper() for w in words)
        and is_name_like(" ".join(words))
        and len(after) >= 2
        and after[1][:1].islower()
    )


def _source_then_clause(text: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """Split "SOURCE CLAUSE" written without a comma after "according to".

    The source is the shortest source phrase (up to six words, or "him"/"her"/"them")
    followed by a word that opens a subject, with at least three words after it.

    Returns:
        The source span and the clause's start, or None.
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    for i in range(1, min(7, len(words) - 2)):
        first = words[i].group(0)
        if first.lower() not in _SUBJECT_OPENERS:
            continue
        src = (start + words[0].start(), start + words[i - 1].end())
        phrase = text[src[0] : src[1]]
        if phrase.lower() in ("him", "her", "them") or (
            is_source_np(phrase) and not any(w.lower() in VERBISH for w in phrase.split())
        ):
            return src, start + words[i].start()
    return None


#: A clause of reason or concession inside a source phrase: it describes, it does not name.
_REASON = re.compile(r"\s+(?:because|although|though|whereas)\b")


def _source_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The source after "according to": up to the next punctuation, its first words if long."""
    m = re.match(r"\s*([^,;:.!?\"“”]{1,200}?)\s*(?=[,;:.!?\"“”]|$)", text[start:stop])
    if not m:
        return None
    s, e = start + m.start(1), start + m.end(1)
    e = over_title_stops(text, s, e, stop)  # "according to Mr. Roe", "according to Gen. Jo Roe"
    reason = _REASON.search(text, s, e)
    if reason is not None:
        e = reason.start()  # "two diplomats who spoke anonymously because they were not ..."
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) > 10:
        # "a survey conducted by ... after ...": a source, shortened to its first words
        words = words[:10]
        while len(words) > 1 and words[-1].group(0).lower() in PREPOSITIONS | DETERMINERS:
            words.pop()
        e = s + words[-1].end()
    return s, e


def issuer(text: str, source: tuple[int, int], lex: dict[str, Any]) -> tuple[int, int]:
    """The body that issued a document source, or the source as it is.

    "a statement released by the Kremlin" is "the Kremlin"; "the minister" stays.
    """
    pattern = lex.get("document_by")
    m = pattern.match(text, source[0], source[1]) if pattern is not None else None
    if m is None or m.end() >= source[1]:
        return source
    rest = text[m.end() : source[1]]
    return (m.end(), source[1]) if is_source_np(rest) or is_plain_np(rest) else source


def words_end(text: str, start: int, end: int) -> int:
    """The end of a sentence's words, before its final punctuation and closing marks."""
    while end > start and text[end - 1] in ".!?\"”’' ":
        end -= 1
    return end
