"""Drug items: names and brands to ATC, negation, family, stops, plans, doubt, forms, classes."""
from __future__ import annotations

import pytest


def agents(value) -> list[str]:
    return sorted(a.atc for a in value.agents)


@pytest.mark.parametrize("text, status, atc", [
    # an aside of a relative's history is the relative's
    ("Père décédé d'un infarctus à 70 ans (il était sous Previscan). Pas d'anticoagulant.", "absent", []),
    # a relay done ends the first drug; one to come leaves it taken
    ("Anticoagulation : EP en 2025, elle était sous Eliquis, relais par Fragmine 10 000 UI/j en péri-op, poursuivi "
     "depuis.", "present", ["B01AB04"]),
    ("Traitement : Préviscan 5 mg, relais par Lovenox prévu 5 jours avant le geste.", "present", ["B01AA12"]),
    # a form's answer with an arrow comment
    ("Xarelto 20 mg/j (EP bilatérale 06/2025)\nAnticoag : non   <- (fiche HDJ)", "conflicting", ["B01AF01"]),
    # a relay to organise for a procedure to come leaves the drug taken
    ("Traitement :\nCoumadine 5 mg le soir\nLe relais de la Coumadine en cas de geste devra être organisé avec son "
     "cardiologue.", "present", ["B01AA03"]),
    # what a relative mentions is the patient's drug, told with doubt
    ("Le patient dit prendre « un fluidifiant pour le coeur » et son épouse évoque du Préviscan, qui ne figure pas sur "
     "l'ordonnance. À vérifier auprès du cardiologue.", "uncertain", ["B01AA12"]),
    # a relative after whom the patient is the subject again is the source (a scan's stray full stop between)
    ("Anticoagulation : d'après\n\n. son épouse il s'agirait de XARELTO, à vérifier.", "uncertain", ["B01AF01"]),
    ("Traitement : Eliquis 5 mg deux fois par jour.", "present", ["B01AF02"]),
    ("Traitement habituel : ELIQUIS 5 mg.", "present", ["B01AF02"]),
    ("Sous previscan 20 mg le soir.", "present", ["B01AA12"]),
    ("Anticoagulé par Lixiana 60 mg.", "present", ["B01AF03"]),
    ("Sous Xarelot 20 mg depuis sa phlébite.", "present", ["B01AF01"]),
    ("Pas de traitement anticoagulant.", "absent", []),
    ("Pas d'anticoagulant ni d'antiagrégant.", "absent", []),
    ("Aucun traitement au long cours.", "absent", []),
    ("Son père prenait du Xarelto.", "unknown", []),
    ("Xarelto arrêté en 2023 après 6 mois de traitement.", "absent", []),
    ("Probablement sous AVK, à vérifier.", "uncertain", []),
    ("Sintrom ? à vérifier auprès du médecin traitant.", "uncertain", ["B01AA07"]),
    ("Anticoagulation préventive par HBPM.", "present", []),
    ("Lovenox 4000 UI/j en préventif.", "present", ["B01AB05"]),
    ("Lovenox 4000 UI | 1 inj/j (préventif, pas d'anticoagulation curative)", "present", ["B01AB05"]),
    ("Pas d'anticoagulant. Traitement : Eliquis 5 mg x 2.", "conflicting", ["B01AF02"]),
    ("Anticoagulant : ☐ Oui ☒ Non", "absent", []),
    # not knowing states nothing (a gap asks); a doubt to check is uncertain; no information is no denial
    ("AOD / AVK : ☐ Oui ☐ Non ☒ Ne sait pas", "unknown", []),
    ("Anticoagulant : NSP Antiagrégant : Oui", "unknown", []),
    # not known, to be checked: doubt
    ("Anticoagulant | ☐ Oui ☐ Non ☒ NSP, à confirmer avec le cardiologue", "uncertain", []),
    ("Anticoagulant : NSP, à confirmer", "uncertain", []),
    ("Anticoagulant : non renseigné", "unknown", []),
    ("Anticoagulation : à vérifier avec le médecin traitant.", "uncertain", []),
    ("Statut anticoagulant inconnu.", "uncertain", []),
    ("HBPM : non connue.", "unknown", []),
    ("Pas d'information sur une éventuelle anticoagulation.", "uncertain", []),
    ("Aucune donnée concernant un traitement anticoagulant.", "uncertain", []),
    # a class as a form label answers for that class
    ("AVK : non\nAOD : non\nHBPM : non", "absent", []),
    ("AVK : non\nAOD : Eliquis 5 mg x2", "present", ["B01AF02"]),
    ("HBPM : oui", "present", []),
    # an INR target tells a vitamin K antagonist; an INR value alone does not
    ("INR cible entre 2 et 3, contrôle hebdomadaire.", "present", []),
    ("Bilan : TP 95 %, INR 1,02.", "unknown", []),
    ("Sous HNF à la seringue électrique depuis l'embolie pulmonaire.", "present", ["B01AB01"]),
    ("Marevan 5 mg selon INR.", "present", ["B01AA03"]),
    ("Il vit avec son épouse, elle-même sous Lixiana.", "unknown", []),
    # a family history line tells the relatives' drugs, up to the end of its sentence
    ("Familiaux : père - cancer de la prostate ; mère - thromboses veineuses, sous AVK au long cours.", "unknown", []),
    ("Antécédents familiaux :\n- mère : TVP, sous Eliquis\n- père : cancer du côlon", "unknown", []),
    ("Famille : RAS. Patient sous Eliquis 5 mg x2.", "present", ["B01AF02"]),
    # the relay of a stop planned before a procedure is planned too
    ("Coumadine 5 mg/j. Arrêt de la Coumadine 5 jours avant avec relais par héparine calcique (Calciparine).",
     "present", ["B01AA03"]),
    # an e-mail reply supersedes the denial it quotes; a list hung from a long sentence is not denied by it
    ("Correction : il EST anticoagulé, Eliquis 5 mg x2 depuis sa TVP.\n\n> Le 12 juin, Dr L. a écrit :\n"
     "> Pas d'anticoagulant.", "present", ["B01AF02"]),
    ("> Le 12 juin, Dr L. a écrit :\n> Pas d'anticoagulant.", "absent", []),
    ("Pas de courrier pour l'instant, je résume ce qu'il m'a dit :\n- Traitements : Levothyrox, tramadol\n"
     "- Anticoagulant : il pense qu'il est sous Xarelto mais n'en est pas sûr", "uncertain", ["B01AF01"]),
    # voice recognition: names split in two, full stops left as words
    ("il est sous eli quis cinq milligrammes deux fois par jour", "present", ["B01AF02"]),
    ("relais du pré viscan par inno hep", "present", ["B01AB10"]),
    ("embolie pulmonaire pour laquelle il est sous zarelto vingt milligrammes point sur le plan familial sa mère "
     "est décédée d'un AVC", "present", ["B01AF01"]),
    ("Thrombose veineuse du mollet en 2017, traitée 3 mois par Xarelto, sans récidive.", "absent", []),
    # a heading names the topic; what the daughter reports is told with doubt
    ("Anticoagulation\nD'après sa fille, la patiente recevrait des injections de Fragmine. À vérifier.", "uncertain",
     ["B01AB04"]),
    # a question about stopping an anticoagulant tells it is taken
    ("Questions : arrêt du Xarelto avant la cimentoplastie ?", "uncertain", ["B01AF01"]),
    # a class taken, whose agent is told stopped afterwards, told that agent's history
    ("ACFA sous AVK.\nTTT : Previscan 20 mg.\nCAT : Previscan stoppé, vitamine K.", "uncertain", []),
    ("Sous AVK. Previscan arrêté, relais par Coumadine.", "present", ["B01AA03"]),
    # an arrow starts a new note: the stop after it is not the drugs' before it
    ("TT : Eliquis 5 mg x2, Tahor 40 -> Glucophage et Triatec suspendus", "present", ["B01AF02"]),
    ("Anticoagulant : aucun.", "absent", []),
    ("Préviscan arrêté, relais par Eliquis 5 mg.", "present", ["B01AF02"]),
    ("Un traitement par apixaban est envisagé.", "unknown", []),
    ("Pas d'antécédent thromboembolique.", "unknown", []),
    # list items are statements of their own; a header can deny or stop a whole list
    ("Antécédents :\n- pas de diabète\n- FA sous Eliquis 5 mg", "present", ["B01AF02"]),
    ("Ne prend pas :\n- Eliquis\n- Kardégic", "absent", []),
    ("Pas de :\n- anticoagulant\n- antiagrégant", "absent", []),
    ("Traitements arrêtés :\n- Préviscan 20 mg\nTraitement actuel :\n- Doliprane", "absent", []),
    # a section title names the topic, it states nothing
    ("6. Anticoagulants / antiagrégants\nAnticoagulant : ☐ Oui ☒ Non", "absent", []),
    ("ANTICOAGULANTS / ANTIAGRÉGANTS\nAnticoagulant : ☐ Oui ☒ Non", "absent", []),
    ("PAS D'ANTICOAGULANT", "absent", []),
    # an interruption around a procedure, then the drug listed as taken now: the stop is over
    ("Coumadine interrompue 5 jours avant le geste.\nTraitement de sortie : Coumadine 5 mg/j ; Doliprane 1 g.",
     "present", ["B01AA03"]),
    ("Xarelto arrêté en 2023.\nTraitement actuel :\n- Doliprane", "absent", []),
    ("Traitement actuel : Xarelto (arrêté le 12/03), Doliprane.", "absent", []),
    ("Xarelto arrêté ; relais par tinzaparine pendant un mois, puis édoxaban (Lixiana) 60 mg/j.", "present",
     ["B01AF03"]),
    ("Si un geste est retenu, arrêt du Lixiana 48 heures avant, sans relais.", "present", ["B01AF03"]),
    ("Pradaxa 110 mg x 2.\nPradaxa : à élimination rénale prédominante ; dose adaptée.", "present", ["B01AE07"]),
    ("Fibrillation atriale, sous AOD. Avulsion dentaire sans interruption de l'AOD.", "present", []),
    # a form's instructions name what to write; the answer names the drug
    ("Merci de préciser le traitement anticoagulant en cours et la date de dernière prise.", "unknown", []),
    ("Merci de préciser le traitement anticoagulant en cours : Eliquis 5 mg x 2.", "present", ["B01AF02"]),
    ("Traitée par Innohep pendant 6 mois, avec relais par Lixiana 60 mg/j. Le Lixiana a été arrêté en janvier.",
     "absent", []),
    ("ACFA traitée initialement par Préviscan. Relais par Eliquis 5 mg matin et soir en 2020.", "present",
     ["B01AF02"]),
    # a stop that did not last: around a procedure, or taken up again
    ("Relais par Xarelto 20 mg/j. Le Xarelto a été suspendu 48 heures avant la biopsie, et repris le lendemain.",
     "present", ["B01AF01"]),
    ("Xarelto arrêté en 2023, non repris.", "absent", []),
    # taken up again in the next sentence; not the disease taking up again
    ("Sintrom arrêté en février pour hématurie. Repris en avril à dose réduite.", "present", ["B01AA07"]),
    ("Lixiana stoppé à l'admission. Il a été réintroduit depuis par le cardiologue.", "present", ["B01AF03"]),
    ("Xarelto arrêté en 2024. Reprise évolutive osseuse en mars.", "absent", []),
    ("Pradaxa arrêté en 2023 (hémorragie). Non repris depuis.", "absent", []),
    # a denial said with doubt is doubt; a denial with an exception denies nothing
    ("Pas d'anticoagulant à ma connaissance.", "uncertain", []),
    ("Refus de l'anticoagulation par la patiente malgré la FA.", "absent", []),
    ("Allergie à l'héparine (TIH en 2019).", "unknown", []),
    ("Xarelto refusé par le patient.", "absent", []),
    ("Il n'est pas actuellement sous Xarelto.", "absent", []), ("Pas sous AVK.", "absent", []),
    # classes in a label's brackets name the item asked, they state nothing
    ("Traitement anticoagulant (AVK / AOD / HBPM) : Non", "absent", []),
    ("Anticoagulant : Non Antiagrégant : Oui", "absent", []),  # two form columns joined on one line
    ("Traitement anticoagulant (AVK / AOD / HBPM) : Oui", "present", []),
    ("Pas de mise sous AVK envisagée.", "unknown", []),
    ("A priori pas d'AOD ni d'AVK.", "uncertain", []),
    ("Pas de traitement au long cours hormis le Xarelto 15 mg.", "present", ["B01AF01"]),
    ("Le Kardégic a été arrêté à l'introduction\ndu Préviscan.", "present", ["B01AA12"]),
    ("Phlébite en 2023, Xarelto pour trois mois. Elle n'est plus anticoagulée depuis l'été.", "absent", []),
    ("Il n'est plus anticoagulé depuis mai. Récidive de TVP : Eliquis 10 mg x2 depuis le 12/11.", "present",
     ["B01AF02"]),
    ("Ulcère hémorragique : arrêt définitif de l'Eliquis.", "absent", []),
    ("Le patient n'est plus anticoagulé depuis son hémorragie.", "absent", []),
    # no indication is a denial, an indication a plan
    ("Écho-doppler normal : pas d'indication à une anticoagulation.", "absent", []),
    ("Indication d'une anticoagulation à discuter.", "unknown", []),
    # a stop said with doubt or as a hypothesis is no stop
    ("Traitement habituel :\n- Xarelto 15 mg le soir\nEn cas de geste : modalités d'arrêt du Xarelto.", "present",
     ["B01AF01"]),
    ("Elle serait sous Préviscan (il aurait pu être arrêté lors de la dernière hospitalisation).", "uncertain",
     ["B01AA12"]),
    ("Embolie pulmonaire en janvier, sous apixaban depuis.\nEn cas de chirurgie, modalités d'arrêt et de relais "
     "de l'apixaban.", "present", ["B01AF02"]),
    ("Sous Coumadine (prothèse valvulaire), ce qui complique tout en cas de biopsie.", "present", ["B01AA03"]),
    # a stop to come: the patient takes it until then
    ("Eliquis 5 mg x 2. L'Eliquis sera arrêté 48 h avant le geste.", "present", ["B01AF02"]),
    ("Xarelto 20 mg, à suspendre 3 jours avant la biopsie.", "present", ["B01AF01"]),
    # the stop counted from the procedure's day, the bridge to come
    ("Coumadine 5 mg/j. Pour la cimentoplastie : arrêt de la Coumadine le 02/03 (J-4), relais par Innohep à "
     "débuter à J-2, reprise de l'Innohep à J+1.", "present", ["B01AA03"]),
    ("Eliquis 5 mg matin et soir. Eliquis : dernière prise le 10/05 (arrêt 48 h avant), sans relais.", "present",
     ["B01AF02"]),
    ("Relais par héparine non fractionnée IV depuis le 12/09.", "present", ["B01AB01"]),
    # a discharge list under a title, after a relay whose dose then changed
    ("Relais le 13/10 par apixaban (Eliquis) 10 mg x2/j pendant 7 jours puis 5 mg x2/j.\nTraitement de sortie\n"
     "• Eliquis 5 mg : 1 cp matin et soir\n• Doliprane 1 g x 3/j", "present", ["B01AF02"]),
    # a stop said not to happen, a relay to come
    ("Valve mécanique sous warfarine (Coumadine) : l'anticoagulation ne doit pas être interrompue sans relais. "
     "En cas de geste, un relais par héparine sera organisé.", "present", ["B01AA03"]),
    # Belgian and Swiss brands
    ("Marcoumar selon INR.", "present", ["B01AA04"]), ("Clexane 40 mg/j.", "present", ["B01AB05"]),
    ("Anticoagulant : ☐ Oui ☐ Non ☒ Ne sait pas – Eliquis ?", "uncertain", ["B01AF02"]),
    # a current anticoagulant must survive what is written around it
    ("Avulsion réalisée sans suspension du Xarelto.", "present", ["B01AF01"]),
    ("Biopsie faite sans modification de l'Eliquis.", "present", ["B01AF02"]),
    ("Traitement sans changement\n- Eliquis 5 mg x2", "present", ["B01AF02"]),
    ("Pas d'allergie connue\n- Eliquis 5 mg x2", "present", ["B01AF02"]),
    ("Kardégic arrêté\n- Eliquis 5 mg x2", "present", ["B01AF02"]),
    ("Xarelto 20 mg. HBPM arrêtée.", "present", ["B01AF01"]),
    ("Eliquis 5 mg x2. Il n'est plus sous AVK.", "present", ["B01AF02"]),
    ("Eliquis 5 mg x2. En cas de saignement, arrêt de l'anticoagulation.", "present", ["B01AF02"]),
    ("Lovenox 1 injection le soir.", "present", ["B01AB05"]),
    ("Fragmine une injection quotidienne.", "present", ["B01AB04"]),
    ("Innohep 14000 UI : injection unique quotidienne.", "present", ["B01AB10"]),
    ("Eliquis 5 mg : 1 cp matin puis 1 cp le soir, Kardégic 75 mg.", "present", ["B01AF02"]),
    ("Xarelto 15 mg x2 pendant 21 jours puis 20 mg/j, Kardégic 75 mg.", "present", ["B01AF01"]),
    ("Hormonothérapie adjuvante par Femara, Eliquis 5 mg x2 pour FA.", "present", ["B01AF02"]),
    ("Cimentoplastie L2 le 03/03. Eliquis repris à J+1.", "present", ["B01AF02"]),
    ("Rue du Lac 5, 2034 Peseux\nCourrier du 10/11/2025.\nEliquis 5 mg x2 (03/2025 – 03/2026) pour TVP.", "present",
     ["B01AF02"]),
    # a form's columns joined by a single space
    ("Antiagrégant oui\nAnticoagulant non\nOMS 1", "absent", []),
    # a form's denial hedged or doubted is no denial: never guess absent
    ("Anticoagulant : non, à confirmer avec le cardiologue", "uncertain", []),
    ("Traitement anticoagulant : pas à ma connaissance", "uncertain", []),
    ("AOD : a priori non", "uncertain", []),
    # a stop not undone, a prophylaxis stopped, a refusal, a drug only to prefer
    ("Traitement :\n- Xarelto : arrêté après une hématurie, non réintroduit\n- Doliprane 1 g", "absent", []),
    ("Préviscan arrêté il y a deux ans, pas de reprise depuis.", "absent", []),
    ("À la sortie, arrêt de la thromboprophylaxie par Innohep.", "absent", []),
    ("Refus du patient de tout traitement anticoagulant.", "absent", []),
    ("Kardégic 75 mg. Le jour où une FA sera prouvée, le Lixiana serait à privilégier.", "unknown", []),
    # a yes/no questionnaire whose boxes stand either side of each label
    ("Oui Non Précisions\n☒ Anticoagulant ☐ Fragmine 5000 UI/j\n☐ Antiagrégant plaquettaire ☒", "present", ["B01AB04"]),
    ("Kardégic 75 mg.\nOui | Non | Précisions\nTraitement anticoagulant | ☐ | ☒\nTraitement antiagrégant | ☒ | ☐ | "
     "Kardégic", "absent", []),
    ("Le Lovenox préventif a été arrêté le 02/11 (arrêt des traitements non indispensables).", "absent", []),
    # a bridge told over; a relay said needed
    ("Le Pradaxa a été relayé par Innohep durant le séjour en chirurgie puis repris à la sortie.", "present",
     ["B01AE07"]),
    ("Préviscan 20 mg selon INR.\nQuestion : une vertébroplastie est-elle possible (relais de l'AVK nécessaire) ?",
     "present", ["B01AA12"]),
    # a stop told after a dash in the drug's cell
    ("Anticoagulant | Innohep 14000 UI/j pour EP (01/2025) – ARRÊTÉ le 15/04/2025", "absent", []),
    ("Eliquis 5 mg x2 – suspension 48 h avant la biopsie", "present", ["B01AF02"]),
    # a posology table's cells are no answers
    ("Médicament | Matin | Midi | Soir | Commentaires\nXARELTO 20 mg | 0 | 1 | 0 | au cours du repas", "present",
     ["B01AF01"]),
    # an abbreviated label
    ("Anticoag. : NON\nAntiagrég. : NON", "absent", []),
    # two answers on a line, between cells
    ("Xarelto 20 mg le soir.\nAnticoagulant : non | Antiagrégant : non", "conflicting", ["B01AF01"]),
    # a start postponed is no drug taken
    ("Pas d'anticoagulant à ce jour ; HBPM préventive différée jusqu'à la chirurgie.", "absent", []),
    # a missed dose denied: taken faithfully
    ("Très observant : il dit n'avoir jamais oublié une prise de Pradaxa.", "present", ["B01AE07"]),
    ("Elle ne saute jamais son Eliquis du soir.", "present", ["B01AF02"]),
    # a table cell telling a stop to come, or the window of a procedure
    ("Traitement | Posologie | Remarque\nLixiana 60 mg | 1 cp/j | prévu : arrêt 72 h avant la biopsie", "present",
     ["B01AF03"]),
    # the class heads its agent's own words, which tell it stopped
    ("Une anticoagulation préventive par Lovenox 4000 UI/j a été poursuivie 6 semaines après la chirurgie puis "
     "arrêtée mi-novembre.", "absent", []),
    # denied in an earlier conclusion the letter quotes, taken since
    ("Conclusion de la RCP du 02/07/2026 (copie) : « Radiothérapie de l'humérus. Pas de traitement anticoagulant en "
     "cours. »\nThrombose veineuse le 12/09/2026 : mise sous rivaroxaban (Xarelto 20 mg/j, toujours en cours).",
     "present", ["B01AF01"]),
    # doubted in the next sentence
    ("ATCD : phlébite il y a 3 ans traitée par Previscan. Je ne sais pas s'il le prend encore, à vérifier.",
     "uncertain", ["B01AA12"]),
    # the whole anticoagulation told stopped, an anticoagulant only listed after: both said, to be asked
    ("Elle n'est plus anticoagulée depuis juin 2026 (fin du traitement de sa thrombose).\nTraitement : Xgeva 120 mg "
     "SC tous les mois, Lixiana 60 mg 1/j, Doliprane si besoin.", "conflicting", ["B01AF03"]),
    ("Plus d'anticoagulant depuis 06/2025.\nTraitement actuel :\n- Xarelto 20 mg 1/j", "conflicting", ["B01AF01"]),
    # ... unless said taken again
    ("N'est plus anticoagulée depuis mai. Récidive de TVP en octobre : sous Eliquis 5 mg x2 depuis.", "present",
     ["B01AF02"]),
    ("Thrombopénie induite par l'héparine en 2018.\nAllergies / intolérances\nHEPARINE : TIH (2018).\nArixtra 7,5 mg "
     "1 inj/j.", "present", ["B01AX05"]),
    ("Reprise du Xarelto ?", "uncertain", ["B01AF01"]),
    ("Coumadin cessé en 2023, remplacé par Eliquis.\nEliquis 5 mg BID.\nPas d'aspirine : l'aspirine 80 mg a été cessée "
     "au début de l'anticoagulation en 2019.", "present", ["B01AF02"]),
    ("Le patient croit prendre encore du Coumadin mais n'a pas apporté ses boîtes ; à vérifier.", "uncertain",
     ["B01AA03"]),
    # a label answered in words told with doubt, by a relative as the source
    ("Anticoagulant : le fils pense que non, à vérifier auprès du pharmacien.", "uncertain", []),
    # resuming walking is no resuming the drug; a denial told with doubt
    ("Antécédents : phlébite en 2022, HTA. Elle a eu du Lovenox préventif pendant les premiers jours d'hospitalisation, "
     "arrêté dès la reprise de la marche. A domicile, a priori pas de traitement anticoagulant au long cours, à "
     "confirmer avec son médecin traitant.", "uncertain", []),
    ("Eliquis arrêté à l'entrée, ne sera repris qu'après la chirurgie.", "present", ["B01AF02"]),
])
def test_fields_drugs_anticoagulation(analyse, text, status, atc):
    value = analyse(text)["anticoagulation"]
    assert (value.status, agents(value)) == (status, atc)


