"""The customer list's ABC filter and sort, done in the core on the rules' marks."""

from __future__ import annotations

from crm_desktop.core.services.customer_marks import CustomerMarks

# (id, ABC class, key account, warnings): ids 1–7 in the list's (pinyin) order 5, 3, 1, 7, 2, 6, 4.
MARKS = CustomerMarks(
    [
        (1, "B", 0, 0),
        (2, "AAA", 1, 2),
        (3, "B", 0, 1),
        (4, None, 0, 0),
        (5, "A", 1, 0),
        (6, "C", 0, 0),
        (7, "AAA", 0, 0),
    ]
)
LISTED = [5, 3, 1, 7, 2, 6, 4, 99]  # 99: a customer newer than the marks (not classed yet)


def test_filter_by_class_key_accounts_or_unclassed_keeps_the_list_order() -> None:
    assert MARKS.narrow(LISTED, "B") == [3, 1]
    assert MARKS.narrow(LISTED, "AAA") == [7, 2]
    assert MARKS.narrow(LISTED, "key") == [5, 2]
    assert MARKS.narrow(LISTED, "") == [4, 99]
    assert MARKS.narrow(LISTED, "Z") == []
    assert MARKS.narrow(LISTED) == LISTED


def test_sort_by_class_puts_the_best_first_and_keeps_pinyin_order_within_a_class() -> None:
    assert MARKS.narrow(LISTED, by_class=True) == [7, 2, 5, 3, 1, 6, 4, 99]
    assert MARKS.narrow(LISTED, "B", by_class=True) == [3, 1]
    assert MARKS.narrow([], by_class=True) == [] and LISTED == [
        5,
        3,
        1,
        7,
        2,
        6,
        4,
        99,
    ]  # not changed in place


def test_it_agrees_with_the_marks_one_by_one() -> None:
    ranked = MARKS.narrow(LISTED, by_class=True)
    assert [MARKS.rank(i) for i in ranked] == sorted((MARKS.rank(i) for i in LISTED), reverse=True)
    for klass in CustomerMarks.CLASSES:
        assert MARKS.narrow(LISTED, klass) == [i for i in LISTED if (MARKS.abc(i) or "") == klass]
