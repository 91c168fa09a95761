"""How clinicians write about local treatments of bone lesions: the treatments, their targets, denials.

Regexes on accent-free lower-case text (see `fold`); each entry is one a clinician may edit.
"""

# Treatments that are bone treatments by themselves (contract: treatment/@type).
bone_treatments = {
    "surgery": [
        r"osteosynthese", r"enclouage", r"clou (?:centro-?medullaire|gamma|cephalo-?medullaire|de \w+)",
        r"arthroplastie", r"prothese (?:totale |intermediaire |massive |de reconstruction )?"
        r"(?:de (?:la )?hanche|d'epaule|de l'epaule|femorale|humerale|cephalique)",
        # a knee replacement is an arthrosis operation, unless it rebuilds the bone
        r"prothese (?:massive|de reconstruction) (?:du|de) genou",
        r"protheses? (?:totale|intermediaire) de hanche", r"laminectomie", r"laminotomie", r"arthrodese",
        r"decompression (?:medullaire|chirurgicale|rachidienne|radiculaire|posterieure)",
        r"fixation (?:rachidienne|vertebrale|posterieure|percutanee)", r"vissage", r"plaque vissee",
        r"corporectomie", r"vertebrectomie", r"spondylectomie",
        r"stabilisation (?:rachidienne|vertebrale|posterieure|chirurgicale|percutanee)", r"liberation medullaire",
        r"chirurgie (?:de |d')?(?:stabilisation|decompression|fixation|arthrodese|osteosynthese)",
    ],
    "cementoplasty": [
        r"cimentoplastie", r"vertebroplastie", r"cyphoplastie", r"kyphoplastie", r"osteoplastie", r"sacroplastie",
        r"injection de ciment", r"cimentation(?! (?:des|de la|du|de l') ?(?:vis|materiel|montage|prothese|tiges?|clous?|implants?))",
    ],
    "ablation": [
        r"radio-?frequence", r"thermo-?ablation", r"cryo-?ablation", r"cryo-?therapie", r"micro-?ondes",
        r"ablation percutanee", r"ultrasons focalises", r"hifu", r"ablation thermique",
    ],
    "other": [
        r"embolisation", r"electrochimiotherapie",
    ],
}
# Participles of bone operations count like their nouns, but only when aimed at a named bone
# ("fracture du fémur enclouée le 3 mars", "vertèbre cimentée", "hanche prothésée", "L2 fixée par vis").
bone_participles = {
    "surgery": [r"enclouee?s?", r"osteosynthesee?s?",
                r"prothesee?s?(?! (?:totale|de |d'|du |intermediaire|massive|cimentee|unicompartimentale))",  # the noun
                r"vissee?s?", r"fixee?s?", r"arthrodesee?s?",
                r"laminectomisee?s?"],
    "cementoplasty": [r"cimentee?s?", r"vertebroplastiee?s?", r"cyphoplastiee?s?", r"kyphoplastiee?s?"],
    "ablation": [r"(?:thermo|cryo)-?ablatee?s?"],
}
# Participles that only a bone can take: they count without a bone named ("Elle a été enclouée à Limoges").
intrinsic_participles = [r"enclouee?s?", r"osteosynthesee?s?", r"vertebroplastiee?s?", r"cyphoplastiee?s?",
                         r"kyphoplastiee?s?"]
# Right before a participle, what it qualifies is no bone: "prothèse cimentée", "date fixée", "dose fixée".
participle_not_after = (r"\b(?:protheses?|pth|pih|pte|tiges?|cupules?|implants?|dates?|rdv|rendez-vous|consultations?"
                        r"|seances?|reunions?|rcp|staff|doses?|posologies?|objectifs?|prix)\b[^.;\n]{0,25}$")
# Implants set with cement are cement-augmented fixation, not a cementoplasty: "vis pédiculaires cimentées",
# "arthrodèse T7-T11 cimentée", "prothèse cimentée" (the participle follows the implant and at most two words).
cemented_hardware_before = (r"\b(?:vis|arthrodeses?|osteosyntheses?|montages?|materiel|clous?|plaques?|fixations?|tiges?"
                            r"|protheses?|cupules?|implants?|pth|pih|pte)(?:[^\S\n]+[\w-]+){0,2}[^\S\n]*$")
