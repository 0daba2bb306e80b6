import pytest

from tcheck.facts import Pair, negation
from tcheck.facts.negation import diff


@pytest.mark.parametrize("a, b", [
    ("The governor approved the plan.", "The governor did not approve the plan."),
    ("The governor approved the plan.", "Statsforvalteren godkjente ikke planen."),
    ("He received a ransom demand.", "He never received a ransom demand."),
    ("Neither the mayor nor her deputy has commented.", "The mayor and her deputy have commented."),
    ("The court accepted the appeal.", "The court rejected the appeal."),
    ("The bill was passed by the upper house.", "The upper house voted down the bill."),
    ("The federation lifted the ban.", "The federation extended the ban."),
    ("Profit beat expectations.", "Profit fell short of expectations."),
    ("The drug was given with her consent.", "The drug was given without her consent."),
    ("Experts say the bridge is safe.", "Experts say the bridge is unsafe."),  # a negative prefix
    ("The drug was approved.", "The drug was unapproved."),  # "un" before a participle WordNet lacks
    ("The company will increase departures.", "Departures will be cut."),
    ("The road is open to lorries.", "The road is closed to lorries."),
    ("The board accepted the offer.", "The board turned the offer down."),
    ("Sales rose sharply in the final quarter.", "Sales declined sharply in the last quarter."),
    ("The plan was not approved, without debate.", "The plan was approved without debate."),
    ("The board accepted the offer.", "The board declined the offer."),
    ("The shop is close to the station and will not open.", "The shop is near the station and will open."),
    ("The spokesman commented on the deal.", "The spokesman refrained from commenting on the deal."),
    ("The project went ahead.", "The project was put on hold."),
    ("The drug reduced the risk by 30%.", "The drug increased the risk by 30%."),  # 减少 / 增加
    ("The plan will reduce costs.", "The plan will raise costs."),
    ("Prices soared in March.", "Prices plunged in March."),  # verbs' directions (antonyms.directions)
])
def test_flipped_polarity(a, b):
    [change] = diff(a, b)
    assert change.kind in ("negation", "opposite", "polarity")


@pytest.mark.parametrize("a, b", [
    ("He did not call and did not write.", "He did not call but wrote."),  # a second clause's own "not"
    ("There was food and no water.", "There was food and water."),  # a particle that repeats none
    ("Nor did the board approve it.", "The board approved it."),  # "nor" carrying the sentence before
    ("The public at large was not told.", "The wider public was told."),  # "at large" of no suspect
    ("The stadium was not empty.", "The stadium was empty."),  # a privative both texts say stands for nothing
])
def test_a_particle_that_carries_no_earlier_negation_still_counts(a, b):
    [change] = diff(a, b)
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b, kind", [
    ("The governor approved the plan.", "The governor did not approve the plan.", "negation"),
    ("Statsforvalteren godkjente planen.", "The governor did not approve the plan.", "negation"),
    ("He won the vote.", "He didn't win the vote.", "negation"),
    ("The court accepted the appeal.", "The court rejected the appeal.", "opposite"),
    ("Prices rose in May.", "Prices fell in May.", "opposite"),
    ("The mayor agreed to meet them.", "The mayor refused to meet them.", "polarity"),
    ("The storm prevented the launch.", "The storm delayed the launch.", "polarity"),
    ("The minister declined to comment.", "The minister commented.", "polarity"),
])
def test_a_particle_is_a_negation_an_antonym_an_opposite_and_a_negative_word_a_polarity(a, b, kind):
    [change] = diff(a, b)
    assert change.kind == kind


