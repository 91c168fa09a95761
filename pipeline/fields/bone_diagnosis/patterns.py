"""How letters say the bone disease was found: its mentions, the words of discovery, the circumstances.

Regexes on accent-free lower-case text (see `fold`); each entry is one way of writing it.
"""
from pipeline.fields.pain.patterns import pain_words

_BONES = (r"(?:rachis|bassin|femurs?|humerus|sacrum|coccyx|sternum|cotes?|vertebres?|crane|calotte|cotyles?|acetabulum"
          r"|omoplates?|scapulas?|clavicules?|ischions?|pubis|tibias?|perones?|radius|cubitus|ulnas?|iliaques?|iliums?"
          r"|mandibules?|rotules?)\b")

# Parts of bones and vertebral levels: "corps vertébral", "col fémoral", "L3", "D9-D10".
_SITES = (r"(?:corps vertebra(?:l|ux)|arcs? posterieurs?|pedicules?|cols? (?:du femur|femora(?:l|ux)|humera(?:l|ux))"
          r"|diaphyses?|epiphyses?|metaphyses?|tetes? (?:humerales?|femorales?)|branches? (?:ischio|ilio)-?pubiennes?"
          r"|ailes? iliaques?|toit du cotyle|massifs? (?:lateral|laterau)x?|[cdlst]\d{1,2}\b)")

# Words naming a lesion, and up to three words that may qualify it ("lésion hypermétabolique unique de…"),
# none of them a negation ("métastase sans atteinte osseuse").
_LESION = (r"(?:metastases?|metas?|mets|mtx|lesions?|atteintes?|localisations?|rechutes?|recidives?|progressions?"
           r"|envahissements?|maladies?|extensions?|disseminations?|secondarismes?|foyers?|lyses?|hyperfixations?"
           r"|fixations?|hypermetabolismes?|images?|plages?|lacunes?)")
_QUALIFIERS = r"(?:,? (?!(?:sans|pas|ni|non|aucune?|ou)\b)[\w'-]+){0,3}?"


def _undenied(reach: int, denials: str = "") -> str:
    """Up to `reach` characters of a sentence that deny nothing ("biopsie osseuse : pas de métastase" finds none)."""
    return rf"(?:(?!\b(?:pas|sans|aucune?|ni|non|negati\w*|absence{denials})\b)[^.;\n]){{0,{reach}}}?"


_UNDENIED = _undenied(60)
# Tumour markers whose rise leads to imaging in a cancer's follow-up.
_MARKER = r"(?:psa|thyroglobuline|ca ?15-?3|ca ?125|ca ?19-?9|ace|marqueurs?(?: tumoraux)?)"

