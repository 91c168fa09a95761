"""How referral letters name the primary tumour, its histology and its biomarkers.

Regexes on accent-free lower-case text (see `fold`), unless listed as case-sensitive:
those are matched on the letter's own text, because the abbreviation is also a French word.
"""

# Words that name a cancer; the organ word that follows, in the same clause, gives the site
# ("adénocarcinome pulmonaire", "cancer du sein", "néo de la prostate", "d'origine mammaire").
cancer_words = [
    r"cancers?", r"carcinomes?", r"adeno[- ]?carcino[mn]es?", r"adeno-?k", r"carcinosarcomes?", r"neoplasies?", r"neoplasmes?", r"neo",
    r"tumeurs? (?:primitives?|malignes?)", r"tumeurs?", r"primitifs?", r"primitives?",
    # "métastases osseuses d'origine pulmonaire" (not "hématurie d'origine vésicale")
    r"(?:metastases?|metastatiques?|localisations?|lesions?|atteintes?)(?: \w+){0,2}? d'origine",
    # the origin a pathology report suggests, however far from its cancer word: "adénocarcinome, TTF1 positif, CK7+,
    # évoquant en premier lieu une origine pulmonaire" (a suspected site)
    r"(?:evoqu\w+|en faveur|sugger\w+|orientant vers|compatible avec)(?: [\w']+){0,4}? (?:d'une? |l')?origine",
    r"(?:une |l')origine",  # "une origine pulmonaire est très probable", "l'origine mammaire des lésions"
]
# The same, as abbreviations written in capitals; they need the organ word close after them.
cancer_abbreviations = [r"K", r"Kc", r"ADK", r"ADC", r"CE", r"CCI", r"CLI", r"TNE"]
organ_window = 60  # characters allowed between a cancer word and its organ (no comma, same clause)
# A comma before these words does not end the phrase: the organ still qualifies the cancer word
# ("carcinome épidermoïde, d'origine pulmonaire probable", "adénocarcinome, de primitif mammaire").
origin_after_comma = [r"d'origine", r"de primitif", r"de primitivite", r"probablement", r"vraisemblablement",
                      r"possiblement",
                      # what the pathology suggests: "adénocarcinome TTF1+, évoquant en premier lieu une origine pulmonaire"
                      r"(?:evoqu\w+|en faveur|sugger\w+|orientant vers)[^,;.\n]{0,30}?\borigine"]
abbreviation_organ_window = 16  # (" pancréatique" whole)

# Organ words, by the contract's site code.
organs = {
    "lung": [r"pulmonaires?", r"pulm", r"poumons?", r"bronchiques?", r"broncho-?pulmonaires?", r"bronchogeniques?",
             r"lobe (?:superieur|inferieur|moyen)", r"lsd", r"lsg", r"lid", r"lig"],
    "breast": [r"(?<!au )(?<!en )seins?", r"mammaires?"],  # not "au sein de l'équipe"
    "prostate": [r"prostate", r"prostatiques?", r"prost"],
    "kidney": [r"reins?", r"renale?s?", r"renaux"],
    "thyroid": [r"thyroide", r"thyroidiens?", r"thyroidiennes?"],
    "colorectal": [r"colon", r"coliques?(?! nephretiques?)", r"rectum", r"rectale?s?", r"colo-?rectale?s?", r"recto-?sigmoidiens?", r"sigmoide",
                   r"caecum", r"caecale?"],
    "bladder": [r"vessie", r"vesicale?s?", r"urotheliale?s?"],
    "other": [r"estomac", r"gastriques?", r"pancreas", r"pancreatiques?", r"ovaires?", r"ovariens?", r"ovariennes?",
              r"endometre", r"uterus", r"uterins?", r"(?:o|oe|œ)sophage", r"(?:o|oe|œ)sophagiens?", r"foie",
              r"hepatocellulaires?", r"voies biliaires", r"orl", r"vads", r"larynx", r"laryng\w*", r"\w*pharynx",
              r"\w*pharynge\w*", r"cavum", r"amygdales?", r"langue", r"cavite buccale", r"plancher buccal",
              r"ileon", r"ileale?s?", r"(?:intestin )?grele", r"duodenum", r"jejunum", r"digesti(?:f|ve)s?", r"testicules?", r"surrenale?s?", r"col uterin", r"vulve", r"peau", r"cutanee?s?",
              r"canal anal", r"anus", r"endometriale?s?"],
}