@pytest.mark.parametrize("a, b", [
    ("He did not comment.", "He declined to comment."),
    ("She refused to answer.", "She would not answer."),
    ("Nobody was hurt.", "No one was injured."),
    ("The report, No 32-04, is secret.", "The report is secret."),
    ("The bridge will be closed to lorries.", "Lorries will not be allowed on the bridge."),
    ("Doctors Without Borders said it was hit.", "The charity said it was hit."),  # a cue inside a name
    ("Prime Minister Denies Resignation Rumours", "PM rejects rumours that he will resign"),  # a heading's capitals
    ("The storm cut power to 200,000 homes.", "The storm left 200,000 homes without power."),
    ("Heavy rain is expected.", "Much rain is expected."),  # not antonyms in any one sense
    ("The line started in 2019 and will finish in 2028.", "The line began in 2019 and will be completed in 2028."),
    ("There is a shortage of nurses.", "It is lack of nurses."),
    ("The hospital has too few nurses.", "The hospital does not have enough nurses."),
    ("The museum closed last week and will reopen in May.", "The museum shut last week; it will open again in May."),
    ("The hospital stopped all operations.", "The hospital halted all operations."),
    # one negation carried over a coordination: "nor", and a particle repeated after "and", "or" or a comma
    ("He did not call or write.", "He neither called nor wrote."),
    ("The vote was neither free nor fair.", "The vote was neither free neither fair."),  # Apertium's "nor"
    ("He did not go, nor did she.", "He did not go and she did not go either."),  # "nor" with a clause
    ("Neither the mayor nor her deputy has commented.", "The mayor has not commented, and nor has her deputy."),
    ("Donors must not have genetic or infectious diseases.", "Donors must have no genetic diseases and no infectious "
                                                             "diseases."),
    ("There was no food or water.", "There was no food, no water."),
    # "prevent" as a verb alone: the noun and adjective name an activity, not a thing that did not happen
    ("Raise awareness of prevention.", "Raise awareness of security."),
    ("Measles is not a mild illness, and it is entirely preventable.",
     "The measles is not a slight illness and is totally prevenible."),  # Apertium's unknown word
    # "decline" is a refusal only before a verb: the noun, and a fall to an amount, say a fall
    ("It was the largest decline in a decade.", "It was the largest decrease in a decade."),
    ("Exports declined to 3% in May.", "Exports fell to 3% in May."),
    ("Sales declined to their lowest level.", "Sales fell to their lowest level."),
    ("He declined comment.", "He would not comment."),
    # "without" and "free of" stand for a particle of the other text, never for a flip of their own
    ("Donors must have no genetic diseases.", "Donors must be free of genetic diseases."),
    ("Donors must not have color blindness.", "Donors must be without color blindness."),
    ("He refused to pay.", "He left without paying."),
    ("The keeper kept a clean sheet.", "The goalkeeper did not concede a goal."),
    ("The owner, who asked not to be named, agreed.", "The owner, who asked to remain anonymous, agreed."),
    ("He spoke on condition that he not be identified.", "He spoke on condition of anonymity."),
    ("The suspect remains at large.", "The suspect has not been caught."),
    ("The gunman is still at large.", "Police have not yet arrested the gunman."),
    # a word negated by its prefix stands for a particle of the other text
    ("The drug has not yet been approved.", "The drug remains unapproved."),
    ("The plan is not conducive to growth.", "The plan is unfavourable to growth."),
    ("The ministry denied the report.", "The ministry said the report was untrue."),
    ("The company did not disclose the price.", "The price was undisclosed."),
    ("The talks failed.", "The talks were unsuccessful."),
    ("The cause is still not clear.", "The cause remains uncertain."),
    # "the first time" and "unprecedented" say "never before"
    ("It was the first time China hosted the games.", "China had never hosted the games before."),
    ("The scale of the flooding is unprecedented.", "Flooding on this scale has never been seen."),
    # a verb that the other text says in a form without a negation of its own: the same act
    ("Fraud prevention tips.", "Tips to prevent fraud."),
    # "anti-" stands for the verb of the other text that says it
    ("Tips to prevent fraud: 1.", "Anti-scam tips: 1."),
    # "zero", "far from" and "yet to" stand for a particle of the other text
    ("Zero cases were reported.", "No cases were reported."),
    ("It is far from enough.", "It is not enough."),
    ("The company has yet to respond.", "The company has not responded yet."),
    ("The best is yet to come.", "The best is still to come."),
    # verbs that carry a negation
    ("He refrained from commenting.", "He did not comment."),
    ("The project was put on hold.", "The project was suspended."),
    ("The strike halted all trains.", "All trains came to a standstill because of the strike."),
    # "not only X but also Y" says both; "not unlike" is "like"
    ("The law not only bans smoking but also raises the fine.",
     "Besides banning smoking, the law also raises the fine."),
    ("The design is not unlike the old station.", "The design is rather similar to the old station."),
    ("The road will be closed to traffic.", "The road will be shut to traffic."),
    # a word too ambiguous to count as an opposite ("close" is also "near") may cancel a particle
    ("The airport remained open throughout the storm.", "The airport did not close at any point during the storm."),
    ("Demand was higher than ever.", "Demand had never been higher."),
    ("It was the highest number ever recorded.", "Never before were so many recorded."),
    ("She stepped down after eight years at the helm.", "After eight years leading the firm, she resigned."),
    # litotes: "not small" says "large", with or without an antonym on the other side
    ("There is significant pressure for growth.", "The pressure to grow is not small."),
    ("Many people came.", "Not a few people came."),
    ("It was no small feat.", "It was a great achievement."),
    ("Such cases are common.", "Such cases are not uncommon."),
    # ... beside a particle that an antonym swap answers for ("not good" / "poor")
    ("The economy was not good, and there is significant pressure.",
     "The economy was poor, and the pressure was not small."),
    ("The team did not win, and the losses were not small.", "The team lost, and the losses were significant."),
    ("Prices did not soar.", "Prices fell."),  # ... or that a verb's direction answers for
    # a word that survives inflected ("buyers") is no antonym of one the other side has ("selling")
    ("It will be difficult for the buyer to defend their rights.",
     "It is not easy for buyers to defend their rights when selling."),
    # a bound said by negating its opposite, and without a negation
    ("Prices rose by no more than 3%.", "Prices rose by at most 3%."),
    ("Myopia must not exceed 600 degrees.", "Myopia of up to 600 degrees is accepted."),
    ("The fine is not less than 5,000 yuan.", "The fine is at least 5,000 yuan."),
    ("The fine is not less than 5,000 yuan.", "The fine is 5,000 yuan or more."),  # the swap less/more cancels
    ("The fee will not exceed 50 yuan.", "The fee will be within 50 yuan."),  # 以内
    ("Only two people were injured.", "No more than two people were injured."),  # 仅
    ("Under 100 people came.", "Not even 100 people came."),  # 不到
    ("Less than 10% of firms replied.", "Not even 10% of firms replied."),
    ("The rise was below 3%.", "The rise did not exceed 3%."),
    ("Applicants must be at least 18.", "Applicants must be no younger than 18."),  # an age's bound
    ("Riders must be 12 or younger.", "Riders must be no older than 12."),
    # a fixed phrase's particle negates nothing the sentence claims
    ("We will spare no effort to help.", "We will make every effort to help."),
    ("No matter what happens, we will continue.", "Whatever happens, we will continue."),
    ("There is no doubt that prices rose.", "Prices undoubtedly rose."),
    ("He had no choice but to resign.", "He was forced to resign."),
    ("It is nothing but a rumour.", "It is only a rumour."),
    ("None other than the mayor attended.", "The mayor himself attended."),
    ("The record leaves no doubt that it knew.", "The file does not leave room for doubt that it knew."),
    ("We will spare no effort to help.", "We will not spare any effort to help."),
    # chats' and posts' fixed phrases (迫不及待, 算了, 没问题, 请放心), the last three opening a clause
    ("Customers can't wait to try the new model.", "Customers are eager to try the new model."),
    ("Never mind, I figured it out.", "Forget it, I worked it out."),
    ("Not gonna lie, the ending made me cry.", "Honestly, the ending made me cry."),
    ("OK, no problem, please wait a moment.", "Okay, sure, please hold on for a second."),
    ("No way, that's crazy!", "Really, that's crazy!"),
    ("Please don't worry, we will handle it.", "Please rest assured that we will handle it."),
    ("Don't hesitate to contact us.", "Feel free to contact us."),  # 请随时
    ("You're welcome!", "No need to thank me!"),  # 不客气, 不用谢
    ("You're welcome.", "Don't mention it."),
    ("I couldn't agree more.", "I totally agree."),
    ("She could not help smiling.", "She smiled in spite of herself."),
    ("So, you know, it's not, it's not that simple.", "It's not that simple."),  # speech repeats itself
    ("No, no, you're absolutely right.", "You are completely right."),
    ("No sooner had he sat down than the phone rang.", "He had only just sat down when the phone rang."),
    ("You can't go wrong with this phone.", "This phone is a safe choice."),
    ("No offence, but the food was cold.", "Sorry, but the food was cold."),
    ("Nothing beats homemade dumplings.", "Homemade dumplings are the best."),  # the top, negated
    ("The film was not bad.", "The film was okay."),  # a litotes
    ("Inflation hit a record high.", "Inflation reached its highest level ever."),
    # a cue verb said by a word of the same sense (WordNet), and "prevent and control" (防控)
    ("The shop stopped selling cigarettes.", "The shop ceased selling cigarettes."),
    ("He rejected the offer.", "He declined the offer."),
    ("The party rejects the consensus.", "The party refuses to accept the consensus."),  # a swap and a cue
    ("The city will prevent and control the epidemic.", "The city will control the epidemic."),
    ("Unemployment is at an all-time low.", "Unemployment is lower than ever."),
    # "non-" with a hyphen negates as it does without one; "voted against" says a refusal
    ("The virus is not contagious.", "The virus is non-contagious."),
    ("The plan was rejected by voters.", "Voters voted against the plan."),
    # "yet to" before a word says what its "un" form says (尚未)
    ("The findings remain unpublished.", "The findings have yet to be published."),
    ("The plan remains unapproved.", "The plan is yet to be approved."),
    # a possibility not ruled out is a doubt (不排除)
    ("A rise in prices cannot be ruled out.", "Prices may rise."),
    ("Police did not rule out foul play.", "Police said foul play was possible."),
    ("The ministry does not exclude a delay.", "The ministry said there might be a delay."),
    # "no longer" is "stop" or "cease" before a verb; "hardly" a negation; "cannot be ignored" a litotes
    ("The shop will no longer sell cigarettes.", "The shop will stop selling cigarettes."),
    ("The shop will no longer sell cigarettes.", "The shop will cease to sell cigarettes."),
    ("Hardly anyone came.", "Almost no one came."),
    ("The risk cannot be ignored.", "The risk deserves attention."),
    ("The ceasefire held.", "The truce held."),
    # but neither is a flip of its own
    ("The chain will stop selling energy drinks.", "The chain is going to stop the sale of energy drinks."),
    ("Hardly any tickets remain.", "Very few tickets are left."),
    # a verb that WordNet makes a kind of the cue verb carries its negation
    ("He missed the deadline.", "He failed to meet the deadline."),
    ("He avoided the question.", "He dodged the question."),
    ("The country failed to pay.", "The country defaulted."),
    ("The measures aim to prevent infections.", "The measures aim to stop infections."),  # a verb after "to"
    ("The police will prevent protests.", "The police will stop protests."),  # or after a modal
    # a word that is no verb here forbids nothing: "bars" is no kind of "prohibit" in this sentence
    ("The law prohibits smoking in bars.", "Smoking in bars is not allowed under the law."),
    ("There is no evidence of fraud.", "There is an absence of evidence of fraud."),  # an absence negates
    ("The minister denied the report.", "The minister refuted the report."),  # 否认, a denial either way
    ("The ministry denied the claims.", "The ministry rebutted the claims."),
    # an adverb's adjective against its opposite negated: "poorly" is "not good"
    ("The economy performed poorly this year.", "The economy's performance this year is not good."),
])
def test_same_polarity(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b, kind, said", [
    ("The governor approved the plan.", "The governor did not approve the plan.",
     "negation", ("approved", "did not approve")),
    ("Police have not confirmed his identity.", "Police have confirmed his identity.",
     "negation", ("have not confirmed", "have confirmed")),
    ("The court accepted the appeal.", "The court rejected the appeal.", "opposite", ("accepted", "rejected")),
    # A sentence put in another order: the cue's neighbours, wherever the other text has them.
    ('"We will not negotiate," the minister said.', 'The minister said: "We will negotiate."',
     "negation", ("will not negotiate", "will negotiate")),
    ('The minister said: "We will negotiate."', '"We will not negotiate," the minister said.',
     "negation", ("will negotiate", "will not negotiate")),
    # A word moved (rough MT), so the diff runs on: up to the verb the particle negates.
    ("The regional government approved an emergency fund of 2 million euros on Wednesday.",
     "The regional government did not approve a fund of emergency of 2 million euros the Wednesday.",
     "negation", ("approved", "did not approve")),
    # Nowhere side by side: the cues alone, not a run of the reordering.
    ("Police said no one was hurt in the fire, which started late on Sunday.",
     "The fire started late on Sunday, and police said someone was hurt.", "negation", ("no", "affirmative")),
])
def test_the_change_says_it_in_the_texts_own_words(a, b, kind, said):
    [change] = diff(a, b)
    assert (change.kind, change.said or (change.before, change.after)) == (kind, said)