# The bone disease itself: "métastases osseuses", "lésion lytique", "lésions vertébrales", "lyse de la tête
# humérale", "lésions multiples (L2, L4, sacrum)", "épidurite métastatique", "Os :".
bone_disease = [
    # (a list of organs before: "lésions hépatiques, ganglionnaires médiastinales et osseuses")
    rf"\b{_LESION}(?:,? (?!(?:sans|pas|ni|non|aucune?|ou)\b)[\w'-]+){{0,5}}? osseu(?:x|se|ses)\b",
    r"\b(?:foyers?|zones?|plages?) d'hyperfixation\b",
    rf"\b{_LESION}(?: secondaires?)?"
    r" (?:(?:osteo)?lytiques?|(?:osteo)?condensantes?|blastiques?|mixtes?|vertebrales?|rachidiennes?|costales?"
    r"|iliaques?|sacrees?|pelviennes?|femorales?|humerales?|sternales?|acetabulaires?|cotyloidiennes?|costaux"
    r"|vertebraux)\b",
    rf"\b{_LESION}{_QUALIFIERS}(?: \(| ?: | (?:du |de la |de l'|des |d'|de |au niveau d[eu]s? |en regard d[eu]s? )?)"
    rf"(?:\d+ ?(?:e|eme|ere) )?(?:{_BONES}|{_SITES})",
    r"\bosteolyses?\b", r"\blyses? sur (?:une? )?(?:metastases?|lesions? secondaires?)\b",  # "une lyse sur métastase"
    r"\bmetastatiques? (?:aux |a l'|a |en )?os\b",
    # a form's field: "Métastases : osseuses, découvertes sur…", "Sites métastatiques : foie, os"
    r"\b(?:metastases?|sites? metastatiques?|localisations? (?:secondaires|metastatiques))[^\S\n]*:[^\S\n]*"
    r"(?:[\w-]+(?:,|[^\S\n]+et)?[^\S\n]+){0,4}?(?:osseu(?:x|se|ses)|os)\b",
    r"\b(?:mets?|metas?|metastases?) os\b",  # "mets os diffuses", "méta os"
    # the bone among the sites listed: "métastatique d'emblée : ganglions rétropéritonéaux et os (bassin, fémur)"
    r"\bmetastati\w*\b[^.;\n]{0,60}?(?:,|\bet|:)[^\S\n]*os\b(?![\w'])",
    # "métastatique osseux", "métastatique hépatique depuis 2023 puis osseux", "métastatique d'emblée, osseux"
    r"\bmetastatiques?(?:,? (?!(?:sans|pas|ni|non|aucune?|ou)\b)[\w'-]+){0,5}?,? osseu(?:x|se|ses)\b",
    r"\bmeta(?:statiques?|stases?|s)(?: [\w']+)? \([^)\n]{0,40}\bos\b",
    r"\b(?:atteintes?|metastases?|lesions?|localisations?)\b[^.;\n]{0,20}\bdu squelette\b",
    r"\bepidurites? (?:metastatiques?|neoplasiques?|tumorales?)\b", r"\bmetastases? epidurales?\b",
    r"\bepidurites? (?:en regard )?(?:de |d'|du )?[dtls]\d{1,2}\b",  # "IRM : épidurite L1" (from the vertebra)
    r"\b(?:fracture|tassement)s?\b[^.;\n]{0,40}?\bsur (?:une? |la |les )?(?:metastases?|lesions?|localisations?)\b",
    # a fracture, then what its analysis found: "Fracture du col du fémur G le 3 mars : métastase sur l'anapath"
    r"\b(?:fracture|tassement)s?\b[^.;:\n]{0,80}:[^\S\n]*(?:une? )?metastases?\b",
    r"\b(?:fractures?|tassements?)(?: [\w-]+)? (?:pathologiques?|sur os pathologique)\b",  # "fracture sous-trochantérienne pathologique"
    r"(?:^|(?<=\n))[^\S\n]*os[^\S\n]*[:|]",
    r"\bmo (?:multiples?|diffuses?|disseminees?|osteolytiques?|osteocondensantes?|lytiques?)\b",  # "MO multiples"
]
# The bone disease told over a longer phrase, where none of the words above names it: matched apart (a long match
# must not swallow a mention above, "scintigraphie … foyers d'hyperfixation").
bone_disease_told = [
    # a metastasis found in a bone specimen: "biopsie vertébrale de L3 : métastase d'adénocarcinome", "l'analyse de
    # la tête fémorale révèle une métastase"
    rf"\b(?:biopsies?|ponctions?|curetages?|analyses?|histologies?|examens?|prelevements?)(?: [\w-]+){{0,3}}? "
    rf"(?:osseuses?|vertebrales?|osteo-?medullaires?|(?:du |de la |de l'|des |d'|de )(?:\d+ ?(?:e|eme|ere) )?(?:{_BONES}|{_SITES})){_UNDENIED}"
    rf"\b(?:metastases?|localisations? secondaires?|envahissement|infiltration)\b",
    rf"\b(?:{_BONES}|{_SITES}){_UNDENIED}\b(?:revel|montr|retrouv|objectiv|conclu|confirm|mis en evidence)\w*"
    rf"{_UNDENIED}\b(?:metastases?|localisations? secondaires?)\b",
    # ... or in the specimen of an operation on the bone: "l'analyse de la pièce opératoire (PTH) a retrouvé une métastase"
    rf"\bpieces? (?:operatoires?|d'osteosynthese|de resection|de prothese)\b{_UNDENIED}\b(?:revel|montr|retrouv|objectiv"
    rf"|conclu|confirm|mis en evidence)\w*{_UNDENIED}\bmetastases?\b(?! (?:ganglionnaire|hepatique|pulmonaire|peritoneale"
    r"|cerebrale)s?\b)",
    # a spinal cord compressed at a vertebra: "compression médullaire D10"
    r"\bcompressions? medullaires?(?: (?:cervicale|dorsale|thoracique|lombaire)s?)?(?: \(| (?:en regard |au niveau )?"
    r"(?:de |du |d'|en )?)(?:[cdlt]\d{1,2})\b",
    # a compression or a fracture told of a metastasis: "compression médullaire T5 sur métastase", "fracture de T8,
    # IRM en faveur d'une origine métastatique"
    r"\b(?:compressions?|epidurites?)\b[^.;\n]{0,40}?\bsur (?:une? |la |les )?(?:metastases?|lesions? secondaires?)\b",
    rf"\b(?:fractures?|tassements?)\b{_UNDENIED}\b(?:origine|nature|allure|aspect|cause) (?:metastatique|tumorale|secondaire"
    r"|maligne|neoplasique)\b",
    # what a bone scan shows: "scintigraphie osseuse … montrant des fixations multiples"
    rf"\bscintigraphie(?: osseuse)?\b{_undenied(120, '|normale?')}\b(?:hyper)?fixations?\b"
    r"(?! (?:d'allure |d'aspect |de type )?(?:arthros|degenerat|physiolog|benign|traumat|inflammatoi|mecaniq))",
]
# "RCP métastases osseuses" names the board, not the patient's disease.
# (a sentence ending between them parts them: "… pour avis en RCP.⏎Métastases osseuses découvertes …")
board_name_before = r"\b(?:rcp|reunion|staff|concertation|comite|commission)(?: de| des| mo| d'avis)?[^\w.;!?]{0,3}$"

