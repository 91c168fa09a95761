"""The four drug-based items: current medications, anticoagulation, antiplatelets, bone-targeted therapy."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    DENIED,
    DOUBTFUL,
    IGNORED,
    Evidence,
    FieldExtractor,
    answer_polarity,
    doubted,
    mentions,
    on_quoted_line,
    polarity,
    resolve_status,
    sentence_bounds,
    text_of,
)
from pipeline.fields.context.context import clause_bounds, fold, followed_by_exception, on_question_line
from pipeline.fields.drugs import patterns
from pipeline.fields.drugs.matcher import DRUG, DRUG_CLASS
from pipeline.fields.drugs.vocabulary import load_vocabulary
from pipeline.fields.forms.forms import LABEL, FormAnswer, answer_to_label, answers_for
from pipeline.fields.project.sections import in_regions, question_regions
from pipeline.record import Agents, Medication, Medications

AGENT_ITEMS = ("anticoagulation", "antiplatelets", "boneTargetedTherapy")
# (a wrapped label cell may put its bracket or its colon on the next line: "Anti-résorptif osseux⏎(… ) :")
_LABEL_END = re.compile(r"^\s{0,3}(?:\([^)\n]{0,60}\))?[^\S\n]*(?::|\||☒|☐|[–—-][^\S\n]*(?:\n|$))")
# A label cell wrapped after a word or two, its next line opening on its colon or on a bracket closing on it:
# "Traitement anti-résorptif osseux⏎(bisphosphonate / dénosumab) :".
_WRAPPED_LABEL_END = re.compile(r"^(?:[^\S\n]+[\w'-]+){0,2}[^\S\n]*\n[^\S\n]*(?:\([^)\n]{0,60}\))?[^\S\n]*(?::|\|)")
# The rest of a bracket that closes on a label: "Traitement anticoagulant (AVK / AOD / HBPM) : Non".
_TOPIC_BEFORE = re.compile(patterns.topic_before)
_TOLD_TAKEN = re.compile(patterns.told_taken)
_DOUBTFUL_ANSWER = re.compile(patterns.doubtful_answer)
# A class followed by its agent, with at most two words of its own between: "anticoagulation préventive par Lovenox"
_CLASS_OF_THE_AGENT = re.compile(r"(?:\s+[\w-]+){0,2}?\s*(?:\s(?:par|sous)\s|:|\()\s*(?:du |de la |de l'|le |la |l')?")
_LABEL_BRACKET_END = re.compile(r"[^()\n]{0,60}\)[^\S\n]*(?::|\||☒|☐)")
_NO_DRUGS = re.compile("|".join(patterns.no_drugs_at_all))
_NO_DRUGS_THEN = re.compile(patterns.no_drugs_then)
_CAPITALS_ONLY = re.compile(r"[^a-zà-ÿ\d]*")  # no lower-case letter nor digit: a section title
# "6. Anticoagulants / antiagrégants": a numbered title, or classes joined by "/", "et"…
_NUMBERING = re.compile(r"[^\S\n]*(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])[.)][^\S\n]+")
_JOINERS_ONLY = re.compile(r"(?:[\s/,&+;:.–—-]|\bet\b|\bou\b)*")
_STATEMENT = re.compile("|".join(patterns.title_statement_words))
_CLASS_SCOPES = [(re.compile(rx), prefixes) for rx, prefixes in patterns.class_scopes.items()]
_LONG_TERM = re.compile(patterns.long_term_scope)
_OTHER_DENIED_BEFORE = re.compile(patterns.other_denied_before)
_SINCE_AFTER = re.compile(r"[^\S\n]+depuis\b")
_PREVENTIVE = re.compile(patterns.preventive_dose)
_ALLERGY_BEFORE = re.compile(patterns.allergy_before)
_ALLERGY_AFTER = re.compile(patterns.allergy_after)


@dataclass(frozen=True)
class Mention:
    """One statement about an item: its polarity, the agent's code if named, and where it is."""

    polarity: str
    atc: str | None
    evidence: Evidence
    text: str
    stopped: bool = False
    resumed: bool = False  # taken up again, listed as taken now, or named as what followed: ends earlier stops
    covers: tuple[str, ...] | None = None  # for a class: the ATC prefixes it names (None: the whole item)
    long_term: bool = False  # a denial of long-term or full-dose treatment only
    preventive: bool = False  # an agent given at a preventive dose
    hedged: bool = False  # a denial said with doubt ("pas d'anticoagulant à ma connaissance"): doubtful
    other: bool = False  # a denial of any other agent ("pas d'autre anti-résorptif"): it contradicts none named
    told_taken: bool = False  # said taken now in its own words ("sous", "depuis", "poursuivi"), not only listed