@pytest.mark.parametrize("text, status, atc", [
    ("Kardégic 75 mg/j.", "present", ["B01AC06"]),
    ("Plavix 75 mg, Xarelto 20 mg.", "present", ["B01AC04"]),
    ("Kardégic arrêté en 2023.", "absent", []),
    ("asaflow 80 mg 1x/j", "present", ["B01AC06"]),
    # stopped for a procedure, and for good
    ("Le Kardégic a été arrêté avant l'intervention et ne sera pas repris.", "absent", []),
    ("Le Kardégic a été suspendu avant l'intervention, repris depuis.", "present", ["B01AC06"]),
    ("Le Plavix a été arrêté le 02/05 pour la ponction et n'a pas encore été repris.", "absent", []),
    ("Antiagrégant plaquettaire ☐ Oui ☒ Non", "absent", []),
    ("AAP : non", "absent", []), ("Asaphen 80 mg die", "present", ["B01AC06"]),
    # one drug of a dual therapy carried on by itself
    ("Bithérapie clopidogrel + aspirine pendant 6 mois après le stent, clopidogrel arrêté en mai, aspirine poursuivie.",
     "present", ["B01AC06"]),
    ("Pas d'effet indésirable notable sous Kardégic.", "present", ["B01AC06"]),
    ("Kardégic 75 mg + Efient 10 mg ; le cardiologue s'oppose à tout arrêt de l'Efient, le Kardégic ne devant jamais "
     "être interrompu.", "present", ["B01AC06", "B01AC22"]),
    # an allergy named as a label, or after the drug; a class denied for an allergy
    ("Allergies : ASPIRINE (oedème de Quincke).\nPas d'antiagrégant (allergie).", "absent", []),
    # no treatment but those named: the others are denied
    ("Aucun traitement chronique en dehors de l'Actonel, du Calciprat D3 et du tamoxifène.", "absent", []),
    ("Aucun traitement au long cours à part l'Eliquis.", "absent", []),
    # a taking up again put off (an anticoagulant stays taken: see the anticoagulation tests)
    ("Son Plavix (stent coronaire 2019) a été arrêté à l'entrée et ne sera repris qu'après avis du cardiologue.",
     "absent", []),
])
def test_fields_drugs_antiplatelets(analyse, text, status, atc):
    value = analyse(text)["antiplatelets"]
    assert (value.status, agents(value)) == (status, atc)


