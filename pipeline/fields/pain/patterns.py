"""How clinicians write about pain: words, denials, types, scores.

Regexes on accent-free lower-case text (see `fold`); each is one entry a clinician may edit.
"""

# Words that say the patient has (or has not) pain: "douleurs", "douloureux", "dlr", "lombalgies".
pain_words = [
    r"douleurs?", r"douloureu(?:x|se|ses)", r"dlrs?", r"algies?", r"(?!(?:my|gastr|epigastr|ot|odont|cephal)algi)\w+algies?",
    r"(?:hyper|poly)?algiques?",
    # "elle me dit avoir mal au niveau des côtes", "a mal à la hanche" (not "mal toléré")
    r"(?<=avoir )mal", r"(?<=a )mal(?= (?:au|aux|a la|a l'|partout|dans|en|quand|des|lorsqu|la nuit|le soir|surtout)\b)",
    r"(?<=ai )mal", r"(?<=ont )mal", r"(?<=avait )mal",
    # "il se plaint du dos, surtout la nuit"
    r"(?<=plaint )(?:du|de la|de l'|des) (?:dos|hanches?|epaules?|bassin|cotes|jambes?|cuisses?|nuque|cou|rachis|genoux?"
    r"|bras|thorax|reins|fesses?|lombes)\b",
    # pain as carers see it in someone who cannot tell it: "grimaces et plaintes à la mobilisation", "Algoplus 3/5"
    r"(?:grimaces?|plaintes?)(?= (?:et (?:des )?(?:grimaces?|plaintes?) )?(?:a|lors|au|aux|pendant) (?:la |les |des )?"
    r"(?:mobilisations?|soins|toilettes?|transferts?|changes?))",
    r"algoplus\s*(?::|=|a)?\s*[2-5](?:\s*/\s*5)?",
]  # (muscle, stomach, ear, tooth and head pains tell nothing of the bones: "myalgies grade 1")
# A pain word after these is no statement: a condition, a label, a service ("Doliprane si douleur",
# "Type de douleur", "consultation douleur", "échelle de la douleur").
not_a_statement_before = [
    r"\bsi", r"\ben cas d[e']", r"\btype d[e']", r"\bprise en charge (?:de |d')?(?:la |des )?",
    r"\btraitement (?:de |d')?(?:la |des )?", r"\bconsultation (?:de |d')?(?:la )?",
    r"\bequipe (?:mobile )?(?:de )?(?:la )?",
    r"\bcentre (?:de |d'|anti-?)?(?:la )?", r"\bechelle (?:de |d')?(?:la )?", r"\bevaluation (?:de |d')?(?:la )?",
    r"\bcomposante", r"\bquestionnaire", r"\bnon",
    # scoring it, which a patient may not manage: "aphasique, il ne peut pas coter sa douleur"
    r"\b(?:coter|evaluer|quantifier|chiffrer|exprimer|localiser|decrire) (?:sa |la |leur |ses |les |une )?",
]
# Denials that are no negated pain word: "indolore", "non algique", "il est asymptomatique".
denials = [
    r"\bindolores?\b", r"\bnon (?:algique|douloureu(?:x|se|ses))s?\b",
    r"\b(?:est|reste|restait|etait|patiente?|il|elle)\s+"
    r"(?:totalement |cliniquement |completement |parfaitement |actuellement |desormais |a present )?asymptomatique\b",
    r"\basymptomatique (?:sur le plan|au plan|au niveau|du point de vue) (?:osseux|douloureux|algique|rachidien)\b",
    r"(?:^|(?<=[\n.:;]))[^\S\n]*(?:cliniquement |totalement |actuellement )?asymptomatique\b",
    r"\bn'(?:a|ont|avait) (?:pas|plus|jamais) (?:du tout )?mal\b",  # "il n'a pas mal", "elle n'a plus mal"
]
# A denied pain narrowed to a time or a place denies that pain only ("pas de douleur au repos",
# "pas de douleur à la palpation de l'aile iliaque"); so does one narrowed to a type ("pas de douleur nocturne").
partial_denial_after = (r"^[^\S\n]+(?:au repos|de repos|a la (?:palpation|pression|percussion)|au niveau|de la|de l'|du(?! tout)"
                        r"|des|d'|de(?= [a-z])|a droite|a gauche|irradiee?s?|irradiante?s?"
                        r"|(?:rachidienne|lombaire|dorsale|cervicale|thoracique|costale|pelvienne|abdominale|articulaire)s?)\b")