def _clause(span: Span) -> str:
    return fold(text_of(span.doc)[slice(*clause_bounds(text_of(span.doc), span.start_char, span.end_char))])


def _preventive(span: Span) -> bool:
    """Given at a preventive dose, said in its sentence (a table row: "Lovenox 4000 UI | 1 inj/j (préventif)")."""
    return bool(_PREVENTIVE.search(fold(text_of(span.doc)[slice(*sentence_bounds(text_of(span.doc), span.start_char,
                                                                                  span.end_char))])))


def _covered_by(class_name: str) -> tuple[str, ...] | None:
    """The ATC prefixes a class name (folded) covers: "AVK" only the vitamin K antagonists; None for the item."""
    return next((prefixes for rx, prefixes in _CLASS_SCOPES if rx.search(class_name)), None)


_OPEN_BRACKET_AFTER = re.compile(r"[^.;()\n]{0,40}\([^()]{0,80}")
# Brackets that tell what is taken instead: "Pas d'HBPM (déjà sous Xarelto)".
_TAKEN_IN_BRACKETS = re.compile(r"\b(?:sous|deja|actuellement|traitee?|anticoagulee?|depuis|en cours|prend)\b")


def _bracketed_after(span: Span, item: str | None) -> str | None:
    """A drug or class in the brackets after a denied or planned class of its item says what is denied or
    planned: "Pas d'indication à un traitement ostéo-ciblé (bisphosphonate ou dénosumab)", "la question d'un
    traitement osseux (Xgeva ?)" (EDS-NLP's qualifiers stop at the bracket). DENIED, IGNORED or None."""
    text = text_of(span.doc)
    for other in mentions(span.doc, DRUG_CLASS):
        if other.kb_id_ == item and other.end_char <= span.start_char and \
                _OPEN_BRACKET_AFTER.fullmatch(text, other.end_char, span.start_char) and _within(span, other) and \
                not _TAKEN_IN_BRACKETS.search(fold(text[text.rfind("(", 0, span.start_char):span.start_char])):
            if polarity(other) == DENIED:
                return DENIED
            if other._.rcp_planned:
                return IGNORED
    return None


def _within(span: Span, class_span: Span) -> bool:
    """Whether a drug or class falls within what a class names: "pas d'AOD (Xarelto…)" speaks of Xarelto, not
    of "Préviscan" (a VKA)."""
    covers = _covered_by(fold(class_span.text))
    if covers is None:
        return True
    if span.label_ == DRUG:
        return span.kb_id_.startswith(covers)
    inner = _covered_by(fold(span.text))
    return inner is not None and all(prefix.startswith(covers) for prefix in inner)


def _asked(span: Span, item: str | None) -> str | None:
    """IGNORED for a drug named in the question to the board ("Questions : (1) dénosumab ?", "la question posée
    est celle de la reprise du dénosumab"), but an anticoagulant: a question about stopping it tells it is taken."""
    if item == "anticoagulation":
        return None
    text = text_of(span.doc)
    return IGNORED if on_question_line(text, span.start_char) or in_regions(question_regions(text), span.start_char) else None


def class_mention(span: Span) -> Mention:
    """A class named in the text ("pas d'AVK", "sous HBPM"), with the part of its item it names."""
    name, clause = fold(span.text), _clause(span)
    covers = _covered_by(name)
    # "n'est plus anticoagulé" is a stop, "pas d'AVK" a denial, "pas d'anti-ostéoclastique depuis 2016" a stop
    stopped = (span._.rcp_stopped and not (span._.negation or doubted(span))
               or bool(span._.negation and _SINCE_AFTER.match(text_of(span.doc), span.end_char)))
    other = bool(_OTHER_DENIED_BEFORE.search(fold(text_of(span.doc)), max(0, span.start_char - 30), span.start_char))
    said = _said(span, span.kb_id_)
    said = DENIED if other and said == AFFIRMED else said
    return Mention(said, None, Evidence.of(span), span.text, stopped, covers=covers,
                   long_term=bool(_LONG_TERM.search(clause)), hedged=_hedged(span, said), other=other)