# Treatments whose target decides: a bone lesion counts, the primary organ does not
# ("radiothérapie mammaire", "opéré d'un cancer du côlon").
targeted_treatments = {
    "radiotherapy": [
        r"radiotherapies?", r"radio-?chirurgie", r"stereotaxie", r"curietherapie", r"cyberknife", r"tomotherapie",
        r"irradiation", r"irradiee?s?", r"\d+(?:[.,]\d+)?\s*gy\b",
        r"(?<=des )rayons(?! x\b)", r"seances? de rayons",  # as patients say it: "il a eu des rayons sur le dos"
    ],
    "surgery": [
        r"chirurgie(?!n)", r"operee?s?", r"resection", r"exerese", r"curetage", r"decompression",
        r"traitement chirurgical", r"prise en charge chirurgicale",
    ],
}
# Abbreviations that count only as written in capitals ("RT", not the letters of a word): hip prostheses
# are bone treatments by themselves, a radiotherapy is judged by its target.
# (not the parathormone of a laboratory result: "PTH effondrée", "PTHrp en cours", "PTH à 12 pg/mL")
bone_capital_abbreviations = {"surgery": [
    r"(?:PTH|PIH|PTE)(?!rp|[^\S\n]*(?:rp\b|effondr|bass|[ée]lev|normal|frein|dos[ée]|intacte|augment|abaiss|[:=<>]|à \d|\d+(?:[.,]\d+)?\s*(?:pg|ng|pmol)))"]}
capital_abbreviations = {"radiotherapy": ["RT", "RTE", "RTH", "SBRT", "SABR", "RTS", "RCMI", "IMRT", "VMAT"]}
capital_not_before = r"[-\s]?q?PCR"  # "RT-PCR" is a laboratory test
# In lower case ("rt l3 8 gy" in a telegraphic note) they count only when aimed at a named bone.
lowercase_abbreviations = {"radiotherapy": [r"rte?", r"sbrt", r"sabr"]}
# Treatments of the targeted kind that count without a named target (a radiotherapy usually treats
# the bone in these letters; a bare "chirurgie" usually the primary).
counts_without_target = {"radiotherapy"}

# What a treatment is aimed at. Vertebrae: "L3", "D8", "T12", "S1" (not cervical "C1": chemotherapy cycles).
bone_targets = [
    r"[dtl]\s?\d{1,2}(?!\s*(?:n\d|m\d|[a-c]?n\d))", r"s[1-5]",
    r"rachis", r"rachidiens?(?:nes?)?", r"vertebr\w*", r"femur", r"femorale?s?", r"col femoral", r"trochanter\w*",
    r"humerus", r"humerale?s?", r"cotyles?", r"cotyloidien\w*", r"acetabul\w*", r"bassin", r"iliaques?",
    r"ischion", r"ischio-?pubien\w*", r"pubis", r"sacrum", r"sacree?s?", r"sacro-?iliaque", r"coccyx",
    r"costale?s?", r"\d+(?:e|eme|ere) cotes?", r"cotes? (?:droites?|gauches?)", r"hanches?", r"sternum",
    r"sternale?s?", r"clavicule", r"omoplate", r"scapula\w*", r"tibia\w*", r"perone", r"radius", r"cubitus",
    r"ulna", r"calvaria", r"voute cranienne", r"mandibule", r"diaphyse\w*", r"epiphyse\w*", r"metaphyse\w*",
    r"epaule", r"genou", r"osseu(?:x|se|ses)", r"os", r"squelette", r"epidurite", r"compression medullaire",
    r"lesions? lytiques?", r"metastases? osseuses?", r"fractures?", r"tassements?", r"arc posterieur", r"pedicule\w*", r"lombaires?", r"dorsale?s?",
]
# Primary organs and their operations: a treatment aimed at these is no bone treatment.
organ_targets = [
    r"seins?", r"mammaires?", r"prostate", r"prostatiques?", r"loge", r"lit tumoral", r"pulmonaires?", r"poumons?",
    r"bronch\w*", r"mediastin\w*", r"thoraciques?", r"encephal\w*", r"cerebrale?s?", r"cerveau", r"crane in toto",
    r"reins?", r"renale?s?", r"nephr\w*", r"foie", r"hepatiques?", r"vessie", r"vesicale?s?", r"rectum", r"rectale?s?",
    r"colon", r"coliques?", r"oesophag\w*", r"pelvi\w*", r"ganglion\w*", r"aires? ganglionnaires?",
    r"sus-?claviculaire", r"axillaire", r"paroi", r"cicatrice", r"tumeur primitive", r"primitif", r"rattrapage",
    r"adjuvante?", r"boost", r"thyroid\w*", r"uter\w*", r"ovaires?", r"surrenal\w*", r"tumorectomie",
    r"vagin\w*", r"vulv\w*", r"endometr\w*", r"col uterin", r"canal anal", r"pharyn\w*", r"laryn\w*", r"cervico-?faciale?",
    r"mastectomie", r"prostatectomie", r"lobectomie", r"pneumonectomie", r"colectomie", r"cystectomie",
    r"(?:traitement|chirurgie) conservat\w*",  # breast-conserving: "traitement conservateur puis radiothérapie"
]
# A systemic radiotherapy (radium 223, lutetium-PSMA) is no local treatment: named after the treatment word only
# ("métastase réfractaire à l'iode ; radiofréquence" aims at the bone).
systemic_radiotherapy = [r"metabolique", r"vectorisee", r"interne vectorisee", r"radium", r"lutetium", r"psma", r"xofigo",
                         r"iode"]