# ("pas de douleur irradiée", "pas de douleur de hanche", "pas de douleur rachidienne")
# ... or named before it: "Au repos, pas de signe de douleur ; à la mobilisation, grimaces".
# So does one said of a thing ("les lésions costales, qui ne sont pas douloureuses", "paresthésies non
# douloureuses"), not of the patient ("patient non douloureux").
thing_before_non = (r"\b(?!(?:patiente?|est|reste|restait|etait|il|elle|cliniquement|actuellement|totalement"
                    r"|parfaitement|completement)\b)[a-z]{3,}(?:,? | \()$")  # "lésion iliaque (non douloureuse)"
# A pain word naming its place denies that place only: "Douleur de la hanche à la marche. Pas de dorsalgie."
sited_pain_word = r"(?:lomb|dors|cervic|thorac|cox|gon|scapul|brachi|crur|sciat)\w*algies?|lombo-?sciatiques?|sciatiques?"
partial_denial_before = (r"\b(?:au repos|a la (?:palpation|pression|percussion))\b[^.;\n]{0,30}$"
                         # a lesion told painless: "une nouvelle lésion lytique du fémur droit, sans douleur"
                         r"|\b(?:lesions?|localisations?|metastases?|atteintes?)\b[^.;\n]{0,50}\b(?:sans|non) $"
                         r"|\bqui (?:ne |n')?(?:sont|est|etait|etaient|restent|reste|semblent|semble) (?:pas |plus |jamais )?$"
                         r"|" + thing_before_non[:-1] + r"non $")
# "Indolore" said of one place while the letter may tell pain elsewhere: "la hanche opérée est indolore".
site_before_denial = (r"\b(?:la |le |les |l')(?:hanche|epaule|genou|cicatrice|coude|cheville|cuisse|jambe|bras|main|pied"
                      r"|poignet|cote|cotes|fesse|nuque|lesion|zone|region|site)s?(?: \w+){0,2}"
                      r" (?:est|sont|reste|restent|n'est pas|ne sont pas|n'est plus|ne sont plus) $"
                      r"|\bcote (?:droit|gauche)[^\S\n]*[,:]?[^\S\n]*(?:(?:aucune?|pas de|pas d'|sans) )?$"  # "Côté gauche, aucune douleur"
                      r"|\ble reste(?: du (?:squelette|corps|rachis))?(?: (?:est|etant))? $")  # "le reste indolore"
# A score of 0 for one site or at rest only: "douleur fessière disparue, EVA 0 sur ce site", "EN 0/10 au repos,
# 5/10 à la marche".
one_site_after = (r"[^\S\n]*(?:sur ce site|a ce niveau|sur cette (?:zone|localisation|lesion)|de ce cote"
                  r"|au repos|de repos|(?:(?:en|a la) position )?(?:allongee?|couchee?)s?|(?:en|au) decubitus)\b")
# ... so is a pain word answered by such a score ("Douleurs : 0/10 au repos, 4/10 à l'effort").
zero_score_narrowed_after = r"[^\S\n]*(?::|=|a)[^\S\n]*0(?:[^\S\n]*/[^\S\n]*10)?" + one_site_after
# A pain word naming the topic, not stating a pain: "Sur le plan douleur, il ne se plaint de rien", "concernant la
# douleur : …" (what follows says it).
topic_before = r"\b(?:(?:sur|au) le plan|au plan|concernant|quant a|cote)(?: de la| des| la| les)?[^\S\n]+$"
# A pain word qualifying what is denied: "pas de réveil nocturne lié à la douleur" denies the waking, not the pain.
qualifying_before = r"\b(?:liee?s?|due?s?|secondaires?|imputables?) (?:a|aux|au) (?:la |les |une |des |sa |ses )?$"
# A pain gone: "douleurs ayant disparu sous radiothérapie", "disparition des douleurs".
resolved_after = (r"^\W*(?:(?!douleur|dlr)\w+\W+){0,7}?(?:ont |a |avaient |avait |sont |est )?(?:totalement |completement )?"
                  r"(?:disparu|cede|regresse|disparue?s?|resolue?s?|amendee?s?)\b")
resolved_before = (r"\b(?:disparition|amendement|resolution|sedation|regression)(?: complete| totale)?"
                   r" (?:des |de la |du |de ses )?$")
