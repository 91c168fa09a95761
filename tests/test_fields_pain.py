"""Pain: status from pain words, denials, scores and forms; types; the current intensity; the site."""
from __future__ import annotations

import pytest


def types(value) -> list[str]:
    return sorted(t.code for t in value.types)


@pytest.mark.parametrize("text, status", [
    ("Humérus droit : douleur bien contrôlée sous paracétamol seul, pas d'accès douloureux.", "present"),
    ("Le patient se plaint de douleurs lombaires depuis un mois.", "present"),
    ("Lombalgies invalidantes.", "present"),
    ("Patient hyperalgique malgré la morphine.", "present"),
    ("Traitement antalgique de palier 2.", "unknown"),
    ("Patient douloureux au niveau du bassin.", "present"),
    ("Pas de douleur osseuse.", "absent"),
    ("La patiente ne rapporte aucune douleur.", "absent"),
    ("Lésion indolore.", "absent"),
    ("Lésion iliaque non algique.", "absent"),
    ("Sur le plan osseux, elle est asymptomatique.", "absent"),
    ("Cliniquement asymptomatique. OMS 0.", "absent"),
    ("Lésion de L2 asymptomatique, stable.", "unknown"),
    ("Pas de dlr.", "absent"),
    ("Douleur ? Non, aucune, y compris à la marche.", "absent"),
    ("Pas de douleur, EVA 0.", "absent"),
    ("Plus de douleur depuis la radiothérapie.", "absent"),
    ("Pas de douleur au repos.", "absent"),
    ("Douleurs : non", "absent"),
    ("Douleur : néant", "absent"),
    ("Douleur : ?", "uncertain"),
    ("Douleur : oui - mécanique", "present"),
    ("Douleur : lombaire, modérée", "present"),
    ("Douleur : pas de douleur", "absent"),
    ("Douleur\xa0Non", "absent"),
    ("Son père souffrait de douleurs osseuses.", "unknown"),
    ("Doliprane 1 g si douleur.", "unknown"),
    ("En cas de douleur, prendre du paracétamol.", "unknown"),
    ("Douleurs possibles de la hanche, à explorer.", "uncertain"),
    ("Ne décrit pas de douleur. Douleurs costales cotées à 4/10.", "conflicting"),
    ("Pas de douleur nocturne. Douleurs à la marche.", "present"),
    ("Douleur de hanche à l'appui ; pas de douleur au repos.", "present"),
    ("Il signale des douleurs de l'épaule, probablement arthrosiques.", "present"),
    ("Douleurs dorsales mecaniques, reveils nocturnes.", "present"),
    ("Douleur ☒ Oui ☐ Non", "present"),
    ("Douleur ☐ Oui ☒ Non", "absent"),
    ("Type de douleur : ☒ Neuropathique ☐ Nocturne ☐ Mécanique", "present"),
    ("Radiothérapie de 20 Gy en 5 fractions.", "unknown"),
    ("Consultation douleur prévue le mois prochain.", "unknown"),
    ("Au repos, pas de signe de douleur ; à la mobilisation, grimaces et douleur.", "present"),
    ("Alectinib bien toléré (myalgies grade 1).", "unknown"),  # a muscle pain tells nothing of the bones
    ("Pas de douleur à l'époque, depuis un mois douleur iliaque gauche EVA 4.", "present"),
    ("Elle me dit avoir mal au niveau des côtes à droite, surtout la nuit.", "present"),
    ("Traitement mal toléré.", "unknown"),
    ("Douleurs lombaires, EN 3/10. La hanche opérée est indolore.", "present"),
    ("La hanche opérée est indolore.", "absent"),
    ("À ce moment là le patient ne se plaignait d'aucune douleur. Lombalgies depuis un mois.", "present"),
    ("sa mère est décédée d'un AVC point sur le plan osseux il a des douleurs de hanche à la marche", "present"),
    # not able to score it is no denial
    ("Patient aphasique qui ne peut pas coter sa douleur.", "unknown"),
    # a pain told of the diagnosis, gone now
    ("Elle avait eu au diagnostic du Skenan pour des douleurs intercostales à type de brûlures. Le Skenan a été arrêté "
     "en mars, elle ne prend plus aucun antalgique. Elle est désormais indolore.", "absent"),
    # a heading alone on its line says nothing: the lines below speak
    ("Douleur\nPas de douleur osseuse, pas d'antalgique.", "absent"),
    ("Il présente une\ndouleur\nà la hanche depuis mars.", "present"),
    # a pain word naming its place denies that place only
    ("Douleur de la hanche droite à la marche, soulagée par le repos. Pas de dorsalgie.", "present"),
    ("Pas de lombalgie.", "absent"),
    # a lesion told painless beside a pain told elsewhere
    ("Douleurs de hanche EN 5. Le scanner montre une nouvelle lésion lytique du fémur droit, sans douleur.", "present"),
])
def test_pain_status(analyse, text, status):
    assert analyse(text)["pain"].status == status