# A treatment of a benign bone or joint disease is no treatment of a bone lesion ("PTH pour coxarthrose").
benign_reasons = [
    r"hernies? discales?", r"\w*arthrose", r"canal (?:lombaire )?etroit", r"scoliose", r"(?<!non )(?<!non-)(?<!peu )traumatiques?",
    r"accident\w*", r"\bavp\b", r"osteoporo\w*", r"necrose (?:aseptique|de la tete)",
    r"chute (?:de |d')(?:velo|ski|cheval|moto|scooter|echelle|toit|escabeau|trottinette)",  # a fall no bone lesion caused
]
# An organ named as the tumour's origin ("métastase osseuse d'un cancer du rein traitée par SBRT") is
# the aim only when no bone is named beside it.
origin_before = r"(?:cancer|carcinome|adenocarcinome|neoplasie|neoplasme|tumeur|origine|primitif|k)\s+(?:\w+\s+)?(?:du|de la|de l'|d'|des)?\s*$"
# "douleur irradiant vers la cuisse": pain radiating somewhere, not radiotherapy.
radiating_pain_after = r"^\w*\s+(?:vers|dans|le long|jusqu(?!'ici|'a present|'a maintenant|'alors)|en (?:ceinture|hemi)|aux? (?:membres?|jambes?|cuisses?|fesses?|bras)|a la (?:jambe|cuisse|fesse|face|racine))"
radiating_pain_before = r"(?:douleurs?|dlrs?|\w+algies?|algiques?)[^.;\n]{0,25}$"
# "irradiation" in a sentence describing pain, with no dose, is the pain's ("douleur à l'appui, EVA 5, sans irradiation").
pain_words = r"\b(?:douleurs?|dlrs?|\w+algies?|algiques?|eva|en|ens)\b"

# A department, a specialty or a signature, not a treatment: "Centre de Radiothérapie Saint-Exemple",
# "Chirurgie orthopédique et réparatrice", "Dr X – Chirurgie du rachis", "CH Exempleville – Radiothérapie – page 1/1".
institution_before = (r"(?:centre|service|departement|dept|unite|pole|institut|clinique|cabinet|oncologie|onco|consultation"
                      r"|equipe|secretariat|specialiste|chirurgien|medecin|interne|praticien|plateau|plateforme|suivie?|hospitalisee?"
                      r"|avis|rdv|rendez-vous|staff|rcp"
                      r"|adressee?|transferee?)s?"
                      r"[^\S\n]*(?:-|–|de la|de|d'|en|du)?[^\S\n]*$"
                      # an appointment's place: "RT L4 prévue le 24/03 en radiothérapie"
                      r"|\b(?:le|du|au) \d{1,2}/\d{1,2}(?:/\d{2,4})?[^\S\n]+en[^\S\n]*$")