@pytest.mark.parametrize("a, b", [
    ("The pressure is small.", "The pressure is not small."),
    ("The risk can be ignored.", "The risk cannot be ignored."),
    ("Such cases are uncommon.", "Such cases are not uncommon."),
    ("Few came.", "Not a few came."),
    ("The film was bad.", "The film was not bad."),
])
def test_a_litotes_against_its_own_word_is_a_negation(a, b):
    assert [c.kind for c in diff(a, b)] == ["negation"]


def test_a_litotes_against_its_own_word_beside_an_antonym_swap_is_a_flip():
    # "not good" / "poor" cancel, and "small" / "not small" stays a flip.
    a, b = "The result was not good, and the pressure is small.", "The result was poor, and the pressure is not small."
    assert [c.kind for c in diff(a, b)] == ["opposite"]


@pytest.mark.parametrize("a, b", [
    ("There is no problem with the battery.", "There is a problem with the battery."),
    ("Investors don't worry about inflation.", "Investors worry about inflation."),
    ("Patients cannot wait for months.", "Patients can wait for months."),
    ("There is no way to know who sent it.", "There is a way to know who sent it."),
    ("He did not hesitate to criticise the plan.", "He hesitated to criticise the plan."),
    ("Do not mention it in the report.", "Mention it in the report."),
    ("There was no offence committed.", "There was an offence committed."),
    ("The aid could not help families.", "The aid could help families."),
    ("It's not, it's not that simple.", "It's that simple."),
    ("Yeah, no, that's exactly what I mean.", "No, that's not what I mean."),
])
def test_a_chat_phrase_said_mid_clause_is_a_negation_still(a, b):
    assert [c.kind for c in diff(a, b)] == ["negation"]


