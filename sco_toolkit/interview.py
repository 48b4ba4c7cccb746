"""Interview transcripts: questions and answers printed as turns.

An interview set out as turns, with ``Q:``/``A:`` (or ``Question:``/``Answer:``) labels or with
paragraphs opened by a dash whose questions end in "?", gives one direct statement per answer.
The answer's speaker is the interviewee: the source of the last statement before the first
question ("In an interview with the agency, Secretary-General Lin Tao spoke about ..."). An
answer runs on over unmarked paragraphs up to the next question; after the last answer the
article's own narrative resumes. Questions are the interviewer's and never statements.

A run of dash paragraphs counts as an interview only with at least two question-answer pairs,
so a bulleted list is not one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sco_toolkit.cues import Cue, Statement
from sco_toolkit.quote_marks import trim

__all__ = ["Turn", "answer_statements", "interview_turns", "titled_interviewee"]

_LABELLED = re.compile(
    r"[ \t]*(?:(?P<q>Q|Question)|(?P<a>A|Answer))(?:[ \t]*:|\.|[ \t]+[-–—])[ \t]*(?=\S)"
)  # "Q:", "Q.", "Q -"
_DASH = re.compile(r"[ \t]*[-–—•][ \t]+(?=\S)")
_MIN_DASH_PAIRS = 2

#: A turn whose first sentence is a question.
_FIRST_SENTENCE_ASKS = re.compile(r"[^.!?]{3,200}\?")

#: Whom the introduction says was interviewed: "spoke with SCO Secretary-General Zhang Ming",
#: "in an interview with Foreign Minister Jo Roe". The name is the capitalised run after it.
_INTERVIEWEE = re.compile(
    r"\b(?:interview(?:ed)?\s+with|interviewed|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
    r"sat\s+down\s+with|asked)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*)"
)


#: The interviewee named before the interview: "Deputy Foreign Minister Jo Roe spoke to our
#: correspondent", "Jo Roe talked to Kazinform". The name is the capitalised run before it.
_SPOKE_TO = re.compile(
    # (an appositive after the name, or a comma closing one before it: "Its chairman, Jo Roe,")
    r"((?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*)(?:,\s+([^,\n]{3,80}),|,)?\s+"
    r"(?:spoke|talked|gave\s+an\s+interview)\s+"
    r"(?:to|with)\s+(?:our|this|the|[A-Z])"
)

#: An appositive that is a person's name only (two to four capitalised words).
_NAME_ONLY = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}")

#: Who answered at a press conference set out as turns: "Spokesperson Zhang Xiaolan presided
#: over the regular press conference", "Jo Roe held a briefing". The name is the run before it.
_BRIEFER = re.compile(
    r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)\s+(?:presided\s+over|hosted|held|gave|chaired)"
    r"\s+(?:the\s+|a\s+)?(?:regular\s+|daily\s+|weekly\s+)?"
    r"(?:press\s+conference|news\s+conference|press\s+briefing|media\s+briefing|briefing)"
)


#: A title naming who answers the questions of a transcript: "Foreign Ministry Spokesperson Mao
#: Ning's Regular Press Conference on March 12", "Interview with Secretary-General Jo Roe".
_TITLED = re.compile(
    r"(?P<host>(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w.-]*)['’]s\s+(?:(?:Regular|Daily|Weekly)\s+)?"
    r"(?:Press|News|Media)\s+(?:Conference|Briefing)\b"
    r"|\bInterview\s+with\s+(?P<guest>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*)"
)


def titled_interviewee(title: object) -> tuple[int, int] | None:
    """Offsets in ``title`` of the person who answers the transcript's questions, or None.

    Examples:
        >>> t = "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 12"
        >>> t[slice(*titled_interviewee(t))]
        'Foreign Ministry Spokesperson Mao Ning'
        >>> titled_interviewee("Press conference ends in row") is None
        True
    """
    if not isinstance(title, str) or len(title) > 200:
        return None
    m = _TITLED.search(title)
    if m is None:
        return None
    group = "host" if m.group("host") else "guest"
    return m.start(group), m.end(group)


class Turn(NamedTuple):
    """One turn: its marker, its content (over the paragraphs it runs on), question or not."""

    marker: tuple[int, int]
    start: int
    end: int
    question: bool


def interview_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    r"""The question and answer turns of an interview transcript (empty when there is none).

    Args:
        text: The article text.
        paragraphs: ``(start, end)`` of every paragraph (non-empty line), in order.

    Returns:
        Turns in text order; an answer's span covers the unmarked paragraphs after it when
        another question follows them.

    Examples:
        >>> t = "Intro.\nQ: Will the bloc grow?\nA: It will grow next year.\nIt ends."
        >>> import re
        >>> p = [m.span() for m in re.finditer(r"[^\n]+", t)]
        >>> [(t[x.start : x.end], x.question) for x in interview_turns(t, p)]
        [('Will the bloc grow?', True), ('It will grow next year.', False)]
    """
    labelled = _marked(text, paragraphs, labelled=True)
    if not (any(t.question for t in labelled) and any(not t.question for t in labelled)):
        labelled = []
    dashed = _marked(text, paragraphs, labelled=False)
    pairs = sum(
        1 for a, b in zip(dashed, dashed[1:], strict=False) if a.question and not b.question
    )
    if pairs < _MIN_DASH_PAIRS:
        dashed = []
    # (an interview may switch from dashes to "Q:"/"A:" labels: both kinds of turns count)
    turns = sorted(labelled + dashed, key=lambda t: t.marker[0])
    return _run_on(text, turns, paragraphs) if turns else []


def _marked(text: str, paragraphs: list[tuple[int, int]], *, labelled: bool) -> list[Turn]:
    """Paragraphs opened by a turn marker, each with its content and question flag."""
    turns: list[Turn] = []
    previous = -1  # index of the previous paragraph that was a turn
    for i, (p0, p1) in enumerate(paragraphs):
        m = (_LABELLED if labelled else _DASH).match(text, p0, p1)
        if m is None:
            continue
        cs, ce = trim(text, m.end(), p1)
        if cs >= ce:
            continue
        if labelled:
            question = m.group("q") is not None
        else:
            question = text[cs:ce].rstrip("\"”’'»").endswith("?")
            if not question and turns and not turns[-1].question and "?" in text[cs:ce]:
                # after an answer, a turn that asks something is the next question, though
                # context may follow its "?" ("What about X? Some members want Y.")
                question = _FIRST_SENTENCE_ASKS.match(text, cs, ce) is not None
            if not question and not (turns and turns[-1].question and previous == i - 1):
                continue  # a dash answer comes right after a question: else a bullet point
        turns.append(Turn(trim(text, m.start(), m.end()), cs, ce, question))
        previous = i
    return turns


def _run_on(text: str, turns: list[Turn], paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Extend each answer over the unmarked paragraphs between it and the next question."""
    out: list[Turn] = []
    for i, turn in enumerate(turns):
        if turn.question or i + 1 >= len(turns):
            out.append(turn)
            continue
        following = turns[i + 1].marker[0]
        end = turn.end
        for p0, p1 in paragraphs:
            if turn.end < p0 and p1 <= following:
                end = trim(text, p0, p1)[1]
        out.append(turn._replace(end=end))
    return out