@pytest.mark.parametrize("text, status, atc", [
    ("Xgeva 120 mg toutes les 4 semaines.", "present", ["M05BX04"]),
    # a label listing options, answered with the agent
    ("Acide zolédronique / dénosumab | Oui (Xgeva)", "present", ["M05BX04"]),
    # a relay still to be discussed leaves the drug it would replace
    ("Actonel 35 mg/sem depuis 2021.\nRelais de l'Actonel par Xgeva à discuter en RCP.", "present", ["M05BA07"]),
    # a class named as the topic states nothing
    ("Concernant le traitement anti-résorptif, un bilan dentaire est demandé avant tout.", "unknown", []),
    # a replacement asked about
    ("Fosamax 70 mg/sem.\nQuestion : le Fosamax doit-il être relayé par de l'acide zolédronique ?", "present",
     ["M05BA04"]),
    # a label wrapped below its boxes; a relay not decided; a resumption not planned
    ("Anti-résorptif : zolédronate / ☐ Oui ☒ Non\ndénosumab\nAnticoagulant ☐ Oui ☒ Non", "absent", []),
    ("Aclasta arrêté en 2023 ; un relais par Prolia n'a pas été décidé.", "absent", []),
    ("Prolia suspendu depuis mai ; reprise non envisagée.", "absent", []),
    # "AZ", doubt, a refusal, a single dose, a pause whose end is still to come
    ("Traitement : AZ 4 mg /4 sem depuis 2024.", "present", ["M05BA08"]),
    ("Elle est vraisemblablement sous Xgeva, ordonnance non fournie.", "uncertain", ["M05BX04"]),
    ("Xgeva proposé en janvier, refusé par le patient (peur de l'ostéonécrose).", "absent", []),
    ("Pamidronate : une injection unique en 2021 pour hypercalcémie, sans relais.", "absent", []),
    ("Prolia mis en pause pendant la radiothérapie, reprise prévue ensuite.", "absent", []),
    ("Hypercalcémie : Aredia 90 mg une fois aux urgences le 03/02, pas d'anti-résorptif au long cours.", "absent", []),
    # contra-indicated: not given
    ("Acide zolédronique CI (clairance 28 mL/min), dénosumab à discuter.", "absent", []),
    ("Zometa contre-indiqué en raison de l'insuffisance rénale.", "absent", []),
    # options the board is asked to discuss
    ("Merci de discuter : reprise de l'immunothérapie ? radiothérapie du fémur ou du sacrum ? traitement "
     "anti-résorptif ?", "unknown", []),
    # numbered questions to the board go on over a blank line
    ("Doliprane 1 g x3.\nQuestions posées à la RCP\n1. Radiothérapie de la hanche ?\n\n2. Reprise d'un traitement par "
     "dénosumab ?", "unknown", []),
    # listed in a table titled as taken now, after a stop told earlier
    ("Xgeva d'avril 2018 à mars 2021, interrompu pour des soins dentaires.\nOrdonnance en cours\nMédicament | Posologie"
     "\nXgeva 120 mg | 1 injection / 12 semaines", "present", ["M05BX04"]),
    # a table cell opening on a plan
    ("Anti-résorptif (zolédronate ou dénosumab) | à discuter en RCP", "unknown", []),
    # paused around dental care: weeks or months, not a short window (unlike an anticoagulant's)
    ("Prolia depuis 2023, suspendu pour une extraction dentaire.", "absent", []),
    # a denied event under the drug; a plain "not on" it
    ("Pas d'ostéonécrose de la mâchoire sous Xgeva.", "present", ["M05BX04"]),
    # a label cell wrapped over lines
    ("Traitement anti-résorptif osseux\n(bisphosphonate / dénosumab) :\nNon renseigné", "unknown", []),
    ("Anti-résorptif osseux\n:\nNon", "absent", []),
    # no contra-indication to a treatment: it is considered, not taken
    ("Aucun traitement au long cours. Avis dentaire : pas de contre-indication à un bisphosphonate.", "absent", []),
    ("Aucune toxicité rénale sous acide zolédronique.", "present", ["M05BA08"]),
    ("Je souhaiterais votre avis sur l'indication du Xgeva.", "unknown", []),
    ("Pas de traitement anti-ostéoclastique pour l'instant.", "absent", []),
    ("Ostéoporose : le Prolia a été arrêté en 2023 et rien n'a été repris depuis.", "absent", []),
    ("Elle n'a jamais été sous bisphosphonate.", "absent", []),
    ("Acide zolédronique 4 mg tous les 3 mois.", "present", ["M05BA08"]),
    ("Fosamax 70 mg par semaine pour ostéoporose.", "present", ["M05BA04"]),
    ("Perfusion mensuelle de bisphosphonate.", "present", []),
    ("Bisphosphonate / dénosumab (OUI / NON) : NON", "absent", []),
    ("Bisphosphonate IV toutes les 4 semaines (molécule non précisée dans le courrier).", "present", []),
    ("Dénosumab : ☐ Oui ☒ Non", "absent", []),
    ("Xgeva 12/2024 → stop 03/2025 (hypocalcémie).", "absent", []),
    ("Zometa : 6 perfusions en adjuvant jusqu'en 2022, non repris.", "absent", []),
    ("Xgeva 120 mg toutes les 4 semaines, en relais du Zometa.", "present", ["M05BX04"]),
    ("Acide zolédronique : je le déconseille, le DFG étant inférieur à 40 mL/min.", "unknown", []),
    ("Bilan dentaire avant dénosumab. Pas de contre-indication au dénosumab, à débuter en juillet.", "unknown", []),
    ("Dénosumab prévu après les soins dentaires.", "unknown", []),
    ("Question : irradiation du cotyle, et quel intérêt\nd'un traitement anti-ostéoclastique (dénosumab ou acide "
     "zolédronique) ?", "unknown", []),
    ("Xgeva arrêté pour ostéonécrose de la mâchoire.", "absent", []),
    ("Zometa : 1 perfusion (04/2026), non poursuivi (clairance 38 mL/min).", "absent", []),
    ("Zometa 4 mg : perfusion unique le 09/10 pour l'hypercalcémie.", "unknown", []),  # one-off: neither taken nor stopped
    ("Zometa : 1 perfusion toutes les 12 semaines.", "present", ["M05BA08"]),
    ("Le dénosumab n'a pas été débuté : trois extractions dentaires.", "absent", []),
    ("Xgeva non introduit (soins dentaires en cours).", "absent", []),
    ("Molécule | Rythme\nDénosumab | 1 injection sous-cutanée toutes les 4 semaines", "present", ["M05BX04"]),
    ("Une seule perfusion d'ibandronate (Bondronat) en 2023, rien depuis.", "absent", []),
    ("Pas de traitement anti-résorptif.", "absent", []),
    ("Aucun traitement anti-résorptif à ce jour. Avis de la RCP sur le choix de l'agent anti-résorptif.", "absent", []),
    ("Traitement osseux : ☐ Acide zolédronique ☒ Dénosumab ☐ Aucun", "present", ["M05BX04"]),
    ("Traitement osseux : ☐ Acide zolédronique ☐ Dénosumab ☒ Aucun", "absent", []),
    ("Aurait reçu du Prolia, à vérifier.", "uncertain", ["M05BX04"]),
    # the brackets after a denied class name what is denied; a question line asks
    ("Pas d'indication à un traitement ostéo-ciblé (bisphosphonate ou dénosumab).", "absent", []),
    ("Pas de traitement anti-résorptif (ni Zometa ni Xgeva).", "absent", []),
    ("Traitement anti-résorptif (Xgeva) depuis 2023.", "present", ["M05BX04"]),
    ("Questions à la RCP : (1) dénosumab ? (2) radiothérapie ?", "unknown", []),
    ("Zometa 5 mg/an (ostéoporose).\n2. Faut-il passer au dénosumab 120 mg ?", "present", ["M05BA08"]),
    ("Je me pose la question d'un traitement osseux (xgeva ?).", "unknown", []),
    ("Le Zometa a été interrompu (ostéonécrose). La question posée est celle de la reprise d'un traitement "
     "antirésorptif et notamment du dénosumab.", "absent", []),
    ("Pourriez-vous nous préciser : traitement anticoagulant ? traitement anti-résorptif (Xgeva) ?", "unknown", []),
    # denied now, whatever is planned; a GP's or a nurse's words
    ("Aucun anti-résorptif pour le moment : Prolia prévu après l'avis dentaire.", "absent", []),
    ("Elle a une piqûre pour les os chaque mois, je ne connais pas le nom.", "present", []),
    ("Pas de traitement pour les os.", "absent", []),
    # a one-off past dose is neither taken nor stopped; denied or not carried on, it is
    ("Ostéoporose : une perfusion d'Aclasta en 2022. HTA.", "unknown", []),
    ("Hypercalcémie traitée par une perfusion unique de Zometa le 08/05. Pas de bisphosphonate depuis.", "absent", []),
    ("Elle a reçu une perfusion d'Aclasta en 2021 pour ostéoporose ; pas de traitement anti-ostéoporotique depuis.",
     "absent", []),
    # a taking up again asked about; not for an anticoagulant (see the anticoagulation tests)
    ("Le dénosumab a été arrêté en janvier. Question : reprise d'un anti-résorptif (Zometa ?) ?", "absent", []),
    # options weighed in a question
    ("Zometa ou Xgeva chez ce patient à l'état dentaire précaire ?", "unknown", []),
    ("Acide zolédronique ou dénosumab : lequel privilégier chez ce patient insuffisant rénal ?", "unknown", []),
    ("Zometa : une injection unique en 2022 lors d'une hypercalcémie, pas de traitement d'entretien.", "absent", []),
    # asked under a "Demande" heading alone on its line
    ("Demande\nDossier à discuter dans l'attente des résultats : quelle prise en charge antalgique locale (radiothérapie ?)"
     " et quel traitement à visée osseuse au long cours ?", "unknown", []),
    ("Ostéopénie : il aurait reçu une injection de Prolia en 2023 chez son médecin, à vérifier.", "uncertain",
     ["M05BX04"]),
    ("Pas encore de traitement osseux (type Xgeva), à discuter avec vous.", "absent", []),
    # a relay asked about: the first drug goes on
    ("Elle prend de l'Actonel 35 mg par semaine depuis 2018. Son oncologue demande un avis sur une radiothérapie et sur "
     "le relais de l'Actonel par du Xgeva.", "present", ["M05BA07"]),
    # an abbreviation's full stop ends no clause: the plan, the stop and the date still speak of the drug
    ("Dénosumab 1 inj. SC / 4 sem. prévu après avis dentaire.", "unknown", []),
    ("Xgeva : dern. inj. le 10/02/2025, arrêté depuis pour ostéonécrose.", "absent", []),
    ("Zometa : env. 1 perf. / 12 sem. depuis 2023.", "present", ["M05BA08"]),
    # two brands of one drug are two products: the one stopped does not stop the other
    ("Anti-résorptif : Xgeva 120 mg une fois par mois depuis janvier 2025 (Prolia arrêté).", "present", ["M05BX04"]),
    ("Prolia arrêté en 2023. Depuis 2024 : Xgeva 120 mg/4 semaines.", "present", ["M05BX04"]),
    # ... while a brand stopped stops its INN
    ("Dénosumab 120 mg depuis 2024. Xgeva arrêté en mars pour ostéonécrose.", "absent", []),
    # an agent stopped says nothing of another one said taken with doubt
    ("Actonel 35 mg/semaine de 2016 à 2021, arrêté. Il serait sous acide zolédronique tous les 3 mois, à vérifier.",
     "uncertain", ["M05BA08"]),
    # none planned is no plan: the denial stands
    ("Zometa 4 mg une fois le 29/10 pour l'hypercalcémie. Elle n'a pas de bisphosphonate de fond et aucun n'est prévu "
     "pour l'instant.", "absent", []),
    # a product stopped, another only asked about
    ("Le Prolia pour l'ostéoporose a été arrêté il y a deux ans. Question : faut-il remettre un traitement osseux "
     "(Xgeva ?) ?", "absent", []),
    # suspended until a dental opinion
    ("Modifications :\n- SUSPENSION de l'Xgeva dans l'attente d'extractions dentaires ; reprise uniquement après avis du "
     "chirurgien-dentiste.", "absent", []),
    # one dose not to be given again
    ("Il a reçu une perfusion de Zometa le 20/01/2025 mais il a fait une réaction fébrile et l'oncologue a décidé de "
     "ne pas la renouveler.", "absent", []),
    ("Traitement anti-résorptif : non débuté (en attente de l'avis dentaire).", "absent", []),
    # one dose told tersely, with no long-term treatment
    ("Reçu 1 perf de Zometa aux urgences pour l'hypercalcémie, pas de ttt anti-résorptif au long cours pour l'instant.",
     "absent", []),
    ("Traitement osseux : le Dr Lenoir prévoit le dénosumab (Xgeva) après le bilan dentaire, non encore débuté.",
     "unknown", []),
    ("Aclasta reçu une fois en 2022 pour ostéopénie sous chimio ; pas de ttt anti-résorptif actuellement.", "absent", []),
    # talked of, not started
    ("Son oncologue a débuté l'Arimidex et parle d'un traitement par Prolia.", "unknown", []),
])
def test_fields_drugs_bone_targeted_therapy(analyse, text, status, atc):
    value = analyse(text)["boneTargetedTherapy"]
    assert (value.status, agents(value)) == (status, atc)


