import pytest

from sco_toolkit import clean
from sco_toolkit.clean import clean_text


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        # HTML character references left in scraped text; "R&D" and unknown names stay
        (clean.decode_entities, "Bryn F&#244;n met AT&amp;T.", "Bryn Fôn met AT&T."),
        (clean.decode_entities, "R&D &#x41;&nbsp;&foo; &amp", "R&D A\u00a0&foo; &amp"),
        # whitespace
        (clean.normalize_whitespace, "a\u00a0b", "a b"),
        (clean.normalize_whitespace, "a\u200bb", "ab"),
        (clean.normalize_whitespace, "a \r\n\r\n\r\n\r\nb", "a\n\nb"),
        (clean.normalize_whitespace, "  two  spaces  ", "two spaces"),
        # caption links glued into a paragraph
        (
            clean.remove_inline_furniture,
            " / Go to the mediabankHarbour at dawn / Go to the mediabankThe port grew.",
            "The port grew.",
        ),
        (
            clean.remove_inline_furniture,
            "No captions here. A / B test.",
            "No captions here. A / B test.",
        ),
        # whole furniture lines
        (clean.remove_furniture_lines, "Body one.\nShare this:\nBody two.", "Body one.\nBody two."),
        (clean.remove_furniture_lines, "Body.\nFollow us on Telegram", "Body."),
        (clean.remove_furniture_lines, "Photo: Reuters / A. Person\nBody.", "Body."),
        (clean.remove_furniture_lines, "Body.\nSource: Agency Editor: Somebody", "Body."),
        (clean.remove_furniture_lines, "Body.\nRead more: Ministers meet in Astana", "Body."),
        (
            clean.remove_furniture_lines,
            "We use cookies to improve your experience.\nBody.",
            "Body.",
        ),
        (clean.remove_furniture_lines, "Body.\nSubscribe to our newsletter", "Body."),
        (clean.remove_furniture_lines, "Body.\nAdvertisement\nMore body.", "Body.\nMore body."),
        # a sentence that merely talks about sharing stays
        (
            clean.remove_furniture_lines,
            "Ministers agreed to share intelligence on border crossings.",
            "Ministers agreed to share intelligence on border crossings.",
        ),
        # glued section tags
        (clean.strip_glued_tags, "WorldAsiaEconomyThe bank said so.", "The bank said so."),
        (clean.strip_glued_tags, "PoliticsThe minister spoke.", "The minister spoke."),
        (clean.strip_glued_tags, "YouTube said so.", "YouTube said so."),
        (clean.strip_glued_tags, "McDonald said so.", "McDonald said so."),
        (clean.strip_glued_tags, "GlaxoSmithKline cut jobs.", "GlaxoSmithKline cut jobs."),
        (clean.strip_glued_tags, "Top NewsWorldAsiaThe bank said so.", "The bank said so."),
        (clean.strip_glued_tags, "Top News The bank said so.", "Top News The bank said so."),
        (clean.strip_glued_tags, "Shares in PayPalThe rose.", "Shares in PayPalThe rose."),
        (clean.strip_glued_tags, "The iPhone sold well.", "The iPhone sold well."),
        # glued sentences
        (clean.split_glued_sentences, "guests.The minister", "guests. The minister"),
        (clean.split_glued_sentences, "the SCO.At present", "the SCO. At present"),
        (clean.split_glued_sentences, "this issue.\u201dIt would", "this issue.\u201d It would"),
        (clean.split_glued_sentences, "Li said.Li was asked", "Li said. Li was asked"),
        (clean.split_glued_sentences, "Why?Because", "Why? Because"),
        # ... and what must not be split
        (clean.split_glued_sentences, "the U.S.Army", "the U.S.Army"),
        (clean.split_glued_sentences, "rose 3.5 percent", "rose 3.5 percent"),
        (clean.split_glued_sentences, "e.g.The", "e.g.The"),
        (
            clean.split_glued_sentences,
            "see https://example.com/News.Html",
            "see https://example.com/News.Html",
        ),
        (clean.split_glued_sentences, "Mr.Smith", "Mr.Smith"),
        (clean.split_glued_sentences, "S.Jaishankar", "S.Jaishankar"),
    ],
)
def test_cleaning_steps(step, raw, expected):
    assert step(raw) == expected