def answer_statements(
    text: str, turns: list[Turn], statements: list[Statement], *, titled: bool = False
) -> list[Statement]:
    """Replace what was found inside an interview's turns by one statement per answer.

    Args:
        text: The article text.
        turns: From ``interview_turns``.
        statements: The article's statements, in text order.
        titled: Whether the article's title names who answers the questions.

    Returns:
        The statements outside the turns plus the answers, in text order; ``statements``
        unchanged when there are no turns. When nobody speaks before the first question the
        interviewee is unknown: statements inside answers stay (without the answer marker)
        and those inside questions go; but with ``titled`` (the title names who answers) each
        answer is one statement whose source (None) the caller takes from the title.
    """
    if not turns:
        return statements
    first = turns[0].marker[0]
    before = [st for st in statements if st.source is not None and st.source[1] <= first]
    window = max(0, first - 600)
    spoke = list(_SPOKE_TO.finditer(text, window, first))
    interviewed = [
        m
        for m in _INTERVIEWEE.finditer(text, window, first)
        if not any(sp.end(1) <= m.start() < sp.end() for sp in spoke)
    ]  # ("Jo Roe talked to Kazinform": Kazinform is the outlet, not the one interviewed)
    named = sorted([*interviewed, *spoke], key=lambda m: m.start(1)) or list(
        _BRIEFER.finditer(text, window, first)
    )
    if named and (not before or named[-1].start(1) > before[-1].source[1]):
        # "our correspondent spoke with SCO Secretary-General Zhang Ming about ...": the
        # person named as interviewed, after any statement the introduction reports
        last = named[-1]
        group = 2 if last.re is _SPOKE_TO and _NAME_ONLY.fullmatch(last.group(2) or "") else 1
        # "Pakistan's ambassador to China, Khalil Hashmi, spoke to ...": the name in apposition
        source = (last.start(group), last.end(group))
        before = [Statement("indirect", source[0], source[1], None, source, -1)]
    if not before and not titled:
        # the interviewee is unknown: keep what the answers say, without markers
        for st in statements:
            turn = next((t for t in turns if t.marker[0] <= st.start < t.start), None)
            if turn is not None and turn.start < st.end:
                st.start = turn.start
        return [
            st
            for st in statements
            if not any(t.question and t.marker[0] <= st.start < t.end for t in turns)
        ]
    source = before[-1].source if before else None  # (None: the title names who answers)
    kept = [st for st in statements if not any(t.marker[0] <= st.start < t.end for t in turns)]
    answers = [
        Statement("direct", t.start, t.end, _answer_cue(t), source, -1)
        for t in turns
        if not t.question
    ]
    return sorted([*kept, *answers], key=lambda s: s.start)


def _answer_cue(turn: Turn) -> Cue:
    """The answer's marker ("A:", "-") as its cue."""
    return Cue(turn.marker[0], turn.marker[1], "answer", "speech", False, False)