# A sentence telling how the disease was found speaks of a past pain ("des douleurs ont fait découvrir…").
discovery_narrative = [
    r"\brevel\w*", r"\bdecouv\w*", r"\binaugura\w*", r"\bcirconstances?\b",
    r"\bayant (?:motive|conduit|amene|fait realiser)\b", r"\ba l'origine d(?:u|e la) (?:diagnostic|decouverte)\b",
    # what was given then: "elle avait eu au diagnostic du Skenan … pour des douleurs intercostales"
    r"\bau diagnostic\b", r"\bavai(?:t|ent) eu\b",
]
# Doubt right after the pain word: "douleurs possibles de la hanche".
doubt_after = r"^\W*(?:\w+\W+){0,1}(?:possibles?|probables?|eventuelles?|suspectee?s?|a confirmer|a preciser)\b"
# "Douleur Non" in a summary table without a separator (with one, the form reader has it).
bare_answer_line = (r"^[^\S\n]*douleurs?(?: osseuses?)?[^\S\n]+(?P<answer>oui|non|aucune?|absente?s?|presente?s?)"
                    r"[^\S\n]*$")

# Pain types, from the words of the letter (contract: neuropathic, nocturnal, mechanical, inflammatory).
types = {
    "mechanical": [
        r"\bmecaniques?\b", r"\bhoraire mixte\b", r"\ba l'appui\b",
        r"\ba la (?:marche|mobilisation|mise en charge|station debout)\b",
        r"\bstation debout\b", r"\baux? (?:mouvements?|mobilisations?|efforts?)\b", r"\ba l'effort\b",
        r"\blors (?:de la marche|des mouvements|de la mobilisation|des mobilisations|de l'appui|des transferts"
        r"|des soins(?: de nursing)?|de la toilette|des changes)\b", r"\bau moindre mouvement\b",
        # set off by moving, eased by rest: "majorées par les mouvements", "calmées par le repos"
        r"\b(?:majoree?s?|aggravee?s?|exacerbee?s?|accentuee?s?|augmentee?s?|declenchee?s?|provoquee?s?|rythmee?s?)"
        r" (?:par|a|aux|lors) (?:les |la |le |l'|des |du )?(?:mouvements?|mobilisations?|efforts?|marche|appui"
        r"|transferts?|changements? de position|position assise|station assise|lever)\b",
        r"\baux? (?:transferts?|changements? de position)\b", r"\ba la (?:position|station) assise\b",
        r"\b(?:calmee?s?|soulagee?s?|cedant|cedent|disparaissant|disparaissent) (?:par le |au |avec le )repos\b",
        # as a carer tells it: "il a mal dès qu'il marche", "quand elle se lève", "en marchant", "à chaque pas"
        r"\b(?:des qu'|lorsqu'|quand |des que |chaque fois qu')(?:il|elle) (?:marche|bouge|se (?:leve|mobilise|deplace"
        r"|retourne|tourne|penche))\b", r"\ben (?:marchant|bougeant)\b", r"\ba chaque (?:pas|mouvement)\b",
        # "surtout quand on la mobilise pour la toilette"
        r"\b(?:des qu'|lorsqu'|quand |des que |chaque fois qu')on (?:la |le |l')?(?:mobilise|bouge|leve|tourne|retourne)\b",
    ],
    "nocturnal": [
        r"\bnocturnes?\b", r"\b(?:la|de|les|chaque|toute la|en fin de|en seconde partie de) nuits?\b",
        r"\binsomniantes?\b", r"\bempech\w* (?:de )?dormir\b", r"\b(?<!au )reveil\w*\b(?! rarement| exceptionnellement)",  # (not "qui le réveillent rarement")
    ],
    "inflammatory": [
        r"\binflammatoires?\b", r"\bhoraire mixte\b", r"\bderouillage\b", r"\braideur matinale\b",
    ],
    "neuropathic": [
        r"\bneuropathiques?\b", r"\bbrulures?\b(?! (?:mictionnelles?|gastriques?|d'estomac|retrosternales?))",
        r"\bdecharges?(?: electriques?)?\b", r"\bradiculalgies?\b",
        r"\bsciatalgies?\b", r"\bsciatiques?\b", r"\bcruralgies?\b", r"\bnevralgies?\b", r"\bradiculaires?\b",
        r"\bparesthesies?\b", r"\bdysesthesies?\b", r"\ballodynies?\b", r"\bfourmillements?\b",
        r"\ben (?:hemi-?)?ceinture\b", r"\ben eclairs?\b", r"\bfulgurante?s?\b",
        r"\bterritoire (?:radiculaire|de [lcs] ?\d|[lcs] ?\d|sciatique|crural)",
        r"\bdn ?4 (?:positif|\+)",
    ],
}
# A neuropathy a drug caused is no bone pain: "paresthésies des pieds (neuropathie au paclitaxel)", "neuropathie
# périphérique de grade 1", "fourmillements séquellaires du docétaxel".
_NEUROTOXIC = (r"(?:chimio\w*|paclitaxel|docetaxel|taxol|taxotere|taxanes?|abraxane|oxaliplatine|cisplatine|carboplatine"
               r"|vinorelbine|navelbine|vincristine|eribuline|halaven|bortezomib|velcade|thalidomide|enfortumab|padcev)")