@pytest.mark.parametrize("text, expected", [
    ("Douleurs lombaires mécaniques, majorées à la marche.", ["mechanical"]),
    ("Douleur de hanche à l'appui et en station debout.", ["mechanical"]),
    ("Cervicalgies majorées par les mouvements du cou.", ["mechanical"]),
    ("Lombalgies calmées par le repos.", ["mechanical"]),
    ("Douleur aux changements de position.", ["mechanical"]),
    ("Douleurs réveillant le patient la nuit, insomniantes.", ["nocturnal"]),
    ("Douleurs costales, surtout la nuit.", ["nocturnal"]),
    ("Rachialgies d'horaire inflammatoire avec dérouillage matinal.", ["inflammatory"]),
    ("Douleurs à type de brûlures et de décharges électriques.", ["neuropathic"]),
    ("Douleurs d'horaire mixte.", ["inflammatory", "mechanical"]),
    ("Sciatalgie gauche, EVA 6/10.", ["neuropathic"]),
    ("Douleurs fulgurantes en éclair dans le territoire de L5.", ["neuropathic"]),
    ("Douleurs thoraciques en hémi-ceinture gauche.", ["neuropathic"]),
    ("Allodynie de la cuisse droite.", ["neuropathic"]),
    ("Douleurs de l'épaule rythmées par les mouvements.", ["mechanical"]),
    ("Douleur : ☒ Oui ☐ Non — EVA 3/10\nType : mécanique, boiterie", ["mechanical"]),
    # the sentence right after the pain, opening on its type
    ("Douleur sacrée à type de brûlures. Recrudescence nocturne avec réveils vers 3 h.", ["neuropathic", "nocturnal"]),
    ("Douleur thoracique en ceinture, DN4 à 5/10.", ["neuropathic"]),
    ("Douleurs dorsales, DN4 2/10.", []),
    ("Lombalgies mécaniques sans radiculalgie.", ["mechanical"]),
    ("Douleur mécanique ; plus de douleur nocturne depuis l'hormonothérapie.", ["mechanical"]),
    ("Pas de douleur osseuse, y compris à la marche.", []),
    ("Douleurs osseuses diffuses d'allure mecanique, reveillant la nuit.", ["mechanical", "nocturnal"]),
    ("Douleur ☒ Oui ☐ Non ☒ Type : Mécanique ☒ Neuropathique ☐ Nocturne", ["mechanical", "neuropathic"]),
    ("Imovane au coucher, réveils nocturnes fréquents depuis le décès de son épouse.", []),
    ("Instabilité mécanique du rachis (SINS 9). Douleurs dorsales.", []),
    ("Douleurs lombaires au réveil, brûlures mictionnelles.", []),
    ("Dlr ++ fessière D, irradiation face post. cuisse D, brûlures + décharges électriques.", ["neuropathic"]),
    ("Lombalgies. DN4 6/10. EN 7/10.", ["neuropathic"]),
    ("La douleur de cuisse a récidivé, la famille rapporte des réveils nocturnes.", ["nocturnal"]),
    # as a relative or a carer tells it
    ("Son mari décrit des douleurs lors des transferts.", ["mechanical"]),
    ("Démence évoluée ; l'équipe note des grimaces lors des transferts (Algoplus 3/5).", ["mechanical"]),
    ("Sa fille me dit qu'elle a mal dès qu'elle se lève du fauteuil.", ["mechanical"]),
    ("Lombalgies qui la gênent surtout en marchant.", ["mechanical"]),
    ("Douleur : 0/10 au repos, 5/10 à la mobilisation de la hanche.", ["mechanical"]),
    ("Pas de douleur sauf la nuit, où il est réveillé par une douleur sacrée.", ["nocturnal"]),
    # a neuropathy a drug caused is no bone pain
    ("Douleur de hanche à la marche, EN 3. Fourmillements des mains séquellaires de l'oxaliplatine.", ["mechanical"]),
    ("Cervicalgies à la mobilisation ; neuropathie périphérique chimio-induite sous prégabaline.", ["mechanical"]),
    ("Gêne douloureuse persistante de la hanche à l'appui, EN 2, mais pas de douleur la nuit.", ["mechanical"]),
    ("Elle a très mal au bassin, EVA 8, surtout quand on la mobilise pour la toilette.", ["mechanical"]),
    ("Depuis une quinzaine de jours il se plaint du dos, surtout la nuit, ça le réveille.", ["nocturnal"]),
    ("Lombalgies depuis 3 semaines. Le fils rapporte des réveils nocturnes fréquents à cause de la douleur.",
     ["nocturnal"]),
    ("Lombalgies basses, surtout à la marche, qui le réveillent rarement. EN à 4/10.", ["mechanical"]),
    ("Douleur sacrée avant la radiothérapie, EN 7/10, réveils nocturnes.\nDepuis : nette amélioration, EN 3/10, plus "
     "de réveils nocturnes, persiste une douleur à la marche prolongée.", ["mechanical"]),
    ("Dorsalgies avec réveils nocturnes et une irradiation en ceinture. Après la radiothérapie, plus aucune irradiation "
     "en ceinture. EVA 3/10, douleur dorsale résiduelle surtout nocturne. La hanche droite n'est pas douloureuse.",
     ["nocturnal"]),
    # a pain denied at one place in a clause of its own leaves the type told after it
    ("Actuellement pas de douleur rachidienne ; persistance de dysesthésies à type de brûlures en ceinture, EN 2.",
     ["neuropathic"]),
    ("Pas de douleur lombaire à type de brûlures.", []),
    # a pain word of its own type, beside a pain denied
    ("Il persiste une radiculalgie L5 gauche, EN 4/10, sans douleur mécanique lombaire.", ["neuropathic"]),
])
def test_pain_types(analyse, text, expected):
    assert types(analyse(text)["pain"]) == expected


