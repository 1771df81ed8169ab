"""The scorer under guide v2: a range's empty gold value, and the confusion matrices."""

from __future__ import annotations

import math

import pandas as pd

from aidlib.evaluate import confusion, gold_claims, score_claims


def _gold() -> pd.DataFrame:
    return gold_claims()


def test_a_range_with_empty_gold_value_is_scored_on_low_and_high() -> None:
    gold = _gold().iloc[:1].copy()
    gold[["value", "low", "high", "vague"]] = [math.nan, 5e9, 6e9, False]
    pred = gold.copy()
    assert score_claims(pred, gold)["money_value"].f1 == 1.0
    pred["high"] = 7e9
    assert score_claims(pred, gold)["money_value"].f1 == 0.0


def test_confusion_counts_gold_rows_against_predicted_columns() -> None:
    gold = _gold()
    money = gold.index[gold["measure"] == "money"]
    pred = gold.drop(index=money[0]).copy()  # one gold figure missed
    pred.loc[money[1], "kind"] = "requested"  # one figure called "requested"
    lines = confusion(pred, gold, "kind").splitlines()
    columns = lines[0].split()[4:]  # after "kind gold \ predicted"
    assert columns[-1] == "(missed)" and "requested" in columns
    cells = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in lines[1:]}
    total = sum(sum(row) for row in cells.values())
    assert total == len(money)
    g1, g0 = gold.loc[money[1], "kind"], gold.loc[money[0], "kind"]
    assert cells[g1][columns.index("requested")] >= 1
    assert cells[g0][-1] == 1


def test_confusion_of_category_lists_the_guide_v2_labels() -> None:
    text = confusion(_gold(), _gold(), "category")
    assert "unspecified" in text.splitlines()[0]