drug_neuropathy = [
    r"\bneuropathies? (?:peripheriques?|sensitives?|chimio-?induites?|toxiques?|iatrogenes?|de grade)\b",
    r"\bchimio-?induite?s?\b",
    rf"\b(?:neuropathies?|paresthesies?|dysesthesies?|fourmillements?)\b[^.;\n]{{0,40}}\b{_NEUROTOXIC}\b",
    rf"\b{_NEUROTOXIC}\b[^.;\n]{{0,30}}\b(?:neuropathies?|paresthesies?|dysesthesies?|fourmillements?)\b",
]
drug_neuropathy_reach = 60  # characters around a neuropathic cue
# A form line giving the pain's type ("Type : mécanique", "Horaire : nocturne"): its cues are the pain's.
type_label = r"[^\S\n]*(?:type|caractere|caracteristiques?|horaire|rythme)(?: de (?:la )?douleurs?)?[^\S\n]*[:|]"
# Words a type cue must not follow: "instabilité mécanique", "syndrome inflammatoire".
type_not_after = [
    r"\binstabilite", r"\bstabilite", r"\bventilation", r"\brisque", r"\bcomplications?", r"\bcontraintes?",
    r"\bsyndrome", r"\bbilan", r"\bmarqueurs?", r"\bmaladie", r"\brhumatisme", r"\bbiologique", r"\breaction",
    r"\bvaleur", r"\bcause",
]
# Pain words that name a neuropathic pain by themselves: affirmed, they are pain; denied, only the type is.
typed_pain_words = [r"radiculalgies?", r"sciatalgies?", r"cruralgies?", r"nevralgies?", r"allodynies?"]

# The DN4 questionnaire: 4/10 or more means neuropathic pain (its score is no pain intensity).
dn4 = r"\bdn ?4\b[^\S\n]*(?:[:=]|a|de|est|score)?[^\S\n]*(?P<value>\d{1,2})(?:[^\S\n]*/[^\S\n]*10)?"
dn4_threshold = 4

# Pain intensity. Scales: EVA/VAS (visual analogue) and EN/ENS/NRS (numeric) or a bare "x/10".
scales = {
    "VAS": [r"eva", r"vas", r"echelle visuelle analogique", r"echelle visuelle"],
    "NRS": [r"ens", r"en", r"nrs", r"echelle numerique(?: simple)?"],
}
# Words that make a bare "x/10" of their sentence a pain score: "au début, l'intensité était à 7/10".
intensity_words = r"\bintensite\b|\bcotee?s? a\b"
# "/10", "sur 10", and "/1O" as a scanned letter may read.
out_of_ten = r"[^\S\n]*(?:/|sur)[^\S\n]*(?:1[0o]|dix)\b"
# A second value told after a scored one, the score since: "EVA 7 à l'arrivée -> 3 après titration morphine",
# "EVA 8 à l'arrivée, 2 après immobilisation".
later_value = (r"(?:[^.;\n\d]|\d+ (?:jours?|semaines?|mois)\b){0,30}?(?:->|→|=>|,|puis)\s*"
               r"(?:(?:elle|il|la douleur|l'eva|l'en) est (?:maintenant |actuellement |desormais )?)?"
               r"(?:a\s+)?(?P<score>(?P<value>\d{1,2})(?:\s*/\s*10)?)"
               r"\s+(?=apres|actuellement|ce jour|ce matin|ce soir|sous|au repos|aujourd'hui|depuis|maintenant)")