def is_form_label(span: Span) -> bool:
    """A class name used as a label ("Anticoagulant : …", "Anticoagulant ☐ Oui"), as a section title
    ("ANTICOAGULANTS / ANTIAGRÉGANTS") or as a topic ("Concernant un traitement à visée osseuse, …") states
    nothing itself."""
    text = text_of(span.doc)
    if _LABEL_END.match(text[span.end_char:span.end_char + 80]) or _WRAPPED_LABEL_END.match(text[span.end_char:]):
        return True
    if _TOPIC_BEFORE.search(fold(text[max(0, span.start_char - 40):span.start_char])):
        return True
    line_start, line_end = text.rfind("\n", 0, span.start_char) + 1, text.find("\n", span.end_char)
    opening = text.rfind("(", line_start, span.start_char)
    if opening >= 0 and ")" not in text[opening:span.start_char] and _LABEL_BRACKET_END.match(text, span.end_char):
        return True
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    previous = text[:line_start].rstrip()
    if fold(line).strip(" :") == fold(span.text) and span.text[:1].isupper() and not previous.endswith(":"):
        return True  # a heading "Anticoagulation" alone on its line (not an item of "Traitement habituel :")
    if _CAPITALS_ONLY.fullmatch(line) and not previous.endswith(":"):  # ("Traitement habituel :⏎AOD⏎…" lists it)
        return len(line.split()) <= patterns.max_title_words and not _STATEMENT.search(fold(line))
    classes = [s for s in mentions(span.doc, DRUG_CLASS) if line_start <= s.start_char and s.end_char <= line_end]
    rest = list(line)
    for other in classes:
        rest[other.start_char - line_start:other.end_char - line_start] = " " * (other.end_char - other.start_char)
    numbered = _NUMBERING.match(line)
    rest_text = "".join(rest)[numbered.end() if numbered else 0:]
    return bool(_JOINERS_ONLY.fullmatch(fold(rest_text))) and bool(numbered or len(classes) > 1)


def item_of(atc: str) -> str | None:
    for item, prefixes in patterns.item_prefixes.items():
        if atc.startswith(prefixes):
            return item
    return None


def _items_named_after(doc: Doc, start: int) -> set[str]:
    """The agent items named by the drugs and classes in the rest of the sentence from `start`."""
    end = sentence_bounds(text_of(doc), start, start)[1]
    named = {item_of(s.kb_id_) for s in mentions(doc, DRUG) if start <= s.start_char < end}
    return named | {s.kb_id_ for s in mentions(doc, DRUG_CLASS) if start <= s.start_char < end}


def _answered_with_doubt(label: Span) -> bool:
    """A class label answered on its line in words told with doubt, naming no drug: "Anticoagulant : le fils pense
    que non, à vérifier auprès du pharmacien"."""
    text = text_of(label.doc)
    line_end = text.find("\n", label.end_char)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_DOUBTFUL_ANSWER.search(fold(text[label.end_char:line_end]))) and not any(
        label.end_char < drug.start_char < line_end for drug in mentions(label.doc, DRUG))


def _form_mention(answer: FormAnswer, item: str) -> Mention | None:
    """A ticked box or a 'Label : non' line, read as a statement on the item."""
    if not answer.checked:
        return None
    said = answer_polarity(answer.option_folded())
    if said is None:
        return None  # an option naming an agent is matched as a drug in the text itself
    return Mention(said, None, Evidence(answer.start, answer.end, answer.option), answer.option,
                   covers=_covered_by(answer.label))  # "AVK : non" answers for the AVK only


def without_stopped_agents(drug_mentions: list[Mention]) -> list[Mention]:
    """A drug the letter says was stopped is not current, though other sentences name it plainly
    (they tell its history): its plain mentions are dropped. Unless it is named as taken up again, or
    listed as taken now, after the last stop: then the stops are history. A product stopped does not stop another
    product of the same drug ("Xgeva 120 mg/4 sem. depuis décembre (Prolia arrêté)")."""
    resumed_at: dict[str | None, int] = {}
    for mention in drug_mentions:
        if mention.resumed:
            resumed_at[mention.atc] = max(resumed_at.get(mention.atc, -1), mention.evidence.start)
    stopped_products: dict[str | None, set[str | None]] = {}  # (None: the drug itself, whatever its name)
    for mention in drug_mentions:
        if mention.stopped and mention.evidence.start > resumed_at.get(mention.atc, -1):
            stopped_products.setdefault(mention.atc, set()).add(_product(mention))

    def stopped(mention: Mention) -> bool:
        products = stopped_products.get(mention.atc, set())
        return bool(products) and (None in products or _product(mention) in products or _product(mention) is None)

    taken = {m.atc for m in drug_mentions if m.polarity == AFFIRMED and not m.stopped and not stopped(m)}
    return [m for m in drug_mentions if ((stopped(m) and m.atc not in taken) if m.stopped else not stopped(m))]