@pytest.mark.parametrize("text, status, atc", [
    ("Traitement : Doliprane 1 g x 3/j, Skenan LP 30 mg x 2, Inexium 20 mg.", "present",
     ["A02BC05", "N02AA01", "N02BE01"]),
    ("Dafalgan codéiné 2 cp x 3/j.", "present", ["N02AJ06"]),
    ("Oxynorm 5 mg si douleur.", "present", ["N02AA05"]),
    ("Tamoxifène arrêté en 2020. Létrozole depuis.", "present", ["L02BG04"]),
    # a pause whose end is still to come: not taken now (unless around a procedure)
    ("Le Verzenios est interrompu depuis le 15/04/2025 pour une diarrhée de grade 3 ; il sera repris à dose réduite "
     "après résolution.", "unknown", []),
    ("Kardégic suspendu avant la biopsie, il sera repris ensuite.", "present", ["B01AC06"]),
    # an anticoagulant stays named as taken (the coordinator must check it)
    ("Xarelto interrompu depuis le 15/04 pour une hématurie ; il sera repris après avis urologique.", "present",
     ["B01AF01"]),
    ("L'oncologue parle d'une chimio par docétaxel si ça progresse encore.", "unknown", []),
    # an arrow between two dates is a period, over
    ("L1 sunitinib (Sutent 50 mg 4s/6) 10/2019 -> 05/2021, arrêté : progression pulmonaire\nL3 cabozantinib "
     "(Cabometyx) 60 mg depuis 03/2023 -> en cours", "present", ["L01EX07"]),
    # what a "Projet :" label opens on is planned, unless it goes on with what is taken
    ("Traitement personnel non communiqué.\nProjet : chimio-immunothérapie carboplatine-étoposide-atézolizumab, C1 le "
     "20/11/2026.", "unknown", []),
    ("Projet : poursuite du Xgeva mensuel.", "present", ["M05BX04"]),
    ("Projet thérapeutique : alectinib (Alecensa) 600 mg x 2/j, débuté en mars 2024 et poursuivi depuis.", "present",
     ["L01ED03"]),
    # a telegraphic stop of two drugs
    ("Progression en juillet. Arrêt Femara et\nIbrance. Début Faslodex + Verzenios le 22/07.", "present",
     ["L01EF03", "L02BA03"]),
    # the one carried on alone, after the others stopped
    ("Fin de l'induction après 4 cycles : carboplatine et paclitaxel arrêtés, pembrolizumab seul en maintenance "
     "toutes les 3 semaines.", "present", ["L01FF02"]),
    # an arrow to what happened to the drug
    ("- DECTANCYL 4 mg -> décroissance terminée, ARRETE le 02/05\n- MOPRAL 20 mg 1/j -> POURSUIVI", "present",
     ["A02BC01"]),
    # a combination told as a whole, its first drug's dose notwithstanding
    ("Carboplatine AUC5 + étoposide + durvalumab (Imfinzi) 1500 mg : 4 cures de 12/2024 à 02/2025.\nMaintenance par "
     "durvalumab seul depuis le 24/03/2025 ; dernière cure le 22/04/2025.", "present", ["L01FF03"]),
    # an aside's stop is its own object's; the treatment in general is the drug's
    ("Xarelto 20 mg depuis 2022 (arrêt du Kardégic en 2023).", "present", ["B01AF01"]),
    ("Keytruda depuis mars (arrêt du traitement prévu en juin).", "present", ["L01FF02"]),
    ("Keytruda de mars à juin (arrêt du traitement pour colite).", "unknown", []),
    ("Aucun traitement au long cours.", "absent", []),
    ("Le patient ne se plaint de rien.", "unknown", []),
    ("Sintrom ? à vérifier.", "unknown", []),
    ("Carboplatine + pembrolizumab, C2 prévue le 17/02.", "present", ["L01FF02", "L01XA02"]),
    ("Chimio-immunothérapie carboplatine-paclitaxel-pembrolizumab, C1 prévue le 07/12.", "unknown", []),
    # a start to come, after an aside of intent; a drug that "could be discussed"
    ("Une 2e ligne par docétaxel, à visée palliative, débutera la semaine prochaine.", "unknown", []),
    ("Accord pour une 1re ligne par cisplatine-vinorelbine en association, premier cycle programmé début avril.",
     "unknown", []),
    ("Mopral 20. Le cabazitaxel doit débuter le 14/01.", "present", ["A02BC01"]),
    ("Mopral 20. SBRT versus changement de ligne vers le cabazitaxel ; la question d'un traitement par Xgeva se pose.",
     "present", ["A02BC01"]),
    ("Mopral 20. Un traitement par Prolia pourra se discuter après les soins dentaires.", "present", ["A02BC01"]),
    ("Carboplatine-pémétrexed (4 cures), puis pémétrexed seul en maintenance.", "present", ["L01BA04"]),
    ("EVA 9 à l'arrivée, 3 après titration morphine. Traitement : Inexium 20 mg.", "present", ["A02BC05"]),
    ("Hormonothérapie par anastrozole pendant cinq ans. Actuellement Kisqali et Fémara.", "present",
     ["L01EF02", "L02BG04"]),
    ("Elle a reçu 4 cures de carboplatine-paclitaxel-pembrolizumab, et poursuit le pembrolizumab seul.", "present",
     ["L01FF02"]),
    # a title ends the question section: the list under it is told
    ("Questions à la RCP : (1) dénosumab ?\nTraitement de sortie\n- Kardégic 75 mg\n- Doliprane 1 g", "present",
     ["B01AC06", "N02BE01"]),
    ("Létrozole 5 ans (arrêté en 2014). Récidive : l'oncologue a réintroduit le létrozole en avril.", "present",
     ["L02BG04"]),
    # stops told on the line's label, in the next clause, or with the day of a switch
    ("Arrêtés pendant l'hospitalisation : Tahor, Zometa, Lasilix.\nTraitement de sortie : Doliprane 1 g.", "present",
     ["N02BE01"]),
    ("Zometa 4 mg/28 j depuis 2023 ; suspendu depuis avril (soins dentaires) ; reprise à rediscuter.\n"
     "Doliprane 1 g x 3.", "present", ["N02BE01"]),
    ("TVP traitée par Xarelto, remplacé le 02/03/2025 par daltéparine (Fragmine) 15 000 UI/j.", "present", ["B01AB04"]),
    # refused, or one of options weighed: not taken
    ("Doliprane 1 g x3. La RCP a récusé l'adjonction de docétaxel.", "present", ["N02BE01"]),
    # a count of cycles given in a past year is a course over
    ("Le 12/05/2025.\nDocétaxel 6 cycles en 2020. Zytiga depuis 06/2023.", "present", ["L02BX03"]),
    # a bare "Ttt :" lists what is taken, a course told over elsewhere notwithstanding
    ("4 cures de carboplatine-étoposide + Imfinzi terminées en avril, Imfinzi seul ensuite.\nTtt : Imfinzi, Mopral 20.",
     "present", ["A02BC01", "L01FF03"]),
    # a doubt in brackets speaks of what it stands after, up to a comma
    ("Autres ttt : Plavix 75, Inexium 20, et un AOD pour une FA (je n'ai pas le nom, à préciser).", "present",
     ["A02BC05", "B01AC04"]),
    ("Doliprane 1 g x3. Deuxième ligne à discuter (cabazitaxel vs 177Lu-PSMA).", "present", ["N02BE01"]),
    # a substance measured, not given
    ("Décapeptyl LP 11,25 mg / 3 mois, testostérone < 0,2 ng/mL ; vitamine D à 21 ng/ml.", "present", ["L02AE04"]),
])
def test_fields_drugs_current_medications(analyse, text, status, atc):
    value = analyse(text)["currentMedications"]
    assert (value.status, sorted(m.atc for m in value.medications if m.atc)) == (status, atc)