# "révélé par", "révélée le 12/03 par", "révélées en mars 2025 par": the cause that follows revealed it.
REVEALED_BY = r"\brevelee?s?(?: (?:le|en|au|a|des|il y a|depuis|dans|fin|debut|mi)\b[^.;,()\n]{1,25}?)? par\b"

# Words saying the bone disease was found, and how: "découvertes sur", "révélée par", "à l'occasion de".
discovery = [
    r"\bdecouverte os(?:seuse)?\b", r"\bdecouverte?s?\b", r"\bdecouvrir\b", REVEALED_BY,
    r"\brevel(?:ee?s?|ant|ante|ation|atrices?|ateurs?)\b",
    r"\bmode de decouverte\b", r"\bcirconstances?(?: de decouverte)?\b", r"\ba l'occasion d",
    r"\bpremiere?s? (?:lesions?|localisations?|metastases?|manifestations?) osseuses?\b",
    r"\bdes le (?:diagnostic|bilan)\b", r"\bconduit au diagnostic\b", r"\binaugura(?:le|l|ux|les)\b",
    r"\bdiagnostiquee?s? (?:sur|au|a la|a l'|lors|par|devant|a l'occasion)\b",
    r"\bdiagnostic (?:a ete |avait ete )?(?:pose|porte|fait|etabli) (?:sur|devant|lors|a l'occasion|par|au)\b",
]
# Discovery words that need no mention of the disease beside them: headings ("Circonstances : douleurs…"),
# and those that say by themselves that a symptom revealed it ("lombalgies révélatrices").
discovery_headings = [
    r"\bcirconstances?(?: de decouverte)?\b", r"\bmode de decouverte\b", r"\bdecouverte os(?:seuse)?\b",
    r"\brevelat(?:rices?|eurs?)\b", r"\binaugura(?:le|l|ux|les)\b", REVEALED_BY,
]

# Said in so many words: the imaging found the disease by chance (it outweighs the reason of that imaging).
FORTUITOUS = (r"\bfortuite?s?\b|\bfortuitement\b|\bpar hasard\b|\bincidentalomes?\b|\bde (?:facon|maniere) inattendue\b"
              r"|\binopinee?s?\b|\binopinement\b")

# The cancer's initial staging: imaging that names it tells the first discovery, as "découvertes sur" does
# ("bilan d extension": the apostrophe lost in dictation).
INITIAL_STAGING = (r"\b(?:(?:de|du|au) )?bilan d['\s]extension(?: initial)?\b|\b(?:(?:de|du|au) )?bilan initial\b"
                   r"|\bbilan de stadification\b|\b(?:des le|au moment du|lors du) (?:diagnostic|bilan)\b"
                   r"|\bsynchrones?\b|\b(?:tep|tep-?tdm|tep-?scanner|pet-?scan|scanner|tdm|irm|scintigraphie)s? initia(?:l|le|ux)\b"
                   # "métastatique osseux d'emblée", "mets osseuses d'emblée": found with the cancer
                   r"|\b(?:metastatiques?|metastases?|mets|metas?|localisations?|lesions?)(?: [\w'-]+){0,2} d'emblee\b"
                   r"|\bd'emblee (?:multi-?)?metastatiques?\b")  # "d'emblée métastatique osseux"