@pytest.mark.parametrize("a, b", [
    ("Size M is out of stock, sorry.", "Size M is in stock."),
    ("The patient is in danger.", "The patient is out of danger."),
    ("The village is out of range of the guns.", "The village is within range of the guns."),
])
def test_a_state_against_its_lack_is_an_opposite(a, b):
    [change] = diff(a, b)
    assert change.kind == "opposite" and "out of" in change.before + change.after


@pytest.mark.parametrize("a, b", [
    ("Size M is out of stock.", "Size M is not in stock."),
    ("Size M is out of stock.", "Size M is sold out."),
    ("The patient is out of danger.", "The patient is no longer in danger."),
    ("The lift is out of service, and the stairs are in service.",
     "The lift is out of service; the stairs are in service."),
])
def test_a_lack_said_as_a_state_negated_or_in_other_words_is_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_a_word_of_a_name_both_texts_say_is_no_opposite():
    assert diff("Sales on Double Eleven hit a record.", "Sales on Singles' Day hit a record.") == []
    [change] = diff("Sales on Double Eleven increased.", "Sales on Singles' Day decreased.")
    assert (change.kind, change.before, change.after) == ("opposite", "increased", "decreased")


@pytest.mark.parametrize("a, b", [
    ("The firm hired non-resident workers.", "The firm hired resident workers."),
    ("The virus is contagious.", "The virus is non-contagious."),
])
def test_non_with_a_hyphen_against_its_word_is_an_opposite(a, b):
    [change] = diff(a, b)
    assert change.kind == "opposite" and "non-" in change.before + change.after


