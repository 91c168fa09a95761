"""How letters state the therapeutic project: intent, current oncologic treatment, the question to the board.

Regexes on accent-free lower-case text (see `fold`); each entry is one a clinician may edit.
"""

# Intent words (contract: intent/@code). Supportive care is matched first: "soins palliatifs exclusifs"
# is best supportive care, not a palliative anticancer treatment.
intents = {
    "supportive": [
        r"soins (?:de support|de confort|palliatifs)(?: seuls| exclusifs?| uniquement| purs)",
        r"soins (?:de support|de confort|palliatifs) (?:et de confort )?exclusifs?", r"best supportive care",
        r"\bbsc\b", r"prise en charge (?:exclusivement |uniquement )?de confort", r"exclusivement de confort",
        r"soins de confort",
    ],
    "palliative": [r"\bpalliati(?:f|ve)s?\b"],
    # (not a drug's dose: "HBPM à dose curative", "anticoagulation curative")
    "curative": [r"\b(?<!dose )(?<!doses )(?<!anticoagulation )(?<!anticoagulant )(?<!hbpm )(?<!parine )(?<!lovenox )"
                 r"(?<!innohep )(?<!fragmine )(?<!clexane )(?<!inhixa )curati(?:f|ve)s?\b",  # ("énoxaparine curative")
                 r"\bvisee radicale\b", r"\bintention radicale\b"],
}
# "Palliatif" in these names a care team or a unit, not the intent of the treatment.
intent_not_after = r"(?:soins|soin|medecine|equipe|unite|service|reseau|lits?|usp|emsp)\s*$"

# A denial right before an intent word: "pas de visée curative", "non palliatif" (EDS-NLP's negation
# reaches too far here: "pas de chimiothérapie vu l'état général : soins palliatifs exclusifs").
intent_denied_before = r"\b(?:pas|non|ni|aucune?|sans|plus)\b[^.;:,\n]{0,25}$"

# A curative intent told of the past ("cancer du sein traité à visée curative en 2009") is the primary's
# old treatment, not the project: these in its clause, without a current marker, mark it.
past_intent = [r"\b(?:19|20)\d{2}\b", r"\binitialement\b", r"\ba l'epoque\b", r"\bantecedents?\b", r"\batcd\b"]

# Oncologic drugs: ATC groups L01 (antineoplastic) and L02 (endocrine therapy).
oncologic_atc = ("L01", "L02")
# The current oncologic treatment named by its kind ("chimiothérapie de 1re ligne en cours").
treatment_kinds = [
    r"chimio-?(?:immuno)?therapie", r"chimio\b", r"immunotherapie", r"immuno\b", r"hormonotherapie", r"\bht\b",
    r"therapie ciblee", r"suppression androgenique", r"(?<!a la )castration", r"privation androgenique", r"blocage androgenique",
    r"traitement (?:systemique|oncologique|anti-?tumoral|anti-?cancereux|specifique)", r"ttt (?:onco|systemique)\w*",
    r"inhibiteur de (?:tyrosine kinase|cdk ?4/6)", r"\bitk\b", r"anti-?her2", r"anti-?pd-?l?1",
    # internal (metabolic) radiotherapy: radio-iodine, lutetium-PSMA, radium 223
    r"irath\w*", r"iode ?131", r"\bi ?131\b", r"iode radioacti\w*", r"radio-?iode",
    r"radiotherapie (?:interne )?(?:vectorisee|metabolique)",
    r"lutetium\w*(?:-? ?177)?(?:-? ?psma)?", r"\blu-? ?177\b", r"pluvicto", r"radium(?:-? ?223)?", r"xofigo",
]
# Words that make such a mention the current treatment, in its clause.
current_markers = [
    r"\ben cours\b", r"\bactuel(?:le)?s?\b", r"\bactuellement\b", r"\bdepuis\b", r"\bpoursuite\b", r"\bpoursui(?:t|vi|vie)\b",
    r"\bsous\b", r"\bligne\b", r"\bentretien\b", r"\bmaintenance\b", r"\bc\d+\b", r"\bcycles?\b", r"\bcures?\b",
    # to come: "radiothérapie à visée curative décidée, programmée à partir du 23 novembre 2026"
    r"\bprogrammee?s?\b", r"\bprevue?s?\b", r"\bdecidee?s?\b", r"\ba partir du\b",
]
# A plan the letter says is decided: "ostéosynthèse programmée le 3 juin", "il a été décidé de …".
decided = [
    r"\b(?:est|sont|sera|seront) a (?:programmer|planifier|organiser|realiser|debuter)\b", r"\bprogrammee?s?\b", r"\bplanifiee?s?\b", r"\bdecidee?s?\b", r"\bvalidee?s? en rcp\b",
    r"\bsera (?:realisee?|debutee?|mise? en place|effectuee?)\b", r"\bprevue?s? (?:le|pour le) \d",
    r"\b(?:doit|doivent|devra|devront|va|vont) (?:debuter|commencer|demarrer)\b", r"\b(?:debutera|commencera|demarrera)\b",
    # a set day: "ostéosynthèse prévue demain au bloc", "RT prévue lundi", "prévue la semaine prochaine"
    r"\bprevue?s? (?:demain|apres-demain|ce (?:jour|soir|matin)|aujourd'hui|(?:ce |le )?(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)|(?:la )?semaine prochaine|dans (?:\d+|deux|trois|quelques) jours)\b",
]
# A course the clause says is over ("tamoxifène pendant 5 ans", "anastrozole de 2012 à 2017"), unless a
# current marker says otherwise; "past_course_after" is read right after the drug ("Decapeptyl 2 ans").
past_course = [r"\bpendant \d+ (?:ans?|annees?|mois)\b", r"\bde \d{4} a \d{4}\b", r"\bentre \d{4} et \d{4}\b"]
past_course_after = r"^[^\S\n]*\(?\d+ (?:ans?|annees?)\b"
# A "Projet :" heading: its content is the decided plan, unless it says none is decided yet.
project_heading = (r"^[^\S\n]*(?:projet(?: therapeutique| oncologique| de (?:soins|prise en charge))?|conduite a tenir|cat"
                   r"|strategie therapeutique|plan de traitement|propositions?(?: therapeutiques?| de prise en charge)?"
                   r"|prise en charge proposee)[^\S\n]*(?:[:|=-]|\n)")
