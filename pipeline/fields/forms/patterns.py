"""How forms give answers: ticked boxes, and "Label : oui / non / aucun" lines."""

# Answers standing alone after a label: "Anticoagulant : non", "Traitement osseux : aucun".
yes_answers = [r"oui", r"yes", r"present(?:e|s|es)?", r"positif"]
no_answers = [r"non", r"aucune?", r"neant", r"no", r"0", r"ø", r"absente?s?", r"negatif", r"ras", r"sans"]  # "Ø": none
unknown_answers = [r"ne sait pas", r"nsp", r"inconnue?", r"\?+", r"non renseignee?", r"a verifier", r"nc"]
# A label is short: at most this many words before the colon.
max_label_words = 6