@pytest.mark.parametrize("text, atc", [
    # courses dated from begin to end, before the letter's date
    ("Courrier du 12/10/2025.\n1re ligne : sunitinib (12/2021 – 06/2022), puis cabozantinib depuis 09/2024.",
     ["L01EX07"]),
    ("Courrier du 12/10/2025.\nL1 (04/2021 – 01/2023) : létrozole + palbociclib.\nL3 depuis 07/2025 : paclitaxel.",
     ["L01CD01"]),
    ("Courrier du 12/10/2025. Xarelto 20 mg (01/2025 - 06/2026) pour une embolie pulmonaire.", ["B01AF01"]),
    ("Ostéoporose traitée par alendronate de 2019 à 2021, relayé depuis janvier 2022 par Prolia.", ["M05BX04"]),
    ("Courrier du 12/10/2026. Quatre cures de gemcitabine-carboplatine d'avril à juillet 2026, avec progression.",
     []),
    ("Lettre du 03/09/2025. Carboplatine-pémétrexed-pembrolizumab de janvier à avril 2025 ; carboplatine stoppé "
     "en avril, maintien du pémétrexed et du pembrolizumab seuls.", ["L01BA04", "L01FF02"]),
    # one course followed by another
    ("Radiochimiothérapie (carboplatine-paclitaxel hebdomadaire), puis durvalumab de consolidation.", ["L01FF03"]),
    ("Chimiothérapie adjuvante (EC puis paclitaxel) avec trastuzumab 1 an. Actuellement sous létrozole.",
     ["L02BG04"]),
    # each drug its own predicate, or one shared
    ("Arrêt du furosémide et de l'IEC. Triatec repris à demi-dose le 10/09, Lasilix non repris.", ["C09AA05"]),
    ("Kardégic 75 mg. Eliquis, Xarelto arrêtés.", ["B01AC06"]),
    ("Nivolumab adjuvant 12 mois (2021).\nDepuis le 15/04/2025 : ipilimumab + nivolumab.", ["L01FF01", "L01FX04"]),
    ("Progression sous enzalutamide ; j'ai évoqué un passage au docétaxel.", ["L02BB04"]),
    ("FA connue, passage sous Eliquis il y a 2 ans.", ["B01AF02"]),
    # lines of treatment: a later line given ends the earlier ones, a later line only proposed does not
    ("1re ligne carboplatine-pémétrexed-pembrolizumab, progression en août.\nSotorasib depuis le 12/09 (2e ligne).",
     ["L01XX73"]),
    ("- 1L carboplatine-paclitaxel\n- 2L docétaxel débuté le 22/10", ["L01CD02"]),
    ("En 1re ligne : osimertinib depuis mars. Une 2e ligne sera discutée en cas de progression.", ["L01EB04"]),
    ("Première ligne par carboplatine et pembrolizumab, C2 le 27/02. En cas de progression, le docétaxel pourrait être "
     "envisagé en 2e ligne.", ["L01FF02", "L01XA02"]),
])
def test_fields_drugs_finished_and_current_courses(analyse, text, atc):
    value = analyse(text)["currentMedications"]
    assert sorted(m.atc for m in value.medications if m.atc) == atc


@pytest.mark.parametrize("text", [
    "Traitement habituel :\nTAHOR 40 mg : 0-0-1\nINEXIUM 20 mg : 1-0-0",
    "Traitement :\n- Tahor 40 mg : 0 - 0 - 1\n- Inexium 20 mg : 0-1-0",
])
def test_fields_drugs_posology_starting_with_zero_is_no_denial(analyse, text):
    assert sorted(m.atc for m in analyse(text)["currentMedications"].medications) == ["A02BC05", "C10AA05"]


@pytest.mark.parametrize("text, atc", [
    # a letter typed in lower case: each line of a list is a statement of its own
    ("je vous adresse monsieur essai pour un adenocarcinome prostatique avec des metastases osseuses multiples.\n"
     "il se plaint de douleurs du bassin depuis trois mois, qui le reveillent la nuit.\n"
     "traitement actuel :\nsintrom 4 mg selon inr\nbisoprolol 5 mg 1x/j\ndafalgan 1 g 3x/j\n\n"
     "le patient est suivi depuis longtemps pour une fibrillation auriculaire et une hypertension arterielle.",
     ["B01AA07", "C07AB07", "N02BE01"]),
    # dictated paragraphs without punctuation: a doubt in one does not reach the drugs of another
    ("elle est traitee par letrozole deux virgule cinq milligrammes par jour depuis avril avec une bonne "
     "tolerance clinique et biologique en dehors d'une neutropenie\nau total progression osseuse sous letrozole "
     "je pense qu'une radiotherapie pourrait etre proposee", ["L02BG04"]),
])
def test_fields_drugs_lower_case_lines_that_are_not_wrapped(analyse, text, atc):
    assert sorted(m.atc for m in analyse(text)["currentMedications"].medications) == atc


def test_fields_drugs_as_needed_drug_does_not_doubt_the_next_item(analyse):
    text = "Traitement :\n- Oxynorm 5 mg si accès douloureux\n- Inipomp 40 mg/j"
    assert sorted(m.atc for m in analyse(text)["currentMedications"].medications) == ["A02BC02", "N02AA05"]


def test_fields_drugs_evidence_points_at_the_words(analyse, nlp):
    text = "Antécédents : FA sous Eliquis 5 mg."
    agent = analyse(text)["anticoagulation"].agents[0]
    assert text[agent.evidence.start:agent.evidence.end] == "Eliquis" == agent.evidence.quote


def test_fields_drugs_vocabulary_rejects_unknown_keys(tmp_path, monkeypatch):
    from pipeline.fields.drugs import vocabulary

    bad = tmp_path / "drug-additions.json"
    bad.write_text('{"drugs": [{"atc": "B01AF02", "inn": "apixaban", "group": "x", "names": [], "brand": "E"}]}')
    with pytest.raises(ValueError, match="unknown keys"):
        list(vocabulary._addition_rows(bad))


@pytest.mark.parametrize("text, atc", [
    ("Doliprane 1 g jusqu'à 4 fois par jour, Levothyrox 100 µg.", ["H03AA01", "N02BE01"]),
    ("Létrozole 2,5 mg. Traité en 2015 par tamoxifène 5 ans.", ["L02BG04"]),
    ("Radiochimiothérapie puis durvalumab (terminé en 2023). Actuellement Xgeva.", ["M05BX04"]),
    ("Traitement | Début | Statut\nCarboplatine + pemetrexed | 01/2024 | arrêté 06/2024\nKeytruda | 07/2024 | en cours",
     ["L01FF02"]),
    # a date under the table's end column, earlier than the letter's date
    ("Le 02/10/2025.\nMédicament | Dose | Début | Fin\nFosamax 70 mg | 1/sem | 2019 | 06/2024\nInexium 20 mg | 1/j | 2020 |"
     " en cours", ["A02BC05"]),
    # begin and end columns joined by one space in the text layer
    ("Le 04/03/2025.\nLigne Traitement Début Fin\nL1 Anastrozole + abémaciclib 02/2022 01/2024 progression\n"
     "L2 Fulvestrant 02/2024 en cours", ["L02BA03"]),
    # a period after the dose, in a cell of its own, or opening a table's line
    ("Le 11/03/2025.\nGéfitinib (Iressa) 250 mg 03/2021 – 09/2023 progression\nAlimta maintenance depuis 02/2025",
     ["L01BA04"]),
    ("Le 05/03/2025.\nCarboplatine + paclitaxel, 4 cycles | 07/2024 – 10/2024 | réponse\nKeytruda | depuis 11/2024 | en "
     "cours", ["L01FF02"]),
    ("Le 05/03/2025.\nPériode   Traitement\n2017 – 2020   Abiratérone (Zytiga)\ndepuis 2023   Enzalutamide", ["L02BB04"]),
    # long table rows are no wrapped lines
    ("Le 04/03/2025.\nPériode | Traitement | Motif d'arrêt\n05/2020 – 06/2022 | Enzalutamide (Xtandi) 160 mg/j, très bien "
     "toléré pendant deux ans | progression\n12/2024 – en cours | Olaparib (Lynparza) 300 mg x 2/j | en cours", ["L01XK01"]),
])
def test_fields_drugs_courses_that_ended_are_not_current(analyse, text, atc):
    value = analyse(text)["currentMedications"]
    assert sorted(m.atc for m in value.medications if m.atc) == atc


@pytest.mark.parametrize("text, status", [
    ("Pas de ttt osseux pour l'instant (dénosumab proposé après bilan dentaire).", "absent"),
    ("Aucun ttt au long cours.", "absent"),
])
def test_fields_drugs_abbreviated_denials(analyse, text, status):
    assert analyse(text)["boneTargetedTherapy"].status == status


def test_fields_drugs_end_date_ahead_keeps_the_anticoagulant(analyse):
    value = analyse("Lovenox 4000 UI/j en préventif jusqu'au 20/06.")["anticoagulation"]
    assert (value.status, [a.atc for a in value.agents]) == ("present", ["B01AB05"])


def test_fields_drugs_unnamed_molecule_is_no_doubt_on_the_anticoagulation(analyse):
    value = analyse("Sous AOD pour une FA (molécule à préciser, cf courrier du cardiologue).")["anticoagulation"]
    assert (value.status, value.agents) == ("present", [])


