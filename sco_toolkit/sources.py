"""Sources: the noun phrase that says something, found in the text around a speech cue.

The subject before a cue ("Jo Pike has also said"), the object after it ("said the minister"),
the subject at the start of a sentence, and tests of whether a phrase can be a source at all.
"""

from __future__ import annotations

import re

from sco_toolkit.cues import SAID_ALL_THE_SAME
from sco_toolkit.quote_marks import trim
from sco_toolkit.sentences import CALENDAR_WORDS, dateline_end, is_initial_or_abbreviation
from sco_toolkit.speakers import (
    DESCRIBING_PARTICIPLES,
    FORMER_LATTER,
    NAME_PARTICLES,
    country_words,
    people_lexicon,
    plural_role,
)

__all__ = [
    "DETERMINERS",
    "PREPOSITIONS",
    "PRONOUN_SUBJECTS",
    "VERBISH",
    "over_title_stops",
    "is_name_like",
    "is_plain_np",
    "is_source_np",
    "object_after",
    "sentence_subject",
    "subject_before",
]


_ADVERB_WORDS = frozenset(
    "also further then later again once previously earlier recently repeatedly publicly "
    "separately privately reportedly subsequently explicitly clearly firmly has have had would "
    "will could may might did does do yesterday today tonight was were is are been "
    "seemed seems appeared appears looked looks remained remains became becomes "
    "always often still already just even now went goes meanwhile however though too instead "
    "nonetheless nevertheless so very quite".split()
)

_ADVERB_PAIRS = frozenset(
    [
        *"went on|continued to|appeared to|appears to|seemed to|seems to|tried to|tries to|on to|"
        "last week|last month|last year|this week|on monday|on tuesday|"
        "on wednesday|on thursday|on friday|on saturday|on sunday|"
        # "Moscow has long said", "Tashkent has since said": adverbs only after an auxiliary
        "has since|have since|had since|has long|have long|had long|"
        # hearsay: "Lavrov is understood to have told", "Xi is said to have warned"
        "understood to|believed to|said to|thought to|reported to|known to".split("|"),
        # a statement made all the same: "Zhang was left to tell", "was at pains to stress"
        *(f"{w.split()[-1]} to" for w in SAID_ALL_THE_SAME),
        "was at",
        "were at",
    ]
)

_LY_NOUNS = frozenset(
    "daily weekly monthly yearly quarterly family ally rally assembly supply reply belly bully "
    "anomaly monopoly homily melancholy".split()
)


#: A channel written between the source and its cue: "Wisma Putra in a statement said".
_CHANNEL_TAIL = re.compile(
    r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:(?:joint|written|separate|brief|televised)\s+)?"
    r"(?:statement|interview|letter|post|message|speech|briefing|address)\Z",
    re.I,
)


def _strip_adverbs(text: str, seg_start: int, cue_start: int) -> int:
    """Where the source phrase before a cue ends, once adverbs and auxiliaries are skipped."""
    end = cue_start
    while end > seg_start and text[end - 1] == " ":
        end -= 1
    if text.rfind(" in ", max(seg_start, end - 60), end) >= 0:  # (cheap test first)
        channel = _CHANNEL_TAIL.search(text, max(seg_start, end - 60), end)
        if channel is not None and channel.start() > seg_start:
            end = channel.start()
    while end > seg_start:
        word_start = text.rfind(" ", seg_start, end) + 1
        word_start = max(word_start, seg_start)
        word = text[word_start:end]
        if word.lower() in _ADVERB_WORDS or (
            len(word) > 4
            and word.endswith("ly")
            and word.isalpha()
            and word.islower()
            and word not in _LY_NOUNS
        ):
            end = word_start
        else:
            prev_start = max(
                text.rfind(" ", seg_start, max(word_start - 1, seg_start)) + 1, seg_start
            )
            pair = text[prev_start:end].lower()
            if word_start > seg_start and pair in _ADVERB_PAIRS:
                end = prev_start
            else:
                break
        while end > seg_start and text[end - 1] == " ":
            end -= 1
    return end


# The look-ahead lists every character a boundary can start with, so that the engine rejects
# most positions with one test instead of trying every alternative; a letter must also start a
# word (only the conjunctions start with one, and they open with ``\b``), which rejects the
# letters inside words at once. A space passes only before a hyphen (the one alternative that
# starts with a space is ``\s-``): the spaces between words are rejected at once too.
_BOUNDARY = re.compile(
    r"(?=[,;:()\[\]—–―\-\"“”«».!?]|\s-|\b[tbwasiuo])"
    r"(?:(?<!\d),|,(?!\d)|[;:()\[\]—–―]|--|\s-(?:\s|\Z)|[\"“”«»]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?](?=\s)|\b(?:that|but|while|which|because|although|though|"
    r"since|if|when|whereas|unless|until|so|once|where|before|after|as)\b)",
    re.I,
)

#: A clause with its own verb, then "and" and a capitalised word: the slot's subject starts
#: after "and" ("prices rose by 0.8% in January and Nationwide"), unless a capitalised word
#: stands before "and" ("the Center for Media and Public Affairs", "Russia and China").
_CLAUSE_THEN_AND = re.compile(
    r"(?<![\w-])(?:[a-z]+ed|said|says|told|tells|reports|rose|grew|fell|is|are|was|were|has|"
    r"have|had|will|would)\b(?:.*\s(?:(?![A-Z])\S+|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b\S*))?\s+and\s+(?=[A-Z])"
)

#: A lower-case word, then a quantified plural at the end of the slot: "the announcement many
#: analysts" (the subject is "many analysts").
_QUANTIFIED_TAIL = re.compile(
    r"\b([a-z]+)\s+((?:many|most|some|several|few)\s+(?:[a-z-]+\s+)?[a-z-]+s)\s*\Z"
)

#: (a cheap test before the search for ``_QUANTIFIED_TAIL``)
_QUANTIFIER = re.compile(r"\b(?:many|most|some|several|few)\s")
#: Words that make the quantified plural their object: "the heads of many companies".
_BEFORE_QUANTIFIED = frozenset(
    "of from in at for with among amongst by to on about between across like including than "
    "and or but".split()
)

#: The end of a portfolio listed with commas: "mine and trade" in "minister of industry, mine
#: and trade", and the post before it.
_LIST_TAIL = re.compile(r"[a-z][\w-]*(?:,\s+[a-z][\w-]*){0,3},?\s+and\s+[a-z][\w-]*")
#: One name of a list: up to four capitalised words, maybe after "the" ("the Philippines").
_LIST_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
#: Capitalised names joined by "and": "Iran and China", "Laos and the Philippines".
_NAMES_AND = re.compile(rf"{_LIST_NAME}\s+and\s+{_LIST_NAME}")
#: The last name of a list written with a comma before "and": "and China".
_AND_NAME = re.compile(rf"and\s+{_LIST_NAME}")
#: One earlier name of such a list, with its comma: "Russia, ", "and Russia, ".
_LIST_NAME_BEFORE = re.compile(rf"(?<![\w’'-])(?:and\s+)?({_LIST_NAME}),\s+\Z")


def _list_start(text: str, seg_start: int, s: int) -> int:
    """Where a list of names ending at ``s`` ("Russia, " before "Iran and China") starts.

    Names that open with a preposition ("On Monday, ") or stand in a dateline end the walk.
    """
    start = s
    while True:
        m = _LIST_NAME_BEFORE.search(text, max(seg_start, start - 60), start)
        if m is None:
            post = _POST_BEFORE_LIST.search(text, max(seg_start, start - 60), start)
            if post is not None and people_lexicon()["role_re"].search(post.group(1)):
                # "Minister for Planning, Development and Special Initiatives Jo Roe": the list
                # is the post's portfolio
                return post.start(1)
            return start
        first = m.group(1).split()[0].lower()
        lead = text[seg_start : m.start()].rstrip()
        if (
            first in PREPOSITIONS
            or first in CALENDAR_WORDS
            or dateline_end(text, m.start(1)) > m.start(1)
            or _PLACE_PREPOSITION_END.search(lead) is not None  # "Delegates met in Astana, "
        ):
            return start
        start = m.start(1)


#: A post and its "of/for" right before a listed portfolio: "Minister for ".
_POST_BEFORE_LIST = re.compile(r"(?<![\w’'-])((?:[\w’'-]+\s+){1,4})(?:of|for)\s+\Z")