# A doctor's name, then a specialty standing alone: "(Dr Le Goff, radiothérapie ; Dr Andrieux, rhumatologie)".
doctor_before = r"\b(?:dr\.?|docteur|dresse?|pr\.?|professeur)[^\S\n]+[\w'’.-]+(?:[^\S\n]+[\w'’.-]+){0,2},[^\S\n]*$"
specialty_alone_after = r"[^\S\n]*(?:[;)\n]|$)"
specialty_after = (r"^[^\S\n]*(?:orthopedique|et traumatologi|traumatologi|digestive|viscerale|generale|plastique|vasculaire"
                   r"|thoracique|cardiaque|ambulatoire|oncologique|du rachis et|rachidienne et|et (?:de la )?chirurgie)")
header_line = r"^[^\S\n]*(?:dr\.?|docteur|pr\.?|professeur)\s|\bpage \d|\btel\.?\s*:?\s*\d|\bfax\b"
# A department named after its institution on a letterhead line: "Clinique Belledonne-Isère - Chirurgie du rachis".
letterhead_department = (r"[^\S\n]*(?:clinique|polyclinique|hopital|chu|chr|ch|centre hospitalier|groupe hospitalier"
                         r"|institut|crlc|clcc|centre (?:regional )?de lutte contre le cancer)\b[^\n]{0,80}[-–|,][^\S\n]*$")

# Denials of any local treatment: "aucun traitement local", "Traitements locaux : néant".
no_local_treatment = [
    r"\b(?:aucun|pas de|sans|jamais de|ni) (?:autre )?(?:(?:traitement|ttt|geste)s? loca(?:l|ux)|gestes? (?:osseux|sur l'os))\b",
    # "il n'a jamais eu de traitement sur l'os", "aucun traitement sur les lésions osseuses"
    r"\b(?:aucun|pas de|jamais (?:eu |recu |beneficie )?(?:de|d'un)|ni) (?:traitement|ttt|geste)s? (?:sur l'os|sur les os"
    r"|sur (?:la|les) lesions? osseuses?)\b",
    r"\b(?:traitements?|ttt|gestes?) loca(?:l|ux)(?: anterieurs?| osseux| realises?| deja realises?)?\s*[:|=]\s*"
    r"(?:aucun|neant|non|0|rien)\b(?![^\S\n]*(?:operable|opere|realisable|indique|envisageable|faisable|accessible))",
    # ("| non opérable (état général) : radiothérapie…" tells why there was no surgery)
    r"\bn'a (?:jamais )?(?:recu|eu|beneficie) (?:d')?aucun (?:traitement|geste) local\b",
    # "les lésions n'ont jamais fait l'objet d'un traitement local", "n'a jamais reçu de traitement local"
    r"\bn'(?:a|ont) jamais (?:fait l'objet d'un|recu de|eu de|beneficie d'un) (?:traitement|geste) local\b",
]
# Form labels whose ticked answers speak of local treatments ("Traitement local déjà reçu ☒ Aucun").
form_label = (r"traitements? locaux|ttt locaux?|traitements? local|radiotherapie|chirurgie osseuse|gestes? locaux?"
              r"|(?:traitements?|gestes?) anterieurs? (?:osseux|sur l'os|de l'os|de la lesion|des lesions)")
# ("Traitement osseux" alone labels the bone-targeted drugs, not local treatments.)
# A treatment word as a label with a bare answer: "Irradiation ou chirurgie osseuse préalable Non",
# "Radiothérapie : non   Chirurgie : non" (the answer ends the line or its cell).
# (the label stops at a sentence's end: "RTE sacrum 30 Gy. Cimento : non" answers the cementoplasty only)
line_answer = (r"^(?:[^\n:|.;]|\.(?!\s)){0,60}?[\s:|]\s*(?P<answer>non|aucune?|neant|oui|ne sait pas|nsp|\?|a verifier)"
               r"(?=[^\S\n]*(?:$|[.;,|])|[^\S\n]{2,}|\t|[^\S\n]+(?:a ce jour|pour l'instant|pour le moment|jusqu'ici)\b)")