# Terms that name the site on their own.
site_terms = {
    "lung": [r"cbnpc", r"cbpc", r"cpnpc", r"nsclc", r"sclc"],
    "kidney": [r"ccrcc", r"nephroblastome"],
    "melanoma": [r"melanomes?"],
    "other": [r"hepatocarcinomes?", r"cholangiocarcinomes?", r"mesotheliomes?", r"sarcomes?", r"osteosarcomes?",
              r"myelomes?", r"plasmocytomes?", r"lymphomes?"],
    "unknown_primary": [
        r"(?:de |d'un |a )?primitif (?:reste |demeure |toujours |est )?(?:donc |encore |toujours |actuellement )?(?:inconnu|indetermine|non (?:retrouve|identifie|connu|determine|precise|mis en evidence))",
        r"(?:sans|pas de|aucun) primitif (?:retrouve|identifie|connu|mis en evidence)",
        r"(?:sans|pas de|aucune?) (?:lesion|tumeur|site|foyer) primiti(?:f|ve) (?:evidente?|retrouvee?|identifiee?|decelee?"
        r"|visible|mise? en evidence)",  # "Pas de lésion primitive évidente au scanner"
        r"\b(?:n'(?:a|ont|avait|avaient)|ne) (?:pas|jamais) (?:retrouve|identifie|mis en evidence|montre|objective|localise)"
        r" (?:de |d'une? |le )?(?:site )?primitif",  # "le scanner et la mammographie n'ont pas retrouvé de primitif"
        r"\bne (?:retrouve|montre|identifie|objective|localise)(?:nt)? (?:pas|aucun) (?:de |d'une? |le )?(?:site )?primitif",
        r"origine (?:primitive )?(?:(?:reste|demeure|restant|toujours) )?(?:inconnue|indeterminee)", r"cancers? de primitif inconnu",
        r"site primitif inconnu",
        # "Le primitif n'est pas identifié malgré la fibroscopie"
        r"primitif (?:n'est |n'a )(?:toujours |encore )?(?:pas|jamais) (?:ete )?(?:identifie|retrouve|connu|mis en evidence"
        r"|localise|determine)",
    ],
}
site_terms_case_sensitive = {
    "colorectal": [r"CCR(?![^\S\n]+(?:à|a) cellules)"],  # "CCR à cellules claires" is a renal cell carcinoma
    "bladder": [r"TVIM", r"TVNIM"],
    "kidney": [r"RCC"],
    "unknown_primary": [r"CUP"],
    "other": [r"CHC"],
}

# When the letter names no site: what the histology, a surgery or a marker implies.
site_hints = {
    "breast": [r"canalaire infiltrant", r"lobulaire infiltrant", r"mastectomie", r"tumorectomie mammaire",
               r"biopsies? mammaires?",
               r"cci", r"cli"],  # carcinome canalaire / lobulaire infiltrant, in any case (no French word)
    "prostate": [r"gleason", r"prostatectomie", r"resistant a la castration", r"resistance a la castration",
                 r"hormono-?sensible", r"cprc", r"mcrpc", r"mhspc"],
    "kidney": [r"nephrectomie", r"a cellules claires"],
    "lung": [r"lobectomie", r"pneumonectomie", r"non a petites cellules", r"a petites cellules",
             r"biopsies? (?:trans-?)?bronchiques?", r"masses? (?:hilaire|pulmonaire|bronchique)s?"],
    # Lieberkühn's adenocarcinoma is colorectal by definition
    "colorectal": [r"lieberkuhnien\w*", r"(?:hemi-?)?colectomie", r"sigmoidectomie", r"proctectomie",
                   r"amputation abdomino-?perineale", r"resection anterieure du rectum"],
    # radio-iodine treats the thyroid only; thyroglobulin is its marker
    "thyroid": [r"thyroidectomie", r"ira-?therapie", r"irath\w*", r"iode (?:131|radioactif)", r"thyroglobuline"],
}
marker_site_hints = {"EGFR": "lung", "ALK": "lung", "ROS1": "lung", "ER": "breast", "PR": "breast"}

