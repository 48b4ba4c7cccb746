"""Statements and speakers: tables of short texts written for these tests -> expected rows."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_toolkit.pipeline import analyze
from sco_toolkit.quotes import extract_quotes, find_quote_spans
from sco_toolkit.sentences import split_sentences

from .conftest import assert_offsets_true


def run(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    sentences = split_sentences(articles)
    quotes = extract_quotes(articles, sentences)
    assert_offsets_true(articles, quotes)
    for row in quotes.itertuples():
        if pd.notna(row.speaker_start):
            assert text[int(row.speaker_start) : int(row.speaker_end)] == row.speaker_surface
        if pd.notna(row.cue_start):
            assert text[int(row.cue_start) : int(row.cue_end)] == row.cue
    return quotes


def rows(text: str) -> list[tuple]:
    q = run(text)
    return [
        (r.speaker if pd.notna(r.speaker) else None, r.kind, r.text, r.cue) for r in q.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an introductory phrase before "X cue" is not the content: what follows the cue is
        (
            "In an interview with the agency, Aliya Omarova said the corridor would open.",
            [("Aliya Omarova", "indirect", "the corridor would open", "said")],
        ),
        # reported speech: SPEAKER CUE that CLAUSE
        (
            "Foreign Minister Aliya Omarova said that the corridor would open in May.",
            [("Aliya Omarova", "indirect", "the corridor would open in May", "said")],
        ),
        # pronoun resolved to the person introduced before
        (
            "Trade envoy Marek Novak visited Hanoi on Monday. He noted that tariffs had fallen.",
            [("Marek Novak", "indirect", "tariffs had fallen", "noted")],
        ),
        # cognition verb, no "that", and an object + "as" complement
        (
            "Aliya Omarova believes the two blocs share goals. "
            "Omarova regards water security as the main risk.",
            [
                ("Aliya Omarova", "indirect", "the two blocs share goals", "believes"),
                ("Aliya Omarova", "indirect", "water security as the main risk", "regards"),
            ],
        ),
        # inverted: CLAUSE, SPEAKER CUE
        (
            "The talks went well and a deal is close, Marek Novak said.",
            [("Marek Novak", "indirect", "The talks went well and a deal is close", "said")],
        ),
        # inverted: CLAUSE, CUE SPEAKER
        (
            "The pipeline will be finished next year, said Dmitri Orlov, the project head.",
            [("Dmitri Orlov", "indirect", "The pipeline will be finished next year", "said")],
        ),
        # according to
        (
            "Exports rose by a tenth last year, according to Lena Park, the bank's economist.",
            [("Lena Park", "indirect", "Exports rose by a tenth last year", "according to")],
        ),
        # told Y that
        (
            "Dmitri Orlov told reporters that the border would stay open.",
            [("Dmitri Orlov", "indirect", "the border would stay open", "told")],
        ),
        # direct quote, cue after, curly marks
        (
            "\u201cWe are ready to sign the agreement,\u201d Lena Park said.",
            [("Lena Park", "direct", "We are ready to sign the agreement,", "said")],
        ),
        # direct quote, straight marks, cue + name after
        (
            '"The corridor is a priority for us," said Marek Novak.',
            [("Marek Novak", "direct", "The corridor is a priority for us,", "said")],
        ),
        # direct quote introduced by a colon
        (
            'Lena Park said: "Our ministers will meet again in June."',
            [("Lena Park", "direct", "Our ministers will meet again in June.", "said")],
        ),
        # single quotes and guillemets
        (
            "\u2018We will not wait for anyone,\u2019 Marek Novak said.",
            [("Marek Novak", "direct", "We will not wait for anyone,", "said")],
        ),
        (
            "\u00abThe summit was a success for all of us\u00bb, Lena Park said.",
            [("Lena Park", "direct", "The summit was a success for all of us", "said")],
        ),
        # a quote opened with a closing mark (mismatched)
        (
            "Lena Park spoke to the press. \u201dThe region needs more roads and rails,\u201d "
            "Lena Park said.",
            [("Lena Park", "direct", "The region needs more roads and rails,", "said")],
        ),
        # role noun resolved through the appositive that introduced the person
        (
            "The chairman of the council, Tomas Berg, arrived late. "
            "The chairman said that the budget was agreed.",
            [("Tomas Berg", "indirect", "the budget was agreed", "said")],
        ),
        # surname first (Chinese order): "Wang" resolves to Wang Lei
        (
            "Ambassador Wang Lei met the press. Wang said that ties were strong.",
            [("Wang Lei", "indirect", "ties were strong", "said")],
        ),
        # organisation and unnamed sources keep speaker NA or the organisation
        (
            "A government official said that the plan was delayed.",
            [(None, "indirect", "the plan was delayed", "said")],
        ),
    ],
)
def test_statements(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two attributions in one sentence: the first content stops where the second begins
        (
            "Lena Park agreed that the rules should change, but she said that the debate "
            "should wait.",
            [
                ("Lena Park", "indirect", "the rules should change", "agreed"),
                ("Lena Park", "indirect", "the debate should wait", "said"),
            ],
        ),
        # a coordinated verb shares the subject
        (
            "Officials announced an arrest on Friday and said a curfew would continue.",
            [
                (None, "indirect", "an arrest on Friday", "announced"),
                (None, "indirect", "a curfew would continue", "said"),
            ],
        ),
        # a participle after a quote takes the quote's speaker
        (
            '"We see no link," Mayor Ivo Marek said, adding that the search would take hours.',
            [
                ("Ivo Marek", "direct", "We see no link,", "said"),
                ("Ivo Marek", "indirect", "the search would take hours", "adding"),
            ],
        ),
        # inverted, with a time and a subordinate clause after the cue
        (
            "The deal is an insult to farmers, senior lawmakers said Friday afternoon, as they "
            "met in the capital.",
            [(None, "indirect", "The deal is an insult to farmers", "said")],
        ),
        # inverted "told" with the addressee after it
        (
            "The plan is sound, Senator Jo Pike told the Daily Courier on Thursday.",
            [("Jo Pike", "indirect", "The plan is sound", "told")],
        ),
        # a quoted fragment inside reported speech: the statement is the whole clause
        (
            'Minister Vera Lind spoke on Monday. She gave no cost, though she said "budget '
            'reforms" and new tariffs would pay for it.',
            [
                (
                    "Vera Lind",
                    "indirect",
                    '"budget reforms" and new tariffs would pay for it',
                    "said",
                )
            ],
        ),
        # a plain noun phrase next to a quote is its source
        (
            '"The rule was badly drafted and nobody read it," said the ruling.',
            [(None, "direct", "The rule was badly drafted and nobody read it,", "said")],
        ),
        (
            '"Few people knew about the illness at the time," the book said.',
            [(None, "direct", "Few people knew about the illness at the time,", "said")],
        ),
        # dash signature followed by a full stop
        (
            "\u201cThe road will be finished next spring.\u201d\u2015 Mara Lind.",
            [("Mara Lind", "direct", "The road will be finished next spring.", "\u2015")],
        ),
        # an adverbial between the source and the cue
        (
            "Minister Ivo Marek, at a later briefing, said, \u201cWe know about the blast and "
            "we are on it.\u201d",
            [("Ivo Marek", "direct", "We know about the blast and we are on it.", "said")],
        ),
        # a relative clause with its own attribution
        (
            # ("endorsed Vera Lind": a stance with a noun phrase only, no statement)
            "Ivo Marek endorsed Vera Lind, who says she is honored.",
            [("Vera Lind", "indirect", "she is honored", "says")],
        ),
        (
            "The talks went well for Vera Lind, who in 2010 said the bloc was too slow.",
            [("Vera Lind", "indirect", "the bloc was too slow", "said")],
        ),
        # "according to" a document, study or analysis
        (
            "The governor won the debate easily, according to the post-debate analysis.",
            [(None, "indirect", "The governor won the debate easily", "according to")],
        ),
        # coordinated verbs after an auxiliary, and a new subject after "and"
        (
            "Vera Lind has urged members to spend more but has said she will keep the treaty.",
            [
                ("Vera Lind", "indirect", "members to spend more", "urged"),
                ("Vera Lind", "indirect", "she will keep the treaty", "said"),
            ],
        ),
        (
            "Ivo Marek said the bloc would act in response, and he urged the north to resume "
            "talks.",
            [
                ("Ivo Marek", "indirect", "the bloc would act in response", "said"),
                ("Ivo Marek", "indirect", "the north to resume talks", "urged"),
            ],
        ),
        # questions and requests, with the addressee first
        (
            "Reporters asked the minister whether the border would open.",
            [(None, "indirect", "the minister whether the border would open", "asked")],
        ),
        (
            "Vera Lind asked voters to back the new charter.",
            [("Vera Lind", "indirect", "voters to back the new charter", "asked")],
        ),
        # progressive "is saying" is a cue, passive "is said to" is not
        (
            "Ivo Marek is saying the levy hurts small farms.",
            [("Ivo Marek", "indirect", "the levy hurts small farms", "saying")],
        ),
        # a participle introducing a quote takes the subject of the sentence
        (
            "Vera Lind criticised the plan, saying, \u201cIt is always a bad deal for us.\u201d",
            [
                ("Vera Lind", "indirect", "the plan", "criticised"),
                ("Vera Lind", "direct", "It is always a bad deal for us.", "saying"),
            ],
        ),
        # a quote ending in a full stop, then a lowercase cue or a name and a cue
        (
            "\u201cWe have dropped the ball on this one.\u201d said Ivo Marek, a local farmer.",
            [("Ivo Marek", "direct", "We have dropped the ball on this one.", "said")],
        ),
        (
            "\u201cWhy would you use my father?\u201d Vera Lind said.",
            [("Vera Lind", "direct", "Why would you use my father?", "said")],
        ),
        # the source after the cue stops before a subordinate clause
        (
            '"We should focus on the border," said Ivo Marek as he ate breakfast in Astana.',
            [("Ivo Marek", "direct", "We should focus on the border,", "said")],
        ),
        # a plural source with a relative clause before the cue
        (
            "The companies, which gave short answers to the questions, said they did nothing "
            "wrong.",
            [(None, "indirect", "they did nothing wrong", "said")],
        ),
        # an adverbial with "that" after the cue: the content follows, it does not come first
        (
            "As the deal was drafted in 2012, Vera Lind said during a speech in Perth that the "
            "deal set a new standard.",
            [("Vera Lind", "indirect", "the deal set a new standard", "said")],
        ),
        # "called on" someone to do something
        (
            "Vera Lind called on the congregation to vote in large numbers.",
            [("Vera Lind", "indirect", "the congregation to vote in large numbers", "called on")],
        ),
        (
            "Vera Lind called upon the members to unite against smuggling.",
            [("Vera Lind", "indirect", "the members to unite against smuggling", "called upon")],
        ),
        # "as X noted": the content is the clause around it
        (
            "Taken together, the aid is far more than the last leader gave, as some of her "
            "supporters privately noted.",
            [
                (
                    None,
                    "indirect",
                    "Taken together, the aid is far more than the last leader gave",
                    "noted",
                )
            ],
        ),
        (
            "As Ivo Marek noted on Monday, the border has been closed for weeks.",
            [("Ivo Marek", "indirect", "the border has been closed for weeks", "noted")],
        ),
        # a pronoun contracted with "is" before a cue
        (
            "Minister Ivo Marek spoke on Monday. He\u2019s claiming that fraud is rare.",
            [("Ivo Marek", "indirect", "fraud is rare", "claiming")],
        ),
        # any short phrase is the source of a speech verb or of a "that" clause
        (
            "Experts in labour law argue that the rules favour large firms.",
            [(None, "indirect", "the rules favour large firms", "argue")],
        ),
        # a participle introducing a quote after a long opening adverbial
        (
            "During a long speech on security earlier in the day, Ivo Marek attacked the plan, "
            'saying, "It is reckless and unstable."',
            [
                ("Ivo Marek", "indirect", "the plan", "attacked"),
                ("Ivo Marek", "direct", "It is reckless and unstable.", "saying"),
            ],
        ),
        # a quoted fragment after "that," inside a longer clause: the whole clause
        (
            'Spokeswoman Vera Lind said by email that, "of course we will defend ourselves" '
            "against what the party sees as an attack.",
            [
                (
                    "Vera Lind",
                    "indirect",
                    '"of course we will defend ourselves" against what the party sees as an attack',
                    "said",
                )
            ],
        ),
        # a source with a possessive determiner inside
        (
            "The bank and its defenders say that the fees are no higher than elsewhere.",
            [(None, "indirect", "the fees are no higher than elsewhere", "say")],
        ),
        # an adverb in -ly between the source and the cue
        (
            "Ivo Marek cynically dismissed the report as a fantasy.",
            [("Ivo Marek", "indirect", "the report as a fantasy", "dismissed")],
        ),
        # reported speech that quotes a whole passage after "told X that"
        (
            'Vera Lind told the radio that "they are gaming the system, like gaming the referee."',
            [
                (
                    "Vera Lind",
                    "indirect",
                    '"they are gaming the system, like gaming the referee."',
                    "told",
                )
            ],
        ),
        # more verbs of saying and judging
        (
            "Vera Lind joked that the summit had run out of coffee by noon.",
            [("Vera Lind", "indirect", "the summit had run out of coffee by noon", "joked")],
        ),
        (
            "Ivo Marek lamented the slow pace of the border talks.",
            [("Ivo Marek", "indirect", "the slow pace of the border talks", "lamented")],
        ),
        (
            "Vera Lind railed against the new tariffs on grain.",
            [("Vera Lind", "indirect", "the new tariffs on grain", "railed against")],
        ),
        # a noun naming a statement, with a possessive source
        (
            "Contrary to Ivo Marek's claim that nobody would read the files, they were useful.",
            [("Ivo Marek", "indirect", "nobody would read the files", "claim")],
        ),
        (
            "The party's warning that turnout would fall proved right.",
            [(None, "indirect", "turnout would fall proved right", "warning")],
        ),
        # a "that"-only verb closing an inverted attribution at the sentence's end
        (
            "India will push for reform at the summit, the ministry informed on Monday.",
            [(None, "indirect", "India will push for reform at the summit", "informed")],
        ),
        (
            "The talks will resume in May, the agency has learned.",
            [(None, "indirect", "The talks will resume in May", "learned")],
        ),
        # ... but not after "has": then the cue is the verb that follows
        (
            "Vietnam, which also has claims in the sea, said it was watching the situation.",
            [(None, "indirect", "it was watching the situation", "said")],  # (no mentions here)
        ),
        # ... its words after a colon or "is that"
        (
            "Ivo Marek's message was clear: the border must stay open to trade.",
            [("Ivo Marek", "indirect", "the border must stay open to trade", "message")],
        ),
        (
            "Ivo Marek spoke. His position is that the tariffs will stay until May.",
            [("Ivo Marek", "indirect", "the tariffs will stay until May", "position")],
        ),
        ("The message was clear: nobody would pay for the new road.", []),
        # an adverb right before the colon is not part of the content
        (
            "Ivo Marek put it bluntly: the talks had failed and new ones were needed.",
            [("Ivo Marek", "indirect", "the talks had failed and new ones were needed", "put it")],
        ),
        # a source noun in -ly is not an adverb
        (
            '"She is well placed to get things done," the daily wrote.',
            [(None, "direct", "She is well placed to get things done,", "wrote")],
        ),
        # a name and any cue right after an exclamation
        (
            '"Thank you for making it possible!" Ivo Marek responded.',
            [("Ivo Marek", "direct", "Thank you for making it possible!", "responded")],
        ),
        # "said that was ...": "that" is the subject of the content
        (
            "Ivo Marek said that was not a useful comparison.",
            [("Ivo Marek", "indirect", "that was not a useful comparison", "said")],
        ),
        # parentheticals: the whole sentence is the content
        (
            "The museum, Vera Lind said, would make visitors face hard truths.",
            [
                (
                    "Vera Lind",
                    "indirect",
                    "The museum, Vera Lind said, would make visitors face hard truths",
                    "said",
                )
            ],
        ),
        (
            "The main change, Ivo Marek told me on Friday, is that the show is live.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "The main change, Ivo Marek told me on Friday, is that the show is live",
                    "told",
                )
            ],
        ),
        # inverted, followed by another clause
        (
            "The vote was rigged, Ivo Marek said, and the judges were slow.",
            [("Ivo Marek", "indirect", "The vote was rigged", "said")],
        ),
        # the subject at the end of a long slot that opens with an adverbial
        (
            "In a radio interview Ivo Marek declared \u201cI think the pact is obsolete.\u201d",
            [("Ivo Marek", "direct", "I think the pact is obsolete.", "declared")],
        ),
        (
            "Minister Vera Lind spoke on Monday. A few days ago in an interview with a state "
            "network she blasted the media for being dishonest.",
            [("Vera Lind", "indirect", "the media for being dishonest", "blasted")],
        ),
        # "according to" in the middle of a sentence: the whole sentence
        (
            "By the end of May, according to new filings with the election body, the party "
            "had spent four million.",
            [
                (
                    None,
                    "indirect",
                    "By the end of May, according to new filings with the election body, the "
                    "party had spent four million",
                    "according to",
                )
            ],
        ),
        # "according to" after a quoted word, and with a long source
        (
            "The rally stopped after a man yelled \u201cFire!,\u201d according to the police.",
            [
                (
                    None,
                    "indirect",
                    "The rally stopped after a man yelled \u201cFire!",
                    "according to",
                )
            ],
        ),
        (
            "Vera Lind leads by eleven points, according to a survey conducted by the national "
            "paper right after the debate was aired on Friday.",
            [(None, "indirect", "Vera Lind leads by eleven points", "according to")],
        ),
        # a title-case headline: the quoted nickname is not the statement
        (
            "Ivo \u2018The Builder\u2019 Could Fix The Roads, Vera Lind Says",
            [
                (
                    "Vera Lind",
                    "indirect",
                    "Ivo \u2018The Builder\u2019 Could Fix The Roads",
                    "Says",
                )
            ],
        ),
        # the head of an appositive chain is the source
        (
            '"We will win," the minister, a veteran of the talks, said.',
            [(None, "direct", "We will win,", "said")],
        ),
        # an adverbial between the cue and "that"
        (
            "Sources said over the weekend that the minister had resigned.",
            [(None, "indirect", "the minister had resigned", "said")],
        ),
        # "Asked whether ..., X said ...": the answer only; the question is nobody's statement
        (
            "Asked whether the debate had changed his mind, Ivo Marek said it had done the "
            "opposite.",
            [("Ivo Marek", "indirect", "it had done the opposite", "said")],
        ),
        # a plain noun phrase as the source of a stance ("dismissed" needs an "as" phrase:
        # "dismissed the rumours about the shooting" alone says nothing)
        (
            "Police in the capital dismissed the rumours about the shooting as baseless.",
            [(None, "indirect", "the rumours about the shooting as baseless", "dismissed")],
        ),
        ("Police in the capital dismissed the rumours about the shooting.", []),
        # verbs that attribute quotations only
        (
            "Vera Lind continued, \u201cWe will not give up on the corridor.\u201d",
            [("Vera Lind", "direct", "We will not give up on the corridor.", "continued")],
        ),
        # a long plain source with prepositions, and a long appositive chain after a quote
        (
            "Political observers in the region and around the country say the envoy deserves "
            "the post.",
            [(None, "indirect", "the envoy deserves the post", "say")],
        ),
        (
            "\u201cIt is an invasion of our domain,\u201d Vera Lind, the attorney general of the "
            "northern province, one of the regions suing the agency, said on Monday.",
            [("Vera Lind", "direct", "It is an invasion of our domain,", "said")],
        ),
        # a relative "who" after a plain noun phrase
        (
            "The move was welcomed by senior lawmakers, who also said they expect the bank to act.",
            [(None, "indirect", "they expect the bank to act", "said")],
        ),
        # "those close to" a person
        (
            "Those close to the minister say that she will stay in the post.",
            [(None, "indirect", "she will stay in the post", "say")],
        ),
        # stances and reactions
        (
            "Senator Jo Pike defended the tariff plan on Monday.",
            [("Jo Pike", "indirect", "the tariff plan on Monday", "defended")],
        ),
        (
            "Ivo Marek likened the new levy to a tax on bread.",
            [("Ivo Marek", "indirect", "the new levy to a tax on bread", "likened")],
        ),
        # declining to comment says nothing, whatever follows "comment"
        ("The spokeswoman declined to comment on the talks.", []),
    ],
)
def test_multiple_and_loose_attributions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # scare quote and quoted title: not statements
        'The so-called "new normal" worries investors.',
        'She read "War and Peace" on the train.',
        # passive "was asked" is not an attribution
        "Marek Novak was asked about the pipeline.",
        # a cue inside reported speech content is not a second statement source
        "Nothing here is said by anyone in particular at all",
        # an introductory phrase before "X cue" is not the content, and a stance or
        # evidence verb after it takes none of its own
        "Facing a wall of opposition in the north, Ivo Marek hoped for a quick deal.",
        "At a forum in Astana, the energy industry considered the options.",
        "At the annual meeting in Tashkent, engineers showed off new designs.",
        # nouns that look like cues before "was"/"are" are no relative clause with a gap
        "Other steppe dramas which won praise were Nomad and Horizon.",
        "The highlight of years of radio phone-in shows was a caller from Aktau.",
        "People keep landlines because call charges are lower.",
        # "show" reports evidence only with a that-clause or a study, poll or data as subject
        "The awards honour the best digital TV shows of the year.",
        "Shares in the firm rose, showing gains of 4.5%.",
        "The poster shows the minister hypnotising people.",
        # product launches, offers and attacks in the plural are acts or nouns
        "The firm unveiled a new low-cost computer on Tuesday.",
        "Bookmakers are offering odds of 5/1 on a snap election.",
        "Phishing attacks try to trick people into handing over their details.",
        # a passive cue with an adverb before it: the subject was asked, it said nothing
        "Ivo Roe arrived. Roe was also asked about the tariffs.",
        # a cue word used as a noun after a possessive ("their promise") is no cue
        "The team finally delivered on their promise in 2004, winning three titles.",
        # idioms with a cue word, and votes, are no statements
        "Providers now need to make sure that their networks can cope.",
        "Deputies voted in favour of the bill on Monday.",
        # a "whether" clause as the subject is nobody
        "Whether that happens will say a lot about the balance of power in the bloc.",
        # "according to" + a non-source
        "The trains run according to plan.",
        # a quoted term followed by a stance verb and its object: no loose source
        'The so-called "soft landing" worries investors.',
        # a statement noun without a possessive source, or without "that"
        "The statement that was issued on Monday ran to two pages.",
        "Ivo Marek's statement ran to two pages.",
        # nouns that look like cues
        "Officials released details of the new plan on Monday.",
        "The weather forecast for the summit is mild.",
        # "continued" without a quotation is no statement
        "The talks continued for hours in the capital.",
        # "calls" as a noun is not a cue
        "The calls grew louder over the summer.",
        # a "that"-only verb with an object and no clause is no attribution
        "Ivo Marek informed the minister of the decision.",
        "Vera Lind has learned a lesson from the vote.",
        # a cue's plural noun form after "has/have/had" is an object
        "Brunei also has claims in the disputed sea.",
        # passive "is said to" is not an attribution
        "The senator is said to have made peace with the mayor long ago.",
        # "Asked for ..." at the start is a request, not a question
        "Asked for a comment, the ministry sent a short note.",
        # "asked for" is a request for a thing, not a statement
        "Ivo Marek asked for a pilot project in the south.",
        # a possessive determiner before a noun that looks like a cue
        "His promises to cut taxes were forgotten within a year.",
        # a possessive before a noun that looks like a cue
        "The editor's note: the figures were revised twice in the spring.",
        "The channel's show ran for six years on cable.",
        # "declined" without an infinitive is not a statement
        "Exports declined sharply in the second quarter of the year.",
        # a quoted term inside a sentence without any cue
        'The "green corridor" plan was shelved in the spring of that year.',
    ],
)
def test_not_statements(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transcript: two or more different all-capitals labels; a surname label is a
        # person (the one the article named with it, else the name as written)
        (
            "SMITH: We will not raise taxes this year.\nJONES: That is not what you said.\n",
            [
                ("Smith", "direct", "We will not raise taxes this year.", ":"),
                ("Jones", "direct", "That is not what you said.", ":"),
            ],
        ),
        # a part in the programme is no name
        (
            "ANCHOR: Tonight we look at the port in detail.\nMODERATOR: Let us begin with "
            "the trade figures.\n",
            [
                (None, "direct", "Tonight we look at the port in detail.", ":"),
                (None, "direct", "Let us begin with the trade figures.", ":"),
            ],
        ),
        (
            "Minister Ivo Marek joined us.\n\nHOST: Will you sign it this week?\n\n"
            "MAREK: We will sign it when it is ready.\n\nHOST: Thank you for that, Minister.",
            [
                ("Ivo Marek", "direct", "We will sign it when it is ready.", ":"),
                (None, "direct", "Thank you for that, Minister.", ":"),
            ],
        ),
        # a headline label naming someone the article mentions again
        (
            "Vera Lind: The Bloc Must Act Now On Water\nVera Lind spoke in Astana on Monday.",
            [("Vera Lind", "direct", "The Bloc Must Act Now On Water", ":")],
        ),
        # a dateline is not a speaker, nor are "Update:" and one-off labels
        ("ASTANA: The summit opens on Monday with ten leaders.", []),
        ("Update: The road is closed until Friday morning.", []),
        ("Nadia Rook: A Life In Twelve Songs And Three Cities", []),
    ],
)
def test_speaker_labels(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X added:" closing a paragraph introduces the next paragraph
        (
            "Vera Lind added:\n\nThis reeks of fear. She cannot win without help.\n\nThe end.",
            [("Vera Lind", "direct", "This reeks of fear. She cannot win without help.", "added")],
        ),
        (
            'The Daily Courier reports:\n\n"Few donors gave small sums this year."',
            [("Daily Courier", "direct", "Few donors gave small sums this year.", "reports")],
        ),
        # a colon inside a paragraph is not a block introduction
        (
            "Vera Lind added: the road is long.",
            [("Vera Lind", "indirect", "the road is long", "added")],
        ),
    ],
)
def test_colon_blocks(text, expected):
    assert rows(text) == expected


def test_appositive_head_is_the_source():
    q = run('"We will win," the minister, a veteran of the talks, said.')
    assert q["speaker_surface"].tolist() == ["the minister"]


def test_person_merely_mentioned_is_not_a_speaker():
    text = (
        "Lena Park was asked about President Ivan Petrov's plan for a new bank. "
        "The economist said that the plan had been discussed."
    )
    q = run(text)
    assert "Ivan Petrov" not in set(q["speaker"].dropna())


def test_sandwich_quote_is_one_statement():
    text = '"We will win," Lena Park said, "and we will win soon."'
    q = run(text)
    assert len(q) == 1
    assert q["speaker"].iloc[0] == "Lena Park"
    assert q["text"].iloc[0].startswith("We will win,")
    assert q["text"].iloc[0].endswith("we will win soon.")


def test_quote_over_two_paragraphs():
    text = (
        'Marek Novak said: "The first phase is complete.\n'
        '"The second phase begins in autumn and will take two years."'
    )
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0][0] : spans[0][1]].endswith("two years.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation closed with an opening mark
        ("“We are open to talks,“ the envoy said.", ["We are open to talks,"]),
        # ... but a nested opener after a space still opens: a quotation inside the quotation
        ("“A “fair” deal,” he said.", ["A “fair” deal,"]),
        (
            "“I would rather live in what he calls “hell” than here.” ― Ada Roe",
            ["I would rather live in what he calls “hell” than here."],
        ),
        # two openers and one closer: the first was never closed
        ("“First. “Second,” she said.", ["Second,"]),
    ],
)
def test_opening_mark_used_as_a_closer(text, expected):
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected


def test_pronoun_never_resolves_to_an_organisation():
    text = "The Ministry of Trade published figures. He said that exports rose."
    q = run(text)
    assert q["speaker"].isna().all()
    assert q["speaker_type"].tolist() == ["unnamed"]


def test_unnamed_source_keeps_surface():
    q = run("A Kremlin official said that talks would resume.")
    assert q["speaker"].isna().all()
    assert q["speaker_surface"].tolist() == ["A Kremlin official"]


def test_empty_input_gives_schema():
    q = extract_quotes(
        pd.DataFrame({"article_id": [], "text": []}),
        split_sentences(pd.DataFrame({"article_id": [], "text": []})),
    )
    assert len(q) == 0
    assert "speaker_type" in q.columns and "cue_start" in q.columns


words = st.sampled_from(
    [
        "He",
        "said",
        "that",
        '"',
        "\u201c",
        "\u201d",
        "'",
        ",",
        ".",
        "Lena",
        "Park",
        "told",
        "the",
        "minister",
        "according",
        "to",
        "trade",
        "\n",
        "noted",
        ":",
        "it",
        "grew",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, max_size=40).map(" ".join))
def test_offsets_hold_for_any_text(text):
    run(text)


def test_country_adjective_before_a_title_does_not_hide_the_person():
    articles = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "Kazakh Foreign Minister Aliya Omarova met her counterparts. "
                "She said that the corridor was ready. "
                "Trade envoy Marek Novak disagreed. He said that the corridor was late."
            ],
        }
    )
    from sco_toolkit.entities import extract_mentions

    sentences = split_sentences(articles)
    mentions = extract_mentions(articles, sentences)
    quotes = extract_quotes(articles, sentences, mentions)
    assert quotes["speaker"].tolist() == ["Aliya Omarova", "Marek Novak"]
    assert quotes["speaker_role"].iloc[0] == "Kazakh Foreign Minister"


def test_dateline_and_party_affiliation_stay_out_of_the_speaker():
    q = run(
        "ASTANA, May 20 (Agency) -- Spokesperson Lena Park said that the visit went well. "
        "Sen. Jane Roe (D-Ore.) said the deal was fair."
    )
    assert q["speaker_surface"].tolist() == ["Spokesperson Lena Park", "Sen. Jane Roe"]


def test_role_synonym_resolves_to_the_head_of_state():
    q = run(
        "President Ivan Petrov opened the forum. "
        '"The world is changing fast," the Petrovian leader told reporters.'
    )
    assert q["speaker"].tolist() == ["Ivan Petrov"]


def test_wire_style_sources():
    articles = pd.DataFrame(
        {
            "article_id": ["a1"],
            "text": [
                "Speaking in Moscow, Vera Lind said that the bloc had grown.\n"
                "The Chinese Foreign Ministry said in a statement that it welcomed the talks.\n"
                "Kazakh President Arman Dosov, who chairs the bloc this year, said the members "
                "must act together.\n"
                "According to Uzbek Foreign Minister Timur Aliev, a bank could open next year."
            ],
        }
    )
    from sco_toolkit.entities import extract_mentions

    sentences = split_sentences(articles)
    quotes = extract_quotes(articles, sentences, extract_mentions(articles, sentences))
    assert quotes["speaker"].tolist() == [
        "Vera Lind",
        "Chinese Foreign Ministry",
        "Arman Dosov",
        "Timur Aliev",
    ]
    assert quotes["speaker_type"].tolist() == ["person", "organization", "person", "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive naming the source comes before the statement, not as its content
        (
            "Fiji's foreign minister, Eli Toka, said the talks went well.",
            [("Eli Toka", "indirect", "the talks went well", "said")],
        ),
        # an opening participle clause is circumstance, not content
        (
            "Speaking on Monday, envoy Ivo Marek said Suva would host it.",
            [("Ivo Marek", "indirect", "Suva would host it", "said")],
        ),
        # ... but a participle opening the content of an inverted attribution stays content
        (
            "Rising prices hurt growth, Ivo Marek said.",
            [("Ivo Marek", "indirect", "Rising prices hurt growth", "said")],
        ),
        # "told" with only a listener and circumstances after it: inverted
        (
            "The bloc sees great potential in the partnership, envoy Ivo Marek told the agency "
            "in an interview on the sidelines of the forum.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "The bloc sees great potential in the partnership",
                    "told",
                )
            ],
        ),
        # a participle after an inverted cue is not a parenthetical's second half
        (
            "The fund will lend in local currencies, a bank official said, speaking on "
            "condition of anonymity.",
            [(None, "indirect", "The fund will lend in local currencies", "said")],
        ),
        # an adverb between the cue and "that"
        (
            "Envoy Ivo Marek said separately that Suva would host the talks.",
            [("Ivo Marek", "indirect", "Suva would host the talks", "said")],
        ),
        # the second subject's appositive is not part of the first content
        (
            "Envoy Ivo Marek argued for a common unit, while Fiji's finance minister, Eli Toka, "
            "cautioned that it would take years.",
            [
                ("Ivo Marek", "indirect", "a common unit", "argued for"),
                ("Eli Toka", "indirect", "it would take years", "cautioned"),
            ],
        ),
    ],
)
def test_appositives_participles_and_inverted_told(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance verb is an act when an organisation or a country does it ...
        ("The bank plans to lend in local currencies.", []),
        ("Russia supports the plan for a new corridor.", []),
        # ... and a view when a person holds it
        (
            "Envoy Jo Roe wants a deal on the corridor.",
            [("Jo Roe", "indirect", "a deal on the corridor", "wants")],
        ),
    ],
)
def test_stance_verbs_need_a_person(text: str, expected: list[tuple]) -> None:
    from sco_toolkit import analyze

    q = analyze(pd.DataFrame({"text": [text]})).quotes
    got = [
        (r.speaker if pd.notna(r.speaker) else None, r.kind, r.text, r.cue) for r in q.itertuples()
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later quotation of the paragraph that opens its sentence goes on with the speaker
        (
            '"Trade is up," Jo Pike said. "Exports doubled."',
            [("Jo Pike", "direct", 'Trade is up," Jo Pike said. "Exports doubled.', "said")],
        ),
        # a short scare quote inside a later sentence does not
        (
            '"Trade is up," Jo Pike said. The vote turns on "the economy".',
            [("Jo Pike", "direct", "Trade is up,", "said")],
        ),
        # a subordinate clause before the source is no part of it
        (
            "Even before Harlow Finch announced the plan, it had won support.",
            [("Harlow Finch", "indirect", "the plan", "announced")],
        ),
    ],
)
def test_continuations_and_scare_quotes(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # business verbs that look like speech: results and comparisons are nobody's words
        "Sales rose 4% in March compared with a year ago, the figures were clear.",
        "Umbrella maker Harlow Finch posted a 20% rise in annual profit.",
    ],
)
def test_business_verbs_are_not_cues(text: str) -> None:
    assert rows(text) == []


def test_a_partial_quote_in_another_speakers_sentence_is_theirs() -> None:
    text = (
        'Ivo Marek added: "The talks were a good start." '
        'Later Jo Pike said the deal would be "tough, but at least we have a first step".'
    )
    assert rows(text) == [
        ("Ivo Marek", "direct", "The talks were a good start.", "added"),
        (
            "Jo Pike",
            "indirect",
            'the deal would be "tough, but at least we have a first step"',
            "said",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun after a determiner is the subject, not a cue
        (
            "Other reports this week said the bourse might sell its unit.",
            [(None, "indirect", "the bourse might sell its unit", "said")],
        ),
        (
            "Media reports suggest the plan is dead.",
            [(None, "indirect", "the plan is dead", "suggest")],
        ),
        # the same word after a name is a cue
        (
            "Jo Roe reports that the vote passed.",
            [("Jo Roe", "indirect", "the vote passed", "reports")],
        ),
    ],
)
def test_plural_nouns_that_look_like_cues(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_quote_followed_by_lower_case_words_and_no_cue() -> None:
    assert rows('"It is closed for the winter." and nobody came back.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomatic reporting: frames and phrases common in agency copy
        (
            "Envoy Ivo Marek spoke. In the opinion of the envoy, sanctions are harmful.",
            [("Ivo Marek", "indirect", "sanctions are harmful", "In the opinion of")],
        ),
        (
            "In the words of Ivo Marek, the bloc is open to all.",
            [("Ivo Marek", "indirect", "the bloc is open to all", "In the words of")],
        ),
        (
            "Envoy Ivo Marek drew attention to the fact that trade had doubled.",
            [("Ivo Marek", "indirect", "the fact that trade had doubled", "drew attention to")],
        ),
        (
            "Envoy Ivo Marek voiced support for the corridor project.",
            [("Ivo Marek", "indirect", "the corridor project", "voiced support for")],
        ),
    ],
)
def test_diplomatic_frames(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_stance_phrase_before_an_inverted_attribution() -> None:
    text = "Fiji and Samoa also voiced concern, officials said."
    assert rows(text) == [(None, "indirect", "Fiji and Samoa also voiced concern", "said")]


@pytest.mark.parametrize(
    ("listener", "content"),
    [
        ("news agency Reuters", "such a move would be illegal"),
        ("Japan's Kyodo news agency", "such a move would be illegal"),
        ("the state broadcaster CCTV", "such a move would be illegal"),
        ("Reuters", "the move would be illegal"),
        ("the BBC", "the move would be illegal"),
        ("reporters", "the move would be illegal"),
        ("a news conference", "the move would be illegal"),
        # an aside or a list of outlets before "that"
        ("reporters, when asked about the port,", "that the move would be illegal"),
        ("Reuters, AFP and Kyodo", "that the move would be illegal"),
        # a programme named after its station, which may hold a number
        ("Radio 5's Morning Programme", "the move would be illegal"),
        ("Channel 9's Evening programme", "the move would be illegal"),
        # ... but a number that opens the content stays in it
        ("Reuters", "12 ships had been held"),
    ],
)
def test_the_listener_after_told_is_not_content(listener: str, content: str) -> None:
    text = f"Envoy Ivo Marek told {listener} {content}."
    assert rows(text) == [("Ivo Marek", "indirect", content.removeprefix("that "), "told")]


def test_a_quotation_after_told_a_programme_and_a_colon_is_direct() -> None:
    text = 'Envoy Ivo Marek told Radio 5\'s Morning Programme: "We will not sign this text."'
    assert rows(text) == [("Ivo Marek", "direct", "We will not sign this text.", "told")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of the speaker's own, with no cue, introduces the quotation after its colon
        (
            "Lena Ortiz spoke in Lima. She was blunt: “Our farmers cannot eat promises. "
            "They need roads.”",
            [("Lena Ortiz", "She", "Our farmers cannot eat promises. They need roads.")],
        ),
        # ... also in a paragraph of its own, after another
        (
            "Lena Ortiz spoke in Lima.\n\nShe was blunt: “Our farmers cannot eat promises. "
            "They need roads.”",
            [("Lena Ortiz", "She", "Our farmers cannot eat promises. They need roads.")],
        ),
        (
            "The deputy minister had a warning for the bank: “Lend to us or lose us.”",
            [(None, "The deputy minister", "Lend to us or lose us.")],
        ),
        # someone's words named before the colon
        (
            "Lena Ortiz was asked about the port. Her answer: “It will open in May, not before.”",
            [("Lena Ortiz", "Her", "It will open in May, not before.")],
        ),
        (
            "Ivo Marek's reply was blunt: “We will not be lectured by anyone.”",
            [("Ivo Marek", "Ivo Marek", "We will not be lectured by anyone.")],
        ),
        # not a source: a thing, "it", a one-word subject that opens a longer one, a title
        ("The stakes were high: “a summit that could make or break the bloc”.", []),
        ("It was simple: “Trade first, politics later, and always in that order.”", []),
        ("Rail freight grew fast: “Cargo from the east rose by half in a year.”", []),
        ("She chose a title: “The Road”.", []),
    ],
)
def test_a_speakers_clause_and_colon_introduce_a_quotation(text, expected):
    q = run(text)
    got = [
        (r.speaker if pd.notna(r.speaker) else None, r.speaker_surface, r.text)
        for r in q.itertuples()
    ]
    assert got == expected
    # (an adjective of speaking before the colon is the cue: "... was blunt: “...”")
    assert set(q["cue"]) <= {":", "blunt"}


def test_a_comma_inside_a_number_is_no_source_boundary() -> None:
    assert rows("He paid £150,000 in damages to the fund, Ivo Marek said.") == [
        ("Ivo Marek", "indirect", "He paid £150,000 in damages to the fund", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hearsay in the passive quotes nobody
        ("Its new field, thought to contain a billion barrels, is big.", []),
        ("A man said to be ill left the court.", []),
        (
            "Jo Roe said to the crowd that the vote had passed.",
            [("Jo Roe", "indirect", "the vote had passed", "said")],
        ),
        # a noun after "the NAME" is the subject
        (
            "Analysts said the NIESR report was optimistic about growth.",
            [(None, "indirect", "the NIESR report was optimistic about growth", "said")],
        ),
    ],
)
def test_passive_hearsay_and_named_reports(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Marek was asked about the plan but declined to comment.", []),
        # a question's topic after its addressee is not what was said
        ("We asked Foreign Minister Ivo Marek about the pipeline.", []),
        ("Lena Park asked him about the tariffs.", []),
        ("Ivo Marek refused to elaborate.", []),
        # a decision, not a statement; a refusal to rule something out is one
        ("Ivo Marek agreed to share the costs.", []),
        ("The ministers pledged to deepen cooperation in trade.", []),
        # ... but a pledge in quoted words is speech
        (
            'The MP pledged to take the matter "to the prime minister if necessary".',
            [
                (
                    None,
                    "indirect",
                    'to take the matter "to the prime minister if necessary"',
                    "pledged",
                )
            ],
        ),
        (
            "Ivo Marek pledged that the plant would open in May.",
            [("Ivo Marek", "indirect", "the plant would open in May", "pledged")],
        ),
        (
            "Ivo Marek refused to rule out new taxes.",
            [("Ivo Marek", "indirect", "to rule out new taxes", "refused")],
        ),
        (
            "Ivo Marek agreed that the costs were too high.",
            [("Ivo Marek", "indirect", "the costs were too high", "agreed")],
        ),
    ],
)
def test_declining_to_comment_says_nothing(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_speech_lexicon_rejects_words_yaml_reads_as_booleans(tmp_path) -> None:
    from sco_toolkit.cues import speech_lexicon
    from sco_toolkit.lexicons import LexiconError

    extra = tmp_path / "speech.yaml"
    extra.write_text("noun_determiners: [no, other]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="noun_determiners.*Quote entries"):
        speech_lexicon(str(extra))


def test_no_before_a_plural_noun_is_no_cue() -> None:
    assert rows("No charges have been filed against the firm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said to" a listener is speech; "said to be" is hearsay
        (
            'Ken Roe spoke. He said to media representatives: "You are wrong about this."',
            [("Ken Roe", "direct", "You are wrong about this.", "said")],
        ),
        ("A man said to be ill left the court.", []),
        # "a report" after a verb is its object
        ("Minister Jo Roe has ordered a report into the escape.", []),
    ],
)
def test_said_to_and_a_report(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular noun after a possessive name is a noun; "The Times reports that" a verb
        (
            "Mr Roe told Channel Nine's Morning Talk show that the mayor should apologise.",
            [("Roe", "indirect", "the mayor should apologise", "told")],
        ),
        (
            "The Harlow Times reports that the deal is off.",
            [("Harlow Times", "indirect", "the deal is off", "reports")],
        ),
    ],
)
def test_named_programme_nouns_and_newspaper_verbs(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_relative_clause_with_a_gap_after_the_cue() -> None:
    text = "Leaders set up a development bank, a move analysts said could challenge lenders."
    assert rows(text)[-1] == (None, "indirect", "could challenge lenders", "said")


def test_that_clause_after_an_opening_adverbial_is_no_parenthetical() -> None:
    text = "Last year, Jo Roe said that new models, launched in spring, had sold well."
    assert rows(text) == [
        ("Jo Roe", "indirect", "new models, launched in spring, had sold well", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation closing a sentence whose own cue comes before it is that sentence's; the
        # next sentence's "She says" makes a statement of its own
        (
            "Ms Aliya Omarova says the talks were “a step forward for the region.” "
            "She says the next round is planned for May.",
            [
                (
                    "Aliya Omarova",
                    "indirect",
                    "the talks were “a step forward for the region.”",
                    "says",
                ),
                ("Aliya Omarova", "indirect", "the next round is planned for May", "says"),
            ],
        ),
        # ... but a quotation that is the whole sentence is still attributed after it
        (
            "“The corridor will open in May.” Aliya Omarova said that on Monday.",
            [("Aliya Omarova", "direct", "The corridor will open in May.", "said")],
        ),
        # a quotation opening after a word of its clause, attributed after it: the clause
        (
            "The new corridor is “a bridge between the blocs,” Aliya Omarova said.",
            [
                (
                    "Aliya Omarova",
                    "indirect",
                    "The new corridor is “a bridge between the blocs,”",
                    "said",
                )
            ],
        ),
        (
            "The treaty was a ''historic compromise,'' Marek Novak said on Friday.",
            [("Marek Novak", "indirect", "The treaty was a ''historic compromise,''", "said")],
        ),
        # a comma missing after a clause with a cue of its own: the quote is not that clause's
        (
            "Marek Novak has expressed doubts about the plan “I think it is too slow,” "
            "Jo Roe said.",
            [
                ("Marek Novak", "indirect", "doubts about the plan", "expressed"),
                ("Jo Roe", "direct", "I think it is too slow,", "said"),
            ],
        ),
    ],
)
def test_quotations_at_sentence_ends_and_inside_clauses(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the rest is a gerund: the attribution is a parenthetical
        (
            "Though the first transition was smooth, Jo Roe said, replacing the chair would be "
            "much harder.",
            [
                (
                    "Jo Roe",
                    "indirect",
                    "Though the first transition was smooth, Jo Roe said, replacing the chair "
                    "would be much harder",
                    "said",
                )
            ],
        ),
        # a participle that goes on with the speaker, or opens a that-clause, is no subject
        (
            "Costs rose sharply last year, Jo Roe said, implying that fares could go up.",
            [("Jo Roe", "indirect", "Costs rose sharply last year", "said")],
        ),
        (
            "Costs rose sharply last year, Jo Roe said, citing a report by the ministry.",
            [("Jo Roe", "indirect", "Costs rose sharply last year", "said")],
        ),
        # an appositive between dashes: the name before them is the source
        (
            "Marek Novak -- co-author of a study on the corridor, published in May -- said "
            "the route would pay off.",
            [("Marek Novak", "indirect", "the route would pay off", "said")],
        ),
        (
            "The minister — a veteran of the talks — said tariffs would fall.",
            [(None, "indirect", "tariffs would fall", "said")],
        ),
        (
            "Jo Roe - a lawyer for the firm - said the ruling would be appealed.",
            [("Jo Roe", "indirect", "the ruling would be appealed", "said")],
        ),
        # ... but not a phrase that opens with a preposition
        (
            "Aliya Omarova, director, of Steppe Realty - a property firm - told reporters "
            "the law was a positive step.",
            [("Aliya Omarova", "indirect", "the law was a positive step", "told")],
        ),
        # "according to" after a content interrupted by dashes
        (
            "Half of the loans are unpaid — or badly late — according to the central bank.",
            [
                (
                    "central bank",
                    "indirect",
                    "Half of the loans are unpaid — or badly late",
                    "according to",
                )
            ],
        ),
    ],
)
def test_parentheticals_gerunds_and_dashes(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a fragment in single marks at the end keeps its closing mark; apostrophes are none
        (
            "Ivo Marek said the tariffs were ‘illegal and counterproductive’.",
            "the tariffs were ‘illegal and counterproductive’",
        ),
        (
            "Ivo Marek said the tariffs were 'illegal and counterproductive'.",
            "the tariffs were 'illegal and counterproductive'",
        ),
        ("Ivo Marek said the country’s tariffs were low.", "the country’s tariffs were low"),
        ("Ivo Marek said the '90s were hard.", "the '90s were hard"),
    ],
)
def test_a_fragment_in_single_marks_keeps_its_closing_mark(text: str, content: str) -> None:
    assert [r[2] for r in rows(text)] == [content]


def test_a_name_after_a_closing_mark_starts_a_sentence() -> None:
    # one capitalised word written mid-sentence names a body ("Yukos said"); after a closing
    # quotation mark and a full stop it opens a sentence, so it says nothing about the word
    q = run("Jo Roe said the plan was “dead on arrival.” Novak said he agreed.")
    assert list(q["speaker_type"]) == ["person", "unnamed"]
    assert list(q["speaker_surface"]) == ["Jo Roe", "Novak"]


def test_a_quotation_after_a_reported_statement_goes_on_with_its_speaker() -> None:
    text = (
        'Jo Roe said in a statement: "I approved the final text." '
        "She said the draft had been prepared by two officials. "
        '"No other minister was involved."'
    )
    assert rows(text) == [
        ("Jo Roe", "direct", "I approved the final text.", "said"),
        ("Jo Roe", "indirect", "the draft had been prepared by two officials", "said"),
        ("Jo Roe", "direct", "No other minister was involved.", "said"),
    ]


def test_a_cue_inside_the_attributing_sentence_does_not_split_a_quotation() -> None:
    text = (
        '"Subpoenas are not optional," Jo Roe said after a witness missed the hearing he was '
        'called to. "He is a crucial witness."'
    )
    got = rows(text)
    assert got[0][:2] == ("Jo Roe", "direct")
    assert got[0][2].startswith("Subpoenas are not optional")
    assert got[0][2].endswith("He is a crucial witness.")


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised cue word inside a sentence is part of a name
        "Their finish as runners-up in the Champions League group means they avoid the holders.",
        "The band's album Hopes and Fears topped the chart again this week.",
        # after a linking verb a cue form is an adjective
        "The new captain looked assured in a more advanced position on the left.",
        "Residents remained opposed to the new road through the valley.",
        # "add to" and "add up" increase or total, nobody speaks
        "Aliya Omarova won the prize for the film, adding to a long list of awards.",
        "Exports to the bloc added up to 22bn yen last year.",
        # a plural cue form after a country adjective is a noun
        "Kazakh hopes of a quick deal were dashed on Monday.",
    ],
)
def test_names_and_adjectives_are_not_cues(text: str) -> None:
    assert rows(text) == []


def test_an_adjective_cue_after_a_linking_verb_stays_a_cue() -> None:
    text = "Aliya Omarova seemed confident that the corridor would open in May."
    assert rows(text) == [
        ("Aliya Omarova", "indirect", "the corridor would open in May", "confident")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs between the subject and the cue are skipped when finding the source
        (
            "The ministry has already announced plans to widen the corridor.",
            [(None, "indirect", "plans to widen the corridor", "announced")],
        ),
        (
            "I've always thought the plan was weak.",
            [(None, "indirect", "the plan was weak", "thought")],
        ),
        # ... but a passive stays a passive behind them
        ("The corridor is often described as a lifeline for the region.", []),
        ("The new rules were widely expected by traders in May.", []),
        # "ruled out of" a match: nobody speaks; "X ruled out a deal" is a stance
        ("With Aliya Omarova ruled out of the final, the team named a new captain.", []),
        (
            "Aliya Omarova has ruled out a return to the talks.",
            [("Aliya Omarova", "indirect", "a return to the talks", "ruled out")],
        ),
        (
            "The court ruled that the ban was unlawful.",
            [(None, "indirect", "the ban was unlawful", "ruled")],
        ),
        ("The bank was reported as having asked firms to pay.", []),
    ],
)
def test_adverbs_passives_and_idioms(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a free relative is a noun phrase: what follows it is not what the source said
        ("Everything the envoy says is a lie unless proven otherwise.", []),
        ("That was what Aliya Omarova said when she resigned from the agency.", []),
        # ... but a naming verb or a gap after it still says something
        (
            "Leaders set up a bank, a move analysts said could challenge lenders.",
            [(None, "indirect", "could challenge lenders", "said")],
        ),
        # a passive behind an -ly adverb is no attribution
        ("The hearing he was formally called to was delayed again.", []),
        # plural cue forms as nouns: after a superlative, or before an auxiliary
        ("The ad plays on our worst fears about the border.", []),
        ("Health worries have dogged the minister since May.", []),
        ("She called into a radio programme when she was ill.", []),
        # "now" between the source and the cue is skipped
        (
            "The ministry now says the corridor will open in May.",
            [(None, "indirect", "the corridor will open in May", "says")],
        ),
    ],
)
def test_free_relatives_adverbs_and_nouns(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listener between the cue and "that" is not part of what was said
        (
            "Wang Yi assured his counterpart that Beijing would keep investing.",
            [("Wang Yi", "indirect", "Beijing would keep investing", "assured")],
        ),
        (
            "Aliya Omarova warned investors that the market could fall.",
            [("Aliya Omarova", "indirect", "the market could fall", "warned")],
        ),
        (
            "Aliya Omarova informed the minister that the reforms were under way.",
            [("Aliya Omarova", "indirect", "the reforms were under way", "informed")],
        ),
        # ... but a relative "that" or a clause is no listener
        (
            "Aliya Omarova warned the extra demand that had driven sales was gone.",
            [
                (
                    "Aliya Omarova",
                    "indirect",
                    "the extra demand that had driven sales was gone",
                    "warned",
                )
            ],
        ),
        # "informed X about Y" says nothing by itself
        ("The minister informed the press about the reforms.", []),
    ],
)
def test_listeners_before_a_that_clause(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only where or how it was said: no statement
        ("The president responded from the White House, where he met the envoy.", []),
        ("Aliya Omarova wrote sarcastically on social media.", []),
        # a person as the whole object is no statement
        ("The referee dismissed Marek Novak.", []),
        ("The governor praised Aliya Omarova.", []),
        # ... but a content after the circumstances, or a phrasal "hint at", stays
        (
            "Aliya Omarova said at a news conference the deal was done.",
            [("Aliya Omarova", "indirect", "at a news conference the deal was done", "said")],
        ),
        (
            "Aliya Omarova hinted at a budget giveaway in March.",
            [("Aliya Omarova", "indirect", "a budget giveaway in March", "hinted at")],
        ),
        (
            "Jo Roe explained initially, the firm would export building materials.",
            [
                (
                    "Jo Roe",
                    "indirect",
                    "initially, the firm would export building materials",
                    "explained",
                )
            ],
        ),
    ],
)
def test_circumstances_are_no_content(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a preposition is no subject of the cue after it
        (
            "The ministry has written to two men freed from Steppe Prison telling them they "
            "would get no passports.",
            [],
        ),
        ("Aliya Omarova wrote to the board of the bank.", []),
        # "NAME, from BODY told": the name before the comma (the second comma is missing)
        (
            '"Growth is fragile," Aliya Omarova, from Steppe Capital told the agency.',
            [("Aliya Omarova", "direct", "Growth is fragile,", "told")],
        ),
        # a long title before the name opens the sentence's subject
        (
            "New Steppe Border Police Commissioner Sir Jo Roe has backed the orders, saying: "
            '"There is only one choice."',
            # ("backed the orders": a stance with a noun phrase only, no statement)
            [("Jo Roe", "direct", "There is only one choice.", "saying")],
        ),
    ],
)
def test_prepositional_objects_and_long_titles(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "surface"),
    [
        # '"...," said ROLE, NAME.': the name after the role's comma
        (
            '"There are no technical reasons," said the bank\'s technology director, Ada Lim.',
            "Ada Lim",
            "Ada Lim",
        ),
        (
            '"It is over," said one of their lawyers, Marek Novak. Roe was not there.',
            "Marek Novak",
            "Marek Novak",
        ),
        # a given name that is also a month stays in the middle of a name
        (
            "Ard Jan Vetham, the firm's consultant, said the survey was clear.",
            "Ard Jan Vetham",
            "Ard Jan Vetham",
        ),
        # a plural role before a place is the source, not the place's government
        (
            "Music industry bosses in Norway said the ruling would help.",
            None,
            "Music industry bosses in Norway",
        ),
    ],
)
def test_names_after_roles_and_plural_heads(text: str, speaker: str | None, surface: str) -> None:
    q = run(text)
    row = q.iloc[0]
    assert (None if pd.isna(row.speaker) else row.speaker) == speaker
    assert row.speaker_surface == surface


def test_a_participle_after_an_article_is_an_adjective() -> None:
    assert rows("Police spoke to him about an alleged gesture he made.") == []


@pytest.mark.parametrize(
    "text",
    [
        # cue forms that are nouns: after a quantifier, a participle or "phone"
        "The report left little doubt that the planet was warming.",
        "The host began taking calls from listeners on Monday.",
        "Both candidates are facing questions about their health.",
        "Customers get free telephone calls anywhere in the country.",
    ],
)
def test_more_cue_forms_that_are_nouns(text: str) -> None:
    assert rows(text) == []


def test_a_verb_form_after_a_subject_stays_a_cue() -> None:
    assert rows("Some fear the figure could double by May.") == [
        (None, "indirect", "the figure could double by May", "fear")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cited X as saying" is X's statement, as "quoted X as saying" is
        (
            "The agency cited Deputy Foreign Minister Ivo Roe as saying that Moscow was ready.",
            [("Ivo Roe", "indirect", "Moscow was ready", "saying")],
        ),
        # ... also when it ends the sentence: the content is before its comma
        (
            "Moscow is ready to join the new payment system, the agency quoted Ivo Roe as saying.",
            [("Ivo Roe", "indirect", "Moscow is ready to join the new payment system", "saying")],
        ),
        # (a quotation there is a direct statement)
        (
            'Ivo Roe spoke. "We are ready to join," the agency quoted Ivo Roe as saying.',
            [("Ivo Roe", "direct", "We are ready to join,", "saying")],
        ),
        # a participle after a dash goes on with the speaker, as after a comma
        (
            "“We will not accept sanctions,” Jo Roe stressed — adding that the bloc would respond.",
            [
                ("Jo Roe", "direct", "We will not accept sanctions,", "stressed"),
                ("Jo Roe", "indirect", "the bloc would respond", "adding"),
            ],
        ),
        (
            "Jo Roe rejected the plan - saying it was too costly.",
            [
                ("Jo Roe", "indirect", "the plan", "rejected"),
                ("Jo Roe", "indirect", "it was too costly", "saying"),
            ],
        ),
    ],
)
def test_cited_as_saying_and_participles_after_dashes(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past form before "by" and its agent is a passive participle
        ("The figure announced by the ministry on Friday topped forecasts.", []),
        ("Search engines list websites found by indexing the web.", []),
        # ... but "by telephone" or "by the time" say how or when the words went
        (
            "Jo Roe said by telephone that the talks had failed.",
            [("Jo Roe", "indirect", "the talks had failed", "said")],
        ),
        # "called" after a thing's noun names it
        ("The film was shown in a documentary called No More Tears.", []),
        ("Jo Roe has no plans to change the law.", []),
    ],
)
def test_passive_participles_and_names(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a cue form as the object of a verb, or an adjective after a degree word or possessive
        "The prime minister took questions sent in by e-mail.",
        "Prosecutors filed charges against the firm on Monday.",
        "She is one of the most promising actresses around.",
        "He faced questions about the country and its alleged weapons programme.",
    ],
)
def test_objects_and_adjectives_are_not_cues(text: str) -> None:
    assert rows(text) == []


def test_most_as_a_subject_keeps_its_cue() -> None:
    assert rows("Most believe the seat is safe.") == [
        (None, "indirect", "the seat is safe", "believe")
    ]


def test_according_to_a_source_with_its_role_after_it() -> None:
    text = (
        "According to Su Lin, deputy director of the Steppe Institute of International Studies, "
        "the declaration reflected common aspirations."
    )
    assert rows(text) == [
        ("Su Lin", "indirect", "the declaration reflected common aspirations", "According to")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Replacements: Peel, Wilson, Thompson, Parling, Sititi.",
        "Participants: Kazakhstan, Uzbekistan, China, Russia.",
    ],
)
def test_list_labels_are_no_speakers(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "went on to VERB" says nothing unless the verb is a cue of its own
        ("The film went on to win the prize for best screenplay.", []),
        (
            "Aliya Omarova went on to suggest that the vote would be close.",
            [("Aliya Omarova", "indirect", "the vote would be close", "suggest")],
        ),
        # "went on" alone still attributes a quotation
        ('He went on: "We lost the vote."', [(None, "direct", "We lost the vote.", "went on")]),
    ],
)
def test_went_on_to(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between commas before "that" is not part of the content
        (
            "The bank's governor stressed, however, that the rupee was not for sale.",
            [(None, "indirect", "the rupee was not for sale", "stressed")],
        ),
        (
            "Aliya Omarova said, in a statement on Monday, that the corridor would open.",
            [("Aliya Omarova", "indirect", "the corridor would open", "said")],
        ),
        # ... also when the content starts with a word that can be a cue ("declines")
        (
            "Traders pointed out, however, that declines would be small.",
            [(None, "indirect", "declines would be small", "pointed out")],
        ),
        # "has not yet" is no coordination: the list before the semicolon is not the subject
        (
            "Chile, Peru and Laos joined the group in May; Bhutan has not yet confirmed its "
            "membership.",
            [],
        ),
        # a coordinated "yet" still takes the subject of its clause
        (
            "Aliya Omarova rejected the plan, yet said it was a good start.",
            [
                ("Aliya Omarova", "indirect", "the plan", "rejected"),
                ("Aliya Omarova", "indirect", "it was a good start", "said"),
            ],
        ),
        # a statement noun before the subject of a cue: the cue is in a reduced relative
        (
            "Some outlets have claimed that the bloc is an alliance, a view Omarova dismissed as "
            "outdated.",
            [(None, "indirect", "the bloc is an alliance", "claimed")],
        ),
        ("It was a claim the minister rejected as absurd.", []),
        ("That is a charge he denied on Monday.", []),
    ],
)
def test_asides_not_yet_and_reduced_relatives(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "speaker_type"),
    [
        # a document speaks for whoever issued it
        (
            "The summit will focus on finance, according to a statement released by the Kremlin.",
            "the Kremlin",
            "organization",
        ),
        (
            "A joint statement issued late on Monday by the two ministries said the talks were "
            "useful.",
            "the two ministries",
            "unnamed",
        ),
        ('"We are ready," a statement from the Kremlin said.', "the Kremlin", "organization"),
        ("A report by the Audit Office said costs rose.", "the Audit Office", "organization"),
        # several reports "from" a place are not its government
        ("Reports from Bhutan say the vote was delayed.", "Reports from Bhutan", "unnamed"),
        # a coast guard is an organisation
        (
            "The Philippine coast guard said a vessel fired water cannon at its ship.",
            "The Philippine coast guard",
            "organization",
        ),
    ],
)
def test_documents_speak_for_their_issuer(text: str, surface: str, speaker_type: str) -> None:
    row = run(text).iloc[0]
    assert (row.speaker_surface, row.speaker_type) == (surface, speaker_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object after a cue is no parenthetical gap: the content is the object only (a
        # topic cue with a noun phrase reports nothing at all)
        (
            "In an interview with the agency, the minister stressed the chairmanship, "
            "relations with Kabul and the future of the bloc.",
            [
                (
                    None,
                    "indirect",
                    "the chairmanship, relations with Kabul and the future of the bloc",
                    "stressed",
                )
            ],
        ),
        (
            "In an interview with the agency, the minister spoke about the chairmanship, "
            "relations with Kabul and the future of the bloc.",
            [],
        ),
        # a circumstance after the cue still makes a parenthetical
        (
            "Trade, he noted on Monday, is growing fast.",
            [(None, "indirect", "Trade, he noted on Monday, is growing fast", "noted")],
        ),
    ],
)
def test_objects_are_no_parenthetical_gap(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_a_dateline_is_no_subject() -> None:
    text = (
        "BEIJING, Sept 2 (Xinhua) -- Foreign Minister Aliya Omarova and her counterpart Ivo "
        "Marek held talks on Monday, stressing that coordination would grow."
    )
    row = run(text).iloc[0]
    assert (row.speaker, row.cue) == ("Aliya Omarova", "stressing")


def test_a_clause_of_reason_ends_the_source_after_according_to() -> None:
    text = (
        "Some members were wary, according to two diplomats who spoke on condition of "
        "anonymity because they were not allowed to brief reporters."
    )
    row = run(text).iloc[0]
    assert (row.speaker_surface, row.text) == (
        "two diplomats who spoke on condition of anonymity",
        "Some members were wary",
    )


def test_a_dateline_after_its_own_full_stop_is_no_content() -> None:
    text = "ASTANA. STEPPEINFORM – Ivo Marek met the envoy, the ministry's press service reports."
    row = run(text).iloc[0]
    assert (row.text, row.cue) == ("Ivo Marek met the envoy", "reports")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted fragment right after a stance verb is its object, not a quotation of the
        # stance verb's subject: the reported statement around it stands
        (
            "Ivo Roe said that Hanoi wanted “a substantive and effective code”.",
            [("Ivo Roe", "indirect", "Hanoi wanted “a substantive and effective code”", "said")],
        ),
        (
            "Ivo Roe told VnExpress that Hanoi supported “a binding code”.",
            [("Ivo Roe", "indirect", "Hanoi supported “a binding code”", "told")],
        ),
        # a fragment before its attribution takes the whole clause, stance verb and all
        (
            "Hanoi wants “a substantive and effective code”, Ivo Roe said.",
            [("Ivo Roe", "indirect", "Hanoi wants “a substantive and effective code”", "said")],
        ),
        # a full quoted sentence after a clause with a cue still has its own speaker
        (
            "Jo Roe expressed doubts “I think it is over,” Ivo Roe said.",
            [("Ivo Roe", "direct", "I think it is over,", "said")],
        ),
        # a cue after "while" opens a clause of its own; it attributes no quotation before it
        (
            'Jo Roe dismissed the plan as "desperate", while the minister said it was misdirected.',
            [
                ("Jo Roe", "indirect", 'the plan as "desperate"', "dismissed"),
                (None, "indirect", "it was misdirected", "said"),
            ],
        ),
    ],
)
def test_quoted_fragments_inside_reported_clauses(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aliya Omarova expressed the hope that the two sides would deepen cooperation.",
            [
                (
                    "Aliya Omarova",
                    "indirect",
                    "the two sides would deepen cooperation",
                    "expressed the hope",
                )
            ],
        ),
        (
            "In his speech, Ivo Marek put forward a five-point proposal on the corridor.",
            [],  # a proposal named, not its content: Marek is only mentioned
        ),
        # a phrase cue in the passive is no statement ...
        ("The plan put forward by the ministry was rejected.", []),
        ("Several solvents are put forward as remedies.", []),
        ("It was pointed out that the plan had failed.", []),
        # ... but "was quoted as saying" attributes, with "by" or without
        (
            "The law will apply, minister Ivo Marek was quoted as saying by the agency.",
            [("Ivo Marek", "indirect", "The law will apply", "quoted as saying")],
        ),
        # a progressive is active: "is calling for"
        (
            "The union is calling for an end to the cuts.",
            [(None, "indirect", "an end to the cuts", "calling for")],
        ),
    ],
)
def test_hope_proposals_and_passive_phrases(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming participle gives a name to something; nobody says anything
        ("The talks, dubbed “Astana format”, resumed on Monday.", []),
        ("The plan dubbed “Project X” was shelved.", []),
        ("The new tool, called Picasa, automatically detects photos.", []),
        # an active naming verb is a statement, also with a quotation or a relative before it
        (
            "The minister called the plan a “historic step” for the region.",
            [(None, "indirect", "the plan a “historic step” for the region", "called")],
        ),
        (
            "Jo Roe, chairman of the bank, described the results as “disappointing”, but added "
            "that he was optimistic.",
            [
                ("Jo Roe", "indirect", "the results as “disappointing”", "described"),
                ("Jo Roe", "indirect", "he was optimistic", "added"),
            ],
        ),
    ],
)
def test_naming_participles(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added NP to ..." adds a thing, says nothing
        ("Ivo Marek added the Dubai trophy to his long list of successes.", []),
        ("The band added an electronic element to the traditional guitar sound.", []),
        # "added" with a clause is speech, "to" or not
        (
            "Ivo Marek added the plan had to go to the board.",
            [("Ivo Marek", "indirect", "the plan had to go to the board", "added")],
        ),
        (
            "Ivo Marek added that the plan would go to the board.",
            [("Ivo Marek", "indirect", "the plan would go to the board", "added")],
        ),
    ],
)
def test_adding_things_is_no_statement(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prize after "claim" is won, not said
        ("Ivo Marek claimed the first set 6-3.", []),
        ("She claimed gold in the 800m.", []),
        ("The hosts claimed top spot in the group.", []),
        # a claim with a clause, or a claim of responsibility, is a statement
        (
            "Ivo Marek claimed the title was his.",
            [("Ivo Marek", "indirect", "the title was his", "claimed")],
        ),
        (
            "The militants claimed responsibility for the attack.",
            [(None, "indirect", "responsibility for the attack", "claimed")],
        ),
        # "Will" before a surname is a given name
        (
            "Film-maker Will Smith said his family came first.",
            [("Will Smith", "indirect", "his family came first", "said")],
        ),
    ],
)
def test_prizes_are_not_claims(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adverb or a question word is no source; a negated cue reports no content
        "The aides, perhaps recognizing that imitation is flattery, copied the plan.",
        "Why then want to take over a troubled mine?",
        "You don't want to give the tax office any more ammunition.",
    ],
)
def test_adverbs_and_negations_are_no_sources(text: str) -> None:
    assert rows(text) == []


def test_a_share_of_respondents_is_a_source() -> None:
    assert rows("Only 42% of them say saving money is the main reason.") == [
        (None, "indirect", "saving money is the main reason", "say")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band used three notes of music from a flautist.", []),
        ("The band played 10 shows in Europe.", []),
        (
            "Two reports said the plan had failed.",
            [(None, "indirect", "the plan had failed", "said")],
        ),
    ],
)
def test_a_number_makes_a_cue_form_a_noun(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_a_body_after_by_at_the_end_of_a_source_is_not_the_source() -> None:
    row = run("A spokesman for the company contacted by the BBC said it was fine.").iloc[0]
    assert (row.speaker_type, row.speaker_surface) == (
        "unnamed",
        "A spokesman for the company contacted by the BBC",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people or two countries joined by "and": a row for each, same statement
        (
            "Vladimir Putin met Xi Jinping. Putin and Xi said the partnership was strong.",
            [
                ("Putin", "indirect", "the partnership was strong", "said"),
                ("Xi", "indirect", "the partnership was strong", "said"),
            ],
        ),
        # a name with "and" inside is one source
        (
            "Trade and Industry Secretary Jo Roe said it was fine.",
            [("Trade and Industry Secretary Jo Roe", "indirect", "it was fine", "said")],
        ),
        # a time phrase between the cue and its clause is no part of the content
        (
            "Ivo Marek said on Monday it would respond.",
            [("Ivo Marek", "indirect", "it would respond", "said")],
        ),
        (
            "Ivo Marek said earlier this week he would not apologise.",
            [("Ivo Marek", "indirect", "he would not apologise", "said")],
        ),
        # an outlet between the words of the cue
        (
            "Ivo Marek was cited by the Kabar agency as saying that the port would reopen.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "the port would reopen",
                    "cited by the Kabar agency as saying",
                )
            ],
        ),
        # hearsay between the source and its cue
        (
            "Ivo Marek is understood to have told his counterpart that Moscow would veto it.",
            [("Ivo Marek", "indirect", "Moscow would veto it", "told")],
        ),
        (
            "Ivo Marek was reported to have warned that the port would close.",
            [("Ivo Marek", "indirect", "the port would close", "warned")],
        ),
        # the wire style with a bare weekday: "said Sunday (that)"
        (
            "Ivo Marek said Thursday that the port would reopen.",
            [("Ivo Marek", "indirect", "the port would reopen", "said")],
        ),
        (
            "Ivo Marek said Saturday night the port would reopen.",
            [("Ivo Marek", "indirect", "the port would reopen", "said")],
        ),
        (
            "Ivo Marek said Friday's vote was a mistake.",
            [("Ivo Marek", "indirect", "Friday's vote was a mistake", "said")],
        ),
    ],
)
def test_joint_speakers_and_time_phrases(text: str, expected: list[tuple]) -> None:
    q = run(text)
    got = [(r.speaker_surface, r.kind, r.text, r.cue) for r in q.itertuples()]
    assert got == expected
    assert len(set(q["quote_id"])) == len(q)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Pakistan's envoy called for a stronger response to terrorism, an apparent "
            "reference to India.",
            "a stronger response to terrorism",
        ),
        (
            "Xi said no country should seek hegemony, in a veiled swipe at Washington.",
            "no country should seek hegemony",
        ),
        ("He said the reference to India was unhelpful.", "the reference to India was unhelpful"),
    ],
)
def test_a_reporters_gloss_is_no_part_of_the_content(text: str, content: str) -> None:
    assert run(text).iloc[0].text == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name, then an appositive, then the cue: the content ends before the name
        (
            "Trade is settled in national currencies, Reza Tabari, deputy governor of the "
            "Central Bank of Iran (CBI) for international affairs, said on Sunday.",
            [("Reza Tabari", "indirect", "Trade is settled in national currencies", "said")],
        ),
        (
            "Trade is growing fast, Jo Roe, the bank's governor, said.",
            [("Jo Roe", "indirect", "Trade is growing fast", "said")],
        ),
        # ... and the head before an appositive name still ends the content
        (
            "The woman waited two years to sue, her lawyer, Ivo Marek, said.",
            [("Ivo Marek", "indirect", "The woman waited two years to sue", "said")],
        ),
        # a long phrase of when and where after an inverted cue is not the content
        (
            "The bloc should lead work on Eurasian security, Foreign Minister Ivan Sorin said "
            "on Tuesday following a meeting of the council of foreign ministers in the capital.",
            [
                (
                    "Ivan Sorin",
                    "indirect",
                    "The bloc should lead work on Eurasian security",
                    "said",
                )
            ],
        ),
    ],
)
def test_inverted_cue_after_an_appositive_or_a_time_phrase(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after an inverted source is about the source, not the content
        (
            "The talks were useful, said Ivo Marek, who heads the office.",
            [("Ivo Marek", "indirect", "The talks were useful", "said")],
        ),
        # ... while a verb after it goes on with the content
        (
            "One drawback, said Ivo Marek, was the cost of the line.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "One drawback, said Ivo Marek, was the cost of the line",
                    "said",
                )
            ],
        ),
    ],
)
def test_what_follows_an_inverted_source(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle closing a list of gerunds is an item, not an attribution
        (
            "The plan has aims, including building roads, expanding trade and promoting "
            "exchanges between universities.",
            [],
        ),
        # ... but a participle phrase after a clause still reports
        (
            "Ivo Marek met the press, thanking the hosts and saying the talks had gone well.",
            [("Ivo Marek", "indirect", "the talks had gone well", "saying")],
        ),
    ],
)
def test_a_gerund_closing_a_list_is_no_cue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title or an initial written with a full stop does not end the source after the cue
        (
            '"Rail freight is up," says Dr. Lena Ortiz, head of the port authority.',
            [("Lena Ortiz", "Dr. Lena Ortiz", "direct")],
        ),
        ('"We will wait," said Mr. Ortiz.', [("Ortiz", "Mr. Ortiz", "direct")]),
        (
            "The corridor will pay for itself, said Ivo T. Marek.",
            [("Ivo T. Marek", "Ivo T. Marek", "indirect")],
        ),
        # ... but an initial that ends the sentence ends the source
        (
            "The corridor will pay for itself, said Ivo Marek of Group B. The talks ended.",
            [("Ivo Marek", "Ivo Marek of Group B", "indirect")],
        ),
    ],
)
def test_inverted_source_goes_over_a_titles_full_stop(text, expected):
    q = run(text)
    assert [(r.speaker, r.speaker_surface, r.kind) for r in q.itertuples()] == expected
    for r in q.itertuples():
        assert text[r.speaker_start : r.speaker_end] == r.speaker_surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an idiom with "tell" is no statement
        ("Dushanbe tells a different story.", []),
        # a body with a possessive country and a relative clause before its cue
        (
            "Tajikistan's State Committee for National Security, which commands the border "
            "troops, said guards had fired on farmers.",
            [
                (
                    "Tajikistan's State Committee for National Security",
                    "indirect",
                    "guards had fired on farmers",
                    "said",
                )
            ],
        ),
        # "ever since", "repeatedly": when, not what was said
        ("It was a passivity that local politicians have criticized ever since.", []),
    ],
)
def test_idioms_bodies_with_relative_clauses_and_empty_contents(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal to say is no statement, however long
        (
            "Jo Roe said the talks went well, though he declined to confirm whether a meeting "
            "with the president was on the cards.",
            [("Jo Roe", "indirect", "the talks went well", "said")],
        ),
        # "demand" and "threaten" report only a that-clause or an infinitive
        ("Leaders demanded a bigger voice for developing countries.", []),
        (
            "They demanded that the fund be reformed.",
            [(None, "indirect", "the fund be reformed", "demanded")],
        ),
        ("The ministry threatened additional tariffs.", []),
        # "admit" a member
        ("The group admitted Indonesia last year and now has ten members.", []),
        (
            "The minister admitted Britain had made mistakes.",
            [(None, "indirect", "Britain had made mistakes", "admitted")],
        ),
        # a phrase holding "to VERB" is a clause, never the source of a later cue
        ("Dr Roe refused to discuss weekend newspaper reports that the party had paid.", []),
    ],
)
def test_refusals_demands_threats_and_members(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long listener before "that"
        (
            "Jo Roe on Tuesday told a meeting of the Shanghai Cooperation Organisation's (SCO) "
            "Regional Anti-Terrorist Structure (RATS) that the region could not be secure.",
            [("Jo Roe", "indirect", "the region could not be secure", "told")],
        ),
        # ... but a clause before a later "that" is the content itself
        (
            "Jo Roe told reporters he had agreed with the envoy in 2003 that she would stay.",
            [
                (
                    "Jo Roe",
                    "indirect",
                    "he had agreed with the envoy in 2003 that she would stay",
                    "told",
                )
            ],
        ),
        # "according to a statement" after an attributed quotation is its channel, no second row
        (
            "'We have lost many lives,' Mr Awan told the council, according to a statement "
            "issued by the interior ministry.",
            [("Awan", "direct", "We have lost many lives,", "told")],
        ),
        # ... and so is "according to X" after reported speech, with or without a fragment
        # quoted in it; the outlet is the source only when nobody speaks before it
        (
            "Ivo Marek told Jo Roe the two sides should be partners, according to the agency.",
            [("Ivo Marek", "indirect", "the two sides should be partners", "told")],
        ),
        (
            'Ivo Marek told Jo Roe the two sides should be "partners, not rivals", according '
            "to the agency.",
            [("Ivo Marek", "indirect", 'the two sides should be "partners, not rivals"', "told")],
        ),
        (
            "The two sides should be partners, according to the agency.",
            [(None, "indirect", "The two sides should be partners", "according to")],
        ),
        (
            "Trade grew in the year that the minister said was the hardest, according to the bank.",
            [
                (
                    None,
                    "indirect",
                    "Trade grew in the year that the minister said was the hardest",
                    "according to",
                )
            ],
        ),
    ],
)
def test_listeners_and_channels(text, expected):
    assert rows(text) == expected


def test_a_transcript_turn_runs_over_its_unlabelled_paragraphs():
    text = (
        "Ivo Marek: The meeting will open on Monday in the capital.\n\n"
        "ABC News: Could you share more details about the agenda?\n\n"
        "Ivo Marek: This year marks the tenth anniversary of the forum.\n\n"
        "We believe that the meeting will send a clear message of unity.\n\n"
        "ABC News: Will the ministers sign a statement?\n\n"
        "Ivo Marek: Please check back later for more information."
    )
    q = run(text)
    answer = q[q["text"].str.startswith("This year")]
    assert answer["text"].tolist() == [
        "This year marks the tenth anniversary of the forum.\n\n"
        "We believe that the meeting will send a clear message of unity."
    ]
    assert not q["cue"].eq("believe").any()  # nested in the turn, not a statement of "We"
    assert q["speaker_surface"].tolist().count("Ivo Marek") == 3


def test_journalists_questions_in_a_transcript_are_no_statements():
    text = (
        "Ivo Marek: The meeting will open on Monday in the capital.\n\n"
        "ABC News: The minister said last week that talks had stalled. Is that so?\n\n"
        "Ivo Marek: The talks are going well.\n\n"
        "Globe Wire: Will the ministers sign a statement?\n\n"
        "Ivo Marek: Please check back later for more information.\n\n"
        "Question (Daily Star): Lena Vos said the plan was dead. Do you agree?\n\n"
        "Ivo Marek: We do not comment on such remarks."
    )
    q = run(text)
    # the answers only: a question under a label named once ("Globe Wire") still ends the
    # turn before it, and what a question cites ("The minister said ...") is no statement
    assert q["text"].tolist() == [
        "The meeting will open on Monday in the capital.",
        "The talks are going well.",
        "Please check back later for more information.",
        "We do not comment on such remarks.",
    ]
    assert set(q["speaker"]) == {"Ivo Marek"}


def test_a_briefing_label_with_a_title_and_an_honorific_ends_at_the_next_question():
    text = (
        "Transcript of the Weekly Briefing by the Official Spokesperson\n\n"
        "Official Spokesperson, Shri Ravi Menon: Good afternoon, and thank you for joining.\n\n"
        "Question: Sir, will India sign the document in Moscow?\n\n"
        "Official Spokesperson: We have seen those remarks and will not respond to them."
    )
    q = run(text)
    assert q["speaker"].tolist() == ["Ravi Menon", "Ravi Menon"]
    assert q["text"].tolist() == [
        "Good afternoon, and thank you for joining.",
        "We have seen those remarks and will not respond to them.",
    ]
    assert q["speaker_role"].tolist() == ["Official Spokesperson"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "discussed" with a noun reports no content; with "how" or "whether" it does
        ("The meeting discussed drug trafficking and border security.", []),
        (
            "The ministers discussed how the bank could lend in local currencies.",
            [(None, "indirect", "how the bank could lend in local currencies", "discussed")],
        ),
        # a city in apposition to "the capital" is no source
        (
            "Ajit Rao, who led the delegation at the meeting in the Kyrgyz capital, Bishkek, "
            "said in his address that terrorism could not be justified.",
            [("Ajit Rao", "indirect", "terrorism could not be justified", "said")],
        ),
    ],
)
def test_discussions_and_capitals_in_apposition(text, expected):
    assert rows(text) == expected


def test_a_turn_opening_with_a_quotation_is_one_answer():
    text = (
        "RT: Will Indonesia move away from the dollar?\n\n"
        'Hendra Wibowo: "Move away" is the wrong phrase. We are diversifying our payments.\n\n'
        "RT: And the bank?\n\n"
        "Hendra Wibowo: We have started the process of joining the bank."
    )
    answers = run(text)
    answers = answers[answers["speaker_surface"] == "Hendra Wibowo"]
    assert answers["text"].tolist() == [
        '"Move away" is the wrong phrase. We are diversifying our payments.',
        "We have started the process of joining the bank.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside a relative clause takes no statement from the sentence around it
        (
            "Jo Roe also said Belarus supported an early decision on observer status for "
            "Mongolia, whose application the council agreed to consider again next year.",
            [
                (
                    "Jo Roe",
                    "indirect",
                    "Belarus supported an early decision on observer status for Mongolia",
                    "said",
                )
            ],
        ),
        # "Name, who ..., tells": the person before the relative clause
        (
            "Ana Rosen, who presents The Weakest Link, tells the magazine that she despaired.",
            [("Ana Rosen", "indirect", "she despaired", "tells")],
        ),
    ],
)
def test_relative_clauses_around_cues(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "called in" troops, "called off" talks, "called up" a player: no statement
        ("President Ivo Marek called in around 2,000 soldiers to help quell unrest.", []),
        ("The campaigners called off a demonstration planned for the weekend.", []),
        # a sum announced is no statement; a clause after the sum is
        ("Premier Li Wen announced 2 billion yuan in grants for member states.", []),
        (
            "Ana Hutt announced 264m for health services will be spent on waiting times.",
            [
                (
                    "Ana Hutt",
                    "indirect",
                    "264m for health services will be spent on waiting times",
                    "announced",
                )
            ],
        ),
    ],
)
def test_phrasal_calls_and_announced_sums(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader who "mentioned" an idea is mentioned, not quoted (the seed's Putin)
        ("President Ivo Marek merely mentioned the idea at the summit.", []),
        (
            "The minister mentioned that trade had grown.",
            [(None, "indirect", "trade had grown", "mentioned")],
        ),
        (
            "The owner mentions she might lay a new floor.",
            [(None, "indirect", "she might lay a new floor", "mentions")],
        ),
    ],
)
def test_mention_reports_only_a_clause(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that names a topic, a source cited or a thing praised reports nothing with a
        # noun phrase after it; with a clause it still does
        ("He pointed to the Middle Corridor as an example.", []),
        ("The diplomat spoke about the results of the year.", []),
        ("Kulan Roe thanked the hosts for their hospitality.", []),
        ("Both leaders hailed the accession as a milestone.", []),
        (
            "She added that trade had grown, citing a new payment link.",
            [
                (None, "indirect", "trade had grown", "added"),
            ],
        ),
        ("She was referring to the ruling of the tribunal.", []),
        (
            "Mr Vale talked about how he fell in love.",
            [("Vale", "indirect", "how he fell in love", "talked about")],
        ),
        (
            'The prime minister hailed his chancellor\'s "brilliant" performance.',
            [(None, "indirect", 'his chancellor\'s "brilliant" performance', "hailed")],
        ),
        (
            "The bank withdrew the loan, citing concerns that the project was unsafe.",
            [(None, "indirect", "concerns that the project was unsafe", "citing")],
        ),
    ],
)
def test_topic_and_citing_cues_report_only_a_clause(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state of mind joined inside the reported clause goes on with the clause's subject
        (
            "Jo Vale said Bangkok was open to the proposal but wanted clearer rules.",
            [
                (
                    "Jo Vale",
                    "indirect",
                    "Bangkok was open to the proposal but wanted clearer rules",
                    "said",
                )
            ],
        ),
        # a speech act joined there is the speaker's own second statement
        (
            "Jo Vale said the plan was late but defended the minister for his efforts.",
            [
                ("Jo Vale", "indirect", "the plan was late", "said"),
                ("Jo Vale", "indirect", "the minister for his efforts", "defended"),
            ],
        ),
        # a leading prepositional phrase is no subject of the participle that follows
        (
            "Leyla Huseynli spoke first. Among the areas where the country could help, Huseynli "
            "named energy, noting that the country already exports electricity.",
            [("Leyla Huseynli", "indirect", "the country already exports electricity", "noting")],
        ),
    ],
)
def test_joined_states_and_leading_phrases(text, expected):
    assert rows(text) == expected


def test_two_posts_before_the_name_and_a_role_subject_with_was():
    # "its vice-president and chief financial officer, NAME": both posts are hers, so "the
    # vice-president" is her; "The vice-president was unfazed" makes her the next "she"
    text = (
        "The bank aims to grow, according to its vice-president and chief financial officer, "
        "Lindiwe Mokoena-Dube. In an interview, Ms Mokoena-Dube said it works. Arun Vale, an "
        "economist, told this newspaper that costs were high.\n\nThe vice-president was "
        "unfazed. The bank, she said, was built for the long haul. Later, the vice-president "
        "said costs would fall."
    )
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(zip(quotes["speaker"], quotes["speaker_surface"], strict=True)) == [
        ("Lindiwe Mokoena-Dube", "Lindiwe Mokoena-Dube"),
        ("Lindiwe Mokoena-Dube", "Ms Mokoena-Dube"),
        ("Arun Vale", "Arun Vale"),
        ("Lindiwe Mokoena-Dube", "she"),
        ("Lindiwe Mokoena-Dube", "the vice-president"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after an unnamed source of unknown gender in the same paragraph is theirs
        (
            "Zhou Hong told guests the terminal would open. One freight forwarder, who did not "
            "want his company named, said tariffs were low. He warned that the junction could "
            "become a bottleneck.",
            [("Zhou Hong", "told"), (None, "said"), (None, "warned")],
        ),
        # in the next paragraph the pronoun goes back to the named person
        (
            "Zhou Hong told guests the terminal would open. One freight forwarder said tariffs "
            "were low.\n\nHe said the terminal would also serve Europe.",
            [("Zhou Hong", "told"), (None, "said"), ("Zhou Hong", "said")],
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_source_of_unknown_gender(text, expected):
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    speakers = quotes["speaker"].astype(object).where(quotes["speaker"].notna(), None)
    assert list(zip(speakers, quotes["cue"], strict=True)) == expected


def test_a_kin_appositive_gives_the_gender_for_the_next_pronoun():
    text = (
        'Sir Ivo Marsh said the men had been freed. "Their rights were abused."\n\n'
        "Azmat Roe, father of Tariq, thanked his lawyers for their support. He added: "
        '"If they have done wrong, they should be punished."'
    )
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    last = quotes.iloc[-1]
    assert (last["speaker"], last["speaker_surface"], last["kind"]) == ("Azmat Roe", "He", "direct")
    assert "thanked" not in set(quotes["cue"])  # "thanked his lawyers": no statement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation after a cue inside a parenthetical report belongs to the report
        (
            'Tariffs, the envoy said, had proved that "no market is safe from politics."',
            [
                (
                    None,
                    "indirect",
                    'Tariffs, the envoy said, had proved that "no market is safe from politics."',
                    "said",
                )
            ],
        ),
        (
            'Higher tariffs, Dana Ilyasova said, had shown that "old habits die hard."',
            [
                (
                    "Dana Ilyasova",
                    "indirect",
                    'Higher tariffs, Dana Ilyasova said, had shown that "old habits die hard."',
                    "said",
                )
            ],
        ),
        # ... but a relative clause between commas is no report, and the quotation is his
        (
            'The mayor, who argues the port is too small, said: "We need a second pier."',
            [
                (None, "indirect", "the port is too small", "argues"),
                (None, "direct", "We need a second pier.", "said"),
            ],
        ),
        # "concluded" with a noun phrase finishes talks; with a clause it reports one
        ("Kenya and Oman have concluded negotiations on a new shipping pact.", []),
        (
            "The audit concluded that the loans had been misused.",
            [(None, "indirect", "the loans had been misused", "concluded")],
        ),
        # an indefinite noun phrase after an inverted attribution sums up the report
        (
            "Mongolia and Laos signed a visa waiver, officials said on Tuesday, a step expected "
            "to double tourist flows.",
            [(None, "indirect", "Mongolia and Laos signed a visa waiver", "said")],
        ),
        (
            "After months of talks, the envoy said, a deal is within reach.",
            [
                (
                    None,
                    "indirect",
                    "After months of talks, the envoy said, a deal is within reach",
                    "said",
                )
            ],
        ),
    ],
)
def test_parenthetical_reports_and_appositives_after_them(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "surface"),
    [
        # a post holding "of/for" before the name, then "by saying"
        (
            "Kyrgyz Minister of Energy Talant Osmonov closed the forum by saying the dam would "
            "be finished in 2028.",
            "Talant Osmonov",
            "Kyrgyz Minister of Energy Talant Osmonov",
        ),
        # an organisation's name holding "of" is the subject, not the verb after it
        (
            "The Ministry of Agriculture responded by saying the harvest was safe.",
            "Ministry of Agriculture",
            "The Ministry of Agriculture",
        ),
        (
            "The Railway Authority replied by saying the line would reopen on Monday.",
            "Railway Authority",
            "The Railway Authority",
        ),
        # a chamber's long name, an acronym and a capitalised post before the person
        (
            "Karakoram Chamber of Commerce and Industry (KCCI) President Faisal Durrani welcomed "
            "the move but said that exporters needed faster refunds.",
            "Faisal Durrani",
            "Karakoram Chamber of Commerce and Industry (KCCI) President Faisal Durrani",
        ),
    ],
)
def test_subjects_with_posts_holding_of(text, speaker, surface):
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(zip(quotes["speaker"], quotes["speaker_surface"], strict=True)) == [
        (speaker, surface)
    ]


def test_one_spokesperson_answering_several_outlets_is_a_transcript():
    text = (
        "Daily Briefing of the Ministry, May 3\n\n"
        "Harbour Times: The summit opens next week. Can you give details?\n\n"
        "Spokesperson: Leaders will discuss trade and water. We expect a joint declaration.\n\n"
        "NTV: The neighbouring state said on Monday that its patrols were blocked at the "
        "pass. What is your response?\n\n"
        "Spokesperson: The claims do not match the facts. Our border posts work as usual.\n\n"
        "Evening Post: A senior senator said the talks would fail. Do you agree?\n\n"
        "Spokesperson: We remain confident in the talks and in their outcome."
    )
    quotes = run(text)
    # only the three answers; nothing the questions cite ("... said on Monday that ...")
    assert list(quotes["speaker_surface"]) == ["Spokesperson"] * 3
    assert [t.split()[0] for t in quotes["text"]] == ["Leaders", "The", "We"]
    assert not quotes["text"].str.contains("patrols|senator|Harbour").any()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Environmental groups welcomed the law but warned that shortages would grow.",
            "Environmental groups",
        ),
        ("Farming groups backed the plan but cautioned that prices could fall.", "Farming groups"),
    ],
)
def test_plural_bodies_as_sentence_subjects(text, surface):
    quotes = run(text)
    assert list(quotes["speaker_surface"]) == [surface]
    assert quotes["speaker"].isna().all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of three countries is three speakers, whatever opens the sentence
        (
            "Nepal, Bhutan and Sri Lanka said the corridor plan needed more study.",
            [("Nepal", "country"), ("Bhutan", "country"), ("Sri Lanka", "country")],
        ),
        (
            "On Friday, Nepal, Bhutan and Sri Lanka said the corridor plan needed more study.",
            [("Nepal", "country"), ("Bhutan", "country"), ("Sri Lanka", "country")],
        ),
        # ... with a comma before "and" too
        (
            "Nepal, Bhutan, and Sri Lanka said the corridor plan needed more study.",
            [("Nepal", "country"), ("Bhutan", "country"), ("Sri Lanka", "country")],
        ),
        # a place named in the clause before is no name of the list
        (
            "Delegates met in Thimphu, and Nepal said the corridor plan needed more study.",
            [("Nepal", "country")],
        ),
        # people "of/from" a list of bodies are unnamed, not the last body of the list
        (
            "Delegates of Mongolia, the Eurasian Economic Union (EAEU) and Laos on Monday said "
            "the talks had been useful.",
            [(None, "unnamed")],
        ),
        (
            "Water officials from Nepal, Bhutan and Sri Lanka on Thursday said floods were "
            "getting worse.",
            [(None, "unnamed")],
        ),
        # a post held for or at a body is a person, not the body; a spokesman speaks for it
        (
            "The bloc must act faster, Mongolia's special envoy for the SCO said on Monday.",
            [(None, "unnamed")],
        ),
        (
            "The bloc must act faster, Laos's ambassador to ASEAN said.",
            [(None, "unnamed")],
        ),
        (
            "The bloc must act faster, a spokesman for ASEAN said.",
            [("Association of Southeast Asian Nations", "organization")],
        ),
        # "agreeing to" is a decision, as "agreed to" is; "agreeing that" reports a clause
        ("The two leaders met in May, agreeing to double flights between the capitals.", []),
    ],
)
def test_listed_sources_posts_at_bodies_and_decisions(text, expected):
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    speakers = quotes["speaker"].astype(object).where(quotes["speaker"].notna(), None)
    assert list(zip(speakers, quotes["speaker_type"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet between the words of "quoted ... as saying" is no source
        (
            "Trade Minister Ulan Beks was quoted by the agency Kabar as saying that exports "
            "had doubled.",
            [
                (
                    "Ulan Beks",
                    "indirect",
                    "exports had doubled",
                    "quoted by the agency Kabar as saying",
                )
            ],
        ),
        (
            "Exports have doubled, Trade Minister Ulan Beks was quoted by Kabar as saying.",
            [("Ulan Beks", "indirect", "Exports have doubled", "quoted by Kabar as saying")],
        ),
        # ... nor the outlet after it, however long its name
        (
            "Exports to the bloc have doubled since the spring, Trade Minister Ulan Beks was "
            "quoted as saying by the state news agency Kabar.",
            [
                (
                    "Ulan Beks",
                    "indirect",
                    "Exports to the bloc have doubled since the spring",
                    "quoted as saying",
                )
            ],
        ),
        # an outlet quoting someone "as saying" still gives the statement to that person
        (
            "Kabar quoted Trade Minister Ulan Beks as saying that exports had doubled.",
            [("Ulan Beks", "indirect", "exports had doubled", "saying")],
        ),
    ],
)
def test_quoted_by_an_outlet_as_saying(text, expected):
    assert rows(text) == expected


def test_a_quotation_paragraph_goes_on_with_the_speaker_before_it():
    text = (
        '"Our patrols are ready," the commander, Timur Osh, said.\n\n'
        '"The threat has not gone away. Smugglers are changing their routes.\n\n'
        '"Nobody can fight them alone."\n\n'
        "'Not a quick fix'\n\n"
        "Analysts were less sure."
    )
    q = rows(text)
    assert [(s, k) for s, k, _, _ in q] == [("Timur Osh", "direct"), ("Timur Osh", "direct")]
    assert q[1][2].startswith("The threat has not gone away.")
    assert q[1][2].endswith("Nobody can fight them alone.")  # over both paragraphs
    # the quoted subheading is nobody's statement
    assert not any("quick fix" in t for _, _, t, _ in q)


@pytest.mark.parametrize(
    "text",
    [
        # "agree to" after two names and a comma is a decision, not a parenthetical report
        "President Ilyasova, Premier Tursun agree to expand energy, water ties.",
        # a cue word ending a list item is a noun; "and ..." after it is no content
        "The railways will share wagon pools, electronic consignment notes and the training of "
        "staff.",
    ],
)
def test_decisions_and_list_nouns_are_no_statements(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The statement read: "Both sides will open the border post in May."',
            [(None, "direct", "Both sides will open the border post in May.", "read")],
        ),
        (
            '"Both sides will open the border post in May," the joint communique reads.',
            [(None, "direct", "Both sides will open the border post in May,", "reads")],
        ),
        # "read" with no quotation next to it is no cue
        (
            "A diplomat said Ulaanbaatar knew how Moscow would read the move, after the row.",
            [
                (
                    None,
                    "indirect",
                    "Ulaanbaatar knew how Moscow would read the move, after the row",
                    "said",
                )
            ],
        ),
    ],
)
def test_a_document_reads_a_quotation(text, expected):
    assert rows(text) == expected


def test_a_participle_phrase_after_an_inverted_attribution_is_the_speakers():
    text = (
        "Mongolia will stay an observer, Foreign Minister Oyun Dash said on Thursday, ruling "
        "out a bid for full membership."
    )
    assert rows(text) == [
        ("Oyun Dash", "indirect", "Mongolia will stay an observer", "said"),
        ("Oyun Dash", "indirect", "a bid for full membership", "ruling out"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that attributes quotations only is no cue away from a quotation
        (
            "The talks continued for hours, the envoy said.",
            [(None, "indirect", "The talks continued for hours", "said")],
        ),
        # ... and next to one it is
        (
            '"We will open the pass," she continued. "Trucks are waiting."',
            [
                (
                    None,
                    "direct",
                    'We will open the pass," she continued. "Trucks are waiting.',
                    "continued",
                )
            ],
        ),
    ],
)
def test_quotation_only_verbs_need_a_quotation(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement made all the same: "was left to tell", "was quick to say"
        (
            "The envoy, Dana Ostrova, was left to tell reporters that the council works by "
            "consensus.",
            [("Dana Ostrova", "indirect", "the council works by consensus", "tell")],
        ),
        (
            "Marat Kenzhe was quick to say that the railway would open on time.",
            [("Marat Kenzhe", "indirect", "the railway would open on time", "say")],
        ),
        (
            "Mr Kenzhe was at pains to stress that no troops would cross the border.",
            [("Kenzhe", "indirect", "no troops would cross the border", "stress")],
        ),
        (
            "Mr Kenzhe was forced to admit that the tender had failed.",
            [("Kenzhe", "indirect", "the tender had failed", "admit")],
        ),
        # a statement still to come is none
        ("Mr Kenzhe is expected to say that the railway will open on time.", []),
        # the writer's contact clause inside the source: the source is before it
        (
            "Traders I spoke to in Osh and Jalal-Abad said privately that prices had doubled.",
            [(None, "indirect", "prices had doubled", "said")],
        ),
        (
            "Farmers we talked to said the canal had been dry for weeks.",
            [(None, "indirect", "the canal had been dry for weeks", "said")],
        ),
        # a participle cue inside the subject: nothing was said
        ("The opinions expressed are those of the contributors.", []),
        # but a relative "which X said was" is X's statement
        (
            "Police seized a ledger which Mr Kenzhe said was forged.",
            [("Kenzhe", "indirect", "was forged", "said")],
        ),
        # an opinion frame without its comma before a determiner
        (
            "Aliya Dosova was cautious. In her view the fund should lend more in local currencies.",
            [
                (
                    "Aliya Dosova",
                    "indirect",
                    "the fund should lend more in local currencies",
                    "In her view",
                )
            ],
        ),
    ],
)
def test_chained_infinitives_contact_clauses_and_participles(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attitude to a short noun phrase is no statement
        ("Mr Kenzhe acknowledged the concern.", []),
        ("Ivo Marek questioned the council's usefulness.", []),
        # ... a clause after the cue is one
        (
            "Mr Kenzhe acknowledged that the canal would cut flows downstream.",
            [("Kenzhe", "indirect", "the canal would cut flows downstream", "acknowledged")],
        ),
        (
            "Mr Kenzhe conceded the dam would not be ready.",
            [("Kenzhe", "indirect", "the dam would not be ready", "conceded")],
        ),
    ],
)
def test_an_attitude_to_a_noun_phrase_is_no_statement(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sees X as Y" reports a view, even after a list; "sees it differently" does not
        (
            "Ms Dosova sees the prospects for cooperation in trade, energy and tourism as very "
            "promising.",
            [
                (
                    "Dosova",
                    "indirect",
                    "the prospects for cooperation in trade, energy and tourism as very promising",
                    "sees",
                )
            ],
        ),
        ("Ms Dosova sees it differently.", []),
        ("Analysts see a regional angle.", []),
        # "expressed interest in ...": an attitude; "expressed concern that ...": a statement
        ("Mongolia expressed interest in using the corridor for its coal exports.", []),
        (
            "Some traders expressed concern that the new tariffs agreed by the union could "
            "hurt exports.",
            [
                (
                    None,
                    "indirect",
                    "concern that the new tariffs agreed by the union could hurt exports",
                    "expressed",
                )
            ],
        ),
    ],
)
def test_views_and_interests(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the speaker's inside the writer's own clause: no statement
        ('Clients now pay a premium for what one trader called "resilience".', []),
        # a new member after "added" is no statement; "added that ..." is one
        ("The bloc, which added Laos and Nepal in 2025, has grown.", []),
        (
            "Ms Dosova added that the Centre in Almaty, set up in 2022, could host the office.",
            [
                (
                    "Dosova",
                    "indirect",
                    "the Centre in Almaty, set up in 2022, could host the office",
                    "added",
                )
            ],
        ),
        # a cue form after a determiner and an adjective is a noun ...
        ("Ivo Marek struck a more cautious note at the forum.", []),
        ("The director presented the council's annual report to the leaders.", []),
        # ... unless a clause follows it, or it follows a plural pronoun
        (
            "Labour got into trouble over its central claim that the budget was short.",
            [(None, "indirect", "the budget was short", "claim")],
        ),
        (
            "But some note that the budget was short.",
            [(None, "indirect", "the budget was short", "note")],
        ),
        (
            "Some report that the budget was short.",
            [(None, "indirect", "the budget was short", "report")],
        ),
        (
            "But many claim that the budget was short.",
            [(None, "indirect", "the budget was short", "claim")],
        ),
    ],
)
def test_named_words_new_members_and_nouns_after_adjectives(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at least" opens a clause, not a place the words were said at
        (
            "A diplomat told the agency that at least two members remained cautious.",
            [(None, "indirect", "at least two members remained cautious", "told")],
        ),
        # a body's long capitalised name before "which ..., said"
        (
            "The Executive Committee of the Caspian Regional Anti-Smuggling Structure (CRAS), "
            "which sent observers to the meeting, said in a statement that smugglers were "
            "using drones.",
            [
                (
                    "Executive Committee of the Caspian Regional Anti-Smuggling Structure",
                    "indirect",
                    "smugglers were using drones",
                    "said",
                )
            ],
        ),
        # a person described by a relative clause with no comma before the cue
        (
            "A 45-year-old woman from Osh who has cleaned offices in Almaty since 2017 told the "
            "paper by phone that she had passed the exam.",
            [(None, "indirect", "she had passed the exam", "told")],
        ),
    ],
)
def test_clauses_opening_with_at_least_long_bodies_and_described_sources(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence naming the source of the one before
        (
            "Freight on the line grew by a third in May. This was announced by Transport "
            "Minister Ana Rakhim on Monday.",
            [
                (
                    "Ana Rakhim",
                    "indirect",
                    "Freight on the line grew by a third in May.",
                    "This was announced by",
                )
            ],
        ),
        # news-agency style: the lead paragraph, then its source with a titled name
        (
            "The railway has carried 48 million passengers since 2021. It has cut freight "
            "costs by half.\n\nThis was stated by Deputy Minister of Transport Mr. Vilay "
            "Phommachanh at a seminar in Vientiane.",
            [
                (
                    "Vilay Phommachanh",
                    "indirect",
                    "The railway has carried 48 million passengers since 2021. It has cut "
                    "freight costs by half.",
                    "This was stated by",
                )
            ],
        ),
        # "It was reported by X that ...": the content follows, no statement of the sentence
        # before
        ("Freight grew by a third in May. It was reported by the agency that it fell.", []),
    ],
)
def test_this_was_stated_by(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plural cue form after a past verb is its object
        "Finance ministers on Tuesday endorsed plans to settle more trade in local currencies.",
        "The annexation renewed fears along the eastern flank.",
    ],
)
def test_plural_cue_forms_after_a_past_verb_are_nouns(text):
    assert rows(text) == []


def test_the_writers_gloss_after_an_inverted_attribution_is_no_content():
    text = (
        "Laos and Nepal agreed on Tuesday to reopen two border crossings, the Lao foreign "
        "ministry said, in a sign that tensions were easing."
    )
    assert rows(text) == [
        (
            "Lao foreign ministry",
            "indirect",
            "Laos and Nepal agreed on Tuesday to reopen two border crossings",
            "said",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "In the words of X, ..." needs its comma: X may be a long post and a name
        (
            "In the words of the head of the SCO Regional Anti-Terrorist Structure, Ruslan "
            "Mirov, the drills would be a test of readiness.",
            [("Ruslan Mirov", "indirect", "the drills would be a test of readiness")],
        ),
        # a country's side is the subject of a coordinated cue after a cue with no statement
        (
            "The Lao side expressed gratitude to Nepal for its assistance in training personnel "
            "and noted that Vientiane is interested in joining the forum.",
            [("The Lao side", "indirect", "Vientiane is interested in joining the forum")],
        ),
    ],
)
def test_words_of_a_long_post_and_a_country_side_coordinated(text, expected):
    q = run(text)
    got = [(r.speaker_surface, r.kind, r.text) for r in q.itertuples()]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "issued a statement (on Monday) saying": the content starts after the participle
        (
            "The ministry issued a statement on Monday saying the talks had gone well.",
            [(None, "indirect", "the talks had gone well", "issued a statement")],
        ),
        (
            "The leaders issued a statement saying that the talks had gone well.",
            [(None, "indirect", "the talks had gone well", "issued a statement")],
        ),
        # a document before a participle speaks: the declaration, not the whole clause
        (
            "The ministers on Thursday adopted a joint declaration calling for fair trade.",
            [(None, "indirect", "fair trade", "calling for")],
        ),
        # a document after a preposition is a circumstance, not a source
        ("In a statement announcing the pick, the union praised the judge.", []),
    ],
)
def test_statements_and_documents(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_a_document_before_a_participle_is_the_source() -> None:
    q = run("The ministers on Thursday adopted a joint declaration calling for fair trade.")
    assert q["speaker_surface"].tolist() == ["a joint declaration"]


def test_the_writer_of_an_opinion_piece_is_its_first_person() -> None:
    text = (
        "The bloc has grown. I would argue that its problem is purpose, not size. As one "
        'diplomat put it to me, "I think we decide less."'
    )
    articles = pd.DataFrame(
        {"article_id": ["a1", "a2"], "text": [text, text], "author": ["Rahul Mehta", "Xinhua"]}
    )
    q = extract_quotes(articles, split_sentences(articles))
    assert_offsets_true(articles, q)
    mine = q[q["speaker_surface"] == "I"]
    assert mine["text"].tolist() == ["its problem is purpose, not size"] * 2
    # a person's byline names the writer; an agency's byline names nobody
    assert mine["speaker"].tolist()[0] == "Rahul Mehta"
    assert pd.isna(mine["speaker"].tolist()[1])
    assert mine["speaker_type"].tolist() == ["person", "unnamed"]
    # the "I" inside the quotation is the diplomat's, not the writer's
    assert set(q.loc[q["kind"] == "direct", "speaker_surface"]) == {"one diplomat"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thought joined with "that" to a verb and its object is the speaker's second act
        (
            "Jo Roe thanked the guests and expressed hope that the countries will sign a deal.",
            [("Jo Roe", "indirect", "the countries will sign a deal", "expressed hope")],
        ),
        # but a verb inside the infinitive of the first content is part of it
        (
            "Jo Roe called on the government to act and consider new sanctions.",
            [
                (
                    "Jo Roe",
                    "indirect",
                    "the government to act and consider new sanctions",
                    "called on",
                )
            ],
        ),
        # and a participle with no clause is no statement
        (
            "Jo Roe rejected the plan and considered the only option.",
            [("Jo Roe", "indirect", "the plan and considered the only option", "rejected")],
        ),
    ],
)
def test_a_thought_joined_to_an_object_verb(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph quoted with dashes, the Russian way, with its attribution after a dash
        (
            "Tokayev spoke.\n\n- Our countries can build new trade routes. The corridor works, "
            "- Tokayev emphasized.",
            [
                (
                    "Tokayev",
                    "direct",
                    "Our countries can build new trade routes. The corridor works,",
                    "emphasized",
                )
            ],
        ),
        (
            "Putin spoke.\n\n– We will certainly continue this work together, – said Putin.",
            [("Putin", "direct", "We will certainly continue this work together,", "said")],
        ),
        # a bulleted list is no quotation
        ("Priorities:\n- Trade and investment growth in the region, - energy.\n- Transport.", []),
    ],
)
def test_dash_quoted_paragraphs(text: str, expected: list[tuple]) -> None:
    got = [(s if s is None else s.split()[-1], *rest) for s, *rest in rows(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb not in the past after a past cue goes on with the content's own subject
        (
            "It said Kabul must act and deny space to such groups.",
            [(None, "indirect", "Kabul must act and deny space to such groups", "said")],
        ),
        (
            "Ivo Marek said the plant would supply rolling stock and signalling equipment.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "the plant would supply rolling stock and signalling equipment",
                    "said",
                )
            ],
        ),
        (
            "Lena Park said the ministries were assessing the plan and would report to the "
            "government.",
            [
                (
                    "Lena Park",
                    "indirect",
                    "the ministries were assessing the plan and would report to the government",
                    "said",
                )
            ],
        ),
        # a second past cue is the speaker's second statement
        (
            "Lena Park said the plan was bad and added that it was costly.",
            [
                ("Lena Park", "indirect", "the plan was bad", "said"),
                ("Lena Park", "indirect", "it was costly", "added"),
            ],
        ),
    ],
)
def test_a_coordinated_cue_agrees_in_tense_with_the_first(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun phrase about the idea, not a source
        "Ivo Marek floated an Asian fund, an idea first proposed during the 1997 crisis.",
        "Ivo Marek floated an Asian fund, a plan suggested in 1997.",
        # a courtesy passed on says nothing
        "Ivo Marek asked the minister to convey his warm greetings to President Lena Park.",
    ],
)
def test_reduced_relatives_and_courtesies_are_no_statements(text: str) -> None:
    assert rows(text) == []


def test_a_relative_clause_verb_after_a_quote_is_not_its_cue() -> None:
    q = run('"We are taking on big debts," one official, who asked not to be named, told Reuters.')
    assert (q.iloc[0].speaker_surface, q.iloc[0].cue) == ("one official", "told")
    assert q.iloc[0].text == "We are taking on big debts,"


def test_a_shared_role_goes_to_the_subject_who_met_the_other() -> None:
    q = run(
        "President Ivo Marek held talks with President of Ruritania Lena Park in Astana. "
        "The Head of State noted that relations had reached a new level."
    )
    assert q[["speaker", "speaker_surface"]].values.tolist() == [["Ivo Marek", "The Head of State"]]


@pytest.mark.parametrize(
    "country", ["the Republic of Korea", "the Islamic Republic of Iran", "Malaysia"]
)
def test_an_ambassador_of_a_long_country_name_to_another_is_named(country: str) -> None:
    text = (
        f"The Secretary-General met Ambassador of {country} to China Ivo Marek. The Ambassador "
        "noted that ties were strong."
    )
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q[["speaker", "speaker_surface"]].values.tolist() == [["Ivo Marek", "The Ambassador"]]


def test_a_live_blog_label_after_a_time_stamp_takes_its_quotation() -> None:
    text = (
        "14:05 — The summit opens.\n\n"
        "14:20 — Marek: “Terrorism is the most serious threat we face.” The prime minister "
        "said there could be no double standards."
    )
    got = [(r.speaker_surface, r.cue, r.kind, r.text) for r in run(text).itertuples()]
    assert got == [
        ("Marek", ":", "direct", "Terrorism is the most serious threat we face."),
        ("The prime minister", "said", "indirect", "there could be no double standards"),
    ]


@pytest.mark.parametrize(
    "dateline", ["BISHKEK, 24.kg - ", "BISHKEK (24.kg) - ", "TASHKENT, Kun.uz — "]
)
def test_a_news_site_in_the_dateline_is_no_part_of_the_content(dateline: str) -> None:
    q = run(f"{dateline}Kyrgyzstan will host the meeting in October, the ministry said.")
    assert q.text.tolist() == ["Kyrgyzstan will host the meeting in October"]


def test_a_month_before_an_appositive_names_no_body() -> None:
    text = (
        "Kyrgyzstan will host a meeting in October, the press service of the Cabinet informs. "
        "According to the press service, Ivo Marek discussed the event."
    )
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert "October" not in q["speaker"].astype(str).tolist()
    assert q.iloc[1].speaker_type == "organization"


def test_an_anonymous_source_with_its_own_relative_clause_is_the_noun_phrase() -> None:
    text = (
        "A senior executive at an Indian state-run bank that handles rupee payments for Russian "
        "clients, who asked not to be named, said transaction times had fallen."
    )
    got = [(r.speaker_surface, r.speaker_type, r.text) for r in run(text).itertuples()]
    assert got == [
        (
            "A senior executive at an Indian state-run bank",
            "unnamed",
            "transaction times had fallen",
        )
    ]


@pytest.mark.parametrize("when", ["in an interview this week", "last month", "on Monday"])
def test_told_a_listener_and_when_after_the_content_is_inverted(when: str) -> None:
    text = (
        "The bank expects to raise local loans to 30 percent by 2026, Lena Park, the bank's "
        f"vice-president, told CGTN {when}."
    )
    got = [(r.speaker, r.cue, r.text) for r in run(text).itertuples()]
    assert got == [
        ("Lena Park", "told", "The bank expects to raise local loans to 30 percent by 2026")
    ]


def test_a_name_before_a_long_body_name_is_the_source() -> None:
    text = (
        "Maritime law expert Ivo Marek of the University of the Philippines Institute for "
        "Maritime Affairs and Law of the Sea said any code must be consistent."
    )
    q = run(text)
    assert q.speaker_surface.tolist() == [text[: text.index(" said")]]
    assert q.text.tolist() == ["any code must be consistent"]


def test_the_guest_is_the_person_the_host_received() -> None:
    text = (
        "President Ivo Marek received a delegation headed by its vice-president Lena Park, who "
        "arrived on a working visit. The head of state noted that ties were growing. The guest "
        "said that gas deliveries would rise."
    )
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q[["speaker", "speaker_surface"]].values.tolist() == [
        ["Ivo Marek", "The head of state"],
        ["Lena Park", "The guest"],
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lena Park said at a news conference in Astana, Kazakhstan, that the bloc would grow.",
            "the bloc would grow",
        ),
        (
            "Lena Park said in Astana, after talks with the minister, that the bloc would grow.",
            "the bloc would grow",
        ),
    ],
)
def test_an_aside_between_the_cue_and_that_is_no_content(text: str, content: str) -> None:
    assert [(r.speaker, r.text) for r in run(text).itertuples()] == [("Lena Park", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun phrase a restrictive "who" describes is an unnamed source
        (
            "The firm refused to pay an architect who said he was never paid for the design.",
            [("an architect", "said", "he was never paid for the design")],
        ),
        (
            "The mayor met the local farmers who say the drought has ruined the crops.",
            [("the local farmers", "say", "the drought has ruined the crops")],
        ),
        (
            "The rules were attacked by some senior police officers who fear they could make "
            "things worse.",
            [("some senior police officers", "fear", "they could make things worse")],
        ),
        # no clause after the cue: a name given, a question asked, a wish
        ("The film is by the man who calls himself Salam Pax, a blogger.", []),
        ("He cut off a reporter who asked about the finances of the campaign.", []),
        ("The rules help migrants who want to work in the region find jobs.", []),
        # no source noun before "who"
        ("She is the one who said the plan would fail.", []),
    ],
)
def test_restrictive_who_clause(text: str, expected: list[tuple]) -> None:
    q = run(text)
    assert [(r.speaker_surface, r.cue, r.text) for r in q.itertuples()] == expected
    assert q.speaker.isna().all() and (q.speaker_type == "unnamed").all()


def test_a_transcript_turn_inside_quote_marks_leaves_the_closing_mark_out() -> None:
    text = (
        '"WALLACE: Let us start with the news of the day and the debate."\n\n'
        '"PENCE: Well, I think that is a distraction from the real issues."'
    )
    assert [r[1:] for r in rows(text)] == [
        ("direct", "Let us start with the news of the day and the debate.", ":"),
        ("direct", "Well, I think that is a distraction from the real issues.", ":"),
    ]


def test_a_name_before_a_restrictive_who_is_the_source() -> None:
    text = "Critics included the actor Ivo Marek who said the whole show was demeaning."
    assert rows(text) == [("Ivo Marek", "indirect", "the whole show was demeaning", "said")]
    # a body's name after "the" is no person
    text = "Lena Park, a clerk at the State Department who said the files were lost, left."
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Microsoft said it would release a patch next week.", "Microsoft"),
        ("Labour said the plan would cost too much.", "Labour"),
        ("The Democrats said the bill would pass this year.", "Democrats"),
    ],
)
def test_a_one_word_body_name_is_an_organisation(text: str, speaker: str) -> None:
    q = run(text)
    assert q[["speaker", "speaker_type"]].values.tolist() == [[speaker, "organization"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of speaking before a colon or "that"
        (
            "Foreign Minister Ivo Marek was blunt: the bloc cannot wait any longer.",
            [("Ivo Marek", "indirect", "the bloc cannot wait any longer", "blunt")],
        ),
        (
            "Ivo Marek was emphatic that the corridor will open next year.",
            [("Ivo Marek", "indirect", "the corridor will open next year", "emphatic")],
        ),
        # a feeling before a colon is narration
        ("Ivo Marek was happy: the team had won the final.", []),
        # a statement noun with its audience before the copula and colon
        (
            "Ivo Marek's message to investors was clear: the corridor will open next year.",
            [("Ivo Marek", "indirect", "the corridor will open next year", "message")],
        ),
    ],
)
def test_adjectives_and_nouns_before_a_colon(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The two leaders - Ivo Marek and Jo Roe - said the talks had gone well.",
            ["Ivo Marek", "Jo Roe"],
        ),
        ("The minister – Ivo Marek – said the talks had gone well.", ["Ivo Marek"]),
        # titles between dashes after a noun that names no people
        (
            "The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - said "
            "nothing new.",
            [],
        ),
        # a description between the dashes: the name before them speaks
        ("Jo Kall -- co-editor of a book on the debates -- said the format works.", ["Jo Kall"]),
    ],
)
def test_names_between_dashes_after_a_description_speak(text: str, speakers: list[str]) -> None:
    assert run(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the latest attack on the convoy.",
        "Nobody has said the plan would fail before the summit.",
        "None of the ministers said the plan would fail before the summit.",
    ],
)
def test_nobody_is_no_source(text: str) -> None:
    assert rows(text) == []


def test_a_speaker_whose_words_an_outlet_carried_keeps_them() -> None:
    text = (
        "Ivo Marek met Jo Roe on Sunday. Marek, according to state media, told Roe that the two "
        "countries should come together."
    )
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q[["speaker", "cue", "text"]].values.tolist() == [
        ["Ivo Marek", "told", "the two countries should come together"]
    ]


def test_a_number_with_a_comma_does_not_end_a_relative_clause_statement() -> None:
    text = "The scheme, which they claimed would cost 300,000 pounds, was scrapped."
    assert rows(text) == [(None, "indirect", "would cost 300,000 pounds", "claimed")]


@pytest.mark.parametrize(
    "text",
    [
        # a participle after "own" or a plural possessive is an adjective, not a cue
        "These figures, based on the two parties' own detailed studies, will be battered.",
        "These figures, based on the two parties' detailed studies, will be battered.",
        "These figures, based on the two parties’ detailed studies, will be battered.",
        # adverbs alone are no source: the clause's subject is not written there
        "Labour has a figure of savings so, understandably perhaps, believe Mr Howard must cut.",
    ],
)
def test_no_statement_without_a_source_or_a_verb_cue(text: str) -> None:
    assert rows(text) == []


def test_a_participle_cue_after_a_plural_subject_stays_a_cue() -> None:
    assert rows("The ministers detailed their plans on Monday.") == [
        (None, "indirect", "their plans on Monday", "detailed")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a connective before the subject: the subject is the next "He"
        ('Jo Roe left early. But Ivo Marek stayed on. He said: "I like it here."', "Ivo Marek"),
        (
            "Jo Roe left early. However, MPC member Ivo Marek stayed. He said he liked it.",
            "Ivo Marek",
        ),
        # a person named in the clause that a trailing "he added" reports is not the "he"
        (
            "Ivo Marek said the campaign would start soon. But Mr Blair had been hurt by the war, "
            "he added.",
            "Ivo Marek",
        ),
        (
            "Ivo Marek said the campaign would start. Tony Blair would lead the campaign, he said.",
            "Ivo Marek",
        ),
        # with no earlier speaker, the subject of the sentence before, not its object
        (
            'Ana Roe won an Oscar for playing a boxer in Million Dollar Baby. "I am lucky," she '
            "told the audience.",
            "Ana Roe",
        ),
    ],
)
def test_pronoun_after_connectives_and_trailing_cues(text: str, speaker: str) -> None:
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q["speaker"].iloc[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no person is named: "One Starbucks" is not one
        (
            'So what lies between them? One Starbucks, one Rymans and one cafe. "Welcome," he '
            "said.",
            None,
        ),
        ('Two Percy Montgomery tries won it. "Great day," he said.', "Percy Montgomery"),
    ],
)
def test_a_number_word_opens_no_name(text: str, speaker: str | None) -> None:
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    got = [s if pd.notna(s) else None for s in q["speaker"]]
    assert got == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "He went on to tear into the Tory plans to scrap the New Deal scheme.",
        "The row over extravagant Tory promises on policing went on.",
        "People were sceptical about Labour and Conservative promises on tax.",
    ],
)
def test_a_party_adjective_makes_the_cue_form_a_noun(text: str) -> None:
    assert rows(text) == []


def test_a_party_named_as_a_body_still_speaks() -> None:
    assert [r[1:] for r in rows("Labour claims that the scheme failed.")] == [
        ("indirect", "the scheme failed", "claims")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a (US) government report" is a noun phrase: its verb is the cue
        (
            "A government report showed supplies were rising.",
            [(None, "indirect", "supplies were rising", "showed")],
        ),
        ("Prices rose despite a US government report that showed supplies were rising.", []),
        # but a plural subject after a sentence-opening "The" speaks
        (
            "The pair claim they are being punished.",
            [(None, "indirect", "they are being punished", "claim")],
        ),
        (
            "Singapore's economy grew by 8.1% in 2004, figures from the trade ministry show.",
            [(None, "indirect", "Singapore's economy grew by 8.1% in 2004", "show")],
        ),
    ],
)
def test_a_noun_form_after_a_determiner_and_a_noun(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_participle_with_only_a_date_after_it_is_no_statement() -> None:
    text = "Sprint will spend $1bn as part of $3bn in multi-year contracts announced on Monday."
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halifax said house prices rose by 0.8% and Nationwide reported a rise of 0.4%.",
            [("Halifax", "house prices rose by 0.8%"), ("Nationwide", "a rise of 0.4%")],
        ),
        (
            "Jo Roe said trade grew and Ivo Marek added that investment rose.",
            [("Jo Roe", "trade grew"), ("Ivo Marek", "investment rose")],
        ),
        # "and" inside a body's name joins no clauses
        (
            "A study conducted by the Center for Media and Public Affairs found that rates rose.",
            [("A study conducted by the Center for Media and Public Affairs", "rates rose")],
        ),
    ],
)
def test_the_subject_of_a_second_clause_after_and_is_its_source(text: str, expected: list) -> None:
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert list(zip(q["speaker_surface"], q["text"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a comma left out before the subject: the quantified plural is the source
        (
            "Though few will be surprised by the announcement many analysts said it was wise.",
            "many analysts",
        ),
        # after a preposition it belongs to the phrase before
        ("The chief executives of many big companies said it was wise.", None),
        ("Officials from some member states said it was wise.", None),
        # only people: "use several passwords" is the object of a verb
        ("Those who use several passwords often write them down.", ""),
    ],
)
def test_a_quantified_plural_after_a_noun_opens_the_source(text: str, surface: str | None) -> None:
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    if surface == "":
        assert q.empty
    else:
        assert list(q["speaker_surface"]) == [surface or text.split(" said")[0]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei "
            "Lavrov. Lavrov said ties were good. His Chinese counterpart added that Beijing "
            "supports Kazakhstan.",
            "Wang Yi",
        ),
        (
            "Kazakh President Jo Roe met Uzbek President Ivo Marek. Roe said trade grew. His "
            "Uzbek counterpart said water was the priority.",
            "Ivo Marek",
        ),
    ],
)
def test_a_counterpart_of_a_country_is_whoever_holds_its_post(text: str, speaker: str) -> None:
    q = analyze(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert q["speaker"].iloc[-1] == speaker
    assert q["speaker_surface"].iloc[-1].startswith("His ")