def test_page_tail_is_cut_only_in_second_half():
    body = "\n".join(f"Paragraph {i} of the story." for i in range(6))
    text = body + "\nLeave a Reply\nSome comment text\nPost Comment"
    assert clean.cut_page_tail(text) == body
    early = "Comments\n" + body
    assert clean.cut_page_tail(early) == early


def test_clean_text_keeps_what_it_removed():
    raw = (
        " / Go to the mediabankMarket square / Go to the mediabankRegionWorldNewsThe talks began.\n"
        "Share this:\nThe talks ended.Delegates left.\nLeave a Reply\n"
        "Your email address will not be published. Required fields are marked *"
    )
    result = clean_text(raw)
    assert result.text == "The talks began.\nThe talks ended. Delegates left."
    removed = dict(result.removed)
    assert removed["glued_tags"] == "RegionWorldNews"
    assert ("inline_furniture", "Market square / Go to the mediabank") in result.removed
    assert ("furniture_lines", "Share this:") in result.removed
    assert any("Leave a Reply" in text for _, text in result.removed)


def test_clean_text_is_idempotent():
    raw = "Talks began.The end.\nShare this:"
    once = clean_text(raw).text
    assert clean_text(once).text == once


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Home | World | Asia-Pacific", True),
        ("News > Politics > Asia", True),
        ("Share on Facebook Share on Twitter", True),
        ("Share: Facebook Twitter Telegram", True),
        ("05.11.2025 14:20", True),
        ("Tags: SCO, ASEAN, diplomacy", True),
        ("12.5 percent of trade went east.", False),
        ("Follow us: Telegram | VK", True),
        ("Share the growth with Facebook users", False),
        ("By Staff Reporter | Updated: 2026-03-04 10:15", True),
        ("By J. R. Okafor", True),
        ("By Ivan Petrov, 4 March 2026", True),
        ("Updated: 2026-03-04 10:15", True),
        ("10:15, March 4, 2026", True),
        ("Copyright 2026. All rights reserved.", True),
        ("By: Marlon Ferrer - Reporter / @MFerrerINQ", True),
        (
            "INQUIRER.net uses cookies to give you a better browsing experience. By continuing "
            "to use this site, you agree to our use of cookies. OK",
            True,
        ),
        (
            "By entering your email address, you agree to our Terms of Use and confirm that "
            "you have read our Privacy Policy.",
            True,
        ),
        ("Facebook uses cookies to track users, critics say.", False),
        # agencies' end marks, reading times, long copyright lines, a "follow on" prompt
        ("(END)", True),
        ("-- BERNAMA", True),
        ("Interviews | 4 min read", True),
        (
            "© 2025 Eurasia 24 TV Channel. All rights reserved. Reproduction only with a link "
            "to the source.",
            True,
        ),
        ("Follow EurAsian Times on Google News", True),
        ("Reporter: Aditya Ramadhan, Rina Kusumawati", True),
        ("The reporter: a profile of the man behind the story", False),
        ("Edited By: Ritu Bhasin | Updated: Jul 12, 2025, 08:14 PM IST", True),
        ("Philippine Daily Inquirer / 05:18 AM October 09, 2025", True),
        ("Click to share on Facebook (Opens in new window)", True),
        ("You can share this story on social media:", True),
        ("Disclaimer: Comments do not represent the views of the site.", True),
        ("Leave a Reply Cancel reply", True),
        # dates on their own line, with a weekday, a time or a section; currency tickers
        ("October 14, 2025 | 3:12 pm", True),
        ("Tuesday, 3 June 2025", True),
        ("Economy | 12/06/2026 14:52", True),
        ("Exchange rates: USD 87.45 | EUR 101.20 | RUB 1.08", True),
        ("On October 14, 2025 the bloc met in Astana.", False),
        # editors' notes, "read also" in Indonesian
        ("This interview has been edited for length and clarity.", True),
        ("The views expressed are those of the author and not of this site.", True),
        ("Baca juga: Bank sentral perluas kerja sama", True),
        ("Trade rose 5% / 2:1 was the ratio, he said.", False),
        # a search box, a link button, a channel plug, credits, a language menu, glued tags
        ("Search for:", True),
        ("Copy link", True),
        ("Stay up-to-date with more news at our Telegram channel", True),
        ("Translation: Daniel Reis", True),
        ("Edition: Renata Silva", True),
        ("Language: English | Arabic | French", True),
        ("Posted by Editorial Team | 12 November 2025 | 0 Comments", True),
        ("Last updated: November 18, 2025 | 16:05", True),
        ("By Ana Lima - Agência Brasil reporter - Brasília", True),
        ("TagsCICAAstanaconfidence-buildingKazakhstan", True),
        ("InterviewsSCOCentral AsiaSecurity", True),
        ("Tags / Keywords: Rail , ASEAN , Thailand", True),
        ("Report it to us .", True),
        ("The views expressed above belong to the author(s).", True),
        ("Views expressed are of the author and do not reflect the club's position.", True),
        ("Follow BelTA on Telegram", True),
        ("Photo courtesy of the State Border Committee", True),
        ("(With inputs from agencies)", True),
        ("Republish this article", True),
        ("He followed the talks on Telegram closely, the paper said.", False),
        ("The photo credit went to a local agency, officials said.", False),
        ("Views expressed by voters were mixed.", False),
        ("(Edited by Jo Roe)", True),
        ("Support Our Journalism", True),
        ("By Eurasia Live Desk | Last updated: July 13, 2026, 18:40 (Bishkek time)", True),
        ("Search...", True),
        ("Reading time: 4 min", True),
        ("3 min read", True),
        ("18 June 2025, 10:15 | Author: Dana Roe | 3 min read", True),
        ("Interviews / 18.06.2025 / 11:25", True),
        ("Economy | 14:22 / 21.05.2025 | 3417", True),
        ("Source: Kun.uz", True),
        ("Published in The Express Tribune, March 11th, 2025.", True),
        ("Viber", True),
        ("Log in   Register", True),
        ("KK | EN | 中文 | Русский", True),
        ("Daily Star | Publication date 3 March 2026 | 09:40 ICT", True),
        ("World | Trade | 2 April 2025 11:05 (UTC +05:00)", True),
        ("LinkedIn (Twitter)", False),
        ("X (Twitter)", True),
        ("Search news, people, places…", True),
        ("Authors", True),
        ("The authors do not work for any company that would benefit from this article.", True),
        ("Get briefed on the week's top stories from the region.", True),
        ("Authors of the report said the border had closed.", False),
        ("Sign in | Subscribe | Newsletters", True),
        ("Menu", True),
        ("Sign in to comment on the summit", False),
        ("Register of foreign agents expands", False),
        ("Central Asia Summit", False),
        ("Source: the ministry said it would grow by 5% next year.", False),
        ("Search and rescue teams reached the village on Monday.", False),
        ("The language of the treaty was agreed in May.", False),
        ("Join our WhatsApp channel", True),
        ("Loading...", True),
        ("Loading the ships took three days.", False),
        ("Follow our Telegram channel for updates", True),
        ("Listen to this article 3 min", True),
        ("Listen to this story · 4:12", True),
        ("Join our efforts to end the conflict, the minister urged.", False),
        ("Listen to this: the ministers agreed.", False),
        # article lines that look a little like furniture stay
        ("By Tuesday, the ministers agreed to meet again.", False),
        ("By the end of the year the bank expects growth.", False),
        ("By 2030 trade will double.", False),
        ("Russia | China talks", False),
        ("Home affairs ministers met in Delhi.", False),
        ("Trade, energy and transport matter most, he said.", False),
        # reading tools and more networks
        ("Font size: A A A | Print version", True),
        ("Print version", True),
        ("Views: 1,284", True),
        ("VKontakte", True),
        ("Instagram YouTube TikTok", True),
        ("Views differed on the size of the fund.", False),
        ("Instagram was blocked in the country last year.", False),
        # credits, wire tags, a site's prompts and neighbour links
        ("(Photo: AFP)", True),
        ("Credit: AP", True),
        ("Xinhua contributed to this report.", True),
        ("(ANI)", True),
        ("With inputs from PTI", True),
        ("Reporting by Jo Roe; Editing by Ivo Marek", True),
        ("Written by Staff", True),
        ("Story continues below advertisement", True),
        ("Like Loading...", True),
        ("Top stories", True),
        ("Next article", True),
        ("Credit ratings agencies downgraded the bank.", False),
        ("Latest figures show trade grew by 5%.", False),
        ("Video footage showed the talks.", False),
        ("Trade grew, Reuters reported.", False),
        # a photo caption that ends in its credit
        ("Jo Roe and Ivo Marek in Astana, July 3, 2026. Photo: Akorda", True),
        ("Jo Roe and Ivo Marek in Astana | Photo: AFP", True),
        ("Ministers pose for a photo in Tashkent on May 14. REUTERS/Jo Roe", True),
        ("FILE PHOTO: Jo Roe attends a ceremony in Beijing. REUTERS/Ivo Marek/File Photo", True),
        ("Image caption, Jo Roe at the summit", True),
        ("The minister said the AP/Reuters report was wrong.", False),
        ("He showed a photo: it was old.", False),
    ],
)
def test_is_furniture_line(line: str, furniture: bool) -> None:
    assert clean.is_furniture_line(line) is furniture