#: A place preposition ending the words before a name: "met in", "flew to".
_PLACE_PREPOSITION_END = re.compile(r"\b(?:in|at|to|from|near|via|into|across|through)\Z")

#: Plural people "of" a list of bodies, up to the list's last comma: "Leaders of ASEAN, ".
_BODY_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\([A-Z]{2,}\)))*"
_PLURAL_OF_LIST = re.compile(
    rf"(?<![\w’'-])([A-Za-z][a-z]+s)\s+(?:of|from)\s+{_BODY_NAME}"
    rf"(?:,\s+{_BODY_NAME})+,?\s+and\s+{_BODY_NAME}\Z"
)
_POST_OF_BEFORE = re.compile(
    r"(?<![\w’'-])((?:[\w’'-]+\s+){1,4}(?:of|for)\s+[\w-]+(?:,\s+[\w-]+){0,3}),\s+\Z"
)

_ANONYMITY = re.compile(
    r"not (?:(?:wish|want)(?:ing)? )?to be (?:named|identified)|anonymity|not authori[sz]ed"
    r"|(?:declin|refus)(?:ed|ing) to be (?:named|identified)"
)

#: An indefinite source, then a relative clause asking for anonymity, running to the cue.
_ANONYMOUS_WHO = re.compile(
    r"(?:^|(?<=[,;]\s))((?:A|An|One|a|an|one)\s+[^,;:.]{2,120}?)\s*,?\s+who\s+[^;:]{0,40}?"
    rf"(?:{_ANONYMITY.pattern})[^;:.]{{0,120}}\Z"
)

#: A source opening the sentence with an article, then a relative clause with no comma running
#: to the cue: "A woman from Khorezm who has cleaned offices in Moscow since 2017 (told)".
_DESCRIBED_WHO = re.compile(r"((?:A|An|One|The)\s+[^,;:.]{2,60}?)\s+who\s+[^,;:.]{2,100}\Z")

#: A body's acronym in brackets closing an appositive piece: " (UNODC)".
_TRAILING_ACRONYM = re.compile(r"\s+\([A-Z][A-Z0-9&]{1,9}\)\Z")
#: A name, then the body its holder is from: "Li Jianhua of the Narcotics Control Bureau".
_NAME_OF_BODY = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,5}[A-Z][\w'’-]+)\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]"
)
#: A lower-case post word, then the capitalised name that ends a piece: "director Datuk Jo Roe".
_LOWER_POST_NAME = re.compile(r"\b([a-z][\w-]*)\s+((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*)\Z")
_PARTY = re.compile(r"\([^()]{1,40}\)$")

#: An indefinite source, then the writer's relative clause running to the cue: "A diplomat (whom)
#: I spoke to in Astana last spring", "Diplomats I spoke to in Tashkent".
_CONTACT_CLAUSE = re.compile(
    r"(?:^|(?<=[,;]\s))((?:A|An|One|a|an|one)\s+[^,;:.]{2,60}?|[A-Z][a-z]+s(?:\s+[a-z]+s)?)"
    r"\s+(?:(?:whom|who|that)\s+)?"
    r"(?:I|we)\s+(?:spoke|talked|interviewed|met)\b[^,;:.]{0,60}\Z"
)

#: An acronym in brackets after a capitalised word, inside a source phrase: "Bank of Iran (CBI)".
#: A bracketed qualifier of a post before the body it is held at: "Secretary (Multilateral) at".
_BRACKETED_QUALIFIER = re.compile(
    r"(?<=[a-z] )\([A-Z][\w-]+(?: [A-Z&][\w-]*){0,2}\)(?= (?:at|of|in)\b)"
)

#: A body's acronym and a lower-case post: "OFHEO director", "IMF chief economist".
_ACRONYM_POST = re.compile(r"[A-Z]{2,8}(?:\s+[a-z][\w-]*){1,3}")

_BRACKETED_ACRONYM = re.compile(
    r"(?<=[a-z] )\([A-Z][A-Z0-9&]{1,9}(?: [A-Z][A-Z0-9&]{1,9}){0,2}\)"  # "(CBI)", "(SCO RATS)"
    r"(?= (?!and\b|or\b|all\b|both\b|A\b|An\b|The\b|This\b|It\b)[A-Za-z])"
)

DETERMINERS = frozenset("his her their its our my your the a an this that these those".split())

PRONOUN_SUBJECTS = {"he", "she", "they", "we", "i", "it", "you"}


