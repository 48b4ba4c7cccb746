from sco_toolkit.match import build_matcher, find


def found(matcher, text):
    return [(h.surface, h.payload) for h in find(matcher, text, overlapping=True)]


def test_exact_and_folded_phrases_share_one_scan():
    matcher = build_matcher([("us", "pronoun"), ("US", "USA"), ("Sco", "name", True)])
    assert matcher.exact is None  # the exact phrases ride in the folded automaton
    assert found(matcher, "Tell us, US, SCO and Sco.") == [
        ("us", "pronoun"),
        ("US", "pronoun"),
        ("US", "USA"),  # a folded entry comes before the exact one of the same span
        ("Sco", "name"),
    ]


def test_a_phrase_with_capital_sigma_keeps_its_own_automaton():
    # "Σ" lowers to "ς" at the end of a word, so its folded form may not match the text's
    # ("ΟΔΥΣ'Α".lower() keeps "σ" before the apostrophe, "ΟΔΥΣ".lower() ends in "ς")
    matcher = build_matcher([("ΟΔΥΣ", "exact", True), ("ok", "folded")])
    assert matcher.exact is not None
    assert found(matcher, "ΟΔΥΣ'Α ok") == [("ΟΔΥΣ", "exact"), ("ok", "folded")]