_DISTINCT_PRODUCTS = {fold(name) for name in patterns.distinct_products}


def _product(mention: Mention) -> str | None:
    """The product a mention names when its drug has several (see patterns.distinct_products), else None."""
    name = fold(mention.text)
    return name if name in _DISTINCT_PRODUCTS else None


def _contradicts(denial: Mention, affirmed: list[Mention]) -> bool:
    """Whether a denial speaks of what is affirmed: a named agent stopped while another is taken is
    a switch; "ni AVK ni AOD" or "pas d'anticoagulation au long cours" leave a preventive HBPM standing; a class
    stopped before every agent named is history."""
    if denial.atc:
        return denial.atc in {m.atc for m in affirmed}
    if denial.other:
        return False  # "sous AVK, pas d'autre anticoagulant"
    named = [m for m in affirmed if m.atc]
    if denial.covers and named and not any(m.atc.startswith(denial.covers) for m in named):
        return False
    if denial.stopped and named and all(m.evidence.start > denial.evidence.start for m in named):
        return False  # stopped, then started again: "n'est plus anticoagulé depuis mai. Récidive : Eliquis"
    preventive = {m.atc for m in named if m.preventive}  # a dose told once holds for the drug's other mentions
    return not (denial.long_term and named and all(m.atc in preventive for m in named))


def _status(item_mentions: list[Mention], item: str) -> tuple[str, list[Mention]]:
    """Status of an agent item, and the mentions whose agents it lists."""
    affirmed = [m for m in item_mentions if m.polarity == AFFIRMED]
    doubted_agents = [m for m in item_mentions if m.polarity == DOUBTFUL and m.atc]
    # (an agent stopped says nothing of another one taken, or said taken with doubt: "Actonel de 2016 à 2021, arrêté
    # … il serait sous acide zolédronique, à vérifier")
    beside = [m for m in item_mentions if m.polarity == DENIED and (
        affirmed and not _contradicts(m, affirmed)
        or not affirmed and doubted_agents and m.atc and m.atc not in {d.atc for d in doubted_agents})]
    considered = [m for m in item_mentions if m not in beside]
    contradicting = [m for m in considered if m.polarity == DENIED]
    status = resolve_status([m.polarity for m in considered], doubt_wins_over_denial=item == "anticoagulation")
    if status == "present" and doubted_agents and not any(m.atc for m in affirmed):
        status = "uncertain"  # "un anticoagulant pour le cœur, qui serait du Lixiana": which one is to be checked
    hedged = [m for m in item_mentions if m.hedged and affirmed and _contradicts(m, affirmed)]
    if status == "present" and hedged:  # "Lixiana 60 mg" in the list, "pas d'anticoagulant à ma connaissance"
        return "conflicting", affirmed + hedged
    listed = {
        "present": affirmed,
        "conflicting": affirmed + contradicting,
        "uncertain": [m for m in item_mentions if m.polarity == DOUBTFUL],
    }.get(status, [])
    return status, listed


def _told_taken(span: Span) -> bool:
    """Said taken now in its own sentence ("sous Eliquis", "Eliquis 10 mg x2 depuis le 12/11", "Récidive : Eliquis"),
    not only listed."""
    if span._.rcp_current:
        return True
    text = text_of(span.doc)
    return bool(_TOLD_TAKEN.search(fold(text[slice(*sentence_bounds(text, span.start_char, span.end_char))])))


def _listed_after_a_told_stop(item_mentions: list[Mention]) -> list[Mention]:
    """The stops of the whole anticoagulation the letter tells ("n'est plus anticoagulée depuis juin", "plus
    d'anticoag depuis 06/2025") when an anticoagulant is named after them only as listed, never said taken again
    ("Traitement : … Lixiana 60 mg 1/j"): the letter says both, the coordinator must ask."""
    stops = [m for m in item_mentions if m.atc is None and m.stopped and m.polarity == DENIED]
    if not stops:
        return []
    first_stop = min(m.evidence.start for m in stops)
    later = [m for m in item_mentions if m.atc and m.polarity == AFFIRMED and m.evidence.start > first_stop]
    return stops if later and not any(m.told_taken for m in later) else []