def subject_before(
    text: str, seg_start: int, cue_start: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """The source noun phrase before a cue, skipping adverbs, auxiliaries and appositives.

    With ``loose`` (strong speech verbs such as "said"), any short phrase without verbs counts as
    a source ("Several cast members said"); otherwise it must look like a name, a pronoun or a
    source noun.

    "He noted", "the secretary-general regards", "Zhang Ming has also said", and
    "Jane Roe, a spokeswoman for the group, which ..., said" (the name before the appositives).
    """
    after_dateline = dateline_end(text, seg_start)  # "MOSCOW, July 5 (Xinhua) -- Jo Roe, ..."
    if after_dateline < cue_start:
        seg_start = after_dateline
    core_end = _strip_adverbs(text, seg_start, cue_start)
    core = text[seg_start:core_end].rstrip()
    party = _PARTY.search(core) if core.endswith(")") else None
    if party and len(core) > party.end() - party.start():
        core = core[: party.start()].rstrip()  # "Sen. Jane Roe (D-Ore.) said": no affiliation
    if not core:
        return None
    start = seg_start
    if "(" in core:
        # "Central Bank of Iran (CBI) deputy governor Jo Roe said": an acronym in brackets
        # after a name is part of the phrase, not a boundary (the same length: offsets hold)
        core = _BRACKETED_ACRONYM.sub(lambda m: " " * len(m.group(0)), core)
        # "Deputy Permanent Secretary (Multilateral) at the Ministry": the post's qualifier
        core = _BRACKETED_QUALIFIER.sub(lambda m: " " * len(m.group(0)), core)
    if " who " in core and _ANONYMITY.search(core):
        # "A Southeast Asian diplomat who asked not to be named because the talks are
        # confidential said": the unnamed source before the relative clause
        anonymous = _ANONYMOUS_WHO.search(core)
        if anonymous is not None and is_source_np(anonymous.group(1)):
            return seg_start + anonymous.start(1), seg_start + anonymous.end(1)
        if anonymous is not None:
            # "A senior executive at a bank that handles rupee payments, who asked not to be
            # named, said": the source is the noun phrase before its own relative clause
            head = re.match(r"(.+?)\s+(?:that|which)\s", anonymous.group(1))
            if head is not None and is_source_np(head.group(1)):
                return seg_start + anonymous.start(1), seg_start + anonymous.start(1) + head.end(1)
    if " who " in core:
        described = _DESCRIBED_WHO.match(core)
        if described is not None and _person_head(described.group(1)):
            # "A 45-year-old woman from Khorezm who has cleaned offices in Moscow since 2017
            # told": the source the restrictive relative clause describes
            return seg_start + described.start(1), seg_start + described.end(1)
    if " spoke " in core or " talked " in core or " interviewed" in core or " met " in core:
        contact = _CONTACT_CLAUSE.search(core)
        if contact is not None and is_source_np(contact.group(1)):
            # "A Central Asian diplomat I spoke to in Astana last spring put it bluntly": the
            # source before the writer's own relative clause
            return seg_start + contact.start(1), seg_start + contact.end(1)
    window = max(0, len(core) - 100)  # the slot is short: look for its boundary near the cue
    for b in _BOUNDARY.finditer(core, window):
        start = seg_start + b.end()
    if start == seg_start and window:
        for b in _BOUNDARY.finditer(core):
            start = seg_start + b.end()
    s, e = trim(text, start, seg_start + len(core))
    if (
        e > s
        and text[s - 2 : s] == ", "
        and (_LIST_TAIL.fullmatch(text, s, e) or _portfolio_only(text[s:e]))
    ):
        # "Iran's deputy minister of industry, mine and trade said", "The Ministry of Culture,
        # Sports and Tourism said": the slot ends a portfolio listed with commas after a post
        # or a body
        post = _POST_OF_BEFORE.search(text, max(seg_start, s - 80), s)
        if post is not None and (
            people_lexicon()["role_re"].search(post.group(1)) or _body_name(post.group(1))
        ):
            s = post.start(1)
    if e > s and text[s - 2 : s] in (", ", ") ") and "," in text[max(seg_start, s - 160) : s]:
        # "Leaders of ASEAN, the Gulf Cooperation Council (GCC) and China said": the slot ends
        # a list of bodies after "PEOPLE of": all of them are the source's qualifier
        plural = _PLURAL_OF_LIST.search(text, max(seg_start, s - 160), e)
        if plural is not None and plural.group(1).lower()[:-1] in people_lexicon()["role_set"]:
            s = plural.start(1)
        elif text[s - 2 : s] == ", " and _NAMES_AND.fullmatch(text, s, e):
            # "Russia, Iran and China said": the slot ends a list of names, the source
            s = _list_start(text, seg_start, s)
        elif text[s - 2 : s] == ", " and _AND_NAME.fullmatch(text, s, e):
            s = _list_start(text, seg_start, s)  # "Russia, Iran, and China said"
    if e > s:
        before = text[seg_start:s].rstrip()
        slot = text[s:e]
        appositive = (
            # (or an acronym's post: "Armando Falcon, OFHEO director said")
            (slot[:1].islower() or _ACRONYM_POST.fullmatch(slot) is not None)
            and slot.split()[0].lower() not in _QUANTIFIERS  # "many non-Indian stars want"
            # "famed director James Cameron revealed" (though "an analyst at research firm
            # Informa Media" describes someone named before it)
            and (not _ENDS_WITH_NAME.search(slot) or bool(_INDEFINITE_WITH_LINK.match(slot)))
            and bool(people_lexicon()["role_re"].search(slot))
        )
        if (
            before.endswith(",")
            and (
                (is_name_like(slot) and _body_name(slot)) or (appositive and len(slot.split()) <= 8)
            )
            and not _opener_ends_at(text, seg_start, s)  # not "After meeting Jo Roe, the envoy"
        ):
            person = _person_before(text, seg_start, s)
            if person is not None:
                # "Colin Asplin, Blackpool Hotel Association said:", "Will Davies, senior
                # research fellow at the IPPR told": the person before the unclosed appositive
                return person
        if before.endswith(",") and text[s:e].split()[0] in people_lexicon()["role_words"]:
            # "Jo Pike, president of the division at the firm, says": an appositive whose
            # closing comma is missing; the name before it is the source
            name = NAME_BEFORE_COMMA.search(before)
            if name is not None:
                return seg_start + name.start(1), seg_start + name.end(1)
        clause_and = _CLAUSE_THEN_AND.search(text, s, e) if " and " in text[s:e] else None
        if clause_and is not None and clause_and.end() < e:
            # "Halifax said prices rose and Nationwide reported": the second clause's subject
            s = clause_and.end()
        quantified = _QUANTIFIED_TAIL.search(text, s, e) if _QUANTIFIER.search(text, s, e) else None
        if (
            quantified is not None
            and quantified.group(1).lower() not in _BEFORE_QUANTIFIED
            and _people_noun(quantified.group(2).split()[-1])  # (not "use several passwords")
        ):
            # "surprised by the announcement many analysts said": a comma left out before the
            # clause's subject (not "the heads of many companies")
            s = quantified.start(2)
        if text[s:e].split()[0].lower() not in _AUXILIARIES or not before.endswith(","):
            return _slot_source(text, seg_start, s, e, loose)
        # "Jo Pike, the envoy, has in an interview spoken about": the subject is before "has"
        core = before
    if not core.endswith(","):
        dashed = _DASHED_APPOSITIVE.search(core)
        if dashed is None or dashed.start() == 0:
            return None
        # "Jo Kall -- co-editor of a book on the debates -- said": the name before the dashes
        head_end = dashed.start()
        inner = _DASH_INNER.fullmatch(core, dashed.start())
        if inner is not None and _names_only(inner.group(1)):
            head = core[:head_end].split()
            if head and _people_noun(head[-1]):
                # "The two leaders - Ivo Marek and Jo Roe - said": the names between the dashes
                return seg_start + inner.start(1), seg_start + inner.end(1)
        comma = core.rfind(",", 0, head_end)
        piece = core[comma + 1 : head_end].split()
        if comma > 0 and piece and piece[0].lower() in _APPOSITIVE_PREPOSITIONS:
            # "Jo Roe, director, of CB Ellis - a property firm - told": "of CB Ellis" belongs
            # to the appositive before it; the name is further back
            head_end = comma + 1
        src = subject_before(text, seg_start, seg_start + head_end, loose=loose)
        if src is None:
            return None
        surface = text[src[0] : src[1]]
        return src if is_name_like(surface) or is_source_np(surface) else None
    # the slot is empty: walk back over comma-separated appositives to the source
    pieces = [(seg_start + p.start(), seg_start + p.end()) for p in re.finditer(r"[^,;:]+", core)]
    fallback = None
    anonymous = False
    for ps, pe in reversed(pieces):
        ps, pe = trim(text, ps, pe)
        opened_at = ps
        while ps < pe and text[ps] in "\"“”‘’'«» ":
            ps += 1  # '..., values,” the diplomat said, referring to': no closing mark
        after_quote = any(ch in '"”’»' for ch in text[opened_at:ps])
        said = _SAID_AT_END.search(text, ps, pe)
        if said is not None and said.start() > ps:
            pe = said.start()  # "the diplomat said, referring to ...": the speaker of both
        said = _SAID_AT_START.match(text, ps, pe)
        if said is not None and said.end() < pe:
            ps = said.end()  # '"...," added the 30-year-old, referring to ...'
        after_quote = after_quote or said is not None
        last_clause = max((m.end() for m in _CLAUSE_OPENER.finditer(text, ps, pe)), default=ps)
        if last_clause < pe:
            ps = last_clause  # "The talks ended when the minister, a veteran, said"
        piece = text[ps:pe]
        lead = re.match(r"(?:but|and|so|yet)\s+", piece, re.I)
        if lead:
            ps += lead.end()
            piece = text[ps:pe]
        acronym = _TRAILING_ACRONYM.search(piece)
        if acronym is not None and acronym.start() > 0:
            # "The United Nations Office on Drugs and Crime (UNODC), which ..., said": the body
            pe = ps + acronym.start()
            piece = text[ps:pe]
        if not piece:
            continue
        first = piece.split()[0].lower()
        if _portfolio_only(piece) and _POST_OF_BEFORE.search(text, max(seg_start, ps - 80), ps):
            # "Jo Roe, Secretary at the Ministry of Science, Technology and Innovation, said":
            # the end of a portfolio listed with commas inside the appositive
            continue
        if _is_agent(piece.lower().split()):
            continue  # "the delegation, led by Undersecretary Jo Roe, would insist": an agent
        if first in ("which", "who", "whose", "where", "when", "whom"):
            # "A member of one of the Central Asian delegations, who asked not to be named,
            # told": an anonymous source may be described at length
            anonymous = anonymous or bool(_ANONYMITY.search(piece))
            continue
        if first in PREPOSITIONS or first in _PIECE_OPENERS:
            # an adverbial: "Jane Roe, at a press briefing, said", "Following the ruling,
            # lawyer Jo Roe, who ..., said"; or the rest of an appositive: "Jo Roe, of the
            # League Against Cruel Sports, told"; "..., speaking on condition of anonymity,"
            anonymous = anonymous or bool(_ANONYMITY.search(piece))
            continue
        named = _NAME_OF_BODY.match(piece)
        if (
            named is not None
            and is_name_like(named.group(1))
            and not _body_name(named.group(1))
            and not any(
                w.lower().strip("'’") in people_lexicon()["title_or_portfolio"]
                for w in named.group(1).split()[-2:]
            )  # (not "Laos' Deputy Minister of Energy")
            and _body_name(piece[named.end(1) :])
        ):
            # "The Chinese delegate, Li Jianhua of the Narcotics Control Bureau, said": the
            # name, then the body the person is from
            return ps, ps + named.end(1)
        if is_name_like(piece) and piece.split()[0].lower() not in people_lexicon()["role_words"]:
            described = fallback is not None and _describes_person(text[fallback[0] : fallback[1]])
            if " " not in piece and not described and _PLACE_TAIL.search(text, seg_start, ps):
                # "Jo Roe, MP for Henley, Oxfordshire, said": the place's county (but "... in
                # Beijing, Roe, an Uzbek diplomat, said": a person the appositive describes)
                continue
            if _PLACE_NOUN_BEFORE.search(text, max(seg_start, ps - 30), ps):
                continue  # "..., who met in the Kyrgyz capital, Bishkek, said": the city
            if _possessive_title(piece) and not _body_name(piece) and not _possessive_post(piece):
                # "The book, Brown's Britain, said": a title, not a source (though
                # "Tajikistan's State Committee for National Security" is a body)
                continue
            person = _person_before(text, seg_start, ps) if _body_name(piece) else None
            if person is not None:
                return person  # "Colin Asplin, Blackpool Hotel Association, said": the person
            return ps, pe  # a name; "Minister for Defence Procurement" is its appositive
        if _titled_name(piece):
            return ps, pe  # "Indonesia's BRICS sherpa, Ambassador Jo Roe, said": the person
        tail = _TRAILING_NAME.search(piece)
        if (
            tail is not None
            and len(piece.split()) > 5
            and piece[:1].isupper()  # a title written before the name, not "head of X at Y"
            # right after a capitalised word ("... to Kazakhstan Jo Roe"), not after "and"
            # ("Labour MP for Hornsey and Wood Green")
            and piece[: tail.start()].split()[-1][:1].isupper()
            and any(
                w[:1].isupper() and w.lower() in people_lexicon()["role_words"]
                for w in piece[: tail.start()].split()
            )  # ("Deputy Minister of ...", not "US chief economist at ...")
            and not _body_name(tail.group(0))
            and not any(w.lower() in people_lexicon()["role_words"] for w in tail.group(0).split())
            # (not "... Deputy Minister for International Trade Negotiations": a portfolio)
            and not all(
                w.lower() in people_lexicon()["portfolio_words"] for w in tail.group(0).split()
            )
            and people_lexicon()["role_re"].search(piece, 0, tail.start())
        ):
            # "Laos' Deputy Minister of Energy and Mines Phonesavanh Keomany, who ..., said": a
            # long title, then the name
            return ps + _three_word_name(piece, tail.start()), pe
        post = _LOWER_POST_NAME.search(piece) if piece[:1].isupper() else None
        before_post = piece[: post.start()].split() if post is not None else []
        if (
            post is not None
            # (a body's capitalised name before the post, not "asset manager Vertice Invest")
            and before_post
            and before_post[-1][:1].isupper()
            and post.group(1).lower() in people_lexicon()["role_words"]
            and is_name_like(post.group(2))
            and not _body_name(post.group(2))
            and not any(w.lower() in people_lexicon()["role_words"] for w in post.group(2).split())
        ):
            # "Bukit Aman Commercial Crime Investigation Department director Datuk Jo Roe, who
            # ..., said": a long post in lower case, then the name
            return ps + post.start(2), pe
        # (a relative clause may describe the source at length: "an Uzbek diplomat who oversees
        # economic cooperation and external partnerships")
        who = piece.find(" who ")
        if who > 0 and not _describes_person(piece[:who]):
            who = -1  # (not "One of the foreign bidders who lost out")
        head = piece[:who] if who > 0 else piece  # the role the relative clause describes
        # (a body's long name: "The Executive Committee of the SCO Regional Anti-Terrorist
        # Structure (RATS), which ..., said")
        long_name = all(w[:1].isupper() or w in _NP_GLUE for w in head.split()[1:])
        longest = 12 if anonymous or (long_name and _body_name(head)) else 16 if who > 0 else 8
        if (is_source_np(head) or (loose and is_plain_np(head))) and len(piece.split()) <= longest:
            fallback = (ps, pe)  # the leftmost: "the minister, a veteran of the talks, said"
        elif fallback is not None:
            # "... the day after Peter Mandelson, former Labour minister, warned": the name
            # that ends the clause before the appositive
            return _person_before(text, seg_start, fallback[0]) or fallback
        if after_quote and fallback is not None:
            break  # what comes before a closing quotation mark is the quotation
    return fallback


#: An appositive ending in a place ("MP for Henley-on-Thames, "): a one-word piece after it is the
#: place's county or state, not the source.
#: A place noun before a comma: the name after it is the place ("the Kyrgyz capital, Bishkek").
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:capital|city|town|village|port|province|region|district|county|state)\s*,\s*\Z", re.I
)
_PLACE_TAIL = re.compile(r"\b(?:for|of|from|in|at)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s*\Z")

