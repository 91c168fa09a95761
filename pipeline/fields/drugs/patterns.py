"""Drug classes as clinicians name them, and what each drug-based RCP item holds."""

# A class named without an agent: the item is present (or denied) with no code.
class_terms = {
    "anticoagulation": [
        "anticoagulant", "anticoagulants", "anticoagulé", "anticoagulée", "anticoagulation",
        "anti-coagulant", "anti-coagulants", "anti-coagulation", "anticoag", "traitement anticoagulant",
        "AVK", "antivitamine K", "anti-vitamine K", "antivitamines K", "anti-vitamines K",
        "AOD", "ACOD", "NACO", "anticoagulant oral direct", "anticoagulants oraux directs",
        "HBPM", "héparine de bas poids moléculaire", "héparines de bas poids moléculaire",
        "anti-Xa", "anti-thrombotique", "antithrombotique",
        # an INR target or a dose set by the INR tells a vitamin K antagonist ("Coumadine selon INR")
        "INR cible", "cible d'INR", "INR thérapeutique", "INR dans la cible", "selon INR", "selon l'INR",
        "selon les INR", "adapté à l'INR", "adaptée à l'INR", "adapté selon l'INR", "adaptée selon l'INR",
    ],
    "antiplatelets": [
        "antiagrégant", "antiagrégants", "antiagrégant plaquettaire", "antiagrégants plaquettaires",
        "anti-agrégant", "anti-agrégants", "anti-agrégant plaquettaire", "antiagrégation",
        "antiagrégation plaquettaire", "AAP", "bithérapie antiplaquettaire", "double antiagrégation",
    ],
    "boneTargetedTherapy": [
        "bisphosphonate", "bisphosphonates", "biphosphonate", "biphosphonates", "anti-résorptif",
        "anti-résorptifs", "antirésorptif", "antirésorptifs", "traitement anti-résorptif",
        "traitement antirésorptif", "ostéoprotecteur", "traitement ostéoprotecteur", "anti-RANKL",
        "traitement à visée osseuse", "traitement osseux", "ttt osseux", "tt osseux", "trt osseux",
        "ttt anti-résorptif", "ttt antirésorptif", "ttt à visée osseuse",
        "traitement ostéo-ciblé", "traitement ostéociblé", "ostéo-ciblé", "ostéociblé",
        "anti-ostéoclastique", "anti-ostéoclastiques", "antiostéoclastique", "antiostéoclastiques",
        "traitement anti-ostéoclastique", "inhibiteur de la résorption osseuse",
        "anti-ostéoporotique", "traitement anti-ostéoporotique", "traitement de l'ostéoporose",
        # in a GP's or a nurse's words
        "traitement pour les os", "ttt pour les os", "traitement de l'os", "piqûre pour les os", "piqûres pour les os",
        "injection pour les os", "injections pour les os", "perfusion pour les os", "perfusions pour les os",
    ],
}

# A class names only part of its item: denying it denies only those agents ("ni AVK ni AOD" leaves
# a preventive HBPM standing). Regexes on accent-free lower case -> ATC prefixes covered.
class_scopes = {
    r"\bavk\b|vitamine k|vitamines k|\bcoumarin|\binr\b": ("B01AA",),
    r"\bac?od\b|\bnaco\b|oraux? directs?|anti-?xa": ("B01AE", "B01AF"),
    r"\bhbpm\b|heparine": ("B01AB",),
}
# A denial of any other agent of a class: "pas d'autre anti-résorptif depuis" (EDS-NLP reads "pas d'autre" as no
# denial); it denies the class when no agent is taken, and contradicts none that is.
other_denied_before = r"\b(?:pas d'|pas de |aucun |aucune |sans |ni d'|ni de )(?:autres?|d'autres?) (?:traitements? )?$"
# A denial of long-term or full-dose anticoagulation leaves a preventive dose standing.
long_term_scope = r"au long cours|curative?s?\b|a dose curative|a dose efficace|efficace"
preventive_dose = r"preventi(?:f|ve|on)|prophylacti|dose iso-?coagulante"

# A class named as the topic of what follows: "Concernant un traitement à visée osseuse, l'acide zolédronique est
# envisagé", "Quant au traitement anticoagulant, …", "Sur le plan anticoagulant :".
# (opening its clause: not "aucune donnée concernant un traitement anticoagulant")
topic_before = (r"(?:^|[.;:!?\n][^\S\n]*)(?:concernant|quant (?:a|au|aux)|s'agissant d[eu']|au sujet d[eu']|pour ce qui (?:est|concerne)"
                r"|sur le plan|a propos d[eu']|cote)(?: (?:du|de la|de l'|des|le|la|l'|les|un|une|son|sa|ses))?\s*$"
                # ... or a time it marks: "l'aspirine a été cessée au début de l'anticoagulation en 2019"
                r"|\b(?:au debut|lors|au moment|a l'introduction|lors de l'introduction|a l'instauration|lors de la mise en route)"
                r" (?:de l'|de la|du|des|d')\s*$")

# ATC prefixes of each agent item (contract: anticoagulation B01AA, B01AB, B01AE, B01AF, B01AX05).
item_prefixes = {
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
}

# Brands of one drug sold at other doses for other indications (oncology, osteoporosis): each is a product of its own,
# whose stop does not stop the other ("Xgeva 120 mg/4 sem. depuis décembre (Prolia arrêté)"), unlike a brand and its
# INN, or two brands of one therapy (Kardégic, Aspirine).
distinct_products = ["Xgeva", "Prolia", "Zometa", "Aclasta"]