# A line's label listing options, before its answer: "Chirurgie / cimentoplastie : Cimentoplastie L1 (11/2024)".
# (a slash before a figure is no option's: "30 Gy/10 fr", "EVA 6/10")
options_label = r"[^\S\n]*[^\n:|/]{2,40}(?:/(?![^\S\n]*\d)[^\n:|/]{2,40})+?(?::|\t|[^\S\n]{3,})"
line_answer_max_before = 15  # characters of the line before the treatment word for it to be a label
# Hypothetical words that speak of the past with doubt ("aurait été irradié"): doubt, not a plan.
past_doubt = [r"\baurai(?:t|ent)\b", r"\bseraie?n?t\b", r"\bprobablement\b", r"\bvraisemblablement\b",
              r"\bsemble(?:-t-il)?\b", r"\bpeut-etre\b", r"\bil est possible\b"]
# Right before a treatment, the writer reports it without certainty: "notion de radiothérapie".
doubt_before = r"\bnotion (?:d'une?|de la|du|de|d')\s*(?:\w+\s+)?$"
# A treatment the rest of its clause announces for later: "une ostéosynthèse du fémur est programmée le 3 juin".
planned_in_clause = [
    r"\b(?:est|sont|sera|seront|a ete|ont ete) (?:programmee?s?|prevue?s?|envisagee?s?|proposee?s?|planifiee?s?|"
    r"discutee?s?|demandee?s?|indiquee?s?|retenue?s?|choisie?s?|decidee?s?)\b",
    r"\b(?:programmee?s?|planifiee?s?) (?:le|pour|en|au|a partir|dans|debut|fin|mi|la semaine)\b",
    # a plan in the conditional: "une radiothérapie stéréotaxique serait envisageable en complément"
    r"\b(?:serai(?:t|ent)|pourrai(?:t|ent) etre) (?:\w+ )?(?:envisageables?|indiquee?s?|possibles?|souhaitables?|utiles?"
    r"|faisables?|realisables?|proposee?s?|discutee?s?|a discuter|a envisager|pertinente?s?|licites?)\b",
    r"\ba (?:discuter|prevoir|programmer|envisager|realiser|organiser|completer|valider)\b", r"\bvalidee?s?\b",
    # a bone still to be operated on: "fracture à enclouer", "lésion à cimenter rapidement"
    r"\ba (?:\w+ )?(?:enclouer|osteosyntheser|operer|cimenter|visser|fixer|stabiliser|protheser|irradier)\b",
]
# A participle closing the treatment's own words: "Radiothérapie T9-L1 (20 Gy en 5 fractions) programmée :".
planned_right_after = r"[^,;.:\n]{0,60}?(?<!comme )\b(?:programmee?s?|planifiee?s?|prevue?s?|envisagee?s?|proposee?s?)\s*(?:[.;:]|$)"
# Told after the treatment that it was not done: "La vertébroplastie n'a finalement pas été réalisée",
# "cimentoplastie non réalisée".
not_done_after = (r"^[^.;\n]{0,80}?(?:\bn'(?:a|ont|avait|avaient)\b[^.;\n]{0,25}?\b(?:pas|jamais) (?:ete |pu etre )?|\bnon |\bpas )"
                  r"(?:realise|fait|effectue|pratique|delivre|faite)e?s?\b")  # ("n'a pas pu être faite")
# ... refused, whatever proposed it: "radiothérapie de la lésion sternale proposée, refusée par la patiente"
refused_after = r"[^.;\n]{0,80}?\b(?:refusee?s?|recusee?s?) par\b"
refused_before = r"\b(?:refuse|recuse|decline)e? (?:finalement )?(?:la |le |l'|les |une? |toute? |tout geste de )?$"
# Nothing known of it: "Pas d'information sur un éventuel traitement par radiothérapie".
no_information_before = (r"\b(?:pas|aucune?|sans) (?:d'|de )?(?:informations?|renseignements?|notion|donnees?) "
                         r"(?:sur|concernant|quant a) (?:une? |la |le |l'|d'eventuel\w* )?(?:eventuel\w* )?"
                         r"(?:traitement (?:par |local )?|geste )?$")