SPEECH_FORMS = (
    r"(?:said|says|told|tells|added|adds|stressed|noted|explained|insisted|argued|warned|"
    r"wrote|replied|recalled|continued|concluded)"
)
#: A speech verb ending a comma-separated piece: "the diplomat said" before a participle.
_SAID_AT_END = re.compile(rf"\s+{SPEECH_FORMS}\Z")
#: The same verb opening the piece, in an inverted attribution: "added the 30-year-old".
_SAID_AT_START = re.compile(rf"{SPEECH_FORMS}\s+")

_QUANTIFIERS = frozenset("many some several most all other others both few various".split())
#: A name after a lower-case word that is no preposition, ending the slot: "director James
#: Cameron" is the source itself, "a strategist at Monument Securities" an appositive.
_ENDS_WITH_NAME = re.compile(
    r"(?:^|\s)(?!(?:at|of|for|from|with|in|on|by)\s)[a-z][\w-]*\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\Z"
)

#: "a/an ROLE ... at/of/with ...": an indefinite description with a link, never a name.
_INDEFINITE_WITH_LINK = re.compile(r"an?\s+[^,;:]*?\b(?:at|of|for|from|with)\s")

#: Two or three capitalised words right before ", ": a person's name before an appositive.
_PERSON_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))((?:[A-Z][a-z’'-]+\s+){1,2}[A-Z][a-z’'-]+),\s*\Z")


def _describes_person(piece: str) -> bool:
    """An appositive that describes a person: "an Uzbek diplomat who oversees ..."."""
    return piece[:1].islower() and bool(people_lexicon()["role_re"].search(piece))


def _person_head(phrase: str) -> bool:
    """Whether a noun phrase is headed by a person noun: "A 45-year-old woman from Khorezm"."""
    lex = people_lexicon()
    head = phrase.split(" from ")[0].split(" of ")[0].split()[-1].lower()
    return head in lex["gendered_nouns"] or head in lex["generic"] or head in lex["role_set"]


def _person_before(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """A person's name right before the appositive that starts at ``at`` ("Jo Roe, ...")."""
    m = _PERSON_BEFORE.search(text, lo, at)
    if m is None:
        return None
    lex = people_lexicon()
    start, words = m.start(1), m.group(1).split()
    if len(words) == 3 and (
        words[0].lower() in lex["not_name_lower"] or words[0].lower() in lex["role_words"]
    ):
        start += len(words[0]) + 1  # "Secretary of State Condoleezza Rice, ...": the name
        words = words[1:]
    if any(w.lower() in lex["not_name_lower"] for w in words) or _body_name(" ".join(words)):
        return None  # "On Monday, Gazprom said", "Age Concern, Mencap and ... said"
    if re.search(r"\b(?:the|a|an)\s+\Z", text[max(lo, start - 5) : start]):
        return None  # "... and the Funan Techo Canal, a government spokesman said": a thing
    if words[-1] in lex["place_heads"]:
        return None  # "... in the South China Sea, Undersecretary Jo Roe said": a place
    return start, m.end(1)


def _portfolio_only(phrase: str) -> bool:
    """Whether a phrase is only portfolio words joined by "and": "Sports and Tourism"."""
    words = phrase.split()
    lex = people_lexicon()
    return " and " in phrase and all(
        w.lower() in lex["portfolio_words"] or w in ("and", "&") for w in words
    )


def _possessive_post(piece: str) -> bool:
    """A country's post and its holder: "Pakistan's Defence Secretary Asif Qureshi"."""
    m = re.search(r"\w['’]s\s+", piece)
    if m is None:
        return False
    lex = people_lexicon()
    words = piece[m.end() :].split()
    n = 0
    while n < len(words) and words[n].lower() in lex["title_or_portfolio"]:
        n += 1
    return (
        any(w.lower() in lex["role_words"] for w in words[:n])
        and len(words) - n >= 2
        and is_name_like(" ".join(words[n:]))
    )


def _possessive_title(piece: str) -> bool:
    """A capitalised phrase with a possessive inside: a title ("Brown's Britain")."""
    return bool(re.search(r"\w['’]s\s+[A-Z]", piece))


#: Two capitalised words ending a phrase: the name after a long title.
_TRAILING_NAME = re.compile(
    rf"(?<!\S)[A-Z][\w’'.-]*\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?[A-Z][\w’'-]*\Z"
)  # (with a particle: "Ramon de Guzman")


def _three_word_name(piece: str, start: int) -> int:
    """Where a name of three words starts, when the two-word name at ``start`` has one more.

    "Malaysian Ambassador to Russia Cheong Loon Lai": "Cheong" is no post, portfolio or country
    word, so the name is "Cheong Loon Lai" (but "... Minister of Energy and Mines Jo Roe").
    """
    before = piece[:start].split()
    if len(before) < 3:
        return start
    word = before[-1]
    low = word.lower().strip("'’")
    lex = people_lexicon()
    if (
        not word[:1].isupper()
        or not word.isalpha()
        or low in lex["title_or_portfolio"]  # (role words, their prefixes, portfolio words)
        or low in country_words()
        or not before[-2][:1].isupper()  # (after a title word or a country: "to Russia")
    ):
        return start
    return piece.rfind(word, 0, start)


def _titled_name(piece: str) -> bool:
    """A title, then a full name: "Ambassador Jo Roe", "Deputy Foreign Minister Ivo Marek"."""
    words = piece.split()
    roles = people_lexicon()["role_words"]
    n = 0
    while n < len(words) and words[n][:1].isupper() and words[n].lower() in roles:
        n += 1
    rest = words[n:]
    return (
        n > 0
        and len(rest) >= 2
        and all(w[:1].isupper() for w in rest)
        and is_name_like(" ".join(rest))
        and not _body_name(piece)
    )


def _body_name(piece: str) -> bool:
    """Whether a capitalised phrase names a body: it holds an organisation word."""
    words = {w.lower().strip(".,") for w in piece.split()}
    return bool(words & people_lexicon()["org_words"])


#: A conjunction inside a comma-separated piece: the subject follows the last one.
_CLAUSE_OPENER = re.compile(
    r"\b(?:while|because|although|though|when|whereas|unless|where)\s+",
)  # ("that", "since", "after" ... are also determiners and prepositions: "after the game")

#: Words that open a comma-separated piece that is no source: "of X" completes an appositive,
#: the others open adverbials ("Following the ruling, ...").
_PIECE_OPENERS = frozenset(
    "of following amid ahead upon unlike like earlier later last next speaking addressing "
    "asked responding commenting writing".split()
)

#: Words that open a phrase completing the appositive before it ("director, of CB Ellis").
_APPOSITIVE_PREPOSITIONS = frozenset("of at for with in from".split())

#: An appositive between dashes at the end of the words before a cue.
_DASHED_APPOSITIVE = re.compile(
    r"\s*(?:—|–|―|--|(?<=\s)-)\s+(?:(?!--|\s-\s)[^—–―\n]){2,200}?\s*(?:—|–|―|--|\s-)\Z"
)

#: The words between the dashes of a dashed appositive.
_DASH_INNER = re.compile(r"\s*(?:—|–|―|--|-)\s+(.+?)\s*(?:—|–|―|--|-)")


def _names_only(phrase: str) -> bool:
    """Whether a phrase is one person's name or a list of them: "Jo Roe and Ivo Marek"."""
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase)]
    return bool(names) and all(n and _PERSON_NAME.fullmatch(n) and is_name_like(n) for n in names)