@pytest.mark.parametrize("text, value, scale", [
    ("Douleur lombaire, EVA 6/10.", 6, "VAS"),
    ("Douleur : EVA à 7/10 ce jour.", 7, "VAS"),
    ("Douleurs costales cotées à 4/10 sur l'EVA.", 4, "VAS"),
    ("Douleur de l'épaule EN 5/10.", 5, "NRS"),
    ("Dlr hanche G, ENS 3.", 3, "NRS"),
    ("Douleur évaluée à 6 sur 10 sur l'échelle numérique.", 6, "NRS"),
    ("EVA (0-10) | 5", 5, "VAS"),
    ("Intensité (EN /10) : 4", 4, "NRS"),
    ("Douleurs en ceinture : EN 8/10 à l'admission, 3/10 actuellement.", 3, "NRS"),
    ("Cotée à 8/10 à l'entrée, la douleur est à 2/10 sous traitement.", 2, "NRS"),
    ("Pas de douleur (EVA 0).", 0, "VAS"),
    ("Douleur : ☒ oui ☐ non     EVA : 4/10", 4, "VAS"),
    ("EN : 4/10 (8/10 avant la morphine).", 4, "NRS"),
    ("Douleur thoracique, DN4 6/10, EN 4/10.", 4, "NRS"),
    ("Douleur lombaire, EVA 6/1O.", 6, "VAS"),
    # the value since, after the one at arrival
    ("Dorsalgies en ceinture, EVA 7 à l'arrivée -> 3 après titration morphine.", 3, "VAS"),
    ("Douleur à la moindre mobilisation. EVA 8 à l'arrivée, 2 après immobilisation.", 2, "VAS"),
    ("Sciatalgie gauche, EN 7 hier, 5 ce matin sous oxycodone.", 5, "NRS"),
    # dictated
    ("une douleur de la fesse droite cotée à six sur dix à l'EVA ce jour", 6, "VAS"),
    ("douleur de hanche EVA quatre sur dix", 4, "VAS"),
    ("Lombalgies : EN 3/10 à la marche (EN 9/10 en pré-opératoire).", 3, "NRS"),
    ("Douleur de hanche EVA 2/10 (EVA 7/10 en preoperatoire).", 2, "VAS"),  # no accents
    ("Dlr cotée 3/10, 8/10 en pré-op.", 3, "NRS"),
    ("Douleur rachidienne à 7/10 initialement, 4/10 depuis le corset.", 4, "NRS"),
    ("Douleur costale EVA 6/10 à l'admission puis EVA 1/10.", 1, "VAS"),
    ("EVA 4/10 au repos (6/10 la semaine dernière).", 4, "VAS"),
    ("EVA 7/10 à l'entrée (2/10 actuellement).", 2, "VAS"),
    # the score then, and the one now told in a sentence
    ("Lombalgies. L'EN était à 7 la semaine dernière, elle est à 3 ce jour sous Skenan.", 3, "NRS"),
    # on the 100 mm line; rated without "/10"
    ("Douleur sacrée, EVA 70 mm ce jour.", 7, "VAS"),
    ("Douleur du bras cotée à 7 hier soir, à 3 après l'immobilisation.", 3, "NRS"),
    # a sentence of its own, naming the intensity
    ("Sciatalgie droite. Son intensité, de 8/10 le mois dernier, est à 3/10 sous prégabaline.", 3, "NRS"),
    # a time told by a drug's start is no plan
    ("Douleurs dorsales. EVA 7 avant l'introduction de l'oxycodone, 4/10 actuellement.", 4, "VAS"),
])
def test_pain_intensity(analyse, text, value, scale):
    intensity = analyse(text)["pain"].intensity
    assert (intensity.value, intensity.scale) == (value, scale)