@pytest.mark.parametrize("a, b", [
    ("They earn money from non-attending users.", "They earn money from users who don't come."),
    ("Non-smoking rooms cost more.", "Rooms where smoking is not allowed cost more."),
])
def test_non_with_a_hyphen_stands_for_a_particle(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_a_fixed_phrase_keeps_its_place_for_the_cues_beside_it():
    o, t = "We will spare no effort, but we cannot win.", "We will spare no effort, and we can win."
    [change] = diff(o, t)
    assert (change.kind, change.before, change.after) == ("negation", "cannot", "affirmative")
    assert [o[s:e] for s, e in change.before_spans] == ["cannot"]


@pytest.mark.parametrize("a, b", [
    ("Prices rose by no more than 3%.", "Prices rose by more than 3%."),
    ("Prices rose by no more than 3%.", "Prices rose by at least 3%."),  # the other bound
    ("The fine is not less than 5,000 yuan.", "The fine is at most 5,000 yuan."),
    ("Sales did not exceed the forecast.", "Sales exceeded the forecast."),
    ("The fee will not exceed 50 yuan.", "The fee will be within the budget of 50 yuan."),
    ("Not less than 100 people came.", "Less than 100 people came."),
    ("At least 100 people came.", "Not even 100 people came."),
    # a possibility not ruled out against one ruled out, whatever else doubts
    ("Police did not rule out foul play.", "Police ruled out foul play."),
    ("Police did not rule out foul play, which may have occurred.",
     "Police ruled out foul play, which may have occurred."),
    ("Russia was not excluded from the talks.", "Russia was excluded from the talks."),
])
def test_a_bound_turned_round_is_a_negation(a, b):
    assert [c.kind for c in diff(a, b)] == ["negation"]


@pytest.mark.parametrize("a, b", [
    # a prefixed word that both texts hold stands for nothing
    ("The government approved the unpopular plan.", "The government did not approve the unpopular plan."),
    # "un" that undoes an act ("unveil", "uncover") negates nothing
    ("Police did not uncover the plot.", "Police uncovered the plot."),
    ("The ministry did not unveil the plan.", "The ministry unveiled the plan."),
    # a prefix before a rare stem is no negation to stand for: "inevitable" says "cannot be avoided"
    ("A slowdown is not inevitable.", "A slowdown cannot be avoided."),
    # a prefix that negates nothing: "innumerous" is "countless"
    ("Authorities cannot prevent refugees from filing countless claims.",
     "Authorities to prevent refugees from filing innumerous claims."),
])
def test_a_prefix_stands_for_a_particle_only_where_it_negates_a_word_the_other_text_lacks(a, b):
    [change] = diff(a, b)
    assert change.kind in ("negation", "polarity")


@pytest.mark.parametrize("a, b", [
    ("The role is irreplaceable.", "The role cannot be replaced."),
    ("The disease is incurable.", "The disease could not be cured."),
    ("The road is impassable.", "The road cannot be passed."),
    ("The bond is unbreakable.", "The bond cannot be broken."),
    ("The trend is unstoppable.", "The trend cannot be stopped."),  # a verb that is a cue of its own
    ("Talent is indispensable.", "Talent cannot be dispensed with."),
])
def test_cannot_be_done_is_an_adjective_in_able_that_a_prefix_negates(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("The damage is reversible.", "The damage cannot be reversed."),  # no prefix
    ("The road is impassable.", "The road cannot be crossed and is open."),  # another verb
    ("The road is passable.", "The road cannot be passed."),
])
def test_cannot_be_done_still_flips_beside_an_adjective_that_says_it_can(a, b):
    [change] = diff(a, b)
    assert change.kind == "negation"