_PERSON_NAME = re.compile(r"(?!(?:The|A|An)\s)(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*")


def _people_noun(word: str) -> bool:
    """Whether a noun names people: a post ("minister", "leaders") or a source ("men")."""
    low = word.lower().strip(",")
    lex = people_lexicon()
    return low in lex["role_words"] or low in lex["generic"] or plural_role(low, lex)


NAME_BEFORE_COMMA = re.compile(r"(?:^|[\s,;(])((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\Z")

_CONJUNCTIONS = frozenset(("and", "but", "or", "yet"))

_AUXILIARIES = frozenset("has have had was were is are will would".split())

_CONTRACTION = re.compile(r"(he|she|it|that|who|there)[’']s|(i|we|they|you|he|she)[’'](?:ve|d|ll)")


def _is_agent(words: list[str]) -> bool:
    """Whether lower-cased ``words`` open with a passive participle's agent ("led by X")."""
    return len(words) > 2 and words[1] == "by" and words[0].endswith("ed")


#: A person's name, then the long name of a body: "Jo Roe of the Institute for ... of the Sea".
_NAME_OF_LONG_BODY = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+\s+(?:of|from|at)\s+"
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|on|in|&))*"
)


def _slot_source(text: str, seg_start: int, s: int, e: int, loose: bool) -> tuple[int, int] | None:
    """The source in the slot ``text[s:e]`` right before a cue, or None."""
    words = text[s:e].lower().split()
    if words[0] in ("why", "how") or (words[0] in _NO_SOURCE_OPENERS and len(words) == 1):
        return None  # "Why then want ...", "perhaps recognizing ..."
    if _is_agent(words):
        return None  # "the delegation, led by Undersecretary Jo Roe, would insist": no subject
    lead = _TIME_LEAD.match(text, s, e)
    if lead and lead.end() < e:
        s = lead.end()  # "Earlier this week the Tories announced": the time is no source
        words = text[s:e].lower().split()
    while words[0] in _NO_SOURCE_OPENERS and len(words) > 1:
        s += len(text[s:e]) - len(text[s:e].split(None, 1)[1])  # "Even Mr Prescott admitted"
        words = words[1:]
    if words[0] == "who" and _WHO_SLOT.fullmatch(text, s, e):
        return _antecedent(text, seg_start, s, loose=loose)
    if words[0] in _CONJUNCTIONS or (words[0] == "as" and len(words) > 1):
        if len(words) == 1:
            return None  # a coordinated verb ("..., and considers ...") has no subject of its own
        s += len(text[s:e]) - len(text[s:e].split(None, 1)[1])  # "..., and he urged"
        words = words[1:]
    contraction = _CONTRACTION.fullmatch(words[-1])
    if contraction and len(words) == 1:
        # "He’s claiming", "I've always thought": the pronoun, not a possessive
        pronoun = contraction.group(1) or contraction.group(2)
        e = s + len(pronoun)
        words = [pronoun]
    if len(words) == 1 and words[0] in DETERMINERS:
        return None  # "His promises to ...": a noun, not a verb, follows
    if words[-1] in ("and", "but") or words[-1].endswith(("'s", "’s")):
        return None  # "X did Y and" / a possessive: "the editor's note", "the channel's show"
    slot = text[s:e]
    who = slot.find(" who ")
    if who > 0 and len(words) > 3 and is_source_np(slot[:who]) and not is_name_like(slot[:who]):
        return s, s + who  # "The 28-year-old host who also presents X said": the host
    if len(words) > 1 and words[-1] in PRONOUN_SUBJECTS - {"it", "you"}:
        return e - len(words[-1]), e  # "... on the network he blasted": the pronoun
    if (loose and is_plain_np(slot)) or is_source_np(slot):
        return s, e
    if loose and _NAME_OF_LONG_BODY.fullmatch(slot) and is_plain_np(slot.split(" of ", 1)[0]):
        # "Maritime law expert Jo Roe of the University of the Philippines Institute for
        # Maritime Affairs and Law of the Sea said": a long body's name ends the slot
        return s, e
    # "In a radio interview Jo Pike said", "Days ago on the network he blasted": the subject
    # at the end of a long slot that opens with an adverbial
    tail = _TRAILING_SUBJECT.search(slot) if words[0] in PREPOSITIONS or len(words) > 6 else None
    before_tail = slot[: tail.start(1)].split()[-1:] if tail else []
    if before_tail and before_tail[0].lower() in _TAIL_PREPOSITIONS:
        # "men freed from Guantanamo Bay telling them": the preposition's object is no subject;
        # in "Jo Roe, from Exane Bank told Reuters" the name before the comma is
        lead = text[seg_start : s + tail.start(1)]
        comma = lead.rfind(",")
        name = NAME_BEFORE_COMMA.search(lead, 0, comma + 1) if comma > 0 else None
        return (seg_start + name.start(1), seg_start + name.end(1)) if name else None
    if tail and tail.start(1) > 0 and not slot[: tail.start(1)].rstrip()[-1:].isupper():
        candidate = tail.group(1)
        if candidate.lower() in PRONOUN_SUBJECTS or is_name_like(candidate):
            if _TITLE_AT_BODY.fullmatch(slot, 0, tail.start(1)) or _LONG_TITLE_AT_BODY.fullmatch(
                slot, 0, tail.start(1)
            ):
                return s, e  # "Deputy Permanent Secretary at the Ministry of ... Nor Hashimah"
            return s + tail.start(1), e
    return None


