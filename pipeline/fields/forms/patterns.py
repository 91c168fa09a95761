"""How forms give answers: ticked boxes, and "Label : oui / non / aucun" lines."""

# Answers standing alone after a label: "Anticoagulant : non", "Traitement osseux : aucun".
yes_answers = [r"oui", r"yes", r"present(?:e|s|es)?", r"positif"]
no_answers = [r"non", r"aucune?", r"neant", r"no", r"0", r"ø", r"absente?s?", r"negatif", r"ras", r"sans",  # "Ø": none
              # not started: "Traitement anti-résorptif : non débuté (en attente de l'avis dentaire)"
              r"(?:non|pas) (?:encore )?(?:debutee?|introduite?|instauree?|commencee?)"]
# ... and the words alone that answer a row whose columns were joined ("Anticoagulant non"; not "OMS 0").
row_answers = r"oui|non|aucune?|neant|absente?s?|presente?s?"
# Not knowing states nothing of the patient (the item stays unknown): "Anticoagulant : NSP", "☒ Ne sait pas".
not_known_answers = [r"ne sait pas", r"ne sais pas", r"nsp", r"inconnue?s?", r"non connue?s?", r"non renseignee?s?",
                     r"nc", r"nr", r"n\.r\.?", r"non communiquee?s?",
                     # the answer is elsewhere, not in the letter: "Circonstances de découverte | cf. courrier joint"
                     r"(?:cf\.?|voir) (?:le |la |l')?(?:courrier|ordonnance|compte[- ]rendu|cr|lettre|dossier)"
                     r"(?: (?:ci-)?jointe?)?"]
# A doubt to be checked is a statement made with doubt (the item is uncertain): "Anticoagulant : à vérifier".
doubt_answers = [r"\?+", r"a verifier", r"a confirmer",
                 # a denial hedged is no denial: "Anticoagulant : pas à ma connaissance", "a priori non"
                 r"(?:pas|non|aucune?) a ma connaissance", r"a priori (?:non|pas|aucune?)", r"je ne (?:crois|pense) pas",
                 r"il ne me semble pas"]
# ... and so is a denial followed by its doubt: "Anticoagulant : non, à vérifier", "non (?)"
doubt_after_answer = r"[^\S\n]*[,;(–—-]?[^\S\n]*(?:\?+|a verifier|a confirmer|sous reserve|il me semble|je crois|semble-t-il)"
# An answer may say up to when it holds: "Radiothérapie : aucune à ce jour".
so_far = [r"a ce jour", r"pour l'instant", r"pour le moment", r"jusqu'a present", r"jusqu'ici", r"actuellement"]
# A label is short: at most this many words before the colon.
max_label_words = 6

# A form field's label standing in the middle of a line, after the answer to the field before it (two form
# columns joined by the text layer: "Anticoagulant : Préviscan      Antiagrégant : non", "Tabac : non Traitement :
# Eliquis"): it starts a field of its own, out of reach of the cues of the field before. After a wide gap or a tab
# it may be any word; after a single space it starts with a capital and the words after it do not.
label_after_gap = r"(?<=[^\s:])(?:[^\S\n]{2,}|[^\S\n]*\t)[^\S\n]*(?=[^\W\d_][\w'’/()-]*(?:[^\S\n][\w'’/()-]+){0,3}[^\S\n]?:(?![\d/]))"
label_after_space = (r"(?<=[^\s:])[^\S\n](?=(?:[-•–][^\S\n])?[A-ZÀ-Ý][\w'’/()-]*(?:[^\S\n][a-zà-ÿ'’/(-][\w'’/()-]*){0,3}"
                     r"[^\S\n]?:(?![\d/]))")

# Words in a form label's brackets that say what to write, not what the patient has ("Douleur (type, EVA)",
# "Anticoagulant (molécule, dose)"): such a label left empty is a blank field wherever it stands.
field_instructions = [r"types?", r"eva", r"en", r"evs", r"intensite", r"score", r"dates?", r"doses?", r"posologies?",
                      r"lequel", r"laquelle", r"lesquel(?:le)?s", r"noms?", r"molecules?", r"agents?", r"preciser?",
                      r"precisez", r"si oui", r"localisations?", r"sieges?", r"duree", r"delai", r"horaire", r"date"]