# The section must name a treatment ("Projet : bilan d'extension puis RCP" decides none).
project_treatment_words = (r"\b(?:traitement|ttt|poursuite|poursuivre|surveillance|soins|\w*therapie|chimio|immuno|hormono"
                           r"|radio|\w*chirurg|reprise|relais|ligne|\w*plastie|enclouage|osteosynthese|visee)")
undecided = [
    r"a definir", r"a discuter", r"a determiner", r"a preciser", r"en attente", r"en cours de (?:discussion|reflexion)",
    r"non (?:defini|etabli|decide)", r"indetermine", r"selon (?:l'avis|avis|la rcp)", r"\?",
]

# Where the question to the board starts: a heading at the start of a line (maybe quoted from an e-mail: "> "), then a separator
# ("Question :", "Questions\n"), or only a space after a qualified heading ("Question posée SBRT de T4 ?").
_question_words = (r"^[^\S\n]*(?:>[^\S\n]*)*(?:(?:(?:\d{1,2}|[ivx]{1,4})[^\S\n]*[.)–-]|[-•*–])[^\S\n]*)?(?:mes |nos |la |les )?(?:questions?|q(?= rcp)|interrogations?|problematique"
                   r"|motif (?:de (?:la )?demande|de presentation|d'inscription)|avis (?:demande|sollicite)"
                   # "Demande à la RCP métastases osseuses :", or over a list of questions (not a letter's title)
                   r"|demandes?(?: d'avis)? (?:a|pour) (?:la |votre )?rcp(?:[^\S\n]+(?:de |des |d')?[\w-]+){0,3}?"
                   r"(?=[^\S\n]*(?::|\n[^\S\n]*(?:\d[.)]|[-•*–])))"
                   r"|demandes?(?=[^\S\n]*\n))")  # a section headed "Demande" alone on its line
# (the board's name may follow: "Questions à la RCP métastases osseuses :")
_question_qualifier = (r"(?: posees?| soumises?)(?: (?:a|pour) (?:la |votre )?rcp)?"
                       r"|(?: (?:a|pour) (?:la |votre )?rcp| rcp)(?:[^\S\n]+(?:de |des |d')?[\w-]+){0,3}?")
question_heading = (_question_words + r"(?:(?:" + _question_qualifier + r")?[^\S\n]*(?::|\||-|\n|$)"
                    r"|(?:" + _question_qualifier + r")[^\S\n]+)")
# Where it ends: a blank line (not one between numbered questions), a closing formula, a signature, a new form section
# (a line quoted from an e-mail starts after its ">").
_LINE_START = r"\n(?:[^\S\n]|>)*"
question_end = (_LINE_START + r"\n(?![^\S\n]*(?:\d{1,2}[.)]|[-•*–])[^\S\n])|" + _LINE_START + r"(?:je (?:reste|vous|te)|nous (?:restons|vous)|bien (?:a (?:toi|vous)|confraternel"
                r"|cordial|amical|sincere)|cordialement|confraternellement|amicalement|bises|amities|merci|avec mes|en vous remerciant"
                r"|veuillez|recevez|dr\.? |docteur|pr\.? |professeur|signature|formulaire|fait le|copie)")
# A new form field also ends it: a capitalised short label and a colon, or a checkbox line (on the text as written).
# (or a short title line: "Traitement de sortie")
question_next_field = (_LINE_START + r"[A-ZÀ-Ý][^:\n|?]{0,40}[:|]|\n[^\n]*[☒☐]|" + _LINE_START
                       + r"[A-ZÀ-Ý][^:\n|?.,;]{0,40}(?=\n)")
question_max_length = 800
# Without a heading, a sentence asking for the board's opinion is the question.
question_sentence = [
    r"\b(?:sollicit|souhait|demand|voudr|aimer)\w* (?:l'|un |votre |vos )?avis\b",
    r"\bla question (?:posee|que je (?:me )?pose|que nous (?:nous )?posons|est (?:celle|de savoir))\b",
    r"\bje (?:me |vous )?pose la question\b",
    r"\b(?:l'|un |votre )avis (?:de (?:la|votre) rcp )?(?:sur|concernant|quant)\b",
    r"\bce que (?:vous|la rcp) (?:proposez|propose|en pensez|pense|feriez|ferait|conseillez|conseille)\b",
    # "je souhaiterais savoir si une radiothérapie préventive vous semblerait justifiée"
    r"\b(?:souhaiterai[st]?|voudrai[st]?|aimerai[st]?|souhaitons|voudrions|aimerions) savoir si\b",
    r"\bpouvez-vous (?:me |nous )?(?:dire|indiquer|preciser|proposer)\b", r"\bce que l'on (?:peut|pourrait) proposer\b",
    r"\b(?:me|nous) dire ce (?:qui|que)\b",
]