def test_a_kind_of_the_cue_verb_still_flips_against_a_particle():
    [change] = diff("The attack was not averted.", "The attack was prevented.")
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b", [
    ("The rule aims to prevent abuse.", "The rule aims to allow abuse."),
    ("The police went to prevent it.", "The police went to school."),
    ("There is an absence of evidence.", "There is evidence."),
])
def test_a_verb_after_to_that_is_no_kind_of_the_cue_still_flips(a, b):
    [change] = diff(a, b)
    assert change.kind == "polarity"


def test_a_refutation_is_a_denial_and_flips_against_a_confirmation():
    [change] = diff("The minister refuted the report.", "The minister confirmed the report.")
    assert (change.kind, change.before) == ("polarity", "refuted")


def test_a_banner_bans_nothing():
    assert diff("A logo appeared on the screen.", "A banner appeared on the screen.") == []
    assert [c.kind for c in diff("The group was allowed.", "The group was banned.")] == ["opposite"]


def test_british_spelling_is_read_as_wordnet_writes_it():
    [change] = diff("Fishermen praised the decision.", "Fishermen criticised the decision.")
    assert (change.kind, change.before, change.after) == ("opposite", "praised", "criticised")
    assert diff("They organised a protest.", "They organized a protest.") == []


@pytest.mark.parametrize("o, t, before, after", [
    # a negation stands in its negative cues: the original has none (the reader is told "approved")
    ("The council approved the plan.", "The council did not approve the plan.", [], ["not"]),
    ("Nobody was hurt, and nothing was lost.", "Nobody was hurt.", ["Nobody", "nothing"], ["Nobody"]),
    # an opposite stands in the swapped words, and in every negative cue beside them
    ("Prices rose and did not stop.", "Prices fell and did not stop.", ["rose", "not"], ["fell", "not"]),
])
def test_a_flip_says_where_it_stands(o, t, before, after):
    [c] = diff(o, t)
    assert [o[s:e] for s, e in c.before_spans] == before and [t[s:e] for s, e in c.after_spans] == after


