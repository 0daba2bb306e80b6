import pytest

from tcheck.facts.currencies import amounts, diff


@pytest.mark.parametrize("a, b", [
    ("The fee is 5,150 kroner.", "The fee is 5,150 euros."),
    ("NOK 1.2 million was paid.", "SEK 1.2 million was paid."),
    ("The deal was worth $110 million.", "The deal was worth €110 million."),
    ("It raised £600,000.", "It raised 600,000 yuan."),
    # a round number said as a plural names its money after "of"
    ("It costs tens of thousands of yuan per piece.", "It costs tens of thousands of dollars per tooth."),
    # any money CLDR knows, by name, symbol or code
    ("It cost 5 billion won.", "It cost 5 billion yen."),
    ("It cost 5 billion rupees.", "It cost 5 billion rubles."),
    ("It cost NT$5 billion.", "It cost HK$5 billion."),
    ("It cost 5 billion baht.", "It cost 5 billion dollars."),
    ("It cost KRW 5 billion.", "It cost 5 billion yuan."),
    ("It cost RM5 million.", "It cost 5 million yuan."),  # a symbol of letters, written on the figure
    ("It cost NIS 5 million.", "It cost $5 million."),  # Israel's shekel, as news writes it
])
def test_one_amount_in_another_money_is_a_changed_number(a, b):
    [change] = diff(a, b)
    assert change.kind == "number"
    assert (a[slice(*change.before_spans[0])], b[slice(*change.after_spans[0])]) == (change.before, change.after)


@pytest.mark.parametrize("a, b", [
    ("It raised £600,000.", "It raised 600,000 pounds."),
    ("A subsidy of 5,150 yuan.", "A subsidy of 5150 RMB."),
    # a symbol that several monies share stands for any of them
    ("S$110 million from the budget.", "$110 million from the budget."),
    ("$110 million from the budget.", "110 million Singapore dollars from the budget."),
    ("NOK 1.2 million was paid.", "1.2 million kroner was paid."),
    ("A ticket costs 300 kr.", "A ticket costs 300 Swedish kronor."),
    # no money named on one side, or another value: the number comparator's to judge
    ("It cost 300 dollars.", "It cost 300."),
    ("It cost 300 dollars.", "It cost 400 euros."),
    ("He lost 10 pounds.", "He lost 10 kilos."),
    ("It lent millions of yuan.", "It lent millions of renminbi."),
    ("It cost 5 billion won.", "It cost KRW 5 billion."),
    ("It cost 5 billion won.", "It cost ₩5 billion."),
    ("It cost NT$5 billion.", "It cost 5 billion Taiwan dollars."),  # a tail of CLDR's "New Taiwan dollars"
    ("It cost ₹5 billion.", "It cost 5 billion rupees."),
    ("It cost R$5 billion.", "It cost 5 billion Brazilian reals."),
    ("It cost 5 million pesos.", "It cost $5 million."),  # Mexico writes its peso "$"
    ("It cost C$5 billion.", "It cost 5 billion Canadian dollars."),  # CLDR's "C$" is the córdoba's
    ("It cost Rs5bn.", "It cost ₹5bn."),  # Indian news writes "Rs", CLDR "₹"
    ("It cost NIS 5 million.", "It cost 5 million shekels."),
    ("It cost R5 million.", "It cost 5 million rand."),
    ("20% of yuan loans were repaid.", "20% of dollar loans were repaid."),  # no plural: the loans' money
])
def test_the_same_money_or_none_named_is_no_change(a, b):
    assert diff(a, b) == []


def test_two_amounts_swapped_between_monies_are_two_changes():
    changes = diff("Tickets cost 20 euros and 30 dollars.", "Tickets cost 20 dollars and 30 euros.")
    assert [(c.before, c.after) for c in changes] == [("20 euros", "20 dollars"), ("30 dollars", "30 euros")]


def test_an_amount_reads_the_money_before_or_after_it():
    assert [(a.text, sorted(a.monies)) for a in amounts("US$5 and 7 Hong Kong dollars and ¥9")] == [
        ("US$5", ["USD"]), ("7 Hong Kong dollars", ["HKD"]), ("¥9", ["CNY", "JPY"])]


def test_a_code_names_a_money_in_capitals_only():
    assert [sorted(a.monies) for a in amounts("all 5 members, ALL 5 and KRW 7")] == [[], ["ALL"], ["KRW"]]