# Imaging examinations.
_IMAGING = (r"\b(?:irm|scanner|tdm|tep|tep-tdm|tep-scanner|pet|pet-scan|pet-ct|petscan|scintigraphie|radiographies?|radios?"
            r"|imagerie|uroscanner|echographie|tomodensitometrie)\b")

# How the bone disease was first found (contract's circumstance codes).
circumstances = {
    "pain": [rf"\b(?:{'|'.join(pain_words)})\b", r"\bsyndrome douloureux\b"],
    "pathological_fracture": [
        r"\bfractures?\b", r"\btassements?\b", r"\bfracture-tassements?\b",
    ],
    "neurological_deficit": [
        r"\bcompressions? (?:medullaire|radiculaire|de la moelle|de la queue de cheval|neurologique)s?\b",
        r"\bepidurites?(?: \w+)? compressives?\b", r"\bsyndromes? (?:de (?:la )?)?queue de cheval\b",
        r"\b(?:para|tetra|mono|hemi)(?:parese|paresie|plegie)s?\b", r"\bparalysies?\b", r"\bparalysante?s?\b",
        r"\bdeficits?\b(?! (?:en|d'|de|du|des|immun\w*|cognitifs?|visuels?|auditifs?)\b)",
        r"\bfaiblesse(?: [\w-]+)? (?:des|du|de la|d'un|d'une) (?:deux )?(?:membres?|jambes?)\b", r"\btroubles? sphincteriens?\b",
        r"\bniveau sensitif\b", r"\bmyelopathie\b", r"\b(?:signes?|symptomes?|troubles?) neurologiques?\b",
    ],
    "hypercalcemia": [
        r"\bhypercalcemi(?:e|es|que|ques)\b", r"\bhyper ?ca\b",  # "hyperCa sévère"
        # a calcium above the normal: "Ca corrigé 3,52 mmol/l", "calcémie à 118 mg/L"
        r"\b(?:calcemie|ca|calcium)(?: (?:corrigee?|corr\.?|ionisee?|totale?|serique))?\s*(?:a|=|:|de)?\s*"
        r"(?:(?:2[,.](?:6[5-9]|[7-9])|[34][,.]\d)\d*\s*mmol|(?:10[5-9]|1[1-9]\d)\s*mg)",
    ],
    "staging_imaging": [
        INITIAL_STAGING, r"\bbilan (?:d'evaluation|de reevaluation)\b",
        r"\b(?:de|du|au) (?:bilan|restadification|stadification)\b",
        # a follow-up imaging ("scanner de suivi"), not a follow-up visit ("consultation de fin de traitement et de suivi")
        _IMAGING + r"(?:-\w+)*(?:\s+[\w'-]+){0,3}\s+(?:de|du|au) (?:surveillance|suivi|reevaluation|controle)\b",
        r"\bd'(?:re)?evaluation\b", r"\bbilan (?:de|du) (?:suivi|surveillance)\b",
        r"\b(?:elevation|ascension|reascension|remontee|augmentation|progression)"
        r" (?:(?:progressive|lente|rapide|franche|nette|reguliere|isolee|continue) )?(?:du|de son|des) psa\b",
        # a tumour marker rising: "le PSA est remonté", "remontée de la thyroglobuline", "ascension du CA 15-3"
        rf"\b{_MARKER} (?:qui |est |s'est |a |en )?(?:progressivement |regulierement )?"
        r"(?:(?:re)?monte|augmente|re-?ascensionne|double|ascension|hausse|augmentation|progression)\b",
        rf"\b(?:elevation|ascension|reascension|remontee|augmentation) (?:de la |du |de l'|des ){_MARKER}\b",
        r"\b(?:recidive|rechute|progression) biologique\b", r"\b(?:imagerie|bilan|examen)s? systematiques?\b",
        # the whole-body scan after a radio-iodine dose, the follow-up scans of a treatment
        r"\bpost-?therapeutiques?\b", r"\bde fin de traitement\b", r"\bbalayage corps entier\b",
        r"\bscintigraphies? (?:corps entier|a l'iode|a l'i ?131|post-?(?:irath\w*|iode|dose))\b",
        r"\bapres (?:une? |la |l'|sa |son )?(?:\w+ )?(?:iode(?: radioactif)?|irath\w*|radio-?iode|i ?131|iode ?131)\b",
    ],
    "incidental_imaging": [
        FORTUITOUS,
        # an examination before an operation: "radiographie pulmonaire préopératoire d'une cataracte"
        _IMAGING + r"(?:-\w+)*(?:\s+[\w'-]+){0,3}\s+pre-?operatoires?\b",
        # an imaging done for another reason ("angioscanner pour suspicion d'embolie pulmonaire", "scanner réalisé dans
        # le cadre d'un bilan de chute")
        r"(?:\b(?:demande|realise|fait|effectue|pratique|prescrit)e?s?\b[^.;\n]{0,30}?"
        r"|\b(?:angio-?scanner|angio-?irm|coroscanner|uroscanner|echographie|scanner|irm|tdm)\b(?:\s+[\w'-]+){0,2}?\s+)"
        r"\b(?:pour|dans le cadre d'un|devant)"
        r"\b(?P<reason>[^.;,\n]{0,40})",
    ],
}
# Imaging done after a fall or a trauma that shows no fracture found the disease by chance: these tell
# the circumstance only when nothing else in the episode does.
other_reasons = [r"\bchutes?\b", r"\btraumatismes?\b", r"\baccident\w*\b", r"\bbilan pre-?operatoire\b"]
# Other signs that may reveal the disease (contract code "other"), told only when nothing else in the episode is: a
# swelling, raised alkaline phosphatase, low blood counts and the marrow biopsy that explored them.
other_signs = [r"\btumefactions?\b", r"\bmasses? (?:palpables?|osseuses?)\b",
               r"\b(?:elevation|augmentation|hausse|ascension)(?: isolee)? (?:des |de la )?phosphatases? alcalines?\b",
               r"\bphosphatases? alcalines? (?:elevees|augmentees|a \d)",
               r"\b(?:anemie|thrombopenie|pancytopenie|bicytopenie|cytopenie|leuco-?erythroblastose)s?"
               r"(?: \w+)? (?:inexpliquee|exploree|ayant (?:motive|conduit|fait))",
               r"\bbiopsie osteo-?medullaire\b"]