#: A capitalised post held at a body, before the holder's name: "Deputy Permanent Secretary at
#: the Ministry of Foreign Affairs ".
_TITLE_AT_BODY = re.compile(
    r"(?:(?:[A-Z][\w-]*|\([^()]{1,30}\))\s+){1,5}(?:at|of|in)\s+the\s+[A-Z][\w-]*"
    r"(?:\s+(?:of|for|and|[A-Z][\w-]*|\([A-Z]{2,8}\)))*\s+"
)

#: The same with a portfolio in the title: "Director General for Asia-Pacific and African
#: Affairs at the Foreign Ministry ", "Minister in charge of Finance at the Eurasian Economic
#: Commission (EEC) ".
_LONG_TITLE_AT_BODY = re.compile(
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of|and|in\s+charge\s+of|responsible\s+for))*"
    r"\s+(?:at|in)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}(?:\s+\([A-Z]{2,8}\))?\s+"
)

_TIME_LEAD = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|weekend|morning|"
    r"afternoon|evening|night|spring|summer|autumn|fall|winter)\s+"
    r"|(?:earlier|later)\s+(?:on\s+)?(?:that\s+|in\s+the\s+)?(?:day|week|month|year)\s+"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"later|earlier)"
    r"\s+(?=(?-i:[a-z]))",  # "Today the minister", though "Today Programme presenter"
    re.I,
)

_TAIL_PREPOSITIONS = frozenset("from to of for by about against into onto over under".split())

_TRAILING_SUBJECT = re.compile(
    r"\s((?:he|she|they|we|I)"
    # "... Affairs Nor Hashimah binti Haji Ismail": a name with a particle
    rf"|(?:[A-Z][\w.’'\-]*\s+){{1,2}}(?:{'|'.join(NAME_PARTICLES)})\s+(?:[A-Z][\w.’'\-]*\s+)?"
    r"[A-Z][\w.’'\-]*"
    r"|(?:[A-Z][\w.’'\-]*\s+){0,2}[A-Z][\w.’'\-]*)$"
)

_WHO_SLOT = re.compile(r"who(?:\s+(?:in|on|at|last|this)\b.{0,25})?", re.I)

VERBISH = frozenset(
    "is are was were be been being having has have had will would can could should may might must "
    "do does did not no never who which that this there it they".split()
)


def _infinitive_inside(words: list[str]) -> bool:
    """Whether words hold "to VERB" before their end: a clause, not a noun."""
    return any(
        a.lower() == "to" and b.isalpha() and b.islower() and b not in _NOT_INFINITIVE
        for a, b in zip(words[:-2], words[1:-1], strict=False)
    )


def is_plain_np(surface: str) -> bool:
    """A short phrase with no verb-like word: "Several cast members", "environmentalists"."""
    words = [w.strip(".,").lower() for w in surface.split()]
    if not words or len(words) > 12 or words[0] in PREPOSITIONS:
        return False
    if not any(w[:1].isalpha() for w in words):
        return False  # punctuation or numbers only: a stray quotation mark
    raw = surface.split()
    named = {  # a name that starts like a verb: "Do Minh Khoa", "Will Carling"
        i
        for i in range(len(raw) - 1)
        if raw[i][:1].isupper() and raw[i + 1][:1].isupper() and raw[i][1:2].islower()
    }
    if any(w in VERBISH and i not in named for i, w in enumerate(words)):
        return False
    if _verb_before_object(words):
        return False
    if len(words) > 2 and words[-2] == "to" and words[-1].isalpha() and words[-1].islower():
        return False  # "challenged Mr Brown to deny (reports)": an infinitive, not a noun
    if _infinitive_inside(surface.split()):
        return False  # "Dr Fox refused to discuss weekend newspaper (reports)"
    if words[0] in _NO_SOURCE_OPENERS or any(w.endswith(("n't", "n’t")) for w in words):
        return False  # "perhaps recognizing", "Why then want", "you don't want"
    if all(w in _NO_SOURCE_OPENERS or (len(w) > 4 and w.endswith("ly")) for w in words):
        return False  # "so, understandably perhaps, believe ...": adverbs, no subject
    return words[-1] not in PREPOSITIONS and words[-1] not in ("the", "a", "an", "of")


#: Words that never open a source phrase: adverbs and question words before a cue.
_NO_SOURCE_OPENERS = frozenset(
    "perhaps maybe probably possibly rather why how instead even also still yet "
    "thus hence therefore meanwhile nevertheless nonetheless".split()
)


_COPULAS = frozenset("is are was were".split())

_OBJECT_DETERMINERS = frozenset("a an the his her their its our".split())
#: Words after "to" that make it a preposition, not an infinitive marker ("to those").
_NOT_INFINITIVE = _OBJECT_DETERMINERS | frozenset("this that these those all some".split())

_NOT_VERBS = frozenset(
    "of to or against among between into near around across throughout within without beyond "
    "toward towards like than behind inside outside including amid upon onto via per through "
    "below above along".split()
)


def _verb_before_object(words: list[str]) -> bool:
    """A word between a noun and a determiner that is no preposition: "the ministry sent a"."""
    return any(
        words[i + 1] in _OBJECT_DETERMINERS
        and words[i] not in PREPOSITIONS
        and words[i] not in _NP_GLUE
        and words[i] not in _NOT_VERBS
        # (a participle after a plural noun describes it: "exporters attending the conference")
        and not (words[i] in DESCRIBING_PARTICIPLES and words[i - 1].endswith("s"))
        for i in range(1, len(words) - 1)
    )


PREPOSITIONS = frozenset(
    "in on at for from by with during after before since despite according under over "
    "about as if when while although however meanwhile but and so".split()
)

_NP_GLUE = frozenset(("of", "the", "for", "and", *NAME_PARTICLES))


def is_name_like(surface: str) -> bool:
    """Whether a short phrase is capitalised like a name ("Jo Pike", "Ministry of Defence")."""
    words = surface.split()
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in _NP_GLUE]
    return bool(content) and all(w[0].isupper() for w in content)


#: A definite post followed by "of" and a capitalised body: "the executive director of the R".
_LONG_POST = re.compile(r"(?:the|its|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+(?:the\s+)?[A-Z]")


def is_source_np(surface: str) -> bool:
    """Whether a phrase can be the source of a statement (a name, pronoun or source noun)."""
    words = surface.split()
    if not words or len(words) > 16:
        return False
    if (
        len(words) > 12
        and not all(w[:1].isupper() for w in [w for w in words if w not in _NP_GLUE][:4])
        and not _LONG_POST.match(surface)
    ):
        # only a titled name may run longer ("Pol Brig Gen Kyaw Zin Oo of Myanmar's Central
        # Committee for Drug Abuse Control"), or a post and its long body ("the executive
        # director of the Regional Anti-Terrorist Structure of the ... (SCO RATS)")
        return False
    low = surface.lower().strip()
    if low in PRONOUN_SUBJECTS or low in FORMER_LATTER:
        return True  # ("the former", "the latter": one of the last two people named)
    if words[0].lower() in PREPOSITIONS:
        return False
    if is_name_like(surface) or _name_of_named_body(surface):
        return True
    if any(w in _COPULAS for w in words):
        return False  # "Scrum-half Matt Dawson is an injury (doubt)": a clause, not a source
    if _infinitive_inside(words):
        return False  # "the spokesman declined to say whether the prime minister (backed)"
    if len(words) <= 8 and words[-1][0].isupper() and is_name_like(words[-1]):
        return True  # "Conservative peer Lord Arden", "club boss Ivo Marek"
    lex = people_lexicon()
    head = re.sub(r"[’']s$", "", words[-1].lower().strip(".,"))
    if head in lex["generic"] or head in lex["org_heads"] or head in lex["role_words"]:
        return True
    if _plural_body(head):
        return True  # "Environmental groups", "Chinese banks"
    if (
        words[0].rstrip(".").lower() in lex["honorifics"]
        or (len(words) > 1 and words[1] in lex["honorific_pairs"].get(words[0], ()))
    ) and all(w[0].isupper() for w in words if w.lower() not in _NP_GLUE):
        return True  # "Pol Brig Gen Jo Roe of Myanmar's Central Committee for Drug Control"
    capitalised = all(w[:1].isupper() for w in words if w.lower() not in _NP_GLUE)
    # (a long title before a name: "Deputy Minister of Investment, Trade and Industry Datuk X",
    # "Investment, Trade and Industry Ministry (MITI) secretary-general Datuk Jo Roe")
    named = len(words) <= 14 and all(w[:1].isupper() for w in words[-2:])
    return (len(words) <= 10 or capitalised or named) and bool(lex["role_re"].search(surface))