@pytest.mark.parametrize("lang, source", [
    ("es", "Ninguna de ellas está en estado grave."),
    ("es", "No está en estado grave ninguna de ellas."),  # a double negative is one presence
    ("nb", "Ingen av dem er i alvorlig tilstand."),
    ("de", "Keine von ihnen ist in ernstem Zustand."),
    ("fr", "Aucune d'elles n'est dans un état grave."),
    ("uk", "Жодна з них не перебуває у важкому стані."),
    ("he", "אף אחת מהן אינה במצב קשה."),
    ("he", "הן נבדקו, ואף אחת מהן לא במצב קשה."),
])
def test_a_negation_the_source_keeps_is_lost_by_the_mt_not_by_the_translation(lang, source):
    """Apertium rendered "Ninguna de ellas" as "Any of them": the translation kept the negation."""
    pair = Pair("Neither is in serious condition.", "Any of them is in grave state.", source, lang)
    assert negation.compare(pair) == [] and negation.misrendered(pair)


@pytest.mark.parametrize("source, lang", [
    ("Todas están en estado grave.", "es"),  # the source lost it too: the translation did
    ("Todas no están en estado grave.", None),  # a language not known is not read
    ("Ninguna de ellas está en estado grave.", "tr"),
    ("כולן במצב מלא של הכרה, במצב קשה.", "he"),  # "מלא" is "full": no particle with "מ" written onto it
])
def test_a_negation_the_source_lacks_or_cannot_show_stays_a_change(source, lang):
    pair = Pair("Neither is in serious condition.", "Any of them is in grave state.", source, lang)
    assert [c.kind for c in negation.compare(pair)] == ["negation"] and not negation.misrendered(pair)


def test_the_source_excuses_only_a_particle_and_only_one_the_mt_got_wrong():
    # the MT added "not" where the source has none and the original none: an MT error
    pair = Pair("The plan was approved.", "The plan was not approved.", "Planen ble godkjent.", "nb")
    assert negation.compare(pair) == []
    # the source says "not" as the English does: the translation added it
    assert negation.compare(Pair("The plan was approved.", "The plan was not approved.",
                                 "Planen ble ikke godkjent.", "nb"))
    # an opposite is a word the source's particles do not show
    assert negation.compare(Pair("Prices rose.", "Prices fell.", "Prisene steg ikke.", "nb"))
    # an English rewrite has no source to read
    assert negation.compare(Pair("The plan was approved.", "The plan was not approved.", None, "nb"))


def test_a_word_negated_by_its_prefix_is_still_the_opposite_of_its_stem_said_plainly():
    [c] = diff("The findings remain unpublished.", "The findings have been published.")
    assert (c.kind, c.before, c.after) == ("opposite", "unpublished", "published")


