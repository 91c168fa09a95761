"""How letters state the prognosis: performance status (ECOG/WHO, Karnofsky) and life expectancy.

Regexes on accent-free lower-case text (see `fold`); each entry is one a clinician may edit.
"""

# Names of the ECOG/WHO performance status, chained as written ("OMS/ECOG", "PS (ECOG)", "état général (OMS)").
ecog_names = [
    r"ecog", r"oms", r"who", r"ps", r"p\.s\.?", r"indice de performance", r"etat general",
    r"score (?:de performance|ecog|oms)", r"statut de performance", r"eg",
    # spelt as heard or half-translated: "performans status", "performance statut", "perf. status"
    r"perf(?:orman(?:ce|s)|\.)?\s?stat(?:us|ut)",
]
# Names of the Karnofsky index.
kps_names = [r"ind(?:ic|ex)e? de (?:performance de )?karnofs(?:ky|ki)", r"karnofs(?:ky|ki)", r"ik", r"kps"]
# Names that count only in capitals (they are also plain words or letters).
capital_names = ["ik", "eg", "who"]
# When, between the name and the value: "Karnofsky à la sortie : 60 %", "OMS ce jour : 1".
moments = r"(?:a la sortie|a l'entree|a l'admission|ce jour|du jour|actuel(?:le)?|en consultation)"
# Between the name and the value: "OMS : 1", "OMS à 1", "PS = 2", "Karnofsky estimé à 70 %".
value_links = r"(?:[:=|]|a|de|est a|est de|estime a|evalue a|cote a|note a|score)"
# An ECOG grade, in figures or in words ("OMS un", dictated; not "état général un peu altéré").
ecog_grade = r"[0-4]|(?:zero|un(?! peu)|deux|trois|quatre)(?![^\S\n]+\w+s\b)"
# After an ECOG value: not a grade ("OMS 2016", "PS 1,5 mg", "OMS 1 mois").
# (units as whole words on its line: "OMS 0⏎Mme Tessier" is a grade)
ecog_not_before = r"(?:\d|[.,]\d|\s*%|\s*/\s*\d{2}|[^\S\n]*(?:mg|ans|mois|semaines|jours|cm|mm|ml)\b)"

# Life expectancy and how the writer sees the prognosis.
life_expectancy = [
    r"esperance de vie\b", r"survie (?:estimee|attendue|previsible|esperee|mediane estimee|probable)\b",
    r"pronostic (?:vital |global |general |oncologique |carcinologique )?(?:(?:me |nous |lui )?(?:est|reste|semble|parait|apparait|juge|estime)\s+)?(?:(?:tres|plutot|assez|bien|a priori)\s+)?"
    r"(?:reserve|engage|sombre|defavorable|favorable|mauvais|bon|pejoratif|catastrophique|effroyable|"
    r"en (?:jours|semaines|mois)|de quelques (?:jours|semaines|mois)|a court terme)\b",
    r"pronostic vital (?:non )?engage\b", r"\bfin de vie\b",
    # a span of time given for the prognosis: "pronostic difficile à préciser, probablement de plusieurs mois"
    r"\bpronostic\b[^.;\n]{0,40}?\b(?:quelques|plusieurs|\d+) (?:jours|semaines|mois|annees|ans)\b",
    r"\b(?<!facteur de )(?<!facteurs de )(?<!criteres de )(?:tres )?(?:mauvais|sombre) pronostic\b",
]
life_expectancy_max_words = 14
# When several scores are given, these mark the current one ("OMS 3 ce jour") ...
current_markers = [
    r"\bactuel(?:le)?(?:ment)?s?\b", r"\bce jour\b", r"\baujourd'hui\b", r"\bmaintenant\b", r"\bdesormais\b",
    r"\ba ce jour\b", r"\ben consultation\b",
]
# ... and these an old one ("OMS 1 au diagnostic").
past_markers = [
    r"\bau diagnostic\b", r"\binitial(?:e|ement)?\b", r"\ba l'admission\b", r"\bauparavant\b", r"\banterieurement\b",
    r"\bil y a\b", r"\bprecedemment\b", r"\bavant\b",
]