def _name_of_named_body(surface: str) -> bool:
    """A name, then the body written in full: "Jo Roe of the Alliance to Reclaim Our Schools"."""
    named = _NAME_OF_BODY.match(surface)
    if named is None or not is_name_like(named.group(1)) or len(surface.split()) > 14:
        return False
    body = surface[named.end(1) :].split()[1:]  # (after "of", "from" or "at")
    return all(w[:1].isupper() or w in _NP_GLUE or w == "to" for w in body) and _body_name(
        " ".join(body)
    )


def object_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """A short noun phrase after a cue: "said the minister", "according to X"."""
    seg = text[start:stop]
    m = re.match(r"\s*([^,;:.!?\"“”]{1,120}?)\s*(?=[,;:.!?\"“”]|$)", seg)
    if not m:
        return None
    s, e = start + m.start(1), start + m.end(1)
    e = over_title_stops(text, s, e, stop)  # "said Dr. Aida Nurlanova", "said Mr. Li"
    portfolios = _PORTFOLIO_GOES_ON.match(text, e, stop)
    post_after = _POST_AFTER_BODY.match(text, portfolios.end(), stop) if portfolios else None
    if (
        post_after is not None
        and text[s:e].split()[-1].lower() in people_lexicon()["portfolio_words"]
        and post_after.group(1).split()[-1] in people_lexicon()["role_words"]
    ):
        # "said Investment, Trade and Industry Ministry (MITI) secretary-general Datuk Jo Roe":
        # a ministry's portfolios, its post, then the name
        e = post_after.end()
        words = text[s:e].split()
        return (s, e) if len(words) <= 16 else None
    if (
        portfolios is not None
        and text[s:e].split()[-1].lower() in people_lexicon()["portfolio_words"]
        and (
            people_lexicon()["role_re"].search(portfolios.group(0))
            # "said Deputy Minister of Investment, Trade and Industry Datuk Hasnah"
            or (
                _PORTFOLIO_LINK_WORD.search(text, s, e) is not None
                and people_lexicon()["role_re"].search(text, s, e) is not None
            )
        )
    ):
        e = portfolios.end()  # "said Deputy Investment, Trade and Industry Minister Lim Wei"
        if text[e - 3 : e - 1].isalpha() and text[e - 1] == ".":
            e -= 1  # the sentence's full stop ("... Hasnah Abdul Karim."), not an initial
        longest = 14
    else:
        longest = 10
    cut = _OBJECT_END.search(text, s, e)
    if cut:
        e = cut.start()  # "said Jo Pike as she left", "said the minister in Astana"
    words = text[s:e].split()
    if not words or len(words) > longest:
        return None
    return s, e


#: A lower-case post and a titled name after a body's portfolios: " (MITI) secretary-general
#: Datuk Jo Roe".
_POST_AFTER_BODY = re.compile(
    r"(?:\s+\([A-Z]{2,8}\))?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+"
)

#: "of"/"for" before a capitalised portfolio: "Minister of Investment", "Secretary for Trade".
_PORTFOLIO_LINK_WORD = re.compile(r"\s(?:of|for)\s+[A-Z]")

#: The rest of a list of portfolios after a comma: ", Trade and Industry Minister Datuk Lim".
_PORTFOLIO_GOES_ON = re.compile(
    r"(?:,\s+[A-Z][\w-]*)*,?\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
)


#: The words after a title's or an initial's full stop, up to the next punctuation.
_AFTER_TITLE_STOP = re.compile(r"\.\s+([^,;:.!?\"“”]{1,80}?)\s*(?=[,;:.!?\"“”]|$)")


def over_title_stops(text: str, s: int, e: int, stop: int) -> int:
    """The end of a phrase ``text[s:e]`` carried over the full stops of titles and initials.

    A phrase cut at a full stop goes on when the word before it is a title or an initial
    ("Mr. Li", "Gen. Jo Roe", "John F. Kennedy") and a capitalised word follows that is no
    function word ("... of Group A. The talks" ends at "A").

    Args:
        text: The article text.
        s: Where the phrase starts.
        e: Where it was cut, at a full stop or not.
        stop: How far it may go.

    Returns:
        The new end (``e`` when the phrase does not go on).
    """
    while text[e : e + 1] == "." and text[e + 1 : e + 2] == " ":
        last = text[s:e].rsplit(None, 1)
        if not last or not is_initial_or_abbreviation(last[-1]):
            break
        more = _AFTER_TITLE_STOP.match(text, e, stop)
        if more is None or not more.group(1)[:1].isupper():
            break
        if more.group(1).split()[0].lower() in DETERMINERS | PREPOSITIONS | PRONOUN_SUBJECTS:
            break
        e = more.end(1)
    return e


_OBJECT_END = re.compile(
    r"\s+(?:as|while|when|after|before|because|who|which|during|following|since|on|in|at|"
    r"with|from|to|and\s+(?:he|she|they|it|added|said)"
    # "said a senior official involved in the talks": what describes the source
    r"|involved|familiar|close|responsible|speaking)\b"
)


def _opener_ends_at(text: str, seg_start: int, at: int) -> bool:
    """Whether an adverbial or participle phrase opening the sentence ends right at ``at``."""
    opener = _LEAD_ADVERBIAL.match(text, seg_start, at) or _PARTICIPLE_LEAD.match(
        text, seg_start, at
    )
    return opener is not None and opener.end() == at


#: A participle phrase opening the sentence: "Speaking to reporters after meeting Jo Roe, ",
#: "Asked about President Jo Roe's proposal, ".
#: Lower-case continuations after a comma belong to it too ("Addressing a seminar titled
#: 'Connecting Eurasia: ...', organised by the Institute of ..., "), and so do quoted titles.
_LEAD_UNIT = (
    # a character of the phrase (apostrophes included: "Roe’s proposal"), but not a single
    # quotation mark opening after a space, which only a quoted unit may take (two ways to
    # read one quote would make a failed match try every combination)
    r"(?:(?!(?<=\s)['‘])[^,;:\"“”]"
    r"|[\"“][^\"“”]{1,100}[\"”]"  # or a quoted title, colons and all
    r"|(?<=\s)['‘][^'‘’\n]{1,100}['’](?=[\s,]))"
)
_PARTICIPLE_LEAD = re.compile(
    rf"[A-Z][a-z]+(?:ing|ed)\s+[a-z]{_LEAD_UNIT}{{2,150}}(?:,\s+[a-z]{_LEAD_UNIT}{{2,120}})*,\s*"
)

_LEAD_ADVERBIAL = re.compile(
    r"(?:(?:but|and|yet|so)\s+)?"  # "But in an interview with the FT, Mr Blair ..."
    r"(?:during|in|on|at|after|before|while|when|since|following|despite|amid|speaking|"
    r"as|earlier|later|last|this|among|amongst|for|with|without|under|unlike|like|by|from|"
    r"beyond|besides|across|throughout|within|through|regarding|asked|addressing|"
    r"commenting)\b[^,;:\"“”]{3,100},\s*",  # ("Among the areas where A could help, Roe ...")
    re.I,
)


#: A conjunction opening a sentence before its subject: "But the government ...".
_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet|Still|Instead)\s+(?=[A-Za-z])")