def test_a_related_articles_block_goes_with_its_links() -> None:
    from sco_toolkit.clean import clean_text

    body = "The talks went well, the minister said. " * 8
    text = (
        f"Home | World\n{body}\nRelated articles\n- Vietnam, SCO discuss cooperation\n"
        "- Envoy visits Beijing\nTags: SCO, ASEAN"
    )
    result = clean_text(text)
    assert result.text == body.strip()
    assert (
        "page_tail",
        "Related articles\n- Vietnam, SCO discuss cooperation\n"
        "- Envoy visits Beijing\nTags: SCO, ASEAN",
    ) in result.removed


BODY = "\n\n".join(
    f"Paragraph {i} says the ministers met in Astana and agreed on a plan for trade."
    for i in range(6)
)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        # a "Read also" or "Tags" heading before its links or tags starts the tail
        ("Read also\nRussia, China to coordinate positions ahead of the summit\nTags\nSCO", True),
        ("RELATED ARTICLES:\nKazakhstan eyes closer payment links with China", True),
        ("Tags\nSergey Lavrov\nSCO\nKyrgyzstan", True),
        # a comment count and "Watch also" start it too; a long copyright line after the
        # links is no paragraph of the article
        ("Comments (0)\nLog in to leave a comment", True),
        (
            "Watch also\nKyrgyz and Tajik leaders meet on border delimitation\n© 2025 Eurasia "
            "24 TV Channel. All rights reserved. Reproduction only with a link to the source.",
            True,
        ),
        # a news site's neighbours after the article
        (
            "Previous news\nSCO Secretary-General meets a delegation\nLatest news\n- RATS meets",
            True,
        ),
        ("Most viewed\nKyrgyz and Tajik leaders meet", True),
        # ... but not when a paragraph of the article follows it
        (
            "Read more\nThe ministers also agreed to meet again in June to review the plan for "
            "the new corridor.",
            False,
        ),
    ],
)
def test_soft_tail_headings(tail: str, cut: bool) -> None:
    text = f"{BODY}\n{tail}"
    assert clean.cut_page_tail(text) == (BODY if cut else text)