# Histology, by the contract's code; the first code in this order wins when several are affirmed
# (the more specific before the generic: "CBNPC, adénocarcinome" is an adenocarcinoma).
histology = {
    "invasive_lobular_carcinoma": [r"cli", r"lobulaires? infiltrants?", r"carcinomes? lobulaires?", r"de type lobulaire"],
    "invasive_ductal_carcinoma": [r"cci", r"canalaires? infiltrants?", r"carcinomes? canalaires?", r"de type canalaire", r"\bnst\b",
                                  r"(?:de )?type non specifique", r"carcinomes? infiltrants? (?:sns|nos)"],
    "clear_cell_carcinoma": [r"a cellules claires", r"ccrcc"],
    "small_cell_carcinoma": [r"(?<!non )(?<!non-)(?<!non a )a petites cellules", r"(?<!non )(?<!non-)microcellulaires?",
                             r"cbpc", r"sclc"],
    "neuroendocrine": [r"neuro-?endocrines?", r"carcinoides?"],
    "large_cell_carcinoma": [r"(?:carcinomes?|cancers?|neoplasies?|cbnpc)(?: [\w-]+){0,4}? a grandes cellules"],  # no lymphoma
    "squamous_cell_carcinoma": [r"epidermoides?", r"malpighiens?", r"malpighiennes?", r"spino-?cellulaires?",
                                r"squameux"],
    "adenocarcinoma": [r"adeno[- ]?carcino[mn]es?", r"adk", r"adeno-?k"],  # ("adénoK pulmonaire", as written in notes)  # (and typed "adénocarcinone", dictated "adéno carcinome")
    "other": [r"\b(?:carcinomes?|cancers?|k|neoplasies?)(?: \w+){0,2}? (?:papillaire|chromophobe|vesiculaire|folliculaire|"
              r"medullaire|oncocytaire|anaplasique|"
              r"hepatocellulaire|sarcomatoide|mucoepidermoide|adenoide kystique|"
              r"mucineux|mucineuse|colloide|tubuleux|tubuleuse|micropapillaire|metaplasique|apocrine)s?", r"carcinomes? urotheliale?s?",
              r"tumeurs? urotheliale?s?", r"melanomes?", r"sarcomes?", r"carcinosarcomes?", r"hepatocarcinomes?", r"cholangiocarcinomes?",
              r"mesotheliomes?", r"thyroidiens? (?:papillaire|vesiculaire|folliculaire|medullaire|anaplasique)s?",
              r"(?:de la )?thyroide (?:papillaire|vesiculaire|folliculaire|medullaire|anaplasique)s?"],
    "nsclc_nos": [r"non a petites cellules", r"non-a-petites cellules", r"non microcellulaires?", r"cbnpc", r"cpnpc",
                  r"nsclc"],
}
# Case-sensitive: "CE bronchique" (not the word "ce"), "TNE", "ADC" ("ADK", "CCI", "CLI" are no words: any case).
histology_case_sensitive = {
    "neuroendocrine": [r"TNE", r"CNE"],
    "squamous_cell_carcinoma": [r"CE(?= (?:bronch|pulm|du poumon|ORL|de l'(?:o|œ)sophage|(?:o|œ)sophag|du col|cutan|de l'amygdale))"],
    "adenocarcinoma": [r"ADC(?! (?:moyen|bas|élevé|abaissé|restreint))"],
}