def test_non_profit_negates_no_profit_and_voting_against_makes_no_flip_of_its_own():
    assert [c.kind for c in diff("The group does not make a profit.", "The group is a non-profit.")] == ["negation"]
    assert diff("Voters approved the plan.", "Voters voted against the plan.") == []  # left to the verifier


@pytest.mark.parametrize("b", ["The sale was unlawful.", "The sale was illegal."])
def test_a_particle_before_a_word_its_prefix_negates_is_a_flip_against_that_word_said_otherwise(b):
    # "not illegal" / "unlawful" is a flip, "not unreasonable" / "fair" none: only meaning tells them apart,
    # so a particle there counts (a litotes reads so only before the words of _UNDERSTATED).
    assert diff("The sale was not illegal.", b)


@pytest.mark.parametrize("a, b", [("The move was not unexpected.", "The move was unexpected."),
                                  ("It is not impossible that prices will rise.", "It is impossible.")])
def test_the_same_word_with_and_without_its_particle_is_a_flip(a, b):
    assert diff(a, b)


@pytest.mark.parametrize("a, b", [("He did not arrive until 5 p.m.", "He only arrived at 5 p.m."),  # 直到…才
                                  ("Not until Monday did he speak.", "He only spoke on Monday.")])
def test_not_until_is_the_earliest_time_that_only_says(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [("Schools will stay shut until March.", "Schools will not stay shut until March."),
                                  ("The law did not take effect until 2020.", "The law took effect in 2020.")])
def test_not_until_with_no_only_on_the_other_side_keeps_its_particle(a, b):
    [change] = diff(a, b)
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b", [("Nothing is more important than safety.", "Safety is the most important thing."),
                                  ("Nothing is more important than safety.", "Safety comes first."),  # 没有什么比…更
                                  ("No country has more debt than Japan.", "Japan has the most debt.")])
def test_nothing_above_it_is_the_top(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("b", ["Japan has the least debt.", "Japan has debt."])
def test_nothing_above_it_with_no_top_on_the_other_side_keeps_its_particle(b):
    [change] = diff("No country has more debt than Japan.", b)
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b", [("Not long after the vote, he resigned.", "Soon after the vote, he resigned."),  # 不久
                                  ("It was not long before prices rose.", "Prices rose shortly afterwards."),
                                  ("Not long ago, he resigned.", "He recently resigned.")])
def test_not_long_after_is_soon_after(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_not_long_after_is_no_long_after():
    [change] = diff("Not long after the vote, he resigned.", "Long after the vote, he resigned.")
    assert change.kind == "negation"


@pytest.mark.parametrize("a, b", [("Sales were up 3.5%.", "Sales saw a decrease of 3.5%."),
                                  ("Exports were down 5%.", "Exports saw an increase of 5%."),
                                  ("Exports were up 5%.", "Exports saw a drop of 5%.")])
def test_a_change_said_up_or_down_turned_the_other_way_is_an_opposite(a, b):
    [change] = diff(a, b)
    assert change.kind == "opposite"


def test_a_change_said_up_or_down_the_same_way_is_kept():
    assert diff("Sales were up 3.5%.", "Sales saw an increase of 3.5%.") == []


@pytest.mark.parametrize("a, b", [
    ("The match was cancelled.", "The match did not take place."),
    ("The match was called off.", "The match will not be played."),
    ("The vote was postponed.", "The vote did not take place as planned."),
    ("Ferry services were suspended on Wednesday.", "On Wednesday the ferry services were cancelled."),
    ("Prices rose instead of falling.", "Prices did not fall but rose."),
    ("Prices rose rather than falling.", "Prices did not fall; they rose."),
    ("The patient's life is not in danger.", "The patient is out of danger."),  # 脱离危险
    ("The goods are out of stock.", "The goods are not available."),
])
def test_a_thing_called_off_or_done_instead_says_what_did_not_happen(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("The match was cancelled.", "The match was not cancelled."),
    ("Prices rose instead of falling.", "Prices did not rise instead of falling."),
])
def test_called_off_or_instead_makes_no_flip_of_its_own(a, b):
    assert [c.kind for c in diff(a, b)] == ["negation"]