# A sentence that only rules things out ("Pas de déficit, pas de troubles sphinctériens.") sits between
# the symptom and the imaging without ending the story.
ruling_out_sentence = r"\W*(?:pas d|aucune?\b|absence d|sans\b|ni\b|examen neurologique normal)"

# A ticked form option that names no listed circumstance ("☒ Autre").
other_option = r"^autres?\b"
# Labels of a form's circumstances item ("Circonstances de découverte", "Mode de découverte").
form_label = r"circonstances?|mode de decouverte|decouverte"

# An examination done "pour" one of these is no incidental finding: the reason is itself a circumstance
# or the cancer's follow-up.
not_incidental_reasons = [
    r"\bbilan\b", r"\bsurveillance\b", r"\bsuivi\b", r"\bevaluation\b", r"\bstadification\b", r"\bextension\b",
    r"\bcancer\b", r"\bneoplasie\b", r"\btumeur\b", r"\bmetasta", r"\bprimitif\b", r"\bcarcinome\b",
    r"\bdouleurs?\b", r"\balgies?\b", r"\w+algies?\b", r"\bfracture\b", r"\bdeficit\b", r"\bhypercalc", r"\bpsa\b",
    # a tumour marker rising is the cancer's follow-up: "ascension du CA 15-3", "élévation de l'ACE"
    r"\bca ?(?:15-?3|125|19-?9)\b", r"\bace\b", r"\bmarqueurs?\b", r"\bthyroglobuline\b",
]
# A circumstance only feared or suspected: "compression médullaire redoutée", "risque fracturaire".
feared_before = [
    r"\brisque (?:de |d')?(?:une? )?$", r"\bcrainte (?:de |d')?(?:une? )?$", r"\bmenace (?:de |d')?(?:une? )?$",
    r"\bprevention (?:de |d')?(?:la |une? )?$", r"\bprevenir (?:la |une? )?$", r"\bhypothese (?:de |d')?(?:une? )?$",
    r"\bsuspicion (?:de |d')?(?:une? )?$", r"\beviter (?:la |une? )?$",
]
feared_after = [
    r"^\W*(?:\w+\W+){0,3}(?:est |etait )?(?:redoutee?s?|menacante?s?|imminente?s?|a risque|evoquee?s?|suspectee?s?"
    r"|non exclue?s?|possibles?|probables?|a craindre)\b",
]
# A fracture or a compression that an imaging shows is one of its findings, not how the disease came
# to light ("le scanner montre … et une fracture-tassement de T9"); a deficit the clinician finds is not.
imaging_shows_before = [
    _IMAGING + r"[^.;]*?\b(?:montre|montrent|montrait|montrant|retrouve|retrouvent|retrouvait|retrouvant|revele"
    r"|revelant|objective|objectivant|visualise|confirme|met en evidence|mis en evidence|mettant en evidence)\b",
    _IMAGING + r"[^.;:\n]{0,40}:",
]
# … unless it is called pathological: the fracture happened, the imaging only names it.
# ("fracture sous-trochantérienne D sur lésion lytique"; not "tassement d'allure pathologique", a description)
pathological_after = (r"^\W*(?:pathologiques?|(?:(?!sur\b)[\w'-]+\W+){0,3}?"
                      r"sur (?:une? |la |les )?(?:lesions?|metastases?|lyses?|os pathologique))\b")