@pytest.mark.parametrize(
    ("head", "removed"),
    [
        # a site's name, menu items and a time stamp above the story
        ("Russian News Agency\nMenu\nWorld\nBusiness & Economy\n22 APR 2025, 13:41", True),
        ("GLOBAL TIMES\nSearch", True),
        # ... with a line that is furniture on its own among them
        ("EurAsian Times\nFollow EurAsian Times on Google News\nBy Arvind Kaul", True),
        # a site's name, its tagline and a menu
        (
            "East Asia Forum\nEconomics, Politics and Public Policy in East Asia and the "
            "Pacific\nHome\nTopics",
            True,
        ),
        # a long title-case headline before a byline is no site name with a tagline
        (
            "Farmers Blame Reservoir As Water Row Flares Again\nBy Dina Roe and RFE/RL's Kazakh "
            "Service",
            False,
        ),
        # one short line (a kicker, a dateline) stays, and so does a short sentence
        ("ANALYSIS", False),
        ("ASTANA:\nTalks resumed.", False),
    ],
)
def test_menu_block_before_the_first_paragraph(head: str, removed: bool) -> None:
    text = f"{head}\n\n{BODY}"
    result = clean_text(text)
    assert result.text == (BODY if removed else text)
    assert any(step == "menu_blocks" for step, _ in result.removed) is removed