@pytest.mark.parametrize("text, status, atc", [
    ("Pas d'anticoagulation au long cours ; en hospitalisation, Lovenox 0,4 mL en préventif.", "present", ["B01AB05"]),
    ("Ni AVK ni AOD. Fragmine 5000 UI/j en prévention.", "present", ["B01AB04"]),
    ("Pas d'AVK. Sous Xarelto 20 mg.", "present", ["B01AF01"]),
    ("Pas d'AOD. Sous Xarelto 20 mg.", "conflicting", ["B01AF01"]),
    ("Je crois qu'il est sous Xarelto, je vérifie avec son médecin traitant.", "uncertain", ["B01AF01"]),
    ("Anticoagulé ? (Sa femme est sous Préviscan.)", "uncertain", []),
    ("Son épouse prend de l'Eliquis.", "unknown", []),
])
def test_fields_drugs_scoped_denials_doubt_and_other_people(analyse, text, status, atc):
    value = analyse(text)["anticoagulation"]
    assert (value.status, agents(value)) == (status, atc)


def test_fields_drugs_doubtful_or_someone_elses_drug_is_not_current(analyse):
    medications = analyse("Je crois qu'il prend du Xarelto. Sa femme est sous Préviscan. Doliprane 1 g.")[
        "currentMedications"].medications
    assert [m.atc for m in medications] == ["N02BE01"]


def test_fields_drugs_form_no_option_negates_nothing_after_it(analyse):
    value = analyse("Traitement osseux : ☒ Oui ☐ Non -> Prolia 60 mg tous les 6 mois")["boneTargetedTherapy"]
    assert (value.status, agents(value)) == ("present", ["M05BX04"])


@pytest.mark.parametrize("text, atc", [
    ("Quatre cures de carboplatine-étoposide-atézolizumab, puis maintenance par atézolizumab depuis mai.",
     ["L01FF05"]),
    ("Six cycles de docétaxel puis relais par Zytiga.", ["L02BX03"]),
    ("Trois cycles de pembrolizumab à ce jour, bien tolérés.", ["L01FF02"]),
    ("Préviscan arrêté en 2023 pour une hémorragie ; reprise du Préviscan en janvier.", ["B01AA12"]),
    ("Une perfusion\nunique de Zometa 4 mg le 15/09 pour hypercalcémie. Doliprane 1 g.", ["N02BE01"]),
])
def test_fields_drugs_finished_courses_and_what_follows_them(analyse, text, atc):
    value = analyse(text)["currentMedications"]
    assert sorted(m.atc for m in value.medications if m.atc) == atc


def test_fields_drugs_abbreviated_form_label_answer(analyse):
    assert analyse("Anticoag : NON\nAntiagrég. : NON")["anticoagulation"].status == "absent"


def test_fields_drugs_line_ending_on_a_preposition_goes_on(analyse):
    value = analyse("Hypercalcémie corrigée par une perfusion unique de\nZometa 4 mg le 15/09.")["boneTargetedTherapy"]
    assert value.agents == []


@pytest.mark.parametrize("text", [
    # a family-history label, then the patient's own anticoagulant
    "Antécédents familiaux : père IDM à 60 ans ; FA paroxystique sous Eliquis 5 mg x 2.",
    "ATCD familiaux : RAS ; personnels : FA sous Xarelto 20 mg/j, HTA.",
    "Antécédents familiaux et personnels : FA sous Eliquis, HTA, père cancer colique.",
    "Famille : RAS, patient sous Xarelto 20 mg.",
    "Antécédents familiaux : non contributifs\n- TVP du MIG en 2023 sous Lixiana 60 mg\n- HTA",
    # brackets telling what is taken instead of a denied or planned class
    "Pas d'AOD (sous Préviscan pour valve mécanique, INR cible 3).",
    "Pas d'HBPM (déjà sous Xarelto 20 mg).",
    "Pas d'AVK (Xarelto 20 mg depuis 2021).",
    "HBPM prévue en post-opératoire (patient sous Pradaxa 150 x2 au long cours).",
    # a stop around a procedure or an INR problem, a course told then carried on
    "Sous AVK au long cours. Sintrom arrêté pour INR à 6, à reprendre dès INR < 3.",
    "Traité par AOD pour FA ; Eliquis suspendu depuis 48 h (biopsie demain).",
    "AVK introduits le 02/06 pour TVP : titration du Préviscan en cours par l'IDE à domicile.",
    "EP traitée 6 mois par Eliquis, poursuivi au long cours à 2,5 mg x2 compte tenu du cancer actif.",
    "TVP surale traitée 3 mois par Lovenox, toujours en cours.",
    "TVP traitée 3 mois par Xarelto. Actuellement toujours sous Xarelto 20 mg (cancer actif).",
    "Il avait reçu une injection de Lovenox aux urgences et est depuis sous Lovenox 6000 UI x2.",
    # a relay that took place
    "AVK arrêtés avant la laminectomie, relais par HBPM curative poursuivie depuis.",
    "Coumadine arrêtée le 02/06 avant la laminectomie, relais par Lovenox 8000 UI x2 depuis.",
    "Xarelto stoppé avant l'arthrodèse, relais par Fragmine 5000 UI/j en cours.",
    # dictated commas are commas
    "il est sous Xarelto vingt milligrammes arrêté la veille de la biopsie virgule repris le surlendemain point",
    # a class listed as an item; a list header's bracketed aside
    "Traitement habituel :\nanticoagulant\nbisoprolol 2,5\natorvastatine 40",
    "Traitement habituel (pas de changement récent) :\n- Eliquis 5 mg x2\n- Tahor",
    "Sous HNF à la seringue électrique.",
    # a stop denied; the patient named again after a relative
    "Arrêt de l'Innohep le 12/05. Reprise le 20/05 après la ponction.",
    # what is denied is an event under the drug or a change to it, not the drug
    "Pas de saignement sous Eliquis.",
    "Pas de récidive thrombotique sous tinzaparine.",
    "Eliquis 5 mg x2 (la patiente a refusé le relais par HBPM).",
    "pas de chute pas de malaise elle prend toujours son eliquis matin et soir",
    # a relay or a stop asked about; a patient "sous" a drug in a plan's clause
    "Q2 - Intérêt d'un relais de la Coumadine par Lovenox avant la vertébroplastie ?",
    "Faut-il un arrêt du Pradaxa avant la radiofréquence ?",
    "Je sollicite votre avis pour une cimentoplastie chez une patiente sous Lixiana 60 mg.",
    # a list header whose denial is about something else
    "Traitement habituel, sans changement depuis janvier :\n- Eliquis 2,5 mg x2\n- Amlor 5",
    "Je n'ai pas son ordonnance mais elle prend :\n- Xarelto 15 mg\n- Tahor 20",
    "Traitement sans AINS :\n- Innohep 10 000 UI/j\n- Dafalgan 1 g",
    # a class alone on a list line
    "Traitement actuel :\nAVK\nBisoprolol 5",
    "Ttt :\nAOD\nKardégic",
    # stopped around a procedure then taken up again, a course started days ago or carried on
    "AVK (Previscan) arrêtés la veille de la ponction, à reprendre le lendemain.",
    "TVP sur chambre implantable traitée 3 mois par Fragmine, débutée il y a dix jours.",
    "EP traitée 6 mois par Eliquis ; poursuite au long cours (cancer actif).",
    # the patient's label after a relative's, as two columns join; a yes with no name
    "ATCD familiaux : mère diabète      Traitement : Eliquis 5 mg x2",
    "Anticoagulant : oui – molécule non précisée",
    # a denied stop; a window or a last dose ahead; the patient named again after a relative's history
    "Elle n'a jamais arrêté son Xarelto, même pour la coloscopie.",
    "Pas question d'interrompre le Préviscan (valve mitrale mécanique).",
    "Elle ne veut pas arrêter son Eliquis.",
    "Héparine à la seringue électrique, qui ne peut être interrompue avant l'avis du cardiologue.",
    "Sous Pradaxa 150 x2 : fenêtre thérapeutique de 72 h à organiser avant la vertébroplastie.",
    "Fenêtre d'AOD (Lixiana) à prévoir pour la biopsie.",
    "Dernière prise de Xarelto à programmer 48 h avant le geste.",
    "Antécédents familiaux : mère décédée d'une EP. La patiente est elle-même sous Innohep depuis 2024.",
    "Aucune contre-indication à la cimentoplastie en dehors de l'anticoagulation par Pradaxa.",
    "Contre-indication aux AINS car anticoagulée par Coumadine.",
    # a stop named as the time of something else is ahead
    "Lovenox 4000 UI/j en post-opératoire. Reprise du Plavix prévue à l'arrêt du Lovenox.",
    "Relais par Kardégic dès l'arrêt de l'Innohep.",
    "Pas de douleur ni de saignement sous Pradaxa.",
    "Aucune complication hémorragique sous Lixiana depuis 2021.",
    "Pas de modification du traitement anticoagulant (Pradaxa).",
    "Pas d'adaptation de dose du Xarelto malgré la clairance.",
    "Pas de contre-indication au maintien du Préviscan.",
    "Aucun traitement à part un AOD (Eliquis).",
    "Pas de traitement excepté Lovenox 4000 UI.",
    "Eliquis interrompu lors de l'hospitalisation ; puis repris à la sortie.",
    "Eliquis non interrompu pour la biopsie.",
    "Xarelto : pas d'arrêt nécessaire pour la radiothérapie.",
    "Coumadine non arrêtée.",
    "Il vit avec son épouse, il est anticoagulé par Pradaxa.",
    "Sa fille rapporte qu'il prend du Xarelto.",
    "Vit seul depuis le décès de sa femme, autonome, sous Eliquis 5 mg x2.",
    # a letter dictated without punctuation, wrapped by the layout: a denial reaches the end of its line only
    "je vous adresse monsieur X 70 ans pour des douleurs du bassin\nil n'a pas de diabète ni d'insuffisance "
    "rénale ni d'allergie connue\nson traitement comporte du Xarelto vingt milligrammes le soir\net du Doliprane "
    "un gramme à la demande\nle scanner retrouve des lésions du bassin sans fracture",
    # "puis" in a list of drugs of other kinds is no relay
    "Traitement : Pradaxa 110 mg matin et soir puis Kardégic 75 mg le midi.",
    # an alternative left open denies nothing
    "Le patient ne sait plus s'il prend son Lixiana ou non.",
    # a relay only if a surgery were chosen; a stop opposed
    "Préviscan 20 mg le soir.\nSi une chirurgie était retenue, un relais du Préviscan par Lovenox serait organisé.",
    # a stop after the next item of a list, each with its dose, is that item's
    "Traitement : Lixiana 60 mg, Crestor 10 mg arrêté en mars.",
    "ttt habituel xarelto quinze milligrammes matin et soir inexium suspendu depuis une semaine",
    # a sentence opening on a hyphenated word ends the family's reach
    "Son père a fait une EP. Lui-même est sous Fragmine depuis sa TVP de mars.",
    # a question about carrying on or stopping it; a plan's reach ends at a question mark or a bracket
    "Question : faut-il poursuivre l'Eliquis pendant la radiothérapie ?",
    "Je me pose la question d'un arrêt de l'Eliquis pendant la RT.",
    "Que proposer ? Le patient prend du Xarelto 20 mg.",
    "Relais par HBPM à prévoir avant la chirurgie (actuellement Xarelto 20 mg).",
    # a family line long enough to look wrapped, then the patient's own line
    "Antécédents familiaux : frère opéré d'un cancer du côlon à 58 ans, père HTA\nEP en 2024 sous Eliquis 5 mg x2/jour",
    # a stop, a window or a relay said temporary, to come or not needed
    "Une interruption transitoire de l'Innohep est à organiser avant la ponction.",
    "Prévoir la fenêtre thérapeutique de sa Coumadine avant le geste.",
    "Aucun relais utile pour le Lixiana : il sera simplement suspendu la veille.",
    "Pas d'arrêt de la Fragmine pour la radiothérapie.",
    # a start told done, a resumption told elsewhere than in the stop's clause
    "Introduction de Xarelto 15 mg x2 le 02/05 pour TVP, bien toléré.",
    # dictated punctuation ends a denial's reach
    "pas de diabète ouvrez la parenthèse pas d'insuffisance rénale non plus fermez la parenthèse traitement eliquis "
    "cinq milligrammes matin et soir",
    # the stop of an earlier treatment on the same line
    "Ancien traitement : Préviscan ; traitement actuel : Eliquis 5 mg x2.",
    # an instruction not to stop it; a stop ruled out
    "Réponse du cardiologue : il est bien sous Eliquis 5 mg x2, ne pas arrêter sans relais.",
    "Aucun arrêt de l'Eliquis n'est envisageable.",
])
def test_fields_drugs_taken_anticoagulant_is_never_absent_nor_unknown(analyse, text):
    """The worst error: an anticoagulant the patient takes read as absent or unknown (these sentences were
    written against the rules that ignore, deny or stop a mention)."""
    assert analyse(text)["anticoagulation"].status not in ("absent", "unknown")