# A score in figures, or in words as dictated ("cotée à six sur dix").
score_value = r"\d{1,2}(?:[.,]\d)?|\b(?:zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
# "EN" is also a preposition: the abbreviations below count in capitals only (or followed by "/10").
capitalised_scales = ["en", "ens"]
score_links = r"(?:[:=|]|a|de|cotee?s? a|estimee?s? a|evaluee?s? a|mesuree?s? a|(?:etait|est|reste|restait) a)"
# After the value: a count of something else, not a score ("en 5 fractions").
score_not_before = (r"\s*(?:[%]|[.,]\d|/\s*[0-9]{2}|fractions?|seances?|cures?|cycles?|jours?|mois|semaines?|ans|mg|gy"
                    r"|h\b|x\b|fois)")
# The words around a bare "x/10" that make it another score: "DN4 6/10", "SINS", "MRC".
other_scores_before = r"\b(?:dn ?4|sins|mrc|glasgow|score|ecog|oms|ps|karnofsky|ki ?67)\b[^/]{0,12}$"
# ... or a day of the year: "le Skenan a été arrêté le 10/10", "depuis le 8/10"
date_before = r"\b(?:le|du|au|jusqu'au|des le|depuis le|avant le|apres le)[^\S\n]+$"
# "sur l'EVA", "sur l'échelle numérique" after a bare score names its scale.
scale_after = {
    "VAS": r"^\s*(?:sur|a) l'(?:eva|echelle visuelle)",
    "NRS": r"^\s*(?:sur|a) l'(?:en|ens|echelle numerique)",
}
# When several scores are given, the current one counts ("8/10 à l'admission, 3/10 actuellement").
current_markers = [
    r"\bactuel(?:le)?(?:ment)?s?\b", r"\bce jour\b", r"\baujourd'hui\b", r"\bmaintenant\b", r"\bdesormais\b",
    r"\ba present\b", r"\bsous (?:traitement|ttt|antalgiques?|morphine|oxycodone|palier)\b", r"\bmalgre\b",
    r"\bresiduel(?:le)?s?\b", r"\ba la consultation\b", r"\bce matin\b",
]
# Words that put an affirmed pain in the past: "douleurs mécaniques invalidantes à l'époque".
then_markers = [r"\ba l'epoque\b", r"\ba ce moment[- ]?la\b", r"\bauparavant\b", r"\bprecedemment\b"]
# ... or told in the imperfect right before it: "avait des lombalgies à l'EVA 7 en janvier".
then_before = (r"\b(?:avai(?:t|ent)|presentai(?:t|ent)|decrivai(?:t|ent)|souffrai(?:t|ent)|se plaignai(?:t|ent))"
               r" (?:de |d'|des |une? |de la )?$")
past_markers = [
    r"\ba l'admission\b", r"\ba l'entree\b", r"\binitial(?:e|ement)?s?\b", r"\bau diagnostic\b", r"\bauparavant\b",
    r"\bavant (?:le |la |l'|les )?(?:traitement|radiotherapie|chirurgie|intervention|hospitalisation)\b",
    r"\bau debut\b", r"\bprecedemment\b", r"\bjusqu'a\b", r"\ba l'arrivee\b", r"\bpre-?op(?:eratoire)?s?\b", r"\bavant\b",
    r"\bla veille\b", r"\b(?:avant-)?hier\b", r"\bla nuit derniere\b", r"\bau depart\b", r"\bd'emblee\b", r"\bprealables?\b", r"\ba l'epoque\b", r"\ba ce moment[- ]?la\b",
    r"\balors\b(?! que)",  # "patiente alors asymptomatique"
    r"\b(?:etait|etaient|restait|restaient)\b",  # "la patiente était asymptomatique lors de la TEP"
    # a denial in the imperfect tells the past: "le patient ne décrivait aucune douleur", "il n'avait pas mal"
    r"\bne (?:decrivait|presentait|signalait|rapportait|ressentait|declarait|mentionnait|se plaignait)\b",
    r"\bn'(?:avait|accusait|evoquait)\b",
]
# A score in brackets after another score of its sentence is the earlier one given for comparison
# ("EN 3/10 au repos (7/10 avant la chirurgie)"), unless it is marked current.
# Where the pain is: the words after the pain word, up to one of these.
site_stop = (r"[,.;:(\n]|\b(?:depuis|avec|sans|et|ou|a type|de type|d'horaire|d'allure|eva|en|cotee?s?|irradiant"
             r"|majoree?s?"
             r"|soulagee?s?|calmee?s?|controlee?s?|persistante?s?|apparue?s?|survenue?s?|evoluant|associee?s?|liee?s?"
             r"|faisant|evoquant|pouvant|ayant|sous|malgre|lors|pendant|qui|que|a la|a l'|au|aux)\b")
site_max_words = 6