def _without_superseded_denials(doc: Doc, item_mentions: list[Mention]) -> list[Mention]:
    """A denial quoted from an earlier e-mail is superseded when the reply above it affirms the item
    ("M. C. EST anticoagulé… > Pas d'anticoagulant.")."""
    text = text_of(doc)
    if not any(m.polarity == AFFIRMED and not on_quoted_line(text, m.evidence.start) for m in item_mentions):
        return item_mentions
    return [m for m in item_mentions if not (m.polarity == DENIED and on_quoted_line(text, m.evidence.start))]


def named_drugs(doc: Doc) -> list[Mention]:
    """Every drug the letter names, as statements; a drug stopped somewhere is current nowhere (a question about
    taking it up again, "Reprise du Kardégic ?", takes nothing up)."""
    return without_stopped_agents(
        [Mention(said, s.kb_id_, Evidence.of(s), s.text, (s._.rcp_stopped or s._.rcp_once) and not doubted(s),
                 said != IGNORED and not s._.rcp_stopped and (s._.rcp_current or s._.rcp_latest),
                 preventive=_preventive(s), hedged=_hedged(s, said), told_taken=_told_taken(s))
         for s in mentions(doc, DRUG) for said in [_drug_polarity(doc, s)]])


def before_class_stops(drug_mentions: list[Mention], classes: list[tuple[str, Mention]]) -> list[Mention]:
    """A class stopped after its agents were named ("Xarelto pour une phlébite en 2023. … Plus d'anticoagulation
    depuis l'été") ends them: the agents of that class named only before the stop are history (`classes`:
    each class mention with its item)."""
    stops = [(item, m) for item, m in classes if m.stopped and m.polarity == DENIED]

    def ended(mention: Mention) -> bool:
        return mention.polarity == AFFIRMED and not mention.resumed and any(
            item == item_of(mention.atc) and mention.evidence.start < stop.evidence.start
            and (stop.covers is None or mention.atc.startswith(stop.covers)) for item, stop in stops)

    return [m for m in drug_mentions if not ended(m)]


def named_a_stopped_agent(item: str, taken: Mention, drug_mentions: list[Mention]) -> bool:
    """Whether a class said taken ("ACFA sous AVK") named an agent the letter tells stopped after it
    ("Previscan stoppé") while no agent of the class is still taken: it told that agent's history."""
    if taken.polarity != AFFIRMED:
        return False
    covered = [m for m in drug_mentions if item_of(m.atc) == item and (taken.covers is None or
                                                                        m.atc.startswith(taken.covers))]
    return (any(m.stopped and m.evidence.start > taken.evidence.start for m in covered)
            and not any(m.polarity == AFFIRMED for m in covered))


def _after_agent_stop(item: str, taken: Mention, drug_mentions: list[Mention], folded: str) -> Mention | None:
    """A class said taken whose agent is told stopped after it: dropped (it told that agent's history); for
    an anticoagulant, doubtful (the stop may be around a procedure: the gap asks), unless the class is the head of
    the agent's own words ("Une anticoagulation préventive par Lovenox … a été poursuivie 6 semaines puis arrêtée"):
    the agent tells it."""
    if not named_a_stopped_agent(item, taken, drug_mentions):
        return taken
    if any(_CLASS_OF_THE_AGENT.fullmatch(folded, taken.evidence.end, m.evidence.start)
           for m in drug_mentions if item_of(m.atc) == item and m.evidence.start > taken.evidence.end):
        return None
    return replace(taken, polarity=DOUBTFUL) if item == "anticoagulation" else None


def _drug_polarity(doc: Doc, span: Span) -> str:
    """polarity(); a drug naming a form item ("Dénosumab : ☐ Oui ☒ Non") takes the item's answer, unless the
    answer names the agent itself ("Bisphosphonate / dénosumab | Oui (Zometa)": the label lists options)."""
    if span._.rcp_form_role == LABEL:
        said = answer_to_label(doc, span)
        return IGNORED if said is None or (said == AFFIRMED and _answer_names_agent(doc, span)) else said
    if polarity(span) == IGNORED:
        return IGNORED
    return _said(span, item_of(span.kb_id_))