@pytest.mark.parametrize("text", [
    "Douleur thoracique, DN4 6/10.",
    "Radiothérapie de 20 Gy en 5 fractions.",
    "Score SINS à 9, Mirels 10/12.",
    "Paraparésie cotée 3/5.",
    "TRAITEMENT EN 1ERE LIGNE DEPUIS 2024.",
    "RCP du 03/10/2025.",
    "Douleur calmée, l'Oxycontin a été arrêté le 8/10.",
    "Pas de douleur actuellement. Avait des lombalgies à l'EVA 7 en janvier.",  # the score of a pain gone
])
def test_pain_intensity_not_other_scores(analyse, text):
    assert analyse(text)["pain"].intensity is None


@pytest.mark.parametrize("text, status", [
    ("Métastases osseuses révélées par des lombalgies. Actuellement, la patiente est asymptomatique.", "absent"),
    ("Métastases osseuses révélées par des lombalgies en 2023.", "present"),
    ("Douleurs de hanche ayant disparu après la radiothérapie.", "absent"),
    ("Disparition complète des douleurs sous hormonothérapie.", "absent"),
    ("Plus de douleur depuis la radiothérapie. Douleur costale gauche EVA 3/10.", "present"),
    ("Paraparésie sans douleur rachidienne préalable. Douleurs rachidiennes résiduelles, EVA 3/10.", "present"),
    # a denial in the imperfect; a denial said of a thing, not of the patient
    ("Au bilan, il ne décrivait aucune douleur. Depuis mai, douleurs de hanche à la marche.", "present"),
    ("Oxaliplatine arrêté (paresthésies non douloureuses). Douleur humérale EN 3/10.", "present"),
    ("Douleurs lombaires. Les lésions costales, qui ne sont pas douloureuses, seront surveillées.", "present"),
    ("Douleurs dorsales en ceinture, EN 3/10. Le TEP montre une lésion iliaque (non douloureuse).", "present"),
    ("Patiente non algique. Douleur de hanche à la marche.", "conflicting"),
    # a history line dated before the letter's time; a denial limited to rest; a form left unanswered
    ("Le 12/05/2025\nHistorique :\n- 07/2023 : dorsalgies d'horaire inflammatoire, IRM : lésion de T12.\n"
     "Ce jour : pas de douleur osseuse (EVA 0).", "absent"),
    ("À la sortie EN 3/10, douleur uniquement à la mobilisation de l'épaule, pas de douleur de repos.", "present"),
    ("Douleur : Non renseigné\nTraitement : Doliprane si besoin.", "unknown"),
    ("Des douleurs ont fait découvrir la lésion ; elles persistent, EVA 6/10.", "present"),
    # a denial on an earlier dated line of the history, or told as then ("alors")
    ("Courrier du 10/01/2026.\nSeptembre 2022 - TEP : fixations osseuses multiples, sans douleur.\n"
     "Actuellement radiculalgie L5 droite, EVA 5.", "present"),
    ("Courrier du 10/01/2026.\n04/2021 : TEP : lésions osseuses. Patiente alors asymptomatique sur le plan osseux.\n"
     "Depuis 3 semaines douleur de fesse à l'appui, EVA 4.", "present"),
    ("Courrier du 10/01/2026.\n06/2022 | Douleur de la hanche gauche à la marche\nPas de douleur actuellement.", "absent"),
    # a dated sentence of the history; a score of 0 for one site; a side without pain; a denied event the pain qualifies
    ("Courrier du 10/11/2026.\nLe 3 mars 2025, il a présenté une compression médullaire : douleurs dorsales en ceinture."
     "\nIl ne décrit plus aucune douleur (EVA 0/10).", "absent"),
    ("Douleur fessière disparue depuis mi-novembre, EVA 0 sur ce site.\nCe jour : cervicalgies, EN 5/10.", "present"),
    # "non" qualifying the pain denies nothing
    ("Lombalgies aiguës non traumatiques depuis trois semaines.", "present"),
    ("Douleurs costales non soulagées par le paracétamol.", "present"),
    # a marker's negative result denies nothing else
    ("Il consulte pour des douleurs sacrées liées à son adénocarcinome TTF1 négatif.", "present"),
    # a denial in the imperfect tells the past
    ("Il était asymptomatique au moment du scanner. Depuis dix jours, douleurs costales à la toux, EN 5.", "present"),
    # a denial with its exception, and one only hedged
    ("Aucune douleur hormis à la mobilisation de l'épaule.", "present"),
    ("Pas de plainte douloureuse, sauf erreur de ma part.", "absent"),
    # a score of 0 at rest only
    ("Lombalgies : 0/10 allongé, 6/10 en position debout.", "present"),
    ("Au repos EN 0 ; EN 5 lors des transferts.", "present"),
    ("Hanche droite : douleur mécanique à la marche, EVA 4/10. Côté gauche, aucune douleur.", "present"),
    ("Douleur de hanche à la mobilisation, EN 3. Pas de réveil nocturne lié à la douleur.", "present"),
    ("Douleur de hanche, pire la nuit, 6/10 actuellement. Pas de douleur irradiée.", "present"),
    ("Oncologie\nDr A. Martin\nDouleur et soins palliatifs\nDr M. Grondin\nLa patiente est indolore.", "absent"),
    ("Douleur : EN 3/10, à la mobilisation de l'épaule. Pas de douleur de hanche à ce jour.", "present"),
    ("Radiothérapie T9 terminée en octobre, avec disparition de la douleur dorsale.\nSituation actuelle : douleur de "
     "la fesse droite à type de brûlures, EN 6/10.", "present"),
    ("Disparition de la douleur après la radiothérapie.", "absent"),
    ("Lombalgies intenses ayant motivé la consultation en mars, totalement disparues après l'irradiation.", "absent"),
    ("Vertébroplastie de T12 en 2024 (douleurs très invalidantes à ce moment-là) ; il ne se plaint plus de rien "
     "depuis, aucune douleur.", "absent"),
    # the topic named, then what is said of it; a denial of one region of the spine or trunk
    ("Sur le plan douleur il ne se plaint de rien, il a été interrogé : aucune douleur osseuse.", "absent"),
    ("Douleur résiduelle de la cuisse gauche à la marche, EN 2/10.\nPas de douleur rachidienne.", "present"),
    ("Pas de douleur lombaire.", "absent"),
    # a score of a pain told of the past
    ("Pas de douleur actuellement. Avait des lombalgies à l'EVA 7 en janvier.", "absent"),
    ("Patient asymptomatique sur le plan douloureux depuis la radiothérapie (EVA 8 avant).", "absent"),
    ("Il n'a pas mal.", "absent"),
    ("Elle n'a plus mal depuis la radiothérapie.", "absent"),
    # an earlier conclusion quoted, then what changed since
    ("Conclusion de la RCP du 23/07/2026 (copie) :\n« Patient indolore. Pas de douleur. »\nDepuis : douleur de "
     "hanche gauche apparue fin août, à l'appui.", "present"),
    ("Sur le plan osseux, la patiente est actuellement asymptomatique et ne prend plus d'antalgique.", "absent"),
    ("Clinique : douleur de hanche droite à la mise en charge, EN 4/10, le reste indolore.", "present"),
    ("Radiothérapie : Dr A. Kerjean\nDouleur : Dr J. Le Duff\nElle n'a plus aucune douleur (EVA 0/10).", "absent"),
    ("EVA 3/10, douleur dorsale résiduelle. La hanche droite n'est pas douloureuse.", "present"),
])
def test_pain_status_now_outweighs_past_pain(analyse, text, status):
    assert analyse(text)["pain"].status == status


@pytest.mark.parametrize("text, site", [
    ("Douleur de la hanche gauche à la marche, EVA 5/10.", "de la hanche gauche"),
    ("Douleurs au niveau du rachis lombaire, EVA 4.", "au niveau du rachis lombaire"),
    ("Douleurs d'horaire mixte.", None),
])
def test_pain_site_after_the_pain_word(analyse, text, site):
    value = analyse(text)["pain"].site
    assert (value.text if value else None) == site


def test_pain_evidence_points_at_the_words(nlp):
    doc = nlp("Patiente adressée pour avis. Douleurs lombaires, EVA 5/10.")
    assert [doc.text[e.start:e.end] for e in doc._.rcp["pain"].evidence] == ["Douleurs", "EVA 5/10"]