# Later imaging of the disease's extension is not how it was found.
extension_words = [r"\bd'autres\b", r"\bautres (?:lesions|localisations|sites|cibles)\b"]
# Dates that say nothing of the bone disease: "à ce jour", and pain scores read as dates ("6/10").
not_a_bone_date = [r"^(?:a )?(?:ce jour|ce matin|ce soir|aujourd'hui|actuellement|hier|demain)$", r"^\d{1,2}\s*/\s*10$"]
# Form lines giving the date or the duration of the bone disease ("Date / durée d'évolution | …").
date_line_labels = r"\b(?:durees?|delais?|evolution|anciennete|depuis quand|decouverte)\b"

# A symptom that motivated the examination: "réalisé parce qu'elle se plaignait de douleurs", "IRM demandée
# devant des lombalgies", "scanner fait pour une douleur". The symptom, not the imaging, revealed the disease.
# A pain growing worse belongs to a disease already known: "majoration de lombalgies", "aggravation des douleurs".
worsening_before = r"\b(?:majoration|aggravation|recrudescence|reapparition|recidive|reprise|augmentation)s? (?:de |des |du |d')$"
because_of = [
    r"\bparce qu'(?:il|elle)s? (?:se plaignai(?:en)?t|presentai(?:en)?t|souffrai(?:en)?t|avai(?:en)?t|decrivai(?:en)?t"
    r"|ressentai(?:en)?t)\b",
    r"\b(?:devant|pour|en raison|du fait|a cause|motivee?s? par|a la suite)\b",
]
# How far (characters) the symptom may follow its cue: "parce qu'elle se plaignait depuis deux mois d'une douleur".
because_reach = 60

# Durations EDS-NLP leaves out when approximated ("il y a environ six semaines", "depuis près de 3 mois") or abbreviated.
_COUNT = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs)"
approximate_durations = [
    r"\b(?:il y a|depuis)(?: (?:environ|pres de|plus de|moins de|presque|approximativement|a peu pres|bientot"
    r"|au moins|une? bonne|une? petite))+ " + _COUNT + r" (?:jours?|semaines?|mois|ans?|annees?)\b",
    # ... and abbreviated in notes: "depuis 10 j", "depuis 3 sem", "depuis 6 sem."
    r"\b(?:il y a|depuis) \d+ ?(?:j|sem|sems)\b",
    # ... and told by a season: "depuis l'été dernier", "au printemps 2024"
    r"\b(?:depuis|au|a l'|en|des|fin|debut)(?: l'| le)? ?(?:printemps|ete|automne|hiver)(?: dernier| \d{4})?\b",
]
# A pain told as a complaint that began ("depuis mars", "se plaint de", "apparition de douleurs") before the first
# words on the bone disease, with nothing else telling how it was found: the pain led to it (a letter telling
# the story, not naming the circumstance).
pain_onset = (r"\bdepuis\b|\bse plai(?:nt|gnait)\b|\bapparition\b|\binstallation\b|\bil y a\b|\bsurvenue?s?\b"
              r"|\bd'apparition\b|\bprogressivement\b|\bdebut(?:ant|e|ees?)?\b")
pain_story_reach = 900  # characters before the first words on the bone disease