# The primary is only suspected: in the clause, before the mention (within doubt_before_window
# characters) or right after it.
doubt_before = [
    r"\bevoqu\w*", r"\bevocat\w*", r"\bsuspect\w*", r"\bsuspicion\b", r"\bprobable\w*", r"\bpossible\w*", r"\bhypothese\b",
    r"\ben faveur d", r"\bfaisant (?:craindre|evoquer|suspecter)", r"\bsugger\w*", r"\bpeut-etre\b",
    r"\bdiagnostic differentiel\b", r"\borientant vers\b", r"\bpresume\w*", r"\bprobablement\b",
]
doubt_after = [
    r"^[^.;,\n]{0,15}\b(?:probable|possible|vraisemblable|suspecte|suspectee|presumee?)\b",
    # ("un myélome n'est toutefois pas formellement éliminé")
    r"^[^.;\n]{0,25}\b(?:a confirmer|a prouver|non prouvee?|(?:n'est |ne sont )?(?:pas|non)(?: \w+)? (?:exclue?|eliminee?|ecartee?)s?"
    r"|(?:reste |restent )?a (?:eliminer|exclure|ecarter))\b",  # "un myélome reste à éliminer"
    r"^[^.;,\n]{0,20}\?",
]
doubt_before_window = 80
# Inside a mention that runs from the cancer word to its organ: the organ only suggested
# ("carcinome à cellules claires, probablement d'origine rénale", "adénocarcinome, en faveur d'une origine mammaire").
doubt_within = r"\b(?:probablement|vraisemblablement|possiblement|evoqu\w*|en faveur|sugger\w*|orientant vers)\b"
# EDS-NLP's negation is kept only where one of these denial words confirms it: its cues also
# fire on "cancer bronchique non à petites cellules de type épidermoïde" or "carcinome mammaire
# triple négatif", which deny nothing. Words inside the terms below are not denials, and a denial
# word must stand in the mention's own comma-delimited phrase.
denial_before = r"\b(?:pas|aucune?|sans|absence|ni|non|jamais|eliminee?|exclue?)\b"
denial_after = (r"^[^.;\n]{0,40}(?<!pas )(?<!non )\b(?:exclue?s?|eliminee?s?|ecartee?s?|infirmee?s?|(?:non|pas) retrouvee?s?"
                r"|absente?s?|peu (?:probable|vraisemblable)s?|improbables?)\b")  # "myélome peu probable"
not_denials = [r"non[- ]a[- ]petites cellules", r"non[- ]microcellulaires?", r"non[- ](?:mutee?s?|rearrangee?s?|amplifiee?s?)",
               r"non specifique", r"sans autre precision", r"non exclue?", r"n'est pas exclue?", r"non metastatiques?",
               r"non operee?s?", r"non operables?", r"non resecables?"]
# A tumour mentioned as history weighs half a current mention when choosing between two sites.
history_weight = 0.5
# A cancer told as cured ("opéré en 2010, considéré comme guéri", "exérèse 2004, sans récidive") weighs this
# much: another cancer, even one known only by its histology ("carcinome à petites cellules"), is the primary.
cured = (r"\bgueri(?:e|s|es)?\b|\ben remission\b|\bsans (?:signe de |aucune )?(?:recidive|rechute)\b"
         r"|\bpas de (?:recidive|rechute)\b")