def _answer_names_agent(doc: Doc, label: Span) -> bool:
    """Whether a drug stands after the label's answer, on its line."""
    line_end = text_of(doc).find("\n", label.end_char)
    line_end = len(text_of(doc)) if line_end < 0 else line_end
    return any(label.end_char < drug.start_char < line_end and drug._.rcp_form_role != LABEL
               for drug in mentions(doc, DRUG))


def _hedged(span: Span, said: str) -> bool:
    return said == DOUBTFUL and polarity(span) == DENIED


def _said(span: Span, item: str | None) -> str:
    """What a mention says of its item; an anticoagulant denied with doubt ("a priori pas d'AOD", "pas
    d'anticoagulant, il me semble") is doubtful, never absent (a missed anticoagulant is the worst error)."""
    folded = fold(text_of(span.doc))
    if _ALLERGY_BEFORE.search(folded, max(0, span.start_char - 40), span.start_char) or (
            span.label_ == DRUG and _ALLERGY_AFTER.match(folded[span.end_char:span.end_char + 40])):
        return IGNORED  # (a class denied for an allergy is still denied: "Pas d'antiagrégant (allergie)")
    said = _bracketed_after(span, item) or _asked(span, item) or polarity(span)
    if said == DENIED and item == "anticoagulation" and doubted(span):
        return DOUBTFUL
    return said


def medications(listed: list[Mention]) -> list[Medication]:
    """One Medication per named code, in the order the letter names them (other items reuse this)."""
    vocabulary = load_vocabulary()
    seen, found = set(), []
    for mention in listed:
        if mention.atc and mention.atc not in seen:
            seen.add(mention.atc)
            drug = vocabulary.drugs.get(mention.atc)
            found.append(Medication(mention.atc, drug.inn if drug else None, mention.text, mention.evidence))
    return found


class DrugItems(FieldExtractor):
    """Sets doc._.rcp[item] for currentMedications and the three agent items."""

    def extract(self, doc: Doc) -> dict:
        values = {}
        classes = [(span, class_mention(span)) for span in mentions(doc, DRUG_CLASS)]
        drug_mentions = before_class_stops(named_drugs(doc), [(span.kb_id_, m) for span, m in classes])
        folded = fold(text_of(doc))
        classes = [(span, _after_agent_stop(span.kb_id_, m, drug_mentions, folded)) for span, m in classes]
        classes = [(span, m) for span, m in classes if m is not None]
        no_drugs, no_drugs_but = [], []
        for m in _NO_DRUGS.finditer(folded):
            if _NO_DRUGS_THEN.match(folded, m.end()):
                continue
            denial = Mention(DENIED, None, Evidence(m.start(), m.end(), text_of(doc)[m.start():m.end()]), "")
            if followed_by_exception(folded, m.end()):
                # "Aucun traitement chronique hormis l'Actonel et le tamoxifène": the items it names are not denied,
                # the others are
                no_drugs_but.append((denial, _items_named_after(doc, m.end())))
            else:
                no_drugs.append(denial)

        for item in AGENT_ITEMS:
            item_mentions = [m for m in drug_mentions if item_of(m.atc) == item]
            item_mentions += [m for span, m in classes if span.kb_id_ == item and not is_form_label(span)]
            item_mentions += [Mention(DOUBTFUL, None, Evidence.of(span), span.text) for span, _ in classes
                              if span.kb_id_ == item and is_form_label(span) and _answered_with_doubt(span)]
            item_mentions += [m for a in answers_for(doc, patterns.form_labels[item]) if (m := _form_mention(a, item))]
            item_mentions += no_drugs + [m for m, named in no_drugs_but if item not in named]
            item_mentions = _without_superseded_denials(doc, item_mentions)
            status, listed = _status(item_mentions, item)
            if item == "anticoagulation" and status == "present" and (stops := _listed_after_a_told_stop(item_mentions)):
                status, listed = "conflicting", listed + stops
            evidence = [m.evidence for m in item_mentions if m.polarity != IGNORED]
            values[item] = Agents(status, sorted(set(evidence), key=lambda e: (e.start, e.end)), medications(listed))

        current = [m for m in drug_mentions if m.polarity == AFFIRMED]
        denial = no_drugs + [m for a in answers_for(doc, patterns.form_labels["currentMedications"])
                             if (m := _form_mention(a, "currentMedications")) and m.polarity == DENIED]
        status = "present" if current else ("absent" if denial else "unknown")
        evidence = [m.evidence for m in (current or denial)]
        values["currentMedications"] = Medications(status, evidence, medications(current))
        return values