def test_short_lines_after_the_first_paragraph_stay() -> None:
    text = f"{BODY}\n\nMembers\nChina\nRussia\nIndia"
    assert clean.remove_menu_blocks(text) == text


def test_tags_glued_with_separators_and_a_navigation_bar_are_furniture():
    text = (
        "Asia Pacific Monitor\nHome News Asia World Business Opinion Video Podcasts\nSearch\n\n"
        "Diplomacy | Asia-Pacific | InterviewsThe secretary-general of the bloc, Jo Roe, has "
        "spoken about the bloc's ties with ASEAN and the priorities of the year ahead.\n"
        "SecurityInterviewsSCOCentral AsiaThe deputy director said the border was calm and "
        "that talks with Kabul would resume in the spring.\n"
    )
    out = clean.clean_text(text).text
    assert out.startswith("The secretary-general of the bloc, Jo Roe, has spoken")
    assert "\nThe deputy director said" in out
    assert "Home News" not in out and "Diplomacy" not in out and "Central Asia" not in out


STORY = "Talks resumed in Manila this week on a code of conduct for the sea, officials said."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an outlet's name as the last or the first line: its credit
        (f"{STORY}\n\nVNA", STORY),
        (f"Philippine Daily Inquirer\n\n{STORY}", STORY),
        (f"{STORY}\n\n(Source: Steppe Daily)", STORY),
        # the author's bio as the last line
        (f"{STORY}\n\nThe writer is a senior fellow at the Aral Policy Institute.", STORY),
        (f"{STORY}\n\nJo Roe is a researcher covering Central Asian energy.", STORY),
        # ... but not a last sentence of the story, nor a short heading of other words
        (f"{STORY}\n\nJo Roe is a candidate in the May election.", None),
        (f"{STORY}\n\nTalks Resume", None),
    ],
)
def test_closing_credit_and_author_bio(text: str, kept: str | None) -> None:
    result = clean_text(text)
    assert result.text == (kept if kept is not None else text)
    assert bool([p for step, p in result.removed if step == "closing_credit"]) == (kept is not None)


LEAD = "The ministers met in Rio on Tuesday and agreed to widen the use of local currencies."
LATER = "Brazil's finance minister said the bloc was not trying to replace the dollar at all."


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # a label and the related story's headline under it both go
        ("Read next\nArgentina's peso slides as reserves fall", []),
        ("Read also:\nKyrgyzstan to launch a solar tender\nWater deal agreed in Tashkent", []),
        ("Also read:\nIndia refuses to sign the joint statement", []),
        ("Sponsored content\nFive ways to cut your energy bill", []),
        # a sentence under a label is the article's own
        ("Read next\nThe talks will resume in May.", ["The talks will resume in May."]),
        # a short line without a label stays
        ("Argentina's peso slides as reserves fall", ["Argentina's peso slides as reserves fall"]),
    ],
)
def test_a_link_under_its_label_goes_with_it(middle: str, kept: list[str]) -> None:
    text = clean_text(f"{LEAD}\n{middle}\n{LATER}").text
    assert text.split("\n") == [LEAD, *kept, LATER]


def test_trending_links_and_an_agencys_standards_note_are_furniture() -> None:
    raw = (
        f"Trending: SCO Summit | BRICS | Ukraine\n{LEAD}\n{LATER}\n{LATER}\n"
        "Our Standards: The Thomson Reuters Trust Principles.\nSuggested Topics:\nMarkets"
    )
    assert clean_text(raw).text == f"{LEAD}\n{LATER}\n{LATER}"