cured_weight = 0.25
# A site named with its histology ("adénocarcinome pulmonaire") weighs more than a bare one.
with_histology_bonus = 0.5
# The origin named for the metastases decides between two cancers: "métastase d'adénocarcinome d'origine
# pulmonaire" (beside an old breast cancer).
metastasis_origin = r"\b(?:d'origine|de primitif|d'un primitif)\b"
metastasis_origin_bonus = 2.0
# Anywhere in the letter: the tumour has no proof yet (the status stays uncertain unless a
# histology is affirmed).
unconfirmed = [
    r"\bpas encore de (?:biopsie|preuve histologique|confirmation histologique|histologie|diagnostic histologique)",
    r"\bsans (?:preuve|confirmation|documentation) (?:histologique|anatomopathologique)",
    r"\ben attente (?:de la |des |du |de l')?(?:biopsie|histologie|anapath|anatomopathologie|resultats? (?:de la |des )?biopsies?)",
    r"\b(?:biopsies?|fibroscopies?)(?: [\w-]+){0,2}? (?:est |sont )?(?:en attente|a faire|a realiser|a programmer|a venir"
    r"|programmees?|prevues?|demandees?)",
    r"\b(?:non|pas) (?:encore )?(?:prouvee?s?|confirmee?s?|documentee?s?) (?:histologiquement|a l'histologie|par (?:la |une )?biopsie)",
    r"\bet (?:la |une )?biopsie (?:est |sont )?(?:demandes|demandees|prevues|programmees)",
    r"\ben cours d'(?:exploration|investigation)",
    r"\bnon encore (?:biopsiee?s?|prouvee?s?|confirmee?s?)",
    # "biopsie de l'aile iliaque réalisée le 13/05 : résultats anapath en attente"
    r"\b(?:resultats?|anapath|histologie|anatomopathologie)(?: [\w-]+){0,2}? (?:en attente|attendue?s?)\b",
    r"\ben l'absence (?:de |d')(?:diagnostic|preuve|confirmation|documentation) (?:histologique|anatomopathologique)",
    r"\bbiopsies?\b[^.;\n]{0,120}\bnon (?:contributive|concluante)s?\b",
]

# Anywhere in the letter: the bone disease is not proven to come from the cancer the letter names, even one
# whose histology is known ("probablement une rechute de son cancer du sein (carcinome canalaire), mais un myélome
# n'est pas éliminé", "rien n'est prouvé", "l'origine reste à préciser"): the primary stays uncertain.
unproven = [
    r"\b(?:myelome|lymphome|autre primitif|second primitif|deuxieme primitif|origine \w+)\b[^.;\n]{0,40}?"
    r"(?:\b(?:pas|non|ne peut etre)(?: \w+){0,3}? (?:exclue?|eliminee?|ecartee?)s?\b|\breste a eliminer\b)",
    r"\bn'(?:exclut|exclue|elimine|ecarte)(?:nt)? pas (?:un |une |le |la |l')?(?:myelome|lymphome|autre primitif"
    r"|second primitif|deuxieme primitif)",  # "le radiologue n'exclut pas un myélome"
    # the origin told probable: "Une origine pulmonaire est donc très probable, sans preuve histologique sur le poumon"
    r"(?:\bune |\bl'|\bun |\ble )(?:origine|primitif)(?! (?:tumorale?|neoplasique|maligne?|osseuse?|metastatique)\b)"
    r"(?: \w+){1,2} (?:est |reste |parait |semble )(?:donc |alors )?(?:tres |fort |hautement |le plus )?probable\b",
    r"\brien n'est (?:encore )?(?:prouve|confirme|demontre)\b", r"\bsans certitude\b",
    r"\b(?:mais |encore )non (?:prouvee?|confirmee?|demontree?)s?\b",
    r"\bn'est pas (?:encore )?(?:prouvee?|confirmee?|demontree?)s?\b",
    r"\b(?:primitif|origine)(?: des lesions(?: osseuses)?)? (?:reste |restant )?a (?:confirmer|preciser|determiner)\b",
]

