"""Wire-agency and press-release patterns: inverted sources, opinion phrases, adverbials."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.sources import _PARTICIPLE_LEAD

from .conftest import assert_offsets_true


def statements(text: str) -> list[tuple]:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    q = corpus.quotes
    return [
        (None if pd.isna(s) else s, k, t)
        for s, k, t in zip(q["speaker"], q["kind"], q["text"], strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The drills will last a week, according to a defence ministry statement.", "organization"),
        ("The bank lent more, according to the bank's 2024 annual report.", "organization"),
        ("Prices rose, according to a recent study.", "unnamed"),
    ],
)
def test_a_bodys_document_speaks_for_a_body(text: str, kind: str) -> None:
    assert [r["speaker_type"] for r in quotes_of(text)] == [kind]


def quotes_of(text: str) -> list[dict]:
    """Every quote row as a dict; offsets checked."""
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    return corpus.quotes.to_dict("records")


INTRO = "The bloc's secretary-general, Lin Tao, arrived in Hanoi on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # content before an inverted source that told an agency something
        (
            "The bloc is open to deeper ties with its neighbours, Secretary-General Lin Tao "
            "told the agency in an interview on Monday.",
            [("Lin Tao", "indirect", "The bloc is open to deeper ties with its neighbours")],
        ),
        # an opinion phrase opens the statement
        (
            INTRO + "In his opinion, new members make the bloc stronger.",
            [("Lin Tao", "indirect", "new members make the bloc stronger")],
        ),
        (
            INTRO + "In the secretary-general's view, the talks were useful.",
            [("Lin Tao", "indirect", "the talks were useful")],
        ),
        # an adverbial between the cue and "that"
        (
            "The secretary-general of the bloc, Lin Tao, said on Tuesday that the bloc regards "
            "its neighbours as natural partners.",
            [("Lin Tao", "indirect", "the bloc regards its neighbours as natural partners")],
        ),
        # a sentence-final inverted source owns the whole clause; a person inside it is only
        # mentioned
        (
            INTRO + "President Ivo Marek proposed the plan at the summit in 2024, the "
            "secretary-general recalled.",
            [
                (
                    "Lin Tao",
                    "indirect",
                    "President Ivo Marek proposed the plan at the summit in 2024",
                )
            ],
        ),
        # an outlet credited after an inverted attribution is no second statement
        (
            "Trade grew by a fifth last year, Deputy Minister Ivo Marek said at the forum, "
            "Trend reports.",
            [("Ivo Marek", "indirect", "Trade grew by a fifth last year")],
        ),
        # a company after a country's possessive is the company, not the government
        (
            "Russia's Sibneftegaz said it would raise exports to Asia.",
            [("Sibneftegaz", "indirect", "it would raise exports to Asia")],
        ),
        # a rank before the name keeps the post its appositive names: "the director"
        (
            "The Director of the Executive Committee of the RATS, Major General Ivo Marek, "
            "spoke on Monday. According to the director, the borders are calm.",
            [("Ivo Marek", "indirect", "the borders are calm")],
        ),
        # a second post after "and a former ...": the first is the person's post
        (
            "Lin Tao, Secretary-General of the Conference on Interaction and Confidence "
            "Building Measures in Asia (CICA) and a former ambassador to Malaysia and "
            "Indonesia, spoke to us. The secretary-general stressed that talks would go on.",
            [("Lin Tao", "indirect", "talks would go on")],
        ),
        # a title with two complements ("of X to Y") inside an appositive: the person speaks
        (
            "The dean of the ASEAN diplomatic corps, Ambassador of Malaysia to Kazakhstan Mohd "
            "Faizal Abdullah, in turn, said Kuala Lumpur supported the plan.",
            [("Mohd Faizal Abdullah", "indirect", "Kuala Lumpur supported the plan")],
        ),
        # ... but a constituency ending "and Wood Green" is no name
        (
            "Ms Lin Roche, Labour MP for Hornsey and Wood Green, believes migration helps.",
            [("Lin Roche", "indirect", "migration helps")],
        ),
        # "the Cambodian side was headed by NAME": "the Cambodian diplomat" is that person
        (
            "The Indonesian delegation was led by Ivo Marek, a director general at the "
            "ministry, while the Cambodian side was headed by Lin Sopheap, a secretary of "
            "state. The Cambodian diplomat said rice exports were growing.",
            [("Lin Sopheap", "indirect", "rice exports were growing")],
        ),
        # "He" opening a paragraph is the analyst of the paragraph before, not a leader
        # named there who never speaks
        (
            "Lin Tao is an analyst.\n\nIn Lin Tao's view, the bloc can absorb dissent. Prime "
            "Minister Narendra Modi skipped the summit in 2024.\n\nHe cautioned, however, that "
            "the bloc's credibility would erode.",
            [
                ("Lin Tao", "indirect", "the bloc can absorb dissent"),
                ("Lin Tao", "indirect", "the bloc's credibility would erode"),
            ],
        ),
        # ... and someone the lexicon does not know, introduced at the end of the speaker's
        # paragraph, is whom the next paragraph's pronoun means
        (
            '"The band is great," Jo Pike said. Producer Alison Howe booked the group.\n\n'
            '"They played like stars," she said.',
            [
                ("Jo Pike", "direct", "The band is great,"),
                ("Alison Howe", "direct", "They played like stars,"),
            ],
        ),
        # ... while a new subject in the pronoun's own paragraph is still its referent
        (
            "In Lin Tao's view, the bloc can absorb dissent.\n\nPrime Minister Ivo Marek "
            "skipped the summit in 2024. He said the trip was too long.",
            [
                ("Lin Tao", "indirect", "the bloc can absorb dissent"),
                ("Ivo Marek", "indirect", "the trip was too long"),
            ],
        ),
        # ranks written short without full stops are no part of the name
        (
            "Pol Brig Gen Kyaw Zin Oo of Myanmar's Central Committee for Drug Abuse Control "
            "acknowledged that the border was porous.",
            [("Kyaw Zin Oo", "indirect", "the border was porous")],
        ),
        (
            "Vietnam's delegation was led by Maj Gen Tran Duc Hoang. According to Maj Gen "
            "Hoang, most precursors were imported.",
            [("Tran Duc Hoang", "indirect", "most precursors were imported")],
        ),
        (
            "Captain First Rank Dmitry Zolotarev, commander of the naval group, said the drills "
            "were planned. The commander added that ships would return in May.",
            [
                ("Dmitry Zolotarev", "indirect", "the drills were planned"),
                ("Dmitry Zolotarev", "indirect", "ships would return in May"),
            ],
        ),
        # "has long said", "has since said": the capital still speaks for its country
        (
            "Moscow has long said that the pipeline is vital. Tashkent has since said that it "
            "will build the dam.",
            [
                ("Russia", "indirect", "the pipeline is vital"),
                ("Uzbekistan", "indirect", "it will build the dam"),
            ],
        ),
        # a quoted title after "titled" is no quotation, and an opening participle phrase
        # with a second part after a comma holds no source
        (
            INTRO + "Addressing a seminar titled 'Connecting Eurasia: the SCO and the Sea', "
            "organised by the Institute of Strategic Studies Islamabad, the secretary-general "
            "said the port offered the shortest route.",
            [("Lin Tao", "indirect", "the port offered the shortest route")],
        ),
        (
            'The summit, held under the theme "Strengthening Multilateralism for Just Global '
            'Development", ended on Friday.',
            [],
        ),
        # a portfolio listed with commas before the name; "the minister" is that person, and
        # an opening "Asked about X's proposal, which ..., " holds no source
        (
            "Federal Minister for Planning, Development and Special Initiatives Ivo Marek "
            "arrived on Tuesday. Asked about Jo Roe’s plan, which Indonesia joined in January, "
            "the minister said it would pass.",
            [("Ivo Marek", "indirect", "it would pass")],
        ),
        # unnamed people: "an executive at ...", "people familiar with Brazil's thinking"
        (
            "An executive at a Vietnamese power company said the talks were slow.",
            [(None, "indirect", "the talks were slow")],
        ),
        (
            "People familiar with Brazil's thinking said the country would block the bid.",
            [(None, "indirect", "the country would block the bid")],
        ),
        # a ministry named with "and": no person "Urban Development"
        (
            "According to Iran's Ministry of Roads and Urban Development, the corridor will "
            "open in 2027.",
            [
                (
                    "Iran's Ministry of Roads and Urban Development",
                    "indirect",
                    "the corridor will open in 2027",
                )
            ],
        ),
        # "..., with X warning that B": X's own statement, not part of the one before
        (
            "Jo Roe said the talks had gone well, with Foreign Minister Ivo Marek warning that "
            "terrorism remained the main threat.",
            [
                ("Jo Roe", "indirect", "the talks had gone well"),
                ("Ivo Marek", "indirect", "terrorism remained the main threat"),
            ],
        ),
        # a post described after the person who opens the sentence (after a dateline), with a
        # long body and a two-word acronym; "the director" is that person from then on
        (
            "TASHKENT — Ivo Marek has spent his career in the security services, but the "
            "executive director of the Regional Anti-Terrorist Structure of the Shanghai "
            "Cooperation Organisation (SCO RATS) says the threat has changed. The director "
            "considers the border the main risk.",
            [
                ("Ivo Marek", "indirect", "the threat has changed"),
                ("Ivo Marek", "indirect", "the border the main risk"),
            ],
        ),
        # an anonymous source may be described at length
        (
            "A member of one of the Central Asian delegations, who asked not to be named, told "
            "AKIpress that the talks were tense.",
            [(None, "indirect", "the talks were tense")],
        ),
        # "a senior diplomat said ... The diplomat, NAME, told": the source named next
        (
            "Trade will grow, a senior Iranian diplomat said on Tuesday. The diplomat, Ivo "
            "Marek, who serves as coordinator, told the paper that the corridor was vital.",
            [
                ("Ivo Marek", "indirect", "Trade will grow"),
                ("Ivo Marek", "indirect", "the corridor was vital"),
            ],
        ),
        # ... but an unnamed source stays unnamed when nobody is introduced that way
        (
            "Trade will grow, a senior Iranian diplomat said. Ivo Marek, a diplomat, arrived.",
            [(None, "indirect", "Trade will grow")],
        ),
        # ", a position Russia has openly supported": a noun phrase, no attribution of its own
        (
            "Iranian officials have argued that payments should be settled in national "
            "currencies, a position Russia has openly supported.",
            [(None, "indirect", "payments should be settled in national currencies")],
        ),
        # a portfolio listed with commas and a country before the name is the person's post
        (
            "Deputy Minister of Investment, Industry and Trade of Uzbekistan Ivo Marek arrived. "
            "The deputy minister said trade grew.",
            [("Ivo Marek", "indirect", "trade grew")],
        ),
        # a wire lead names the post, the next sentence only the name: that person holds it
        (
            "Tehran, IRNA -- Iran's deputy minister of industry, mine and trade said on Sunday "
            "that tariffs had fallen. Speaking at a forum, Ivo Marek said exports would grow. "
            "Marek spoke for an hour. The deputy minister noted that trade had doubled.",
            [
                ("Ivo Marek", "indirect", "tariffs had fallen"),
                ("Ivo Marek", "indirect", "exports would grow"),
                ("Ivo Marek", "indirect", "trade had doubled"),
            ],
        ),
        # a dateline closed by a single dash before an appositive post
        (
            "MOSCOW (Sputnik) - The head of the Executive Committee of the Regional "
            "Anti-Terrorist Structure (RATS), Ivo Marek, said that the centre would open. The "
            "RATS chief said that talks went well.",
            [
                ("Ivo Marek", "indirect", "the centre would open"),
                ("Ivo Marek", "indirect", "talks went well"),
            ],
        ),
        # name particles joined by a hyphen ("al-Dosari") and religious titles ("Mawlawi")
        (
            "Hessa al-Dosari, a senior fellow at the Gulf Center, told the paper that the "
            "kingdom agrees. Al-Dosari noted that trade grew.",
            [
                ("Hessa al-Dosari", "indirect", "the kingdom agrees"),
                ("Hessa al-Dosari", "indirect", "trade grew"),
            ],
        ),
        (
            "Mawlawi Abdul Basir Haqyar said the border would reopen.",
            [("Abdul Basir Haqyar", "indirect", "the border would reopen")],
        ),
        # "A, and, according to him, B": B is what he says
        (
            INTRO + "The two secretariats signed a memorandum in 2005, and, according to him, "
            "the document still provides a sound basis.",
            [("Lin Tao", "indirect", "the document still provides a sound basis")],
        ),
        # "the Kazakh diplomat" is the organisation's official, not the president of Kazakhstan
        (
            "Ivo Marek, the organisation's deputy secretary-general, met President Kassym-Jomart "
            "Tokayev. The Kazakh diplomat added that a workshop would follow.",
            [("Ivo Marek", "indirect", "a workshop would follow")],
        ),
        (
            "Kazakhstan seeks to deepen cooperation with ASEAN in trade and transport, Deputy "
            "Foreign Minister Ivo Marek said at a meeting with the heads of diplomatic missions "
            "of ASEAN countries accredited in Astana, a Kazinform correspondent reports.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "Kazakhstan seeks to deepen cooperation with ASEAN in trade and transport",
                )
            ],
        ),
        # the office of a post is a body, not the person holding the post
        (
            "Deputy Prime Minister Ivo Marek led the delegation in Minsk, the Office of the "
            "Deputy Prime Minister said.",
            [
                (
                    "Office of the Deputy Prime Minister",
                    "indirect",
                    "Deputy Prime Minister Ivo Marek led the delegation in Minsk",
                )
            ],
        ),
        # "According to a readout, X said ...": X's statement, which the readout carried; and
        # "he" in the next sentence is X
        (
            "Ivo Marek met Lin Tao. According to a Chinese readout, Marek said the two sides "
            "should work together. Trade, he said, should grow.",
            [
                ("Ivo Marek", "indirect", "the two sides should work together"),
                ("Ivo Marek", "indirect", "Trade, he said, should grow"),
            ],
        ),
        # ... but a clause that only opens with a speech verb stays the source's content
        (
            "According to the ministry, exports added 5 percent to growth last year.",
            [(None, "indirect", "exports added 5 percent to growth last year")],
        ),
        (
            "According to the ministry, the new rules noted in the decree take effect in May.",
            [(None, "indirect", "the new rules noted in the decree take effect in May")],
        ),
        # the press service of a post speaks, not the person holding the post, also with a
        # country's adjective before the post
        (
            "President Ivo Marek received the envoy. As the press service of the head of state "
            "reports, trade was discussed. The press service of the Uzbek President said talks "
            "would go on.",
            [
                ("press service of the head of state", "indirect", "trade was discussed"),
                ("press service of the Uzbek President", "indirect", "talks would go on"),
            ],
        ),
        # "the guest" is a person, the subject of a verb and its object before the cue
        (
            "Ivo Marek visited Tashkent. The guest, in turn, conveyed greetings from President "
            "Lin Tao and noted that the region wants more fruit.",
            [(None, "indirect", "the region wants more fruit")],
        ),
        # a quotation in « » marks keeps its speaker when a press service is credited
        (
            "Ivo Marek arrived. «This is a reliable safeguard,» Marek said, according to the "
            "government's press service.",
            [("Ivo Marek", "direct", "This is a reliable safeguard,")],
        ),
        # a body ending in a plural role word before the name ("Cabinet of Ministers")
        (
            "Kyrgyz Deputy Chairman of the Cabinet of Ministers Eldiyar Sydykov stressed that "
            "migrants must be protected. The deputy chairman added that talks would go on.",
            [
                ("Eldiyar Sydykov", "indirect", "migrants must be protected"),
                ("Eldiyar Sydykov", "indirect", "talks would go on"),
            ],
        ),
        # ", a decision X regards as ...": a noun phrase; "the analyst" is a political scientist
        (
            "Ivo Marek, director of a policy lab, arrived. Astana has said that a second plant "
            "will be built, a decision Marek regards as overdue. Lin Tao, a political scientist "
            "in Tashkent, spoke next. The analyst argues that officials are slow.",
            [
                ("Kazakhstan", "indirect", "a second plant will be built"),
                ("Lin Tao", "indirect", "officials are slow"),
            ],
        ),
        # "NAME, who served as ROLE," gives the role: "the former envoy" is that person
        (
            "Ivo Marek, who served as India's ambassador to Uzbekistan and later to "
            "Kazakhstan, spoke first. The former envoy said the chairmanship mattered.",
            [("Ivo Marek", "indirect", "the chairmanship mattered")],
        ),
        # the agent of "led by" inside a reported clause is no source of its own
        (
            "Spokesperson Ivo Marek told reporters that the delegation, led by Undersecretary "
            "Lin Tao, would insist that the code apply to all waters.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "the delegation, led by Undersecretary Lin Tao, would insist that the code "
                    "apply to all waters",
                )
            ],
        ),
        # "the statement said" after a body spoke in the sentence before: that body's
        (
            "The Inter-Services Public Relations said that 11 militants were killed. The "
            "statement said the group had used Afghan territory.",
            [
                ("Inter-Services Public Relations", "indirect", "11 militants were killed"),
                (
                    "Inter-Services Public Relations",
                    "indirect",
                    "the group had used Afghan territory",
                ),
            ],
        ),
        # glued category tags with separators before the first sentence; a holder of the
        # same post named only as an object is not "the secretary-general"
        (
            "Diplomacy | Asia-Pacific | InterviewsThe secretary-general of the Shanghai "
            "Cooperation Organisation, Ivo Marek, has in an interview spoken about ASEAN. "
            "Marek noted that ties were growing. President Jo Roe has invited ASEAN "
            "Secretary-General Lin Tao to the summit. The secretary-general pointed out that "
            "trade had doubled.",
            [
                ("Ivo Marek", "indirect", "ties were growing"),
                ("Ivo Marek", "indirect", "trade had doubled"),
            ],
        ),
        # two posts joined by "and" in lower case: "the vice-president" is that person too
        (
            "The bank expects more lending, its vice-president and chief risk officer Nomvula "
            "Dlamini-Khoza has said. The vice-president stressed that risks were low.",
            [
                ("Nomvula Dlamini-Khoza", "indirect", "The bank expects more lending"),
                ("Nomvula Dlamini-Khoza", "indirect", "risks were low"),
            ],
        ),
        # a long title in full before the name; a coordinator and a counsellor as posts
        (
            "Trade will double, Deputy Minister of Digital Development and Transport of "
            "Azerbaijan Ivo Marek said. The deputy minister noted that ports would grow.",
            [
                ("Ivo Marek", "indirect", "Trade will double"),
                ("Ivo Marek", "indirect", "ports would grow"),
            ],
        ),
        (
            "Jo Roe, the country's national coordinator for SCO affairs, spoke first. According "
            "to the coordinator, the forum opens in May. Lin Tao, a counselor at the Chinese "
            "Embassy, spoke next. The diplomat noted that China would help.",
            [
                ("Jo Roe", "indirect", "the forum opens in May"),
                ("Lin Tao", "indirect", "China would help"),
            ],
        ),
        # an outlet with nobody else attributed is the source
        (
            "The bank will lend more next year, the Financial Times reports.",
            [("Financial Times", "indirect", "The bank will lend more next year")],
        ),
        (
            INTRO + "In Lin Tao's view, the corridor will open next year.",
            [("Lin Tao", "indirect", "the corridor will open next year")],
        ),
        # a quoted fragment keeps its closing mark
        (
            'Lin Tao said the bloc had become "a pillar of a fairer order."',
            [("Lin Tao", "indirect", 'the bloc had become "a pillar of a fairer order."')],
        ),
        # a topic after "Asked about" is no statement; the answer is
        (
            INTRO + 'Asked about new members, Lin Tao said: "The door is open."',
            [("Lin Tao", "direct", "The door is open.")],
        ),
        # an agency quoting someone: the statement is the person's, not the agency's
        (
            "Ivo Marek arrived on Monday. The agency quoted Marek as saying that talks would "
            "resume in June.",
            [("Ivo Marek", "indirect", "talks would resume in June")],
        ),
        (
            'Ivo Marek arrived on Monday. The agency quoted him as saying: "We are ready."',
            [("Ivo Marek", "direct", "We are ready.")],
        ),
        (
            "Ivo Marek arrived on Monday. The paper quoted him as telling reporters that the "
            "date was set.",
            [("Ivo Marek", "indirect", "the date was set")],
        ),
        # a quotation that ends its sentence is not attributed by the next sentence's cue
        (
            'The joint statement reads: "The parties stand by the charter." President Ivo '
            "Marek stressed the importance of the charter for the region.",
            [
                (None, "direct", "The parties stand by the charter."),  # the statement's
                ("Ivo Marek", "indirect", "the importance of the charter for the region"),
            ],
        ),
        # a ministry named "of ... Affairs" is an organisation, not a person
        (
            "The Ministry of External Affairs said in a statement that it had reservations.",
            [("Ministry of External Affairs", "indirect", "it had reservations")],
        ),
        # an opinion frame inside or at the end of the sentence: the sentence is the content
        (
            INTRO + "The bloc, in his words, is open to new members.",
            [("Lin Tao", "indirect", "The bloc, in his words, is open to new members")],
        ),
        (
            INTRO + "The corridor will open next year, in the secretary-general's view.",
            [("Lin Tao", "indirect", "The corridor will open next year")],
        ),
        # an introductory participle phrase is not what was said; what follows the cue is
        (
            "Speaking to reporters in Hanoi, Secretary-General Lin Tao said it would.",
            [("Lin Tao", "indirect", "it would")],
        ),
        (
            INTRO + "Pressed on the date, Lin Tao said it was set.",
            [("Lin Tao", "indirect", "it was set")],
        ),
        # ... but a clause opened by a participle used as an adjective is content
        (
            INTRO + "Rising tariffs are hurting trade, Lin Tao said.",
            [("Lin Tao", "indirect", "Rising tariffs are hurting trade")],
        ),
        # "according to" with no comma after the source
        (
            "According to the state agency most of the border crossings were shut.",
            [("state agency", "indirect", "most of the border crossings were shut")],
        ),
        (
            INTRO + "According to him the corridor will open in May.",
            [("Lin Tao", "indirect", "the corridor will open in May")],
        ),
        (
            "Exports rose, according to the Statistics Office.",
            [("Statistics Office", "indirect", "Exports rose")],
        ),
        # a participle after a preposition in a relative clause is no cue of the sentence
        (
            "Coach Ivo Marek, who was fined last year for accusing a referee of bias, believes "
            "that the ban was too short.",
            [("Ivo Marek", "indirect", "the ban was too short")],
        ),
        (
            "The main change was the rise of gangs keen to make money by writing new malware, "
            "said Ivo Marek, an analyst at a security firm.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "The main change was the rise of gangs keen to make money by writing new "
                    "malware",
                )
            ],
        ),
        # a quotation inside the content of "said" is not attributed by a verb within it
        (
            'The ministry said inspectors had found "serious gaps in the border controls".',
            [(None, "indirect", 'inspectors had found "serious gaps in the border controls"')],
        ),
        # a name right after the cue at the end of the sentence is the source
        (
            "Although the hacker, 21, got hold of some data, it is thought he failed to get "
            "card numbers, said Ivo Marek.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "Although the hacker, 21, got hold of some data, it is thought he failed to "
                    "get card numbers",
                )
            ],
        ),
        # a parenthetical "said NAME" inside the statement
        (
            "One of the drawbacks of the corridor, said Ivo Marek, was the lack of rail links.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "One of the drawbacks of the corridor, said Ivo Marek, was the lack of rail "
                    "links",
                )
            ],
        ),
        (
            "Instead, says Ivo Marek, the tariffs were meant to protect farmers.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "Instead, says Ivo Marek, the tariffs were meant to protect farmers",
                )
            ],
        ),
        # a clause after an opening adverbial is the content of an inverted "told"
        (
            "Since 2020, trade had doubled, Ivo Marek told state television.",
            [("Ivo Marek", "indirect", "Since 2020, trade had doubled")],
        ),
        # a participle after "by": the subject of the sentence is the source
        (
            "The foreign minister hit back by saying the talks had never stalled.",
            [(None, "indirect", "the talks had never stalled")],
        ),
        # cue words inside noun phrases and names are no cues
        (
            "Jo Hawkins, host of the radio chart show, said the band had great guitars.",
            [("Jo Hawkins", "indirect", "the band had great guitars")],
        ),
        (
            "Ivo Marek, spokesman for Steppe Says No, said the campaign was rattled.",
            [("Ivo Marek", "indirect", "the campaign was rattled")],
        ),
        (
            "Dr Ivo Marek, head of the social policy think tank, said the studies were weak.",
            [("Ivo Marek", "indirect", "the studies were weak")],
        ),
        # "citing a source" names where the agency got it, not a second claim
        (
            "Astana will host the forum in 2026, the agency reported, citing a diplomatic source.",
            [(None, "indirect", "Astana will host the forum in 2026")],
        ),
        # a statement named by a noun after a capitalised possessive; as the sentence's
        # subject, its clause ends before the sentence's own verb
        (
            INTRO + "His claim that the vote was rigged was rejected by the court.",
            [("Lin Tao", "indirect", "the vote was rigged")],
        ),
        (
            "Ivo Marek's warning that the border would close was ignored.",
            [("Ivo Marek", "indirect", "the border would close")],
        ),
        # a wire dateline is not part of what the source said
        (
            "ALMATY, March 3 (Reuters) - The ministers backed the plan, the ministry said.",
            [(None, "indirect", "The ministers backed the plan")],
        ),
        (
            "Colombo, March 3 (Newswire): The island backs the plan, spokesman Ravi Perera said.",
            [("Ravi Perera", "indirect", "The island backs the plan")],
        ),
        # Malay patronymics ("bin", "binti") are part of the name, with a father's "Haji";
        # a post held at a ministry, with a bracketed qualifier and acronym, comes before it;
        # an upper-case month in the dateline
        (
            "KOTA BARU, JAN 9 – The bloc will grow, Assistant Director (Policy) at the Ministry "
            "of Foreign Affairs (MFA) Siti Aminah binti Haji Osman said yesterday. Siti Aminah "
            "said the talks were useful.",
            [
                ("Siti Aminah binti Haji Osman", "indirect", "The bloc will grow"),
                ("Siti Aminah binti Haji Osman", "indirect", "the talks were useful"),
            ],
        ),
        (
            "Dr Ahmad Faizal bin Abdul Karim, a lecturer at the university, told the paper that "
            "small states gain most.",
            [("Ahmad Faizal bin Abdul Karim", "indirect", "small states gain most")],
        ),
        (
            "The bloc will grow, Director at the Ministry of Trade Lim Boon Keat said.",
            [("Lim Boon Keat", "indirect", "The bloc will grow")],
        ),
        # "has headed the X": the head of X, the X chief, the director; a lead that names the
        # post before the person, whose post names the same body ("anti-terror" ~ "terrorism")
        (
            "Recruiters now use games, the head of the bloc's counter-terrorism body believes. "
            "Ivo Marek, a former judge, has headed the Anti-Terrorist Committee of the bloc "
            "since May. Arrests have doubled, the committee chief said. The director is "
            "convinced that the register works.",
            [
                ("Ivo Marek", "indirect", "Recruiters now use games"),
                ("Ivo Marek", "indirect", "Arrests have doubled"),
                ("Ivo Marek", "indirect", "the register works"),
            ],
        ),
        # ... but not a body nobody said the person heads
        (
            "Prices will rise, the head of the central bank said. Ivo Marek, a former judge, "
            "has headed the Anti-Terrorist Committee since May.",
            [(None, "indirect", "Prices will rise")],
        ),
        # an anonymous source may be described at length
        (
            "A diplomat from one of the SCO member states, speaking on condition of anonymity, "
            "said work on the register had stalled.",
            [(None, "indirect", "work on the register had stalled")],
        ),
        # "according to" a post, then the name as its appositive, before or after the content
        (
            "Trade will grow, according to its secretary-general, Ivo Marek.",
            [("Ivo Marek", "indirect", "Trade will grow")],
        ),
        (
            "According to the bloc's secretary-general, Ivo Marek, trade will grow.",
            [("Ivo Marek", "indirect", "trade will grow")],
        ),
        (
            "Trade will grow, according to Ivo Marek, the secretary-general.",
            [("Ivo Marek", "indirect", "Trade will grow")],
        ),
        # "the former ROLE": a past post of the person named just before ...
        (
            "The bloc must deliver, according to its secretary-general, Ivo Marek. In an "
            "interview, the former Kazakh defence minister said the bloc had matured.",
            [
                ("Ivo Marek", "indirect", "The bloc must deliver"),
                ("Ivo Marek", "indirect", "the bloc had matured"),
            ],
        ),
        # ... unless the statement names that person
        (
            "Ivo Marek, the former chief executive, denies fraud. The former finance officer "
            "said Mr Marek knew about the entries.",
            [(None, "indirect", "Mr Marek knew about the entries")],
        ),
        # long titles: a policy portfolio, an embassy, a portfolio list after "of"
        (
            "Foreign Affairs Undersecretary for Policy Leandro Villareal said the talks must end.",
            [("Leandro Villareal", "indirect", "the talks must end")],
        ),
        (
            "Deputy Chief of Mission at the Chinese Embassy Shi Yuanqiang told the forum that "
            "trade would grow.",
            [("Shi Yuanqiang", "indirect", "trade would grow")],
        ),
        (
            "Malaysia will use its status, said Deputy Minister of Investment, Trade and "
            "Industry Datuk Hasnah Abdul Karim.",
            [("Hasnah Abdul Karim", "indirect", "Malaysia will use its status")],
        ),
        # "Official Beijing": the capital's government
        (
            "Official Beijing has repeatedly stated that it supports the bid.",
            [("China", "indirect", "it supports the bid")],
        ),
        # a body named with portfolio words is no person called "Security"
        (
            "The Japan Organization for Metals and Energy Security (JOGMEC) said in October "
            "that it had signed agreements.",
            [
                (
                    "Japan Organization for Metals and Energy Security",
                    "indirect",
                    "it had signed agreements",
                )
            ],
        ),
        # a long unnamed source after the quotation, described by a participle
        (
            "“Central Asia has what we need,” said a senior Japanese foreign ministry official "
            "involved in preparations for the meeting, who asked not to be named.",
            [(None, "direct", "Central Asia has what we need,")],
        ),
        # a post with a portfolio held at a ministry, then the name; "said here on ..."
        (
            "Jakarta (ANTARA) - The two countries will expand cooperation in energy, Director "
            "General for Asia-Pacific and African Affairs at the Foreign Ministry Rizal Pratama "
            "Siregar said here on Wednesday.",
            [
                (
                    "Rizal Pratama Siregar",
                    "indirect",
                    "The two countries will expand cooperation in energy",
                )
            ],
        ),
        # an inverted "said" after a content with a cue of its own: the outer statement wins
        (
            "ASTANA, June 18 (Bernama) -- The two countries have agreed to double trade, said "
            "Investment, Trade and Industry Ministry (MITI) secretary-general Datuk Amirul "
            "Hakim Mohd Noor.",
            [
                (
                    "Amirul Hakim Mohd Noor",
                    "indirect",
                    "The two countries have agreed to double trade",
                )
            ],
        ),
        (
            "No-one wants to take the risk of swamping these channels, said Mr Bud.",
            [("Bud", "indirect", "No-one wants to take the risk of swamping these channels")],
        ),
        # ... though a naming verb is no attribution
        (
            "Ivo Marek announced a partnership with TiVo, called TiVoToGo, at the show.",
            [("Ivo Marek", "indirect", "a partnership with TiVo, called TiVoToGo, at the show")],
        ),
        # a possessive post after "with": "co-chaired with Kazakhstan's Vice Minister ..., X"
        (
            "He co-chaired the talks with Kazakhstan's Vice Minister of Trade, Aibek Zhunusov. "
            '"We are a landlocked country," the vice minister said.',
            [("Aibek Zhunusov", "direct", "We are a landlocked country,")],
        ),
        # a body named after its noun is the source, not the country of the adjective
        (
            "The units flew in over the weekend, Chinese state broadcaster CCTV reported.",
            [("CCTV", "indirect", "The units flew in over the weekend")],
        ),
        # an unnamed source whose request for anonymity has a clause of its own
        (
            "A Southeast Asian diplomat who asked not to be named because the talks are "
            "confidential said the draft was moving slowly.",
            [(None, "indirect", "the draft was moving slowly")],
        ),
        # "reported following a meeting": when, not what
        (
            "The three countries agreed to finish the study by December, the Ministry of "
            "Transport of Uzbekistan reported following a meeting in Termez on Tuesday.",
            [
                (
                    "Ministry of Transport of Uzbekistan",
                    "indirect",
                    "The three countries agreed to finish the study by December",
                )
            ],
        ),
        # an unnamed source closing an inverted attribution after a cue of its own
        (
            "The delegation supported the study but did not sign the paragraph, a source in "
            "one of the delegations told Sputnik.",
            [
                (
                    None,
                    "indirect",
                    "The delegation supported the study but did not sign the paragraph",
                )
            ],
        ),
        # participants of a panel at a forum named after a capital are people, not its country
        (
            "Middle powers must cooperate, participants of a panel discussion at the Astana "
            "International Forum said on May 29.",
            [(None, "indirect", "Middle powers must cooperate")],
        ),
        # "U.S." opening a paragraph is no dateline
        (
            "U.S. President Donald Trump's threat hung over the talks, several delegates said.",
            [(None, "indirect", "U.S. President Donald Trump's threat hung over the talks")],
        ),
        # a fifteen-word title before the name
        (
            "Deputy Chairperson of the Board of the Atameken National Chamber of Entrepreneurs "
            "Aigerim Tulegenova told Kazinform that exporters would gain.",
            [("Aigerim Tulegenova", "indirect", "exporters would gain")],
        ),
        # an acronym's post after a name, its closing comma missing
        (
            '"We are encouraged," Jo Pike, OFHEO director said.',
            [("Jo Pike", "direct", "We are encouraged,")],
        ),
        # anonymous sources keep their description
        (
            "A source close to the talks said a deal was near.",
            [(None, "indirect", "a deal was near")],
        ),
        # a list of countries opening the content is one subject, not a second attribution
        (
            "Ivo Marek spoke first. He added that Chile, Peru, Laos and Fiji had agreed to "
            "link their ports.",
            [
                (
                    "Ivo Marek",
                    "indirect",
                    "Chile, Peru, Laos and Fiji had agreed to link their ports",
                )
            ],
        ),
        # a hyphenated noun opening the content is no opening participle
        (
            "Cost-sharing for the new bridge has yet to be agreed, a senior official told The "
            "Courier on condition of anonymity.",
            [(None, "indirect", "Cost-sharing for the new bridge has yet to be agreed")],
        ),
        # "in charge of" a portfolio, a body and its acronym in the title before the name
        (
            "Card payments rose by a fifth, Minister in charge of Finance at the Andean Payments "
            "Commission (APC) Lena Vasquez said on Monday. The transition will be slow, the APC "
            "minister cautioned. In her view, the cards must be linked first.",
            [
                ("Lena Vasquez", "indirect", "Card payments rose by a fifth"),
                ("Lena Vasquez", "indirect", "The transition will be slow"),
                ("Lena Vasquez", "indirect", "the cards must be linked first"),
            ],
        ),
        # a long title after "opened by", with "First" before the post; the pronoun is him
        (
            "The forum was opened by First Deputy Minister of Foreign Affairs of the Republic "
            "of Chile Tomas Arrieta. He stressed that the ports were full.",
            [("Tomas Arrieta", "indirect", "the ports were full")],
        ),
        # a hyphenated title is not part of the name, and "the ambassador" is its holder
        (
            "Head of the delegation, Ambassador-at-Large Ivo Marek said that Lima backs the "
            "plan. The ambassador added that talks would go on.",
            [
                ("Ivo Marek", "indirect", "Lima backs the plan"),
                ("Ivo Marek", "indirect", "talks would go on"),
            ],
        ),
        # a given name written short stays in the name
        (
            "Speaking in Manila, Undersecretary for Policy Ma. Luisa Ocampo said the hubs had "
            'moved. "These are networks," Ocampo said.',
            [
                ("Ma Luisa Ocampo", "indirect", "the hubs had moved"),
                ("Ma Luisa Ocampo", "direct", "These are networks,"),
            ],
        ),
        # an abbreviated rank after a post is the person's role ("the police general")
        (
            "National Police chief Gen. Ramon Cruz told reporters that 11 hubs had closed. "
            '"We follow the money," the police general said.',
            [
                ("Ramon Cruz", "indirect", "11 hubs had closed"),
                ("Ramon Cruz", "direct", "We follow the money,"),
            ],
        ),
        # a post at an embassy in a capital, before the name ("the Indian diplomat")
        (
            "Minister-Counsellor at the Indian Embassy in Lima Ravi Menon said India would "
            'invest. "We choose our own path," the Indian diplomat said.',
            [
                ("Ravi Menon", "indirect", "India would invest"),
                ("Ravi Menon", "direct", "We choose our own path,"),
            ],
        ),
        # the lead names a post, the next sentence a general "who made the remarks"
        (
            "Chile's deputy defence minister says the bloc must guard its own seas.\n\n"
            "Brigadier General Tomas Arrieta made the remarks on Tuesday in Lima.\n\n"
            "The Chilean commander said the drills would go on.",
            [
                ("Tomas Arrieta", "indirect", "the bloc must guard its own seas"),
                ("Tomas Arrieta", "indirect", "the drills would go on"),
            ],
        ),
        # a capitalised title right after the article's first-named person has spoken
        (
            "LIMA: Peru wants the line to reach the coast, says Ivo Marek.\n\n"
            "The Transport Minister said talks with Chile were going well.",
            [
                ("Ivo Marek", "indirect", "Peru wants the line to reach the coast"),
                ("Ivo Marek", "indirect", "talks with Chile were going well"),
            ],
        ),
        # "the EEC minister": the person whose post names the Eurasian Economic Commission
        (
            "Trade rose by a fifth, Minister in charge of Trade at the Eurasian Economic "
            "Commission (EEC) Irina Volkova said. Deputy Finance Minister Ivo Marek said that "
            "tariffs fell. "
            "Banks will follow, the EEC minister said.",
            [
                ("Irina Volkova", "indirect", "Trade rose by a fifth"),
                ("Ivo Marek", "indirect", "tariffs fell"),
                ("Irina Volkova", "indirect", "Banks will follow"),
            ],
        ),
        # a surname after a place, described by a long relative clause
        (
            "Ravi Menon leads the office. In an interview in Beijing, Menon, an Indian diplomat "
            "who oversees economic cooperation and external partnerships with other bodies, "
            "said the bloc must wait.",
            [("Ravi Menon", "indirect", "the bloc must wait")],
        ),
        # "the official" after an unnamed diplomat is that diplomat, not the named official
        (
            "Ravi Menon, the deputy secretary-general, said it was fine. A diplomat from one of "
            "the member states said the bank would wait. The official added that talks would "
            "take two years.",
            [
                ("Ravi Menon", "indirect", "it was fine"),
                (None, "indirect", "the bank would wait"),
                (None, "indirect", "talks would take two years"),
            ],
        ),
        # people described by their trade are unnamed sources, not their country; a
        # participle after them describes them
        (
            "Several Iranian exporters attending the forum complained that payments were slow.",
            [(None, "indirect", "payments were slow")],
        ),
        # an inverted unnamed source ends the sentence; a time phrase after the cue
        (
            "Chile and Peru have deepened cooperation in energy, food security and logistics, "
            "and a deal with Bolivia is near, said a second official.",
            [
                (
                    None,
                    "indirect",
                    "Chile and Peru have deepened cooperation in energy, food security and "
                    "logistics, and a deal with Bolivia is near",
                )
            ],
        ),
        (
            "Lima will keep pushing for trade in soles, senior officials have said, ahead of a "
            "meeting of finance ministers next month.",
            [(None, "indirect", "Lima will keep pushing for trade in soles")],
        ),
        # "who did not wish to be named" keeps the source unnamed and whole
        (
            "A senior official in the Ministry of Trade, who did not wish to be named, told "
            "The Courier that the tool was practical.",
            [(None, "indirect", "the tool was practical")],
        ),
        # "the economist" is the professor of economics named before
        (
            "Meera Rao, professor of economics at Delhi University, argued that the bloc was "
            "slow. The economist pointed out that the plan was vague.",
            [
                ("Meera Rao", "indirect", "the bloc was slow"),
                ("Meera Rao", "indirect", "the plan was vague"),
            ],
        ),
        # a name that starts like a verb ("Do", "Will")
        (
            "Do Minh Khoa of the Diplomatic Academy notes that the policy prizes balance.",
            [("Do Minh Khoa", "indirect", "the policy prizes balance")],
        ),
        # "according to the report": the body that issued it
        (
            "The Andean Commission said in a report released last month that trade had grown. "
            "According to the report, Peru remains the largest partner.",
            [
                ("Andean Commission", "indirect", "trade had grown"),
                ("Andean Commission", "indirect", "Peru remains the largest partner"),
            ],
        ),
        # a Burmese honorific is no part of the name; "the Union Minister" is the holder of
        # that post, not a deputy foreign minister named since
        (
            "The meeting was co-chaired by Union Minister for Foreign Affairs U Than Swe. "
            "Deputy Foreign Minister Tran Duc Hieu attended. In his opening speech, the Union "
            "Minister said that the platform had grown.",
            [("Than Swe", "indirect", "the platform had grown")],
        ),
        # "deputy secretary general" written with a space is one post
        (
            "The bloc will hold drills, CSTO Deputy Secretary General Ivo Marek told TASS. "
            "According to the deputy secretary general, the drills will involve aviation.",
            [
                ("Ivo Marek", "indirect", "The bloc will hold drills"),
                ("Ivo Marek", "indirect", "the drills will involve aviation"),
            ],
        ),
        # an anonymous official at a long-named body, then "the official": that official
        (
            "Ravi Menon, a deputy secretary-general at the ministry, said Lima was ready. An "
            "official at the Electricity Generating Authority of Chile (EGAC), who asked not to "
            "be named because he was not authorised to speak, said tariffs were the sticking "
            'point. "Everyone wants to sell," the official said.',
            [
                ("Ravi Menon", "indirect", "Lima was ready"),
                (None, "indirect", "tariffs were the sticking point"),
                (None, "direct", "Everyone wants to sell,"),
            ],
        ),
        # a movement speaks as an organisation
        (
            "The Taliban, who seized Kabul in 2021, have said that they pose no threat.",
            [("Taliban", "indirect", "they pose no threat")],
        ),
        # "the Chinese expert": the scholar the article named, tied to no other country
        (
            "Liu Hanwen, a professor at Lanzhou University, believes the corridor will grow. "
            '"It is an insurance policy," the Chinese expert said.',
            [
                ("Liu Hanwen", "indirect", "the corridor will grow"),
                ("Liu Hanwen", "direct", "It is an insurance policy,"),
            ],
        ),
        # a country's post and its holder before a relative clause
        (
            "Chile's Defence Secretary Tomas Arrieta, who led the delegation, said the drills "
            "would go on.",
            [("Tomas Arrieta", "indirect", "the drills would go on")],
        ),
        # a body written in lower case before "which said"
        (
            "The message has come from the Chilean foreign ministry, which said in a statement "
            "that the pact would hold.",
            [("Chilean foreign ministry", "indirect", "the pact would hold")],
        ),
        # "with X saying ...": the participle's own subject speaks
        (
            "Chile and Peru reviewed the plant, with officials from both sides saying the "
            "reactor was on track.",
            [(None, "indirect", "the reactor was on track")],
        ),
        # a cognition verb's "about"-topic is no content, "about" before a number is
        (
            "Those critics misread how small states think about alliances. The bank expects "
            "about 16% of revenue to come from Asia.",
            [(None, "indirect", "about 16% of revenue to come from Asia")],
        ),
        # a post held in a country before the name: the name is no place
        (
            "Trade Counsellor in Chile Le Van Tho said the fair would open in May.",
            [("Le Van Tho", "indirect", "the fair would open in May")],
        ),
        # a portfolio listed with commas inside the appositive is not the subject
        (
            "Rosa Maria Quintero, Secretary for Planning at the Ministry of Science, Technology "
            "and Innovation, said the lab would open in May.",
            [("Rosa Maria Quintero", "indirect", "the lab would open in May")],
        ),
        # a title's full stop does not end the source; a relative clause about it is no content
        (
            "Rosa Maria Quintero leads the project. The lab will open in May, according to Mr. "
            "Quintero, who chairs the board.",
            [("Rosa Maria Quintero", "indirect", "The lab will open in May")],
        ),
        (
            "The lab will open in May, according to Dr. R. Quintero.",
            [("R. Quintero", "indirect", "The lab will open in May")],
        ),
        # a sentence ending in ", SOURCE said" is the source's, though an opener and a decision
        # ("agreed to") come first; the decision is no statement of its own
        (
            "On the sidelines, Arlo Venn and Tem Rusk agreed to expand cooperation in defence, "
            "farming and digital infrastructure, the ministry said in a statement.",
            [
                (
                    None,
                    "indirect",
                    "On the sidelines, Arlo Venn and Tem Rusk agreed to expand cooperation in "
                    "defence, farming and digital infrastructure",
                )
            ],
        ),
        # "Minister of State for PORTFOLIO Name": the portfolio is no part of the name; a full
        # stop after a name following a body ends the sentence, not the name
        (
            "The talks were attended by Minister of State for External Affairs Rakesh Venugopal. "
            "Venugopal told the meeting that terrorism must remain a priority.",
            [("Rakesh Venugopal", "indirect", "terrorism must remain a priority")],
        ),
        (
            "The talks were attended by Minister of External Affairs Rakesh Venugopal. "
            "Venugopal said terrorism must remain a priority.",
            [("Rakesh Venugopal", "indirect", "terrorism must remain a priority")],
        ),
        # a sentence glued to an acronym by the scraper; an acronym of up to eight capitals
        # as a source is an organisation
        (
            "Firms came from Georgia and Turkey.AZPROMO said the forum drew 300 companies.",
            [("AZPROMO", "indirect", "the forum drew 300 companies")],
        ),
        # a post held at a body named after its owner ("the Organisation's Structure") is an
        # unnamed official's, not the body's; so is a trade attache's
        (
            "A senior official of the Eurasian Council's Regional Monitoring Structure (RMS) has "
            "said that online recruitment is rising.",
            [(None, "indirect", "online recruitment is rising")],
        ),
        (
            "An Iranian trade attache in Yerevan, who asked not to be named, told IRNA that "
            "exports would rise.",
            [(None, "indirect", "exports would rise")],
        ),
        # "months.A Southeast Asian diplomat": a glued sentence start before a capitalised word;
        # the unnamed diplomat is not the person named before
        (
            "Spokesperson Arla Venn-Ocampo chaired the briefing. The leaders met for the first "
            "time in months.A Southeast Asian diplomat who asked not to be named said the talks "
            "were cordial.",
            [(None, "indirect", "the talks were cordial")],
        ),
        # "..., but according to NAME SUBJECT ...": the first content ends at the comma, and the
        # name without a comma after it is the source of the clause that follows
        (
            "Tran Thi Thu Ha is a researcher. Officials have said they will rely on the "
            "commission, but according to Ha those procedures have never stopped a project.",
            [
                (None, "indirect", "they will rely on the commission"),
                ("Tran Thi Thu Ha", "indirect", "those procedures have never stopped a project"),
            ],
        ),
        # "suspect" is a cue only before "that"
        (
            "Arlo Venn is worried. He suspects that the funds pass through wallets. The suspects "
            "were detained.",
            [("Arlo Venn", "indirect", "the funds pass through wallets")],
        ),
    ],
)
def test_wire_patterns(text: str, expected: list[tuple]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "agreed that" reports a position; a refusal to rule out or accept one is a statement
        (
            "The two sides agreed that the corridor must come first.",
            [(None, "indirect", "the corridor must come first")],
        ),
        (
            "Lin Wei refused to rule out new tariffs.",
            [("Lin Wei", "indirect", "to rule out new tariffs")],
        ),
        # a sentence opening with "But": the participle's subject follows it
        (
            "But the ministry rejected the plan, saying it was too costly.",
            [(None, "indirect", "it was too costly")],
        ),
        # the writer's own relative clause between an unnamed source and its cue
        (
            'A Central Asian diplomat I spoke to in Astana put it bluntly: "We wait."',
            [(None, "direct", "We wait.")],
        ),
        # a capitalised title after the first-named speaker, whose source opened with honours
        (
            "KUALA LUMPUR: Malaysia will press its neighbours, says Datuk Seri Amir Kamal.\n\n"
            "The Environment Minister said the pact needed teeth.",
            [
                ("Amir Kamal", "indirect", "Malaysia will press its neighbours"),
                ("Amir Kamal", "indirect", "the pact needed teeth"),
            ],
        ),
    ],
)
def test_decisions_refusals_and_a_leading_but(text: str, expected: list[tuple]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the plan failed.",
        "In the meantime, trade grew by a fifth.",
        "In his speech the president thanked the hosts.",
        "The paper quoted the figures as showing growth in May.",
        # a cue word inside a compound is no cue
        "The military-backed government of Ivo Marek eased tensions with the opposition.",
        # a question that went unanswered, and a refusal, say nothing
        "Ivo Marek arrived. Asked whether the bloc would grow, Marek declined to comment.",
        "Ivo Marek arrived. Asked about the summit, Marek refused to elaborate.",
        "According to the plan the trains run on time.",
        # a wire agency's credit line closing the lead
        "The littoral states agreed on Thursday to draw up a ferry timetable, Trend reports.",
        "The ministers met in Astana on Monday, a Kazinform correspondent reports.",
        "The two sides signed deals worth $35bn, Kazinform News Agency correspondent reports.",
        # "hoped for" a thing reports no content
        "Investors hoped for a recovery from the slump.",
        # idioms holding a cue word
        "Malaysia, a partner since January, tells a similar story.",
        # a bloc taking in members
        "The bloc, first made up of Brazil, Russia and China, has since admitted Egypt, Iran, "
        "the UAE and Indonesia as full members.",
        # decisions and refusals are acts, not statements
        "The two sides agreed to deepen cooperation in trade and energy.",
        "Dana Kole agreed to buy a third of the dairy for $40m.",
        "The minister declined to sign the joint document.",
        "Kemal Aras refused his award in protest.",
        "Aras left the meeting without endorsing the text.",
        # a comparison and an open question state nothing
        "The platform is moving more slowly than Tashkent had hoped.",
        "The coach would not reveal whether he sees the striker as a starter.",
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(text) == []


#: An invented article built like a scraped agency interview: glued tags and sentences, a
#: caption link, a comment form, an appositive introduction, "He", surname-first names, role
#: nouns, a mismatched opening quote mark and a person who is only mentioned.
INTERVIEW = Path(__file__).parent / "fixtures" / "wire" / "agency_interview.txt"


def test_an_agency_interview_end_to_end() -> None:
    corpus = analyze(INTERVIEW)
    assert_offsets_true(corpus.articles, corpus.quotes)
    article = corpus.articles.iloc[0]
    assert article["title"] == "Bloc and Neighbours Agree on Most Things"
    assert article["text"].startswith("The Steppe Cooperation Bloc is a regional")
    for furniture in ("Go to the mediabank", "Leave a Reply", "Required fields", "NewsWorld"):
        assert furniture not in article["text"]
    q = corpus.quotes
    assert set(q["speaker"]) == {"Lin Tao"}  # President Ivo Marek is only mentioned
    # ("Lin Tao spoke about the development of the bloc": a topic named, no statement)
    assert "spoke about" not in set(q["cue"])
    assert q["kind"].tolist() == ["indirect"] * 4 + ["direct"] + ["indirect"] * 2 + ["direct"] + [
        "indirect"
    ]
    starts = [t.split()[0:3] for t in q["text"]]
    assert starts[0] == ["work", "is", "underway"]
    assert starts[2] == ["stability", "in", "the"]
    assert starts[7] == ["It", "would", "be"]
    assert q["speaker_surface"].tolist()[:3] == ["He", "Lin Tao", "the secretary-general"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an adverbial piece before the appositives is no source
        (
            "Following the ruling, lawyer Jo Pike, who represents the men, said it was late.",
            "lawyer Jo Pike",
        ),
        # "of X" completes the appositive; the name before it is the source
        ("Ivo Marsh, of the Rail Users Group, told reporters it was late.", "Ivo Marsh"),
        # a one-word place after "MP for X," is the county, not the source
        ("Mr Holt, MP for Henley, Oxfordshire, said it was late.", "Mr Holt"),
        # a time phrase before the subject is no part of it
        ("Earlier this week the union announced it would strike.", "the union"),
        ("Later the minister said it was late.", "the minister"),
        # an adverb between the subject and the cue
        ("The chancellor meanwhile insisted the plan was affordable.", "The chancellor"),
    ],
)
def test_source_phrases_skip_adverbials_and_appositive_pieces(text: str, surface: str) -> None:
    rows = quotes_of(text)
    assert [r["speaker_surface"] for r in rows] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "Scrum-half Ivo Dane is an injury doubt for the opener.",  # "doubt" is a noun here
        "Lord Tarn, a former MP, challenged Mr Holt to deny reports that the plan failed.",
        "Monday Morning Group is a band.",
    ],
)
def test_clauses_and_infinitives_are_no_sources(text: str) -> None:
    rows = quotes_of(text)
    assert all(
        r["speaker_surface"]
        not in ("Scrum-half Ivo Dane is an injury", "challenged Mr Holt to deny")
        for r in rows
    )


def test_a_free_relative_cue_does_not_end_the_reported_clause() -> None:
    text = (
        "Defence Minister Ivo Dane stressed that the bloc must step up cooperation in the face "
        'of what he called "attempts to divide Asia".'
    )
    rows = quotes_of(text)
    indirect = [r for r in rows if r["kind"] == "indirect"]
    assert [r["text"] for r in indirect] == [
        'the bloc must step up cooperation in the face of what he called "attempts to divide Asia"'
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea in court is no statement, and nothing inside it makes one
        ("Ivo Dane, who has pleaded guilty to fraud charges, was jailed.", []),
        ("Ivo Dane pleaded not guilty to the charges.", []),
        # cues of the subcontinent's press
        (
            "Spokesperson Ravi Nair opined that the forum remained important for India.",
            [("Ravi Nair", "indirect", "the forum remained important for India")],
        ),
        (
            "Former envoy Kiran Rao averred that the capital was right to keep its distance.",
            [("Kiran Rao", "indirect", "the capital was right to keep its distance")],
        ),
        # an adverbial after the inverted attribution is no part of the content
        (
            "Jo Roe will not attend the meeting next week, officials said on Tuesday, amid "
            "frosty ties between the two states.",
            [(None, "indirect", "Jo Roe will not attend the meeting next week")],
        ),
    ],
)
def test_pleas_subcontinent_cues_and_trailing_adverbials(text: str, expected: list) -> None:
    assert statements(text) == expected


def test_a_city_dateline_with_a_colon_is_no_speaker_label() -> None:
    text = (
        "Minister skips the meeting\n"
        "New Delhi: The foreign minister will not attend the meeting in Islamabad, officials "
        "said on Tuesday.\nNew Delhi has kept its distance from the forum."
    )
    assert statements(text) == [
        (None, "indirect", "The foreign minister will not attend the meeting in Islamabad")
    ]


def test_a_role_qualified_after_of_finds_only_that_countrys_person() -> None:
    text = (
        "Foreign Minister Ivo Saidov of Uzbekistan met ASEAN Secretary-General Kao Lin in "
        "Jakarta. The head of the Uzbek diplomatic service noted the growing interest of "
        "business circles."
    )
    rows = quotes_of(text)
    assert [r["speaker_surface"] for r in rows] == ["The head of the Uzbek diplomatic service"]
    assert all(r["speaker"] != "Kao Lin" for r in rows)


def test_a_participle_after_an_inverted_quote_keeps_its_speaker_surface() -> None:
    text = (
        "Secretary-General Lin Tao spoke on Monday. "
        '"The bloc is open. We welcome new members," the diplomat said, adding that two states '
        "would be admitted."
    )
    rows = quotes_of(text)
    assert [(r["speaker_surface"], r["cue"]) for r in rows] == [
        ("the diplomat", "said"),
        ("the diplomat", "adding"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Mr Gale pledged $750m of his own money to support the cause.",
        "The chancellor offered £960m over 15 years to the vaccine scheme.",
        "Once again Rolan replied in kind four minutes into injury time.",
    ],
)
def test_sums_given_and_deeds_are_no_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jo Roe is very worried that the plan will fail.",
            [("Jo Roe", "indirect", "the plan will fail")],
        ),
        ("She is a very noted author and the most celebrated leader.", []),
    ],
)
def test_a_degree_word_between_the_copula_and_a_feeling(text: str, expected: list) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Having said that, the plan remains popular.", []),
        (
            "Needless to say, the minister said the plan was fine.",
            [(None, "indirect", "the plan was fine")],
        ),
        (
            "On the other hand, the minister said the plan was fine.",
            [(None, "indirect", "the plan was fine")],
        ),
    ],
)
def test_connectives_and_idioms_holding_a_cue_word(text: str, expected: list) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the name that ends the clause before an appositive
        (
            "The e-mail was revealed the day after Peter Mandel, former minister and now a "
            "European commissioner, warned the BBC to stay away.",
            "Peter Mandel",
        ),
        # the subject after a conjunction inside the piece
        (
            "The talks ended when the minister, a veteran of the talks, said it was over.",
            "the minister",
        ),
        # a weekday that is a surname
        ('"England can win," said sevens coach Mike Friday.', "sevens coach Mike Friday"),
        # a mail company is a body
        ("Royal Mail says it is investigating the situation.", "Royal Mail"),
    ],
)
def test_names_before_appositives_and_bodies(text: str, surface: str) -> None:
    rows = quotes_of(text)
    assert [r["speaker_surface"] for r in rows] == [surface]
    assert rows[0]["speaker_type"] == (
        "organization" if "Mail" in surface else rows[0]["speaker_type"]
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an appositive whose closing comma is missing: the name before it
        (
            '"It is enough," Mara Ostrow, a strategist at Monument Holdings told Reuters.',
            "Mara Ostrow",
        ),
        # ... but not before a name that is itself the source
        (
            "At a fair held last week in San Francisco, famed director Jim Caron revealed he "
            "is making a game.",
            "famed director Jim Caron",
        ),
    ],
)
def test_names_before_unclosed_appositives(text: str, surface: str) -> None:
    rows = quotes_of(text)
    assert [r["speaker_surface"] for r in rows] == [surface]


def test_a_plural_subject_after_an_example_list_is_no_appositive() -> None:
    text = (
        "From heart-throbs like Nick Mo to model Sofi Dale, many non-Indian stars want to make "
        "the most of this opportunity."
    )
    assert all(r["speaker"] != "Sofi Dale" for r in quotes_of(text))


def test_single_quoted_words_after_an_opening_participle_are_one_reading() -> None:
    # each quoted word after a space is a quoted unit, never also a run of characters: two
    # readings per word made a failed match try every combination (24 such words took 8 s)
    words = " ".join(f"'w{i}'" for i in range(20))
    text = f"Speaking about {words} at length, the minister said trade grew."
    assert statements(text) == [(None, "indirect", "trade grew")]
    lead = f"Speaking about {words} at length, "
    assert _PARTICIPLE_LEAD.fullmatch(lead) is not None
    assert _PARTICIPLE_LEAD.match(f"Speaking about {words} x") is None


def _speaker_roles(text: str) -> list[tuple]:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    q = corpus.quotes
    return list(zip(q["speaker"], q["speaker_role"], q["text"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Malaysian honour of three words, none of them in the name or the role
        (
            "Foreign Minister Datuk Seri Utama Amir Rahim said the plan would work.",
            [("Amir Rahim", "Foreign Minister", "the plan would work")],
        ),
        # ranks written with a hyphen are titles
        (
            "Colonel-General Rustam Karimov said the border was calm. Karimov added that it "
            "was complex.",
            [
                ("Rustam Karimov", "Colonel-General", "the border was calm"),
                ("Rustam Karimov", "Colonel-General", "it was complex"),
            ],
        ),
        # ... and answer to "the general", qualified or not
        (
            "Colonel-General Rustam Karimov said the border was calm. The Tajik general noted "
            "that it was complex.",
            [
                ("Rustam Karimov", "Colonel-General", "the border was calm"),
                ("Rustam Karimov", "Colonel-General", "it was complex"),
            ],
        ),
        # a post written before a rank is kept with it, and "the spokesman" is that person; an
        # honorific word ending a name is part of it
        (
            "Junta spokesman Major General Aung Zeya Tun said the vote was free. The spokesman "
            "added that talks were over.",
            [
                ("Aung Zeya Tun", "Junta spokesman, Major General", "the vote was free"),
                ("Aung Zeya Tun", "Junta spokesman, Major General", "talks were over"),
            ],
        ),
        # a post before a rank with no comma still answers to its own noun
        (
            "Security expert Brigadier (retd) Omar Rana said the shift was clear. The analyst, "
            "however, cautioned that Beijing would resist.",
            [
                ("Omar Rana", "Security expert Brigadier (retd)", "the shift was clear"),
                ("Omar Rana", "Security expert Brigadier (retd)", "Beijing would resist"),
            ],
        ),
        # "Minister of State for PORTFOLIO": the portfolio is no part of the name
        (
            "Pakistan's Minister of State for Railways Sana Qureshi said the line was vital.",
            [
                (
                    "Sana Qureshi",
                    "Pakistan's Minister of State for Railways",
                    "the line was vital",
                )
            ],
        ),
    ],
)
def test_honours_hyphenated_ranks_and_ministers_of_state(text: str, expected: list) -> None:
    assert _speaker_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "saying only that": the content follows "that"
        (
            "Chinese officials have been more careful, saying only that the bloc is open.",
            [(None, "indirect", "the bloc is open")],
        ),
        # a quantity of speech is no content, a clause opening with one is
        ("Tashkent has said even less; it prefers silence.", []),
        ("Officials said little in public beyond that.", []),
        ("He said nothing had changed.", [(None, "indirect", "nothing had changed")]),
        # naming ("what the bloc calls"), a question put by the writer, a time span, a topic
        ("Its anti-terror body fights what the bloc calls the three evils.", []),
        (
            "'We are adding options,' an official told me when I asked whether ties had cooled.",
            [(None, "direct", "We are adding options,")],
        ),
        ("Its record is uneven, but the past three years have shown that it can adapt.", []),
        ("The Russian side has long complained about the imbalance.", []),
        (
            "The Russian side complained that the imbalance was growing.",
            [("Russia", "indirect", "the imbalance was growing")],
        ),
    ],
)
def test_contents_that_say_nothing(text: str, expected: list[tuple]) -> None:
    assert statements(text) == expected


def test_the_executive_after_an_unnamed_executive_is_that_person() -> None:
    corpus = analyze(
        pd.DataFrame(
            {
                "text": [
                    "An executive at a meat processor, who asked not to be named, said "
                    'certification was the barrier.\n\n"We can live with a duty," the executive '
                    "said.\n\nThe Scottish Executive said it would act."
                ]
            }
        )
    )
    assert_offsets_true(corpus.articles, corpus.quotes)
    q = corpus.quotes
    assert q["speaker_type"].tolist() == ["unnamed", "unnamed", "organization"]
    assert q["speaker_surface"].tolist()[1] == "the executive"
    assert q["speaker"].tolist()[2] == "Scottish Executive"


def test_a_state_company_is_an_organisation_not_its_country() -> None:
    corpus = analyze(
        pd.DataFrame(
            {
                "text": [
                    "The energy agenda is tied to the pipeline. Gazprom has said that work could "
                    "begin soon. Russia's Rosneft said exports rose."
                ]
            }
        )
    )
    q = corpus.quotes
    assert list(zip(q["speaker"], q["speaker_type"], strict=True)) == [
        ("Gazprom", "organization"),
        ("Rosneft", "organization"),
    ]
    from sco_toolkit.entities import organization_kinds

    assert organization_kinds()["Gazprom"] == "company"
    # a company mention is no mention of its home country
    assert set(corpus.mentions["iso3"].dropna()) == {"RUS"}
    assert (corpus.mentions["surface"] == "Gazprom").sum() == 1


def test_the_structure_is_the_anti_terrorist_structure_named_before() -> None:
    text = (
        "The Regional Anti-Terrorist Structure met in Tashkent. The structure said that members "
        "agreed to share data."
    )
    assert statements(text) == [
        ("SCO Regional Anti-Terrorist Structure", "indirect", "members agreed to share data")
    ]


def test_member_states_are_no_source_inside_an_according_to_content() -> None:
    # ("member" is no role word: "the member states have agreed" inside a reported content does
    # not start an attribution that cuts the content short)
    text = (
        "Deputy Secretary-General Jo Roe led the delegation. According to him, the member states "
        "have agreed in principle on the financing, and the documents will follow."
    )
    assert statements(text) == [
        (
            "Jo Roe",
            "indirect",
            "the member states have agreed in principle on the financing, and the documents "
            "will follow",
        )
    ]


def test_a_two_word_rank_is_one_post() -> None:
    # a colonel general is no colonel: "the colonel" is the colonel named before him
    text = (
        "Colonel Ivo Kask said the drills began. Colonel-General Jo Roe said they went well. "
        "The colonel added that the troops were tired."
    )
    assert [s for s, _, _ in statements(text)] == ["Ivo Kask", "Jo Roe", "Ivo Kask"]
