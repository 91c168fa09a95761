"""How letters say who the patient is (regexes on accent-free lower-case text)."""

# Sex, from titles, agreement and form answers; each cue votes, the strongest first.
# (a "Sexe" field first: "Nom, prénom du patient" is a form's generic masculine)
female = [r"\bsexe\s*[:|]?\s*(?:☒\s*)?f(?:eminin)?\b", r"\bmme\b", r"\bmadame\b", r"\bmlle\b", r"\bmademoiselle\b",
          r"\bpatiente\b", r"\bnee le\b", r"\bagee de\b"]
male = [r"\bsexe\s*[:|]?\s*(?:☒\s*)?m(?:asculin)?\b",
        r"\b(?<!\bdr )(?<!\bpr )(?<!\bdresse )(?<![-.])m\.\s+[a-z]",  # (not a doctor's initial: "Dr M. Verhaegen",
        # "Pr J.-M. Estrabaut")
        r"\bmonsieur\b", r"\bmr\b", r"\bpatient\b(?!e)", r"\bne le\b", r"\bage de\b"]
# A title naming a member of staff ("Mme C. Jaouen, IDE coordinatrice") says nothing of the patient.
_STAFF = (r"(?:ide|idec|infirmi\w*|secretaire|coordinat\w*|assistante?|cadre de sante|interne|kinesitherapeute"
          r"|dieteticienne?|psychologue)")
# ... or labelled with one before, on its line: "Infirmière coordinatrice : Mme Sandrine Faucher"
staff_before = rf"\b{_STAFF}\b[^\S\n]*[:–-]?[^\S\n]*$"  # (or "IDE Mme Chaussat")
staff_after = (rf"[^\n]{{0,40}}?\b{_STAFF}\b"
               # the addressee: "Monsieur le Docteur Selliès", "Madame le Professeur X", "Mme le Dr Y"
               r"|[^\S\n]+(?:le |la )?(?:docteur|dr|professeur|pr|president|coordonnat\w*)\b")
# Age written as such (maybe wrapped before "ans" by the layout): "72 ans", "59 a", "(52 ans)", "âgé de 72 ans"
# (not "depuis 2 ans", "il y a 10 ans", nor the minutes of a time "18:42" followed by a line starting with "À", nor
# the total of a scale: "Doloplus 9/30 à l'entrée").
age = (r"(?<![\d:/])(?P<age>\d{2,3})(?:[^\S\n]*\n?[^\S\n]*ans\b|[^\S\n]?a\b(?![^\S\n]*:))"
       r"(?![^\S\n]*(?:\d|(?:de|d'|plus|apres|avant)\b))")  # "24 à 48 heures" is no age
# ... or in words, as dictated or in Belgian and Swiss French: "soixante-quatorze ans", "septante-huit ans"
# ({number}: a number in words, see fields.base.SPELLED_NUMBER).
age_in_words = (r"\b(?P<age>{number})[^\S\n]+ans\b"
                r"(?![^\S\n]*(?:de|d'|plus|apres|avant)\b)")  # "vingt ans après la mastectomie" is no age
# (nor a threshold: "dose réduite, âge > 75 ans", "âge ≥ 80 ans", "plus de 80 ans")
age_excluded_before = (r"(?:depuis|il y a|pendant|dans|de|apres|avant|tous les|toutes les|sevre|pa|a|[<>≤≥]=?"
                       r"|superieur a|inferieur a|moins de)\s*$")
# ... unless "de" follows the patient: "âgée de 78 ans", "patient de 64 ans", "homme de 70 ans"
age_allowed_before = r"(?:agee?|patiente?|homme|femme|monsieur|madame|mme|m\.)\s+de\s*$"
# A relative's age ("mère 86 ans, en FA", "sa mère, 89 ans, est sous Kardégic") is not the patient's.
# (a spouse only with a possessive: "Mme Nadia Essai épouse Exemple, 52 ans" gives her married name)
_RELATIVES = (r"(?:mere|pere|frere|soeur|fils|fille|oncle|tante|grand-(?:mere|pere)|cousine?"
              r"|(?:son|sa|l') ?(?:epoux|epouse|mari|conjointe?|compagne?|compagnon))")
relative_age_before = rf"\b{_RELATIVES}\b[^.;\n\d]{{0,12}}$"
# ... or any age in a sentence about relatives ("Mère et tante maternelle traitées pour un cancer du sein (50 et 46
# ans)"), or one of several ages listed together.
relative_sentence = rf"[^\S\n]*(?:[-•*][^\S\n]*)?(?:(?:sa|son|ses|la|le|les|une?|l') ?)?{_RELATIVES}s?\b"
several_ages_before = r"\d[^\S\n]*(?:et|,|ou)[^\S\n]*$"
# Birth date: "née le 14/09/1956", "Date de naissance : …", "DDN", "Né le", a form's "Né(e) le".
birth = r"\b(?:nee?|ne\(e\)|n\.e\.?)\s+(?:le|en)\b|\bdate de naissance\b|\bddn\b"
# Where the letter's own date stands: "Exempleville, le 12 mars 2025", "Date : 21/05/2025", "Le 14/02/2025".
letter_date_before = r"(?:^|,|\bdate(?: de la demande)?\s*(?::|\|)?|\bfait)\s*(?:le\s+)?$|^\s*le\s+$"
letter_header_lines = 25