# A lesion outside a radiotherapy's fields was not treated by it: "La lésion sacrée est en dehors des champs de la
# radiothérapie de 2024".
outside_fields_before = r"\b(?:en dehors|hors)\s+(?:des|du)\s+champs?\s+(?:de la |de l'|d'|du |de )?$"
# ... or asked for: "Objet : demande d'avis RT antalgique / cimentoplastie", "demande de cimentoplastie"
asked_for_before = (r"\b(?:demande (?:d'avis |de |d'|pour )|avis )(?:(?:de la |du |en )?(?:rcp|staff|reunion)\w* )?"
                    r"(?:pour |sur |concernant |avant )?"
                    r"(?:(?:une? |la |le |l')?[\w-]+(?: [\w-]+){0,2} ?(?:/|ou|et|,) ?)?(?:une? |la |le |l')?$"
                    # the second of the options asked about: "l'indication d'un traitement par acide zolédronique ou
                    # dénosumab et d'une radiothérapie costale"
                    r"|\bindication (?:de |d'|a |du |des )[^.;?\n]{0,60}\b(?:et|ou) (?:d'une? |de la |du |de l'|des )$")
# (or an opinion asked on options: "(avis cimentoplastie / radiothérapie)")
asked_for_reach = 90  # characters between the request (or the lack of information) and the treatment
# A participle in the future tense is a plan: "la fracture sera enclouée demain", "L3 doit être rapidement cimentée".
future_before = (r"\b(?:sera|seront|va etre|vont etre|doit etre|doivent etre|devra etre|devront etre|pourra etre"
                 r"|pourront etre|pourrait etre|pourraient etre|devrait etre|devraient etre)\s+(?:\w+\s+)?$")
# A treatment as the purpose of the referral or a stay, or awaited, is not yet done: "adressé pour radiothérapie de
# L3", "HBPM différée en attendant la RT".
# So is one an earlier meeting proposed or decided: "la RCP de mai avait proposé une radiothérapie du bassin".
purpose_before = (r"\b(?:pour|en attendant) (?:une? |la |le |l')?(?:eventuelle? |nouvelle )?$"
                  # what a label put mid-line decides or asks: "PS 0. Question : RT de l'acétabulum", "Décision :
                  # radiothérapie décompressive 20 Gy, première séance cet après-midi"
                  r"|\b(?:decision|questions?|conduite a tenir|cat|propositions?)\s*:\s*$"
                  r"|\bavant (?:le |un )?geste (?:de |d')?$"  # "Demande d'avis avant geste de kyphoplastie"
                  r"|\b(?:a|avait|ont|avaient) (?:propose|retenu|decide|recommande|preconise|indique)"
                  r"(?:[^\S\n]*:[^\S\n]*«?)?[^\S\n]*(?:une? |la |le |l'|de |d')?$")
# A denial of the other sites only ("le reste du squelette n'a jamais été irradié") denies nothing received.
partial_denial = [r"\b(?:le |du )?reste\b", r"\bautres?\b", r"\brestante?s?\b", r"\bailleurs\b"]
# A dose ("20 Gy en 5 fractions") belongs to the radiotherapy named just before it.
dose = r"\d\s*gy\b"
dose_attachment = 80  # characters between a radiotherapy and its dose
# A dose with no bone named treats the primary when it is a curative one (bone metastases get 8 to 40 Gy: "70 Gy",
# "50 Gy"), or when a chemoradiation gives it ("radiochimiothérapie exclusive (70 Gy + cisplatine)", "RCT (50 Gy +
# carbo-taxol)", in its sentence before it).
primary_dose_min = 45
chemoradiation_before = r"\b(?:radio-?chimio\w*|chimio-?radio\w*|rct|rtct|rcc)\b[^.;\n]{0,40}$"

# What tells a treatment as done, before the question asked about it: "déjà", a year, a date, a delivered dose.
told_as_done = r"\bdeja\b|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{2,4}\b|\b\d+(?:[,.]\d+)?\s?gy\b"