# Form labels under which ticked boxes answer an item (regex on accent-free lower case).
form_labels = {
    "anticoagulation": r"anti-?coag|\bavk\b|vitamines? k\b|\bac?od\b|\bnaco\b|\bhbpm\b|\bheparines?\b",
    "antiplatelets": r"anti-?agreg|antiplaquett|\baap\b",
    "boneTargetedTherapy": r"traitement osseux|anti-?resorpt|bisphosphonate|osteoprotec|visee osseuse|osteo-?cibl"
                           r"|anti-?osteoclast",
    "currentMedications": r"traitements? (?:en cours|actuels?|habituels?)|ordonnance",
}

# A line in capitals, short, without a digit nor any of these words, is a section title
# ("ANTICOAGULANTS / ANTIAGRÉGANTS"): a class it names says nothing of the patient.
max_title_words = 6
title_statement_words = [r"\b(?:pas|aucune?|non|sans|ni|jamais|sous|oui|arret\w*|stop\w*|suspendu\w*|prevu\w*)\b"]

# An allergy or intolerance to a drug tells nothing of whether it is taken now ("Allergie à l'héparine (TIH en
# 2019)", "intolérance au Zometa").
allergy_before = (r"\b(?:allergi(?:e|que)s?|intolerances?|intolerant|hypersensibilite|tih|thrombopenie induite"
                  r"|contre-indication(?: definitive| formelle| absolue)?)"
                  # (a label: "Allergies : ASPIRINE", "Allergies / intolérances⏎HEPARINE : TIH")
                  r"(?: connue)?(?:\s*/\s*intolerances?)?(?:\s*:)?\s+"
                  r"(?:a |au |aux |a la |a l'|de |du |des |de la |de l'|sous |par (?:l'|le |la |les )?)?\s*$")
# ... or right after it: "HEPARINE : TIH (2018)", "Kardégic (allergie)"
allergy_after = r"^\s*(?::|\(|-)\s*(?:allergi|tih\b|thrombopenie induite|intolerance|oedeme de quincke|anaphyla)"
# "Aucun traitement au long cours": denies every drug item at once (not when said of a past time: "Pas de
# traitement au long cours avant 2020").
no_drugs_then = r"[^\S\n]*(?:avant|jusqu'(?:a|en|au))\b"
no_drugs_at_all = [
    r"\baucun (?:traitement|ttt|tt|trt) (?:au long cours|habituel|chronique|medicamenteux)\b",
    r"\bpas de (?:traitement|ttt|tt|trt) (?:au long cours|habituel|chronique|medicamenteux)\b",
    r"\bsans (?:traitement|ttt|tt|trt) (?:au long cours|habituel|chronique)\b",
    r"\bne prend aucun (?:traitement|medicament)\b",
]
# Shortest single-word name that a one-letter misspelling may still match
# (misspellings are matched against the reference table and our additions only).
fuzzy_min_length = 7
# A word followed by a dose is a drug name: it may then be misspelt by two letters ("eliqiuss 2,5 mg x2"), when
# it is at least this long and only one name of the table lies that close.
dosed_name_min_length = 7
# A substance measured, not given: "testostérone < 0,2 ng/mL", "vitamine D à 18 ng/ml", "potassium 3,1 mmol/l".
lab_value_after = (r"[^\S\n]*(?:(?:serique|plasmatique|sanguine|totale|libre|corrigee?|ionisee?)[^\S\n]*)?"
                   r"(?:[:=<>≤≥]|a|de|est a|a moins de|inferieure? a)?[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*"
                   r"(?:ng|µg|ug|mg|g|pg|mmol|µmol|umol|nmol|pmol|mui|ui|u)/(?:ml|l|dl)\b")
# Abbreviations that name a drug only before its dose (Québec's "ASA 80 mg die"; "ASA 2" is an anaesthesia score).
dosed_abbreviations = {"asa": "B01AC06"}
dose_after = r"[^\S\n]*\d+(?:[,.]\d+)?[^\S\n]*(?:mg|µg|ug|mcg|g|ui|u\.?i\.?|ml)\b"
# Shortest name looked up when written in two words by voice recognition ("x geva", "inno hep").
split_name_min_length = 5
# EDS-NLP's resource also names nutrition products and excipients with everyday words:
# these, and names shorter than this, are not taken from it.
eds_min_length = 5
eds_common_words = [
    "interne", "externe", "association", "vitamine", "vitamines", "albumine", "gel", "intérêt",
    "solution", "sérum", "eau", "oxygène", "glucose", "sodium", "potassium", "calcium", "magnésium",
    "fer", "zinc", "huile", "crème", "pommade", "collyre", "sirop", "comprimé", "poudre", "lait",
    "standard", "normal", "simple", "total", "base", "contrôle", "relais", "ciment",
]

# Words that tell a drug taken (again) in its sentence, not only listed: after the whole anticoagulation was told
# stopped, an anticoagulant named with them was started again ("Récidive de TVP : Eliquis 10 mg x2 depuis le 12/11").
told_taken = (r"\bdepuis\b|\brecidive\b|\brepris|\breprise\b|\breintrodu|\b(?:a|de) nouveau\b|\bremise? sous\b"
              r"|\bsous\b|\bdebute|\binstaure|\bintrodu|\bmise? en route\b|\brelais\b|\brelaye")
# A form's free answer told with doubt: "Anticoagulant : le fils pense que non, à vérifier".
doubtful_answer = r"\ba (?:verifier|confirmer)\b|\b(?:pense|croit|crois|pensons) que\b|\bincertaine?\b"