@pytest.mark.parametrize("text, status, atc", [
    # two form columns joined on one line: a field's answer speaks of its own label only
    ("Anticoagulant : Fluindione         Antiagrégant : non", "present", ["B01AA12"]),
    ("Tabac : non      Traitement : Apixaban 5 mg x2", "present", ["B01AF02"]),
    ("Tabac : non Traitement : Rivaroxaban 20 mg", "present", ["B01AF01"]),
    ("Allergie : aucune\tTraitement : Lixiana 60 mg", "present", ["B01AF03"]),
    ("Traitement : Eliquis 5 mg      Chirurgie envisagée : oui", "present", ["B01AF02"]),
    ("Pradaxa 110 mg x2      Aspirine : non", "present", ["B01AE07"]),
    # the field's own answer still denies it, wide gap or not
    ("Anticoagulant :      non      Antiagrégant : Kardégic", "absent", []),
    ("Tabac : non      Anticoagulant : aucun", "absent", []),
])
def test_fields_drugs_form_columns_on_one_line(analyse, text, status, atc):
    value = analyse(text)["anticoagulation"]
    assert (value.status, agents(value)) == (status, atc)


@pytest.mark.parametrize("text, item, status, atc", [
    # a word written before a dose is a drug name, misspelt by up to two letters
    ("Traitement :\n- eliqiuss 2,5 mg x2/j\n- Doliprane 1 g", "anticoagulation", "present", ["B01AF02"]),
    ("Lovneoxx 4000 UI le soir.", "anticoagulation", "present", ["B01AB05"]),
    ("Fragment osseux de 2 cm.", "anticoagulation", "unknown", []),  # no dose, no drug
    # a hyphenated class typed with a space
    ("pas d'anti resorptif jusqu'ici", "boneTargetedTherapy", "absent", []),
    ("Pas d'anti coagulant.", "anticoagulation", "absent", []),
    # an agent named with doubt beside its class: which one is to be checked
    ("Elle dit prendre un anticoagulant pour le cœur, qui serait du Lixiana.", "anticoagulation", "uncertain",
     ["B01AF03"]),
    ("Anticoagulé par AOD (Eliquis ?).", "anticoagulation", "uncertain", ["B01AF02"]),
    # a denial said with doubt against an agent taken: the letter contradicts itself
    ("Pas d'anticoagulant à ma connaissance.\nTraitement : Lixiana 60 mg", "anticoagulation", "conflicting",
     ["B01AF03"]),
    # asking whether to take a stopped drug up again takes nothing up
    ("Kardégic arrêté en pré-op.\nQuestions : Reprise du Kardégic ?", "antiplatelets", "absent", []),
    # no long-term treatment at some past time denies nothing now
    ("Pas de traitement au long cours avant 2020.", "antiplatelets", "unknown", []),
    # a phase of the drug ended, not the drug; a combination not indicated, not the anticoagulation denied
    ("Traitement de sortie :\nELIQUIS 5 mg | matin + soir (dose de charge 10 mg x2 terminée le 12/10)\n"
     "KARDEGIC 75 mg | ARRÊTÉ (pas d'indication en association à l'anticoagulation)", "anticoagulation", "present",
     ["B01AF02"]),
    # a relative as a line's label
    ("- Mère : cancer du sein à 62 ans, sous fluindione pour une fibrillation atriale.", "anticoagulation", "unknown", []),
    # given until a date the letter is past: over; not an anticoagulant, whose end date may lie ahead (the latest date
    # a letter names may be an appointment): the letter then contradicts itself
    ("Courrier du 10/11/2026.\nKardégic jusqu'au 30/10/2026. RCP du 15/12/2026.", "antiplatelets", "absent", []),
    ("Courrier du 10/11/2026.\nLovenox 4000 UI jusqu'au 30/10/2026. RCP du 15/12/2026.", "anticoagulation", "present",
     ["B01AB05"]),
    ("Courrier du 10/11/2026.\nIl était anticoagulé par Xaralto 20 mg jusqu'au 11/06/2026, date d'une hémorragie. "
     "Aucun anticoagulant ni HBPM, y compris à dose préventive.", "anticoagulation", "conflicting", ["B01AF01"]),
    ("Courrier du 10/11/2026.\nEliquis 5 mg x2 jusqu'en décembre 2026.", "anticoagulation", "present", ["B01AF02"]),
    # what follows a course still to be carried on is a plan
    ("Sous clopidogrel (Plavix) 75 mg seul, à poursuivre 6 mois puis relais par aspirine à vie.", "antiplatelets",
     "present", ["B01AC04"]),
    # a preventive dose told once holds for the drug's other mentions
    ("- HBPM à dose préventive par daltéparine (Fragmine 5000 UI/j) depuis le 04/10.\n- Pas d'anticoagulation "
     "curative.\nTraitement : Fragmine 5000 UI 1 inj SC/j", "anticoagulation", "present", ["B01AB04"]),
    # interrupted now, to be taken up again later: stopped
    ("Courrier du 10/11/2026.\n- Dénosumab (Xgeva) mensuel depuis 2022, interrompu depuis le 15/09/2026 pour des "
     "soins dentaires ; reprise prévue après cicatrisation.", "boneTargetedTherapy", "absent", []),
    # two form answers in one line of sentences
    ("Anticoagulant : non. Antiagrégant : non.", "antiplatelets", "absent", []),
    # one dose received is no current treatment, unless a rhythm follows
    ("Elle a reçu une perfusion de Zométa 4 mg le 4/10 pour l'hypercalcémie, sans anti-résorptif d'entretien depuis.",
     "boneTargetedTherapy", "absent", []),
    ("Elle a reçu une perfusion de Zometa toutes les 4 semaines depuis 2023.", "boneTargetedTherapy", "present",
     ["M05BA08"]),
    # Québec: "cessé"; brands of other French-speaking countries
    ("- Eliquis 5 mg BID (FA) — remplace le Coumadin, cessé le 20 juillet\nL'AAS 80 mg a été cessé à l'introduction "
     "de l'Eliquis.", "antiplatelets", "absent", []),
    ("- Eliquis 5 mg BID (FA) — remplace le Coumadin, cessé le 20 juillet", "anticoagulation", "present", ["B01AF02"]),
    # no other agent: denies the class when none is taken, contradicts none that is
    ("Une perfusion unique de Zometa 4 mg le 13/05/2025 pour l'hypercalcémie. Pas d'autre anti-résorptif depuis.",
     "boneTargetedTherapy", "absent", []),
    ("Sous Xgeva mensuel, pas d'autre anti-résorptif.", "boneTargetedTherapy", "present", ["M05BX04"]),
    ("Sous Eliquis. Pas d'autre anticoagulant.", "anticoagulation", "present", ["B01AF02"]),
    # an answer that says up to when it holds
    ("Anticoagulant : non à ce jour.", "anticoagulation", "absent", []),
    ("Pas de bisphosphonate ni de dénosumab pour l'instant ; on aimerait votre avis sur le Xgeva.",
     "boneTargetedTherapy", "absent", []),
    # a field answered elsewhere or not filled in says nothing; a drug before a bracket of reasons is taken
    ("Anticoagulant | NR\nTraitements en cours | cf. ordonnance jointe", "anticoagulation", "unknown", []),
    ("Traitement :\nSous Eliquis (FA, TVP)\nKardégic : 75 mg", "anticoagulation", "present", ["B01AF02"]),
    # taken since, the clause going on to stop another drug; no longer taken since
    ("- Embolie pulmonaire le 14/11/2025 : Innohep 14 000 UI/j depuis, le Kardégic a été arrêté à cette occasion.",
     "anticoagulation", "present", ["B01AB10"]),
    ("Embolie pulmonaire en 2023, traitée 6 mois par Xarelto (arrêté en mars 2024, plus d'anticoagulant depuis)",
     "anticoagulation", "absent", []),
    # the rows of a table hang from its header row
    ("Innohep arrêté en mai.\nTraitement en cours | Posologie\nInnohep | 14 000 UI SC 1/j", "anticoagulation", "present",
     ["B01AB10"]),
    # the same molecule under another brand, relayed after a stop; a drug never started; no class since a date
    ("Ostéoporose traitée depuis 2022 par Prolia 60 mg tous les 6 mois, relayé en\njuin 2026 par Xgeva 120 mg tous les "
     "mois.", "boneTargetedTherapy", "present", ["M05BX04"]),
    ("Décision : introduction de dénosumab après avis dentaire.\n- Le dénosumab (Xgeva) n'a finalement jamais été "
     "débuté. Il ne reçoit donc aucun traitement anti-résorptif.", "boneTargetedTherapy", "absent", []),
    ("Maladie de Paget traitée par Aclasta en 2011 et en 2016 ; pas de traitement anti-ostéoclastique depuis 2016.",
     "boneTargetedTherapy", "absent", []),
    # a PDF table lost its cell separators: its dosed rows still hang from the title above its column names
    ("Ostéoporose traitée par Prolia jusqu'en 2026, arrêté.\nTraitement actuel\nTraitement Posologie\n"
     "Herceptin SC 600 mg / 21 jours\nXgeva 120 mg SC / 4 semaines", "boneTargetedTherapy", "present",
     ["M05BX04"]),
    # options joined by "ou" share their plan; one infusion dated is no rhythm
    ("Traitement anti-résorptif : Zométa ou Xgeva, à discuter en RCP.", "boneTargetedTherapy", "unknown", []),
    ("Traitée par acide zolédronique (une seule perfusion, le 16/01/2026), normalisation de la calcémie.",
     "boneTargetedTherapy", "unknown", []),
    ("Zometa : une perfusion / 4 semaines.", "boneTargetedTherapy", "present", ["M05BA08"]),
    # an OCR's figures for letters, and "rn" for "m"
    ("Traitement : El1quis 5 mg x2.", "anticoagulation", "present", ["B01AF02"]),
    ("Cournadine 5 mg le soir selon INR.", "anticoagulation", "present", ["B01AA03"]),
])
def test_fields_drugs_misspellings_doubts_and_contradictions(analyse, text, item, status, atc):
    value = analyse(text)[item]
    assert (value.status, agents(value)) == (status, atc)