#: A sentence opening with a pronoun and a lower-case verb: the pronoun is its subject.
_PRONOUN_SUBJECT = re.compile(r"(He|She|They|We|I)\s+(?=[a-z])")


def sentence_subject(text: str, s_start: int, limit: int) -> tuple[int, int] | None:
    """The subject at the start of a sentence: a pronoun, a name, or "the/a ... noun".

    A leading adverbial up to its comma ("During a speech in Ohio, Jo Pike ...") is skipped.
    """
    s_start = dateline_end(text, s_start)  # "BEIJING, Sept 2 (Xinhua) -- Wang Yi ..."
    lead = _LEAD_ADVERBIAL.match(text, s_start, limit)
    if lead:
        s_start = lead.end()
    conj = _LEAD_CONJUNCTION.match(text, s_start, limit)
    if conj:  # "But the government refused ..., saying ...": the subject follows "But"
        s_start = conj.end()
    head = text[s_start:limit]
    m = _PRONOUN_SUBJECT.match(head)
    if m:  # "He met the president, Tokayev, and said ...": he, not the object's appositive
        return s_start, s_start + m.end(1)
    m = re.match(r"(?:[A-Z][\w’']*(?: [\w’']+){0,3}, )?(he|she|it|they|we|I)\b", head)
    if m:
        return s_start + m.start(1), s_start + m.end(1)
    m = _DETERMINER_PHRASE.match(head)
    if m:  # "The foreign secretary hit back by saying ...": up to a role or source noun
        lex = people_lexicon()
        words = m.group(0).split()
        for n in range(len(words), 1, -1):
            last = words[n - 1].lower()
            if last in lex["role_words"] or last in lex["generic"] or last in lex["org_heads"]:
                return s_start, s_start + len(" ".join(words[:n]))
    side = _COUNTRY_SIDE.match(head)
    if side is not None:  # "The Lao side expressed gratitude ... and noted that ..."
        return s_start, s_start + side.end()
    titled = _ROLE_THEN_NAME.match(head)
    if titled is not None and titled.group(2).lower() in people_lexicon()["role_words"]:
        # "Tory leader Michael Howard welcomed the plan but said ...": the post, then the name
        return s_start + titled.start(1), s_start + titled.end(1)
    run = _POST_AND_NAME_RUN.match(head)
    if run is not None and _one_post(run.group(0)):
        # "Sarhad Chamber of Commerce and Industry (SCCI) President Jo Roe welcomed ... but
        # said": the phrase a cue right after it would take as its source
        src = subject_before(text, s_start, s_start + run.end())
        if src is not None and src[1] == s_start + run.end() and src[0] == s_start:
            return src
    m = re.match(
        # a short lead phrase ("In Beijing, ..."), not a clause ("Putin met the president, ")
        r"(?:(?![A-Z][\w’']* (?:[a-z]+ed|met|told|held|saw|took|gave|made|sent|spoke|wrote)\b)"
        r"[A-Z][\w’']*(?: [\w’']+){0,3}, )?"
        # (a post may hold "of/for": "Uzbek Minister of Transport Ilkhom Makhkamov")
        r"((?:(?:the|a|an|its|his|her|their) )?"
        r"(?:[A-Z][\w.’'\-]* ?(?:(?:of|for)(?: the)? (?=[A-Z]))?){1,8}(?:[a-z][\w\-]*)?)",
        head,
    )
    if not m:
        return None
    words = m.group(1).split()
    # keep a lowercase last word after a determiner unless it is the sentence's verb ("A New
    # York judge", not "The Foreign Ministry responded"), or when it is a plural source noun or
    # body ("Political leaders and officials ..., saying", "Environmental groups")
    determined = bool(words) and words[0].lower() in _DETERMINER_WORDS
    if (
        words
        and words[-1][0].islower()
        and not (determined and not _verb_like(words[-1]))
        and not (len(words) == 2 and (_plural_source(words[-1]) or _plural_body(words[-1])))
    ):
        words = words[:-1]  # ("The Foreign Ministry responded by saying": the verb)
    if not words:
        return None
    start = s_start + m.start(1)
    end = start + len(" ".join(words))
    if text[start:end] != " ".join(words) or not is_source_np(text[start:end]):
        return None
    if text[start:end].lower() in FORMER_LATTER:
        noun = _NEXT_LOWER_WORD.match(text, end, limit)
        if noun is not None and not _verb_like(noun.group(1)):
            return None  # "The former chat show host quit ...": an adjective, not a source
    return start, end


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")


#: Capitalised words (with "of/for/and (the)" between them, bracketed acronyms and a lower-case
#: post before a capitalised word) up to the first other lower-case word: "Sarhad Chamber of
#: Commerce and Industry (SCCI) President Jo Roe", "Digital Chamber of Commerce president Jo Roe".
_POST_AND_NAME_RUN = re.compile(
    r"[A-Z][\w.’'\-]*"
    r"(?: (?:(?:of|for|and)(?: the)? (?=[A-Z]))?"
    r"(?:[A-Z][\w.’'\-]*|\([A-Z]{2,}\)|[a-z][\w\-]*(?= [A-Z])))*"
    r"(?= [a-z])"
)


def _one_post(run: str) -> bool:
    """Whether a run of capitalised words holds one post word and no "and" after it.

    "Sarhad Chamber of Commerce and Industry (SCCI) President Jo Roe" is one person; "Vietnam
    and Russia" holds no post, "President Jo Roe and Prime Minister Al Doe" two people.
    """
    roles = people_lexicon()["role_words"]
    words = run.lower().split()
    posts = [i for i, w in enumerate(words) if w in roles]
    return len(posts) == 1 and "and" not in words[posts[0] :]


#: Capitalised words, a lower-case post, then a capitalised name: "Tory leader Michael Howard".
_ROLE_THEN_NAME = re.compile(
    r"((?:[A-Z][\w.’'\-]* ){1,3}([a-z][\w\-]*) [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})(?= [a-z])"
)


#: Words that open a determined noun phrase: "the", "a", "its" ...
_DETERMINER_WORDS = frozenset("the a an its his her their".split())

#: Past forms that end in no "-ed" and often follow a sentence's subject.
_IRREGULAR_PAST = frozenset(
    "hit said told made took gave went came met held began spoke wrote sent left kept brought "
    "put set".split()
)


def _verb_like(word: str) -> bool:
    """Whether a lower-case word after a subject is its verb ("responded", "hit") not a noun.

    "The Foreign Ministry responded by saying": "responded" ends the subject; "A New York
    judge" or "The American top seed" go on with a noun.
    """
    low = word.lower()
    return low.endswith("ed") or low in VERBISH or low in _IRREGULAR_PAST


def _plural_body(word: str) -> bool:
    """A plural organisation head: "groups", "firms", "banks"."""
    low = word.lower()
    return low.endswith("s") and low[:-1] in people_lexicon()["org_heads"]


def _plural_source(word: str) -> bool:
    """A plural source noun: "leaders", "officials", "experts"."""
    lex = people_lexicon()
    low = word.lower()
    return low.endswith("s") and (low in lex["generic"] or low[:-1] in lex["role_words"])


#: A country's delegation in diplomatic reports: "The Lao side", "the Chinese side".
_COUNTRY_SIDE = re.compile(r"[Tt]he [A-Z][\w-]+ sides?\b")

_DETERMINER_PHRASE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)(?: [a-z][\w\-]*){1,3}"
)


def _antecedent(
    text: str, s_start: int, who_at: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """The name a relative "who" refers to: "Ted Cruz endorsed Jane Roe, who says ...".

    With ``loose``, a short plain noun phrase also counts ("an architect who said ...").
    """
    before = text[s_start:who_at].rstrip().rstrip(",").rstrip()
    end = s_start + len(before)
    m = re.search(r"((?:[A-Z][\w.’'\-]* ?){1,4})$", before)
    if m and is_name_like(text[s_start + m.start(1) : end]):
        return s_start + m.start(1), end
    if not loose:
        return None
    words: list[str] = []
    for w in reversed(before.split()[-4:]):
        low = w.lower()
        if low in PREPOSITIONS or low in VERBISH or (low.endswith("ed") and words):
            break
        words.insert(0, w)
        if low in DETERMINERS:
            break  # "an architect", "senior lawmakers"
    phrase = " ".join(words)
    if not words or not before.endswith(phrase) or not is_plain_np(phrase):
        return None
    return end - len(phrase), end