# Biomarkers, by the contract's name: how each is written.
markers = {
    "EGFR": [r"egfr", r"erbb1"],
    "ALK": [r"(?:eml4-)?alk"],
    "ROS1": [r"ros-?1", r"ros"],
    "KRAS": [r"k-?ras"],
    "BRAF": [r"b-?raf"],
    "MET": [r"c-?met"],
    "NTRK": [r"ntrk ?[1-3]?", r"ntrk"],
    "HER2": [r"her-? ?2(?:/neu)?", r"erbb-?2", r"c-?erb-?b2"],
    "PD-L1": [r"pd-? ?l-?1", r"pdl-?1"],
    "ER": [r"recepteurs? (?:aux |a l'|des |d')?(?:o|oe|œ)strogenes?", r"recepteurs? (?:aux |a l'|des |d')?estrogenes?"],
    "PR": [r"recepteurs? (?:a la |de la )?progesterone"],
    "ER+PR": [r"recepteurs? hormonaux", r"recepteurs? hormonales?"],
    "PSA": [r"psa"],
}
markers_case_sensitive = {
    "MET": [r"MET"],
    "RET": [r"RET"],
    "ER": [r"RE", r"ER", r"RO"],
    "PR": [r"RP", r"PR", r"PgR"],
    "ER+PR": [r"RH", r"HR"],
    "PD-L1": [r"TPS"],
}
# One mention naming several markers at once, with its result: "triple négatif".
triple_negative = r"\btriples? negati(?:f|ve|fs|ves)\b"
# Written in capitals, these markers are also words or section codes: only a result right after them counts.
short_markers = ("ER", "PR", "ER+PR")
short_window = 25
result_window = 60
before_window = 45
# Other markers and grades: a result after them is not ours ("HER2 1+, Ki67 20 %").
foreign_markers = [r"ki-? ?67", r"mib-?1", r"ttf-? ?1", r"ck ?\d+", r"gata-? ?3", r"brca ?[12]?(?:/2)?", r"p40", r"p63",
                   r"cdx-?2", r"sox-?10", r"psma", r"grade", r"gleason", r"isup", r"pax-?8", r"napsine",
                   r"msi", r"tmb", r"pik3ca", r"esr1"]
# What may stand between markers of one list sharing a result ("EGFR, ALK et ROS1 négatifs").
list_joint = r"^(?:\s|,|/|[()]|\bet\b|\bou\b|\bni\b|\bde\b|\bd'|\bdu\b|\bdes\b|\bl'|\bla\b|\ble\b|\bles\b)*$"

# A sign glued to the marker: "RE+", "HER2-", "RH +".
sign_positive = r"^ ?\+(?!\d)"
sign_negative = r"^ ?[-−–](?=[\s,;/).]|$)"
not_tested = [
    r"\bpas de recherche\b", r"\bnon recherchee?s?\b", r"\bnon (?:testee?s?|realisee?s?|faite?s?|effectuee?s?|evaluables?|interpretables?|contributi\w*|analysables?|disponibles?)\b",
    r"\bpas (?:testee?s?|realisee?s?|faite?s?|effectuee?s?)\b", r"\bininterpretables?\b", r"\bechec\b", r"\bnon demandee?s?\b",
    r"\bmateriel insuffisant\b",
]
pending = [r"\ben cours\b", r"\ben attente\b", r"\bdemandee?s?\b", r"\ba venir\b", r"\bnon (?:encore )?rendue?s?\b",
           r"\ba faire\b", r"\ben cours d'analyse\b", r"\ben instance\b"]
negative = [
    r"\bneg\b", r"\bnegati\w*", r"\bnon[- ]mutee?s?\b", r"\bsauvages?\b", r"\bwild[- ]?type\b", r"\bwt\b",
    r"\b(?:pas|absence|sans|ni) (?:de |d')?(?:mutations?|rearrangements?|translocations?|amplifications?|fusions?|surexpressions?|alterations?|expression)\b",
    r"\bnon (?:rearrangee?s?|amplifiee?s?|exprimee?s?|surexprimee?s?|transloquee?s?|alteree?s?)\b",
    r"\bnormale?s?\b", r"\bindosables?\b", r"\bindetectables?\b", r"\bnulle?s?\b",
    r"\b(?:non|pas) (?:retrouvee?s?|detectee?s?|mise?s? en evidence|identifiee?s?)\b", r"\babsente?s?\b",
]
positive = [
    r"\bmutee?s?\b", r"\bmutations?\b", r"\brearrangee?s?\b", r"\brearrangements?\b", r"\btranslocations?\b",
    r"\btransloquee?s?\b", r"\bfusions?\b", r"\bamplifiee?s?\b", r"\bamplifications?\b", r"\bsurexprim\w*",
    r"\bsurexpressions?\b", r"\bpositi\w*", r"\bpos\b", r"\bexprimee?s?\b", r"\bdeletions?\b", r"\binsertions?\b",
    r"\bsaut\b", r"\bexon\b", r"\b[a-z]\d{2,4}[a-z]\b", r"\bdel ?(?:ex(?:on)? ?)?\d{1,2}\b", r"\bex ?\d{1,2} ?del\b", r"\belevee?s?\b", r"\baugmentee?s?\b", r"\bascension\b",
    r"\breascension\b", r"\ben hausse\b", r"\balterations?\b", r"\bremontee?\b", r"\bdoublement\b", r"\bdoublee?\b",
]
# A serum PSA or a receptor status is measured, not awaited: "dosage du PSA demandé" is no result.
no_pending = ("PSA", "ER", "PR", "ER+PR")
# HER2: the score decides before the words ("HER2 2+ non amplifié", "HER2 3+").
her2_negative = [r"^\W*(?:ihc\W*)?(?:score\s*)?0\b", r"\b[01] ?\+", r"\bnon amplifi\w*", r"\blow\b", r"\bfaible\b",
                 r"\b(?:sans|pas d'|absence d')amplification\b"]