@pytest.mark.parametrize("text, atc", [
    # a period a history line opens on, a range right after the drug: over when the letter is later
    ("Courrier du 10/01/2026.\nOctobre à décembre 2023 : radio-chimiothérapie (carboplatine-paclitaxel).\n"
     "Doliprane 1 g.", ["N02BE01"]),
    ("Courrier du 10/01/2026.\nLignes : leuproréline (Eligard) depuis 2022, poursuivie ; abiratérone 2022-2023.",
     ["L02AE02"]),
    # ... unless said carried on
    ("Courrier du 10/01/2026.\n06/2023 - 10/2023 : docétaxel 6 cycles associé au darolutamide (Nubeqa) 600 mg x2/j\n"
     "(trithérapie), darolutamide poursuivi depuis.", ["L02BB06"]),
    # a stop told in the next clause as a noun
    ("Courrier du 10/01/2026.\n06/2025 : nivolumab + ipilimumab ; arrêt après 3 cycles pour colite.", []),
    ("Eliquis 5 mg x2 ; arrêt du tabac en 2010.", ["B01AF02"]),
    # an aside after the drug does not use up the reach of its stop
    ("Le Plavix (artériopathie des membres inférieurs) a été suspendu avant la chirurgie et n'a pas été repris.", []),
    # a prescription lists what is taken
    ("Prolia pour ostéoporose (2019-2022), arrêté.\nOrdonnance : Xgeva 120 mg SC/4 sem.", ["M05BX04"]),
    # a relative's treatment on a family line wrapped by the layout
    ("- Familiaux : oncle suivi pour un myélome à 71 ans ; une soeur suivie pour un\ncancer mammaire "
     "(tamoxifène).\nDoliprane 1 g.", ["N02BE01"]),
    # a combination named with its brands, carried on as maintenance; given since a date
    ("Courrier du 10/11/2026.\nTraitement : carboplatine – pémétrexed – pembrolizumab × 4 cycles (mars à mai 2026), "
     "puis\nmaintenance par pémétrexed (Alimta) + pembrolizumab (Keytruda) toutes les 3 semaines.", ["L01BA04", "L01FF02"]),
    ("Courrier du 10/01/2025.\n1re ligne létrozole + palbociclib jusqu'en 10/2024 (progression osseuse), depuis "
     "11/2024 fulvestrant + palbociclib.", ["L01EF01", "L02BA03"]),
    # maintenance named without "par"; taken "à la demande" (as needed) is taken
    ("Courrier du 10/04/2025.\n4 cures de carboplatine-pémétrexed-pembrolizumab d'octobre à décembre 2024, carboplatine "
     "arrêté après C4, maintenance pémétrexed + pembrolizumab en cours.", ["L01BA04", "L01FF02"]),
    ("Doliprane 1 g à la demande, 1 à 2 prises par jour.", ["N02BE01"]),
    # a course dated to its end is over, whatever introduced it
    ("Courrier du 10/11/2025.\n- L1 : docétaxel-trastuzumab-pertuzumab, 6 cycles, puis entretien trastuzumab-pertuzumab "
     "jusqu'en 03/2023 (progression hépatique).\nDoliprane 1 g.", ["N02BE01"]),
    ("Tylenol 500 mg 2 co QID\nLipitor 20 mg die\nSynthroid 100 mcg", ["C10AA05", "H03AA01", "N02BE01"]),
    # cycles counted "x4" before what followed
    ("L1 cisplatine-pemetrexed-pembro x4 puis pemetrexed-pembro en maintenance.", ["L01BA04", "L01FF02"]),
    # periods written with arrows, numbered history lines, a list on one line under its header
    ("Le 10/02/2025.\n- 01/2022 -> 06/2023 : Ibrance + Femara.\n- depuis 07/2023 : Faslodex.", ["L02BA03"]),
    ("Le 10/02/2025.\n2) 03/2023 - 11/2024 : maintenance par Alimta.\nInexium 20.", ["A02BC05"]),
    ("Tagrisso arrêté en 2022.\nTraitement en cours\nTagrisso 80 mg/j ; Inexium 20 mg ; Xgeva 120 mg/4 sem",
     ["A02BC05", "L01EB04", "M05BX04"]),
    # a history line opening on an earlier line of treatment
    ("- 1L cisplatine-étoposide puis durvalumab en maintenance.\n- 2L docétaxel débuté en mai.", ["L01CD02"]),
    # lines written "L1", "L2" at the head of history lines (not vertebrae in an imaging list)
    ("L1 cisplatine-pemetrexed x4 puis pemetrexed en maintenance.\nL2 docétaxel depuis le 02/03, C4 le 14/05.",
     ["L01CD02"]),
    ("1re ligne : Kisqali-Femara en cours.\nIRM :\n- L4 : tassement de 30 %\n- L5 : lésion lytique", ["L01EF02", "L02BG04"]),
    # cycles counted before, what is given now after
    ("il a reçu six cures de docétaxel et il est actuellement sous Xtandi", ["L02BB04"]),
    # the abbreviations of combinations
    ("Carbo-VP16 : C2 le 14/11, bien tolérée.", ["L01CB01", "L01XA02"]),
    # given since a date on a line opening on a closed period; one dose on its day; a relay whose timeliness is asked
    ("Le 10/12/2025.\n- 2022-2024 : Xtandi, puis docétaxel depuis octobre 2024.", ["L01CD02"]),
    ("Inexium 20 mg. Aux urgences, une perfusion de Zometa le 02/03.", ["A02BC05"]),
    ("Une injection de Décapeptyl 11,25 mg le 02/03 (prochaine injection en juin).", ["L02AE04"]),
    ("Actonel 35 mg/sem ; je m'interroge sur l'opportunité d'un relais par dénosumab.", ["M05BA07"]),
    # cycles dated after a comma; the maintenance told after its dose
    ("Le 02/12/2025.\nCarboplatine-paclitaxel + Keytruda, 4 cycles de juillet à septembre 2025 ; Keytruda 200 mg toutes "
     "les 3 semaines en maintenance depuis octobre.", ["L01FF02"]),
    # what followed, then stopped in its own clause
    ("4 cures de carboplatine-paclitaxel, puis maintenance par Imfinzi, arrêtée en mai pour pneumopathie. Inexium 20.",
     ["A02BC05"]),
    # the lines given before, listed after a colon
    ("Lignes antérieures : docétaxel, cabazitaxel. Actuellement Xtandi.", ["L02BB04"]),
    # ... and a stop in the plural, all of them
    ("Tahor 20 mg et Lasilix 40 mg arrêtés à l'entrée. Doliprane 1 g.", ["N02BE01"]),
    # the stop told before the drug, by whoever made it
    ("Inexium 20 mg. Son rhumatologue a arrêté le Fosamax en mai.", ["A02BC05"]),
    ("Inexium 20 mg. Elle dit avoir stoppé d'elle-même son Tamoxifène.", ["A02BC05"]),
    ("Inexium 20 mg. Il ne prend plus son Crestor (myalgies).", ["A02BC05"]),
    ("Elle n'a jamais arrêté son Inexium.", ["A02BC05"]),
    # cycles completed; a maintenance told after the drug
    ("Carboplatine-étoposide + durvalumab (Imfinzi) : 4 cycles complétés le 2025-06-02. Depuis, durvalumab "
     "d'entretien aux 4 semaines.", ["L01FF03"]),
    # a wrapped paragraph's line under a title is no row of a list
    ("Courrier du 10/04/2025.\nSunitinib arrêté en 2023.\nTraitement habituel\nCabometyx 40 mg 1 cp/j ; Lévothyrox 75 µg "
     "(hypothyroïdie séquellaire du\nsunitinib) ; Inexium 20 mg.", ["A02BC05", "H03AA01", "L01EX07"]),
    # options weighed, a line decided or raised, not started; the one planned by someone
    ("Le choix entre acide zolédronique et dénosumab reste à faire.", []),
    ("Son oncologue a retenu une première ligne par palbociclib (Ibrance) + fulvestrant, qui débutera le 24/03.", []),
    ("Son oncologue, le Dr Lemaire, évoque palbociclib + fulvestrant.", []),
    ("L'oncologue a prévu de l'acide zolédronique.", []),
    # the courses of the initial treatment, over
    ("Traitée en 2022 par chimio néoadjuvante (EC puis paclitaxel-carboplatine + pembrolizumab), mastectomie.\n"
     "Depuis le 03/02/2025 : capécitabine (Xeloda).", ["L01BC06"]),
    ("Courrier du 11/03/2025.\nMastectomie, puis 12 paclitaxel-trastuzumab, trastuzumab + pertuzumab (Phesgo) adjuvant "
     "jusqu'en mai 2023.", []),
    # "sous" says the drug before the aside, not the one the aside tells stopped
    ("ACFA permanente sous Eliquis 5 mg x2 (le Kardégic a été arrêté en 2021).", ["B01AF02"]),
    # a bridge told over: the first drug taken again
    ("Préviscan pour une FA (relais par Lovenox pendant l'hospitalisation puis repris le Préviscan à la sortie)",
     ["B01AA12"]),
    ("Après 4 cycles de chimiothérapie par gemcitabine-cisplatine (septembre à novembre 2026), pas de progression.", []),
    # a table's begin and end columns past an abbreviation's full stop; a name wrapped over two lines
    ("Courrier du 10/11/2025.\nTraitement Posologie Début Arrêté le\nZometa 4 mg IV toutes les 12 sem. 04/2024 "
     "16/06/2025\nArimidex 1 mg 1 cp/j 2019 02/2024", []),
    ("Ostéonécrose de la mâchoire en juin 2025 : l'acide\nzolédronique a été arrêté.\nTraitement : Kardégic 75.",
     ["B01AC06"]),
    ("Le Dr Nguyen a prévu une première injection de Xgeva le 02/10 après le bilan dentaire.", []),
    # Swiss and Québec names; an abbreviation that names a drug only before its dose
    ("Score ASA 2. Rx : ASA 80 mg die, Euthyrox 50 µg, Irfen 400 mg, Lupron Depot aux 3 mois.",
     ["B01AC06", "H03AA01", "L02AE02", "M01AE01"]),
    # the aside after a class tells of its agents; a class marking a time
    ("FA sous anticoagulation orale (Marcoumar remplacé par Sintrom en 2022), HTA.\nSintrom 4 mg selon INR.", ["B01AA07"]),
    # a stop told right after the drug outweighs the words naming it taken
    ("Sintrom selon INR, repris à J2 post-opératoire ; relais par Fragmine terminé le 22/10.", ["B01AA07"]),
    ("Rotation morphine → oxycodone en janvier pour nausées. Oxycontin LP 40 mg x 2/j.", ["N02AA05"]),
    # the letter's date in an e-mail header, abbreviated
    ("Date : lun. 16 nov. 2026 à 18:42\nATCD : cancer du sein opéré en 2015, sous Arimidex jusqu'en 2020 puis "
     "surveillance simple.", []),
    # a doctor named after a colon in a sentence is no letterhead department
    ("Depuis la RCP : Dr Ollier a débuté le 28/10 Faslodex 500 + Verzenios 150 x2.", ["L01EF03", "L02BA03"]),
])
def test_fields_drugs_history_periods_stops_and_relatives(analyse, text, atc):
    value = analyse(text)["currentMedications"]
    assert sorted(m.atc for m in value.medications if m.atc) == atc


def test_fields_drugs_an_acronym_glued_to_a_figure_is_no_drug(analyse):
    assert analyse("Mutation germinale HNF1B.")["anticoagulation"].status == "unknown"
