"""Prior local treatments of bone lesions: types, bone versus primary, plans, questions, denials, forms."""
from __future__ import annotations

import pytest


def kinds(value) -> list[str]:
    return sorted(t.code for t in value.treatments)


@pytest.mark.parametrize("text, status, types", [
    # affirmed, each type
    ("Radiothérapie de l'humérus gauche en mai 2022 (8 Gy en une fraction).", "present", ["radiotherapy"]),
    ("Ostéosynthèse du fémur droit par clou gamma le 12/01.", "present", ["surgery"]),
    ("Vertébroplastie de T11 réalisée en février.", "present", ["cementoplasty"]),
    ("Lésion de l'aile iliaque traitée par radiofréquence percutanée en 2023.", "present", ["ablation"]),
    ("Laminectomie D6-D7 en urgence pour épidurite.", "present", ["surgery"]),
    ("Chirurgie de stabilisation en 2023, puis RCMI 30 Gy.", "present", ["radiotherapy", "surgery"]),
    ("Ablation thermique d'une lésion iliaque en 2021.", "present", ["ablation"]),
    ("Embolisation artérielle de la lésion sacrée en 2023.", "present", ["other"]),
    ("Le rachis lombaire a été traité par radiothérapie en 2021.", "present", ["radiotherapy"]),
    ("PTH droite en 2020 pour fracture pathologique.", "present", ["surgery"]),
    ("Métastase osseuse unique d'un cancer du rein traitée par SBRT en 2022.", "present", ["radiotherapy"]),
    ("Cyphoplastie de L1 puis irradiation du bassin.", "present", ["cementoplasty", "radiotherapy"]),
    # abbreviations, doses, missing accents
    ("Trt local: RTE 20 Gy/5 fr D9-D11 (03/2024).", "present", ["radiotherapy"]),
    ("SBRT sacrée 5 x 7 Gy en 2023.", "present", ["radiotherapy"]),
    ("deja traitee par rt l4 en 2023.", "present", ["radiotherapy"]),
    ("Le dossier rt est complet.", "unknown", []),
    ("Cimentoplastie de L4 et osteosynthese de l'humerus en 2023.", "present", ["cementoplasty", "surgery"]),
    # in progress
    ("Radiothérapie de L2 en cours (3 séances sur 5 réalisées).", "present", ["radiotherapy"]),
    # stopped early: still received
    ("Radiothérapie de T6 interrompue après 3 séances pour mauvaise tolérance.", "present", ["radiotherapy"]),
    # negated
    ("Jamais irradié à ce jour.", "absent", []),
    ("Aucune irradiation osseuse antérieure.", "absent", []),
    ("Aucun traitement local à ce jour.", "absent", []),
    ("Traitements locaux antérieurs : néant.", "absent", []),
    ("Ni radiothérapie ni chirurgie osseuse à ce jour.", "absent", []),
    # one type denied, another affirmed: no contradiction
    ("Radiofréquence d'une lésion costale en 2022 ; jamais de radiothérapie sur l'os.", "present", ["ablation"]),
    ("Radiothérapie de la hanche gauche en 2022. Le reste du squelette n'a jamais été irradié.", "present",
     ["radiotherapy"]),
    ("Pas de traitement local antérieur hormis une radiothérapie de L5 en 2021.", "present", ["radiotherapy"]),
    # contradiction
    ("Jamais irradié. Radiothérapie de L3 (8 Gy) en janvier.", "conflicting", ["radiotherapy"]),
    # doubt
    ("Il aurait été irradié au niveau du bassin il y a dix ans, à vérifier.", "uncertain", ["radiotherapy"]),
    ("Une radiothérapie antalgique de L2 aurait été réalisée en décembre.", "uncertain", ["radiotherapy"]),
    ("Notion de radiothérapie sur le rachis dans les années 2010.", "uncertain", ["radiotherapy"]),
    ("Radiothérapie antérieure : à vérifier", "uncertain", ["radiotherapy"]),
    # told not done; the surgeon is no surgery
    ("La vertébroplastie de L1 n'a finalement pas été réalisée.", "absent", []),
    ("Radiothérapie de L3 en 2023 ; la cimentoplastie n'a pas été faite.", "present", ["radiotherapy"]),
    ("Avis du chirurgien orthopédiste demandé pour la lésion du fémur.", "unknown", []),
    ("Fracture du scaphoïde en 2010 (accident de moto), vissage percutané.", "unknown", []),
    ("Avis sur une radiothérapie stéréotaxique de consolidation de la métastase iliaque.", "unknown", []),
    ("Proposition thérapeutique\nRadiothérapie stéréotaxique de la lésion iliaque (27 Gy en 3 fractions).", "unknown", []),
    ("Radiothérapie antérieure : ne sait pas", "unknown", []),  # not knowing states nothing
    # form items whose label names the treatment
    ("Chirurgie : ☒ Oui ☐ Non — laminectomie et ostéosynthèse D6-D10\nCimentoplastie : ☐ Oui ☒ Non",
     "present", ["surgery"]),
    ("Radiothérapie : ☐ Oui ☒ Non\nChirurgie : ☐ Oui ☒ Non", "absent", []),
    ("RT os : Ø. Chir : Ø. Cimento : Ø.", "absent", []),
    ("RTE sacrum 30 Gy/10 fr 10/2024. Cimento : non.", "present", ["radiotherapy"]),
    ("Aucun geste local (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé sur l'os.", "absent", []),
    ("Aucun traitement local des lésions osseuses n'a été réalisé (ni radiothérapie, ni chirurgie).", "absent", []),
    ("Jamais irradiée, aucun geste osseux.", "absent", []),
    ("Pas de traitement osseux.", "unknown", []),  # the bone-targeted drugs
    ("Q RCP :\n→ SBRT de la lésion iliaque D ?", "unknown", []),
    ("Enclouage de l'humérus en mars. Elle ne décrit plus aucune douleur depuis l'ostéosynthèse.",
     "present", ["surgery"]),
    ("D11 lyse + épidurite sans compression → SBRT D11 3 x 9 Gy (02/2025).", "present", ["radiotherapy"]),
    # family
    ("Sa sœur a été irradiée pour une lésion du rachis.", "unknown", []),
    # planned, proposed, asked
    ("Une radiothérapie antalgique de D12 est envisagée.", "unknown", []),
    ("Enclouage prophylactique du fémur programmé la semaine prochaine.", "unknown", []),
    ("Une ostéosynthèse du fémur est programmée le 3 juin.", "unknown", []),
    ("Une radiothérapie antalgique de L2-L4 (30 Gy en 10 fractions) est\nprogrammée le 4 mars.", "unknown", []),
    ("Radiothérapie post-opératoire du bassin planifiée pour le 12/02.", "unknown", []),
    ("Nous proposons une radiothérapie de la clavicule droite (30 Gy en 10 fractions).", "unknown", []),
    ("Indication d'une cimentoplastie de L2 ?", "unknown", []),
    ("Question posée : radiothérapie de L5 ou chirurgie de stabilisation ?", "unknown", []),
    ("Questions\nRT du cotyle gauche, 8 Gy en fraction unique", "unknown", []),
    ("Projet : radiothérapie stéréotaxique de T9 après la RCP.", "unknown", []),
    ("RCP du 12/03 : radiothérapie de L3 validée.", "unknown", []),
    # the primary, not a bone lesion
    ("Carcinome mammaire opéré par mastectomie puis irradiation de la paroi en 2011.", "unknown", []),
    ("Prostatectomie en 2014 puis irradiation de la loge.", "unknown", []),
    ("RT sein droit 50 Gy en 2019.", "unknown", []),
    ("Traitement conservateur puis radiothérapie comme indiqué plus haut.", "unknown", []),
    ("Opéré d'un cancer du côlon en 2009.", "unknown", []),
    ("Radiothérapie pan-encéphalique pour des métastases cérébrales.", "unknown", []),
    ("Radiothérapie métabolique par radium 223 en 2022.", "unknown", []),
    # pain radiating, departments and signatures
    ("Lombalgie irradiant vers la cuisse gauche.", "unknown", []),
    ("Douleur du genou à la marche, EVA 4/10, sans irradiation.", "unknown", []),
    ("Je souhaiterais votre avis sur une SBRT de T4 ou une cimentoplastie.", "unknown", []),
    ("Centre de Radiothérapie Saint-Exemple\nDr Martin, radiothérapeute", "unknown", []),
    ("Service de chirurgie orthopédique, Hôpital Exemple", "unknown", []),
    ("Suivie en radiothérapie au CHU pour sa tumeur.", "unknown", []),
    ("PTH droite en 2015 pour coxarthrose.", "unknown", []),
    ("Opéré du rachis lombaire en 2008 pour une hernie discale.", "unknown", []),
    ("Stabilisation des lésions osseuses au dernier TEP.", "unknown", []),
    ("RT-PCR COVID négative le 12/03.", "unknown", []),
    ("Calcémie corrigée 3,45 mmol/l, PTH effondrée, PTHrp en cours.", "unknown", []),
    ("TVP surale en 2019 après prothèse totale de genou gauche.", "unknown", []),
    ("Les lésions osseuses n'ont jamais fait l'objet d'un traitement local.", "absent", []),
    ("Fracture pathologique du col : PTH le 12/03/2024.", "present", ["surgery"]),
    ("Fracture pathologique du col fémoral en 2015 : PTH 2015.", "present", ["surgery"]),
    ("Laminectomie le 03/10. RT (20 Gy en 5 fractions) envisagée.", "present", ["surgery"]),
    ("Rendez-vous de radiothérapie le 15/05.", "unknown", []),
    ("Je vous adresse ce patient pour radiothérapie antalgique de T8.", "unknown", []),
    # a doctor's specialty names no treatment; a treatment told after a doctor's name still counts
    ("RCP - CHU de Bressac (Dr Le Goff, radiothérapie ; Dr Andrieux, rhumatologie)\nAucune radiothérapie osseuse.",
     "absent", []),
    ("Patient vu par le Dr Martin, radiothérapie de L3 en 2024.", "present", ["radiotherapy"]),
    # a question quoted from an earlier e-mail asks, it tells nothing
    ("Jamais irradiée sur l'os.\n>> Question : RT antalgique des côtes droites ?", "absent", []),
    # a plan elsewhere in the clause leaves a denial standing; a discussion asked of the board is a plan
    ("Pas de RT antérieure, pas de dénosumab pour l'instant (Xgeva à discuter en RCP).", "absent", []),
    ("Je vous l'adresse pour discussion en RCP os d'une radiothérapie du fémur.", "unknown", []),
    # "non opérable" tells why there was no surgery, not that nothing was done
    ("Traitements locaux antérieurs | non opérable (état général) : radiothérapie décompressive D6-D8 5 x 4 Gy",
     "present", ["radiotherapy"]),
    # a form label naming one type: its "aucune" denies that type only
    ("Traitements locaux antérieurs | Cimentoplastie de L2 le 12/02/2025. Radiothérapie osseuse : aucune.", "present",
     ["cementoplasty"]),
    ("Pas de déficit. Radiothérapie : aucune à ce jour. Pas de chirurgie.\nLa question est celle d'une radiothérapie "
     "stéréotaxique, voire d'une chirurgie.", "absent", []),
    # a letterhead's departments over their doctors
    ("Dr T. Hoarau\nRadiothérapie\nDr J.-C. Técher\nCimentoplastie de L2 en 2024.", "present", ["cementoplasty"]),
    # a form's empty field whose label lists options in brackets; a dose in brackets is no option
    ("Date de naissance | 03/04/1961\nTraitements locaux antérieurs (RT, chirurgie, cimentoplastie)\n"
     "Bisphosphonate / dénosumab | Non", "unknown", []),
    ("Radiothérapie (20 Gy en 5 fractions)", "present", ["radiotherapy"]),
    # an organ's brachytherapy; a plan in the conditional, or asked
    ("Hystérectomie en 2021 puis curiethérapie du fond vaginal.", "unknown", []),
    ("Une radiothérapie stéréotaxique des deux lésions serait envisageable en complément du traitement.", "unknown", []),
    ("Nous aimerions savoir si une vertébroplastie de T12 vous semble justifiée.", "unknown", []),
    # options of a procedure still to be chosen
    ("Le Xarelto sera arrêté selon le geste qui sera retenu (vertébroplastie ou ostéosynthèse).", "unknown", []),
    ("La patiente a finalement refusé la cimentoplastie de L2 proposée en janvier.", "absent", []),
    ("Pouvez-vous nous dire ce que l'on peut proposer (radiothérapie ? vertébroplastie ?) pour L3 ?", "unknown", []),
    ("Merci de me dire ce qui peut lui être proposé (radiothérapie ? cimentoplastie ?).", "unknown", []),
    # as patients say it
    ("Elle aurait eu des rayons sur la hanche en 2022, à vérifier.", "uncertain", ["radiotherapy"]),
    # a passive participle's subject comes first, whatever the bracket after it names
    ("Le rachis et le bassin n'ont jamais été irradiés (seule la paroi thoracique a été traitée en 2019).", "absent", []),
    ("Pas de radiothérapie osseuse (seul le sein a été irradié en 2016).", "absent", []),
    # refused
    ("Une cimentoplastie de L4 a été proposée, refusée par la patiente.", "absent", []),
    # a systemic radiotherapy named before the treatment is not its aim
    ("Métastase iliaque réfractaire à l'iode ; radiofréquence et cimentoplastie le 18/07/2025.", "present",
     ["ablation", "cementoplasty"]),
    # a participle only a bone takes; a fracture a fall caused
    ("Fracture de l'humérus droit. Le scanner a montré une lyse sur métastase. Elle a été enclouée à Limoges le 14 "
     "janvier.", "present", ["surgery"]),
    ("ATCD chirurgicaux : ostéosynthèse de la cheville après chute de ski en 2005, appendicectomie.", "unknown", []),
    ("Aucune lésion osseuse irradiée jusqu'ici : seule la loge prostatique l'a été en 2018.", "absent", []),
    ("RT : sein gauche 50 Gy en 2015.", "unknown", []),
    ("La lésion sacrée est en dehors des champs de la radiothérapie de 2024 et n'a pas été irradiée.", "absent", []),
    # a curative dose, or one a chemoradiation gives, treats the primary
    ("Carcinome de l'oropharynx traité par radiochimiothérapie exclusive (70 Gy + cisplatine) en 2023. Pas de "
     "traitement local osseux.", "absent", []),
    ("Carcinome de l'oesophage. RCT exclusive (50 Gy + carbo-taxol) terminée 09/2023.", "unknown", []),
    ("Métastase de T10 : 30 Gy en 10 fractions en 2024.", "present", ["radiotherapy"]),
    # a cancer centre's department on its letterhead
    ("CRLC DU VAL-DE-LERE - RADIOTHERAPIE - DEMANDE DE RCP\nRADIOTHERAPIE ANT. : aucune", "absent", []),
    # the others denied affirm none
    ("Cancer du sein opéré en 2015, radiothérapie du sein. Pas d'autre radiothérapie ni chirurgie depuis 2015.",
     "unknown", []),
])
def test_local_treatments_status_and_types(analyse, text, status, types):
    value = analyse(text)["priorLocalTreatments"]
    assert (value.status, kinds(value)) == (status, types)