her2_positive = [r"\b3 ?\+", r"\b(?<!non )(?<!sans )(?<!pas d')(?<!absence d')amplifi\w*"]
# A 2+ score is equivocal: the in-situ hybridisation that follows decides.
# "HER2 IHC 2+, ISH en cours", "HER2 2+ en IHC, FISH non amplifiée": the in situ hybridisation decides
her2_equivocal = r"^\W*(?:ihc\W*)?(?:score\s*)?2 ?\+\s*(?:(?:en |a l.)?(?:ihc|immuno-?histochimie)\s*)?(?:[,;(]|$)"
# A percentage (PD-L1, ER, PR): at 1 % or more the marker is positive.
percent_markers = ("PD-L1", "ER", "PR")
# ({number} is a number in figures or in words: "PD-L1 à cinq pour cent", dictated)
percent = r"(?P<less><|≤|inferieur a|inf a)?\s*(?P<number>{number})\s*(?:-\s*\d+\s*)?(?:%|pour ?cent\b)"
# PD-L1 given as a score with no percent sign ("PD-L1 CPS 15", "TPS < 1"): at 1 or more it is positive.
pd_l1_score = (r"^[^\w<≤]*(?:score\s*)?(?:tps|cps|ic)\s*(?:[:=]|a\b|de\b)?\s*(?P<less><|≤|inferieur a|inf a)?\s*"
               r"(?P<number>\d+(?:[.,]\d+)?)(?!\s*[%\d])")
# A serum PSA value: with its unit, or right after the name ("PSA 120", "PSA à 0,2", "le PSA était à 340");
# above the normal it is positive.
psa_values = [r"^\D{{0,25}}?\b({number})\s*(?:ng|µg|ug|nanogrammes?|microgrammes?)",
              r"^(?:\s|:|=|a\b|de\b|serique\b|initial\b|total\b|etait\b|est\b)*(\d+(?:[.,]\d+)?)(?!\s*[/%\d])"]
psa_normal_max = 4.0
# Markers whose value (percentage, serum level) is kept beside the result.
valued_markers = ("PD-L1", "ER", "PR", "PSA")

# TNM, case-sensitive: "cT2bN2M1c", "pT3aN0", "T4 N2 M1a".
tnm = r"\b(?:y?[cpr]|y)?T(?:[0-4][a-d]?|x|is)\s?N(?:[0-3][a-c]?|x)(?:\s?M(?:[01][a-c]?|x))?(?![\w])"
# What stands just before the diagnosis date: "diagnostiqué en janvier 2025", "dg 03/2021".
diagnosis_cue = r"\b(?:diagnostiquee?s?|diagnostic(?: pose| initial)?|dg|dgc)\b"
diagnosis_date_before = diagnosis_cue + r"[^.;\n]{0,25}$"

# Form items under which a ticked option names the primary's organ ("Primitif : ☐ Sein ☒ Poumon").
form_labels = r"primiti|tumeur|localisation|cancer|organe|site"