@pytest.mark.parametrize("text, status, types", [
    # affirmed, each participle, either gender, accents optional
    ("Fracture pathologique de l'humérus gauche en août, enclouée le 4 septembre.", "present", ["surgery"]),
    ("Fémur droit encloue en 2024.", "present", ["surgery"]),
    ("Fracture du col fémoral ostéosynthésée en 2025.", "present", ["surgery"]),
    ("Patiente opérée d'une ostéosynthèse du fémur en mars.", "present", ["surgery"]),
    ("Tassement de L2 fixé par voie percutanée.", "present", ["surgery"]),
    ("Fracture du fémur vissée aux urgences.", "present", ["surgery"]),
    ("Hanche gauche prothésée pour une métastase du col.", "present", ["surgery"]),
    ("Vertèbre T10 cimentée en janvier.", "present", ["cementoplasty"]),
    ("Le sacrum a été irradié en 2023.", "present", ["radiotherapy"]),
    # negated, doubtful, family
    ("Le fémur n'a pas été encloué.", "absent", []),
    ("Tassement de L1 cimenté ? à vérifier.", "uncertain", ["cementoplasty"]),
    ("Sa mère a eu une fracture du fémur enclouée.", "unknown", []),
    # planned, asked
    ("Fracture du fémur à enclouer rapidement.", "unknown", []),
    ("Fracture de l'humérus qui sera enclouée la semaine prochaine.", "unknown", []),
    ("La lésion de L3 doit être rapidement cimentée.", "unknown", []),
    ("Lésion lytique de L4.\nQ : L4 cimentée ou irradiée ?", "unknown", []),
    # no bone named, or no bone qualified
    ("La date de la RCP rachis est fixée au 3 mars.", "unknown", []),
    ("Lésions osseuses stabilisées, dose fixée de Xgeva.", "unknown", []),
    ("PTH cimentée en 2010 pour coxarthrose.", "unknown", []),
    # cement-augmented fixation is surgery, not a cementoplasty
    ("Arthrodèse T10-L2 par vis pédiculaires cimentées en mai.", "present", ["surgery"]),
    ("Laminectomie et arthrodese L1-L4 cimentee.", "present", ["surgery"]),  # no accents
    ("Ostéosynthèse du fémur avec cimentation des vis.", "present", ["surgery"]),
    ("Fixation percutanée de L3 et L5, L4 cimentée.", "present", ["cementoplasty", "surgery"]),
    ("Cancer du sein opérée en 2020.", "unknown", []),
])
def test_local_treatments_participles(analyse, text, status, types):
    """A participle ("enclouée", "cimentée", "prothésée") says what its noun says, aimed at a named bone."""
    value = analyse(text)["priorLocalTreatments"]
    assert (value.status, kinds(value)) == (status, types)


@pytest.mark.parametrize("text, status, types", [
    ("Métastase de L2 douloureuse.\nQ : RT antalgique L2 ?", "unknown", []),
    ("Lyse du cotyle.\nQ1 : cimentoplastie du cotyle ?\nQ2- radiothérapie ?", "unknown", []),
    ("Question posée : radiothérapie de D8 ?", "unknown", []),
    ("Questions : SBRT T12 ? vertébroplastie ?", "unknown", []),
    ("Q : pas de radiothérapie antérieure ?", "unknown", []),
    ("DEMANDE : avis RT urgente vs chirurgie de décompression", "unknown", []),
    ("Motif de la demande : indication d'une cimentoplastie", "unknown", []),
    ("Que proposer ? RT externe ? chir ?", "unknown", []),
    ("Merci de votre avis sur la suite (ttt osseux ? RT ?)", "unknown", []),
    # the question does not hide what the letter tells elsewhere
    ("Radiothérapie de L3 en 2024.\nQ : réirradiation de L3 ?", "present", ["radiotherapy"]),
    ("Aucun traitement local.\nQ : cimentoplastie de T9 ?", "absent", []),
    # a "?" outside a question line is still doubt about the past
    ("Aurait eu une radiothérapie de L3 ?", "uncertain", ["radiotherapy"]),
    ("Merci de discuter la faisabilité d'une ré-irradiation versus une chirurgie de décompression.", "unknown", []),
    # the options asked after a question sentence, on its line
    ("Merci de me dire ce que vous proposez (biopsie ? radiothérapie ?).", "unknown", []),
    # a heading that names the board, a list item asking
    ("Demande à la RCP métastases osseuses\n1. Indication et modalités d'une radiothérapie de l'humérus.", "unknown", []),
    ("Synthèse :\n- Demande d'avis à la RCP os : radiothérapie de L4, voire vertébroplastie.", "unknown", []),
    # no treatment of the bone, the primary's irradiation aside; one only raised
    ("Jamais eu de traitement sur l'os ; irradiation de la prostate en 2018.", "absent", []),
    ("Pas de geste local à ce jour. Une cimentoplastie de L3 a été évoquée.", "absent", []),
    # a form's rows whose columns were joined by a space
    ("Chirurgie antérieure (os) non\nQuestion Cimentoplastie de L2 ?", "absent", []),
    # planned in the treatment's own words; done "comme prévu"
    ("Radiothérapie post-opératoire T9-L1 (20 Gy en 5 fractions) programmée : consultation le 02/05.", "unknown", []),
    ("Radiothérapie de L3 réalisée comme prévu en 2024.", "present", ["radiotherapy"]),
    ("Radiothérapie de L3 (30 Gy) réalisée en 2023, puis vertébroplastie proposée.", "present", ["radiotherapy"]),
    # a dated treatment told before the colon of the question; one only named there is asked about
    ("Déjà irradié sur L2 en 2022 (30 Gy/10 fr) : une ré-irradiation est-elle possible ?", "present", ["radiotherapy"]),
    ("Lésion L2 déjà irradiée, nouvelle progression : ré-irradiation possible ?", "present", ["radiotherapy"]),
    ("Radiothérapie de L2 : est-elle indiquée ?", "unknown", []),
    # an appointment's place; its dose
    ("RT L4 prévue le 24/03 en radiothérapie (20 Gy/5 fr) - à valider en RCP.", "unknown", []),
    # an earlier meeting's proposal or decision, quoted; what was done since
    ("La RCP de mai avait proposé une radiothérapie du bassin. Elle n'a finalement jamais été faite.", "unknown", []),
    ("Suite à la RCP du 14/05 qui avait retenu : « cimentoplastie de L1 puis radiothérapie complémentaire L1 ».\n"
     "La cimentoplastie de L1 a été réalisée le 02/06. En revanche la radiothérapie complémentaire n'a pas pu être "
     "faite.", "present", ["cementoplasty"]),
    # a department on a letterhead
    ("Clinique Belledonne-Isère - Chirurgie du rachis\nDr P. Collomb\nCimentoplastie de L1 le 02/06.", "present",
     ["cementoplasty"]),
    ("Avis demandé avant geste de vertébroplastie.\nProposition : vertébroplastie de T12.", "unknown", []),
    ("Jamais eu de radiothérapie ni de vertébroplastie sur ces lésions.\nUne cimentoplastie est-elle envisageable ?",
     "absent", []),
    # what the referral asks for
    ("Objet : Mme E., 68 ans – demande d'avis RT antalgique / cimentoplastie", "unknown", []),
    ("Pas de traitement local osseux réalisé à ce jour.\nMerci de l'inscrire à la prochaine RCP (avis cimentoplastie / "
     "radiothérapie).", "absent", []),
    ("Pas d'information sur un éventuel traitement par radiothérapie.", "unknown", []),
    ("Progression osseuse (T12) ; demande d'avis RCP sur l'irradiation de T12.", "unknown", []),
    ("DEMANDE D'AVIS RCP AVANT CIMENTOPLASTIE - 22/09/2026\nTraitements locaux osseux antérieurs : aucun.", "absent", []),
    ("PS 0. On poursuit le nivolumab. Question : RT de l'acétabulum (risque fracturaire ?).", "unknown", []),
    ("Décision : radiothérapie décompressive 20 Gy en 5 fractions T7-T9, première séance programmée cet après-midi.",
     "unknown", []),
    ("Je vous sollicite sur l'indication d'un traitement par acide zolédronique ou dénosumab et d'une radiothérapie "
     "costale.", "unknown", []),
])
def test_local_treatments_question_lines(analyse, text, status, types):
    """A shorthand question line ("Q :", "Q1 :", "Question posée :") asks the board; it tells nothing done."""
    value = analyse(text)["priorLocalTreatments"]
    assert (value.status, kinds(value)) == (status, types)


@pytest.mark.parametrize("text, status, types", [
    ("Traitement local déjà reçu ☐ RT ☒ Chirurgie ☐ Cimentoplastie ☐ Radiofréquence ☐ Aucun",
     "present", ["surgery"]),
    ("Traitement local déjà reçu ☐ RT ☐ Chirurgie ☐ Cimentoplastie ☐ Radiofréquence ☒ Aucun", "absent", []),
    ("Traitement local déjà reçu ☐ RT ☐ Chirurgie ☐ Cimentoplastie ☐ Radiofréquence ☐ Aucun", "unknown", []),
    ("Traitements locaux | ☒ Radiothérapie ☐ Chirurgie ☐ Aucun", "present", ["radiotherapy"]),
    ("Traitement local antérieur ☒ Oui ☐ Non", "present", []),
    ("Traitements antérieurs de la lésion : ☐ Radiothérapie ☒ Chirurgie ☐ Cimentoplastie", "present", ["surgery"]),
    ("Traitements antérieurs : ☒ Chimiothérapie ☒ Chirurgie", "unknown", []),
    ("Gestes antérieurs sur l'os : ☐ Oui ☒ Non", "absent", []),
    ("Traitement osseux ☐ Bisphosphonate ☐ Anti-RANKL ☒ Aucun", "unknown", []),
    ("Irradiation ou chirurgie osseuse préalable Non", "absent", []),
    ("Radiothérapie osseuse antérieure : non", "absent", []),
    ("Radiothérapie : Non  Chirurgie osseuse : Non  Cimentoplastie : Non", "absent", []),
    ("Radiothérapie : oui (L3), cimentoplastie : non", "present", ["radiotherapy"]),
    # a yes/no questionnaire: the boxes either side of the label, or alone below a wrapped label with examples
    ("Oui Non Commentaires\nGeste local antérieur sur l'os\n(radiothérapie, vertébroplastie, chirurgie)\n☐ ☒\n"
     "☐ Anticoagulant ☐", "absent", []),
    ("Oui Non Commentaires\n☒ Radiothérapie osseuse antérieure ☐ L4 en 2023", "present", ["radiotherapy"]),
    # a label listing options, answered with the one given
    ("Radiothérapie / chirurgie / vertébroplastie : chirurgie de stabilisation T10-L2 (2023)", "present", ["surgery"]),
    ("Radiothérapie / chirurgie / vertébroplastie : non", "absent", []),
    # a question field ends where the next form field starts
    ("Question posée : RT de L3 ?\nTraitements locaux antérieurs : vertébroplastie de L1 en 2023", "present",
     ["cementoplasty"]),
])
def test_local_treatments_forms(analyse, text, status, types):
    value = analyse(text)["priorLocalTreatments"]
    assert (value.status, kinds(value)) == (status, types)


def test_local_treatments_evidence_points_at_the_words(analyse):
    text = "Antécédents : HTA. Vertébroplastie de L2 en 2024."
    value = analyse(text)["priorLocalTreatments"]
    evidence = value.treatments[0].evidence
    assert text[evidence.start:evidence.end] == "Vertébroplastie"
    assert [e.quote for e in value.evidence] == ["Vertébroplastie"]
