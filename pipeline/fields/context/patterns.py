"""Cues, beyond EDS-NLP's qualifiers, that change what a mention says of the patient now.

Written on accent-free lower-case text (see `fold`). Each list says where the cue
stands relative to the mention, within the same clause.
"""

import re

# "non repris", "ne sera pas repris": a stop that lasts (even one made around a procedure)
not_resumed = (r"\b(?:non|pas|jamais|plus) (?:reprise?s?|reintrodui\w*)\b"
               r"|\b(?:reprise|reintroduction) (?:non|pas) (?:prevue|envisagee|programmee|indiquee|souhaitable)\b"
               r"|\bn'(?:a|ont|est|sont)(?: pas| jamais| plus)?(?: encore)? (?:ete )?(?:reprise?s?|reintrodui\w*)\b"
               r"|\b(?:pas|sans|aucune?|plus) de (?:reprise|reintroduction)\b")
# A refusal after a proposal: "Dénosumab proposé, refusé par la patiente" (not given, and no plan any more).
refused_after = r"\b(?:refusee?s?|recusee?s?) par\b|\brefus (?:de la |du |de |d')?(?:patiente?|famille)\b"
# Never started: "le dénosumab (Xgeva) n'a finalement jamais été débuté", "un relais par dénosumab n'a pas encore
# été décidé" (whatever named it as taken: "relais par").
never_started_after = (r"\bn'(?:a|ont|avait|avaient)\b[^.;\n]{0,20}?\b(?:jamais|pas) (?:encore )?(?:ete )?(?:debute|introduit"
                       r"|instaure|commence|initie|mis en route|decide|prescrit)e?s?\b")
# "Xarelto 6 mois puis arrêt", "tamoxifène arrêté le 30/05", "Kardégic stoppé", "sevré de"
stopped_after = [
    r"\barret(?:e|ee|es|ees)?\b", r"\bstop(?:pee?s?)?\b", r"\binterrompue?s?\b", r"\bsuspendue?s?\b",
    r"\b(?:mise?s? )?en (?:pause|suspens)\b",
    r"\bn'est plus\b", r"\bne (?:le |la |les )?prend plus\b", r"\bplus pris\b", r"\babandonnee?s?\b",
    r"\b(?<!sans )cessee?s?\b",  # Québec: "le Coumadin, cessé le 20 juillet"
    # not given again: "une perfusion de Zometa, que l'oncologue a décidé de ne pas renouveler"
    r"\bne pas (?:la |le |les |l')?(?:renouveler|reconduire|refaire)\b", r"\bnon (?:renouvelee?|reconduite?)s?\b",
    r"\b(?:remplacee?s?|relaye?e?s?)(?: le \d{1,2}/\d{1,2}(?:/\d{2,4})?| en \w+(?: \d{4})?)? par\b", r"\bretiree?s?\b",
    # a relay done: "elle était sous Eliquis, relais par Fragmine en péri-opératoire, poursuivi depuis" (not one to come:
    # "Préviscan 5 mg, relais par Lovenox prévu 5 jours avant le geste")
    r"\b(?<!puis )relais (?:par|sous)\b(?![^.;\n]{0,60}\b(?:prevue?s?|programmee?s?|envisagee?s?|a organiser|a prevoir|a discuter"
    r"|si|en cas|avant|sera|serait)\b)",
    not_resumed,
    # ("jusqu'au 20/06" is no stop: the end may lie ahead, and an anticoagulant must not be missed)
    r"\btermine(?:e|s|es)?\b", r"\bachevee?s?\b", r"\bfini(?:e|s|es)?\b",
    r"\b(?:cycles?|cures?|seances?) completee?s?\b",  # Québec, Belgium: "4 cycles complétés le 2025-06-02"
    never_started_after,
    # a course told by its length, in years: "tamoxifène 5 ans", "pendant 2 ans"
    r"^\W*(?:pendant |durant )?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:ans|annees)\b",
    r"^\W*pendant (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|dix-huit) mois\b",
    r"\bsevree?s?\b", r"\bfenetre therapeutique\b",
    r"^\W*(?:(?:a|ont) ete |est |sont )?(?:refusee?s?|recusee?s?)\b",  # "Xarelto refusé par le patient"
    refused_after,
    r"^\W*(?:ci|contre-?indiquee?s?)\b(?! (?:avec|a|au|aux|en cas)\b)",  # "Zometa CI vu clairance": not given
    # an adjuvant course is over by the time bone metastases are referred: "nivolumab adjuvant 12 mois"
    r"^\W*(?:en )?(?:neo-?)?adjuvante?s?\b",
    # never given: "le dénosumab n'a pas été débuté", "Xgeva non introduit"
    r"^[^.;\n]{0,20}?\b(?:n'a|n'ont|n'avait|n'avaient) (?:pas|jamais) ete (?:debute|introduit|instaure|commence|initie"
    r"|mis en place|realise|prescrit|administre|fait)e?s?\b",
    r"^[^.;\n]{0,20}?\b(?:non|jamais) (?:debute|introduit|instaure|commence|initie|realise|administre)e?s?\b",
    # not carried on: "Zometa : 1 perfusion, non poursuivi", "non renouvelé"
    r"\b(?:non|pas) (?:poursuivie?s?|renouvelee?s?|reconduite?s?)\b",
    # "une injection unique en 2021, sans relais" (not an instruction: "ne pas arrêter sans relais")
    r"\bsans(?<!arreter sans)(?<!arret sans)(?<!interrompre sans)(?<!suspendre sans)(?<!stopper sans)"
    r" (?:relais|renouvellement)\b",
    r"\brien depuis\b", r"\b(?:pas|sans|aucun) (?:de |d')?(?:traitement d'entretien|traitement de fond|entretien)\b",
    # a completed course followed by something else: "carboplatine-pémétrexed (4 cures), puis pémétrexed seul"
    r"^\W*\(?\s*\d+\s*(?:cycles?|cures?|injections?|perfusions?)\s*\)?\s*,?\s*puis\b",
]
# The next clause stopping what the one before named: "Xgeva 120 mg depuis 2022 ; suspendu depuis le 10/03".
# ... or carrying it on: "EP traitée 6 mois par Lixiana ; poursuite au-delà compte tenu du cancer".
said_in_next_clause = (r"[^\S\n]*(?:;|[–—]|-(?=\s))[^\S\n]*(?:(?:il|elle|celui-ci|celle-ci|le traitement) (?:a ete |est )?)?"
                       r"(?:(?:arrete|suspendu|interrompu|stoppe|poursuivi|prolonge|maintenu)e?s?|poursuite"
                       r"|arret(?! (?:du|de|des|d')\b))\b")  # "; arrêt après 3 cycles" (not "; arrêt du tabac")
# A line opening on a stop, its items after the colon: "Arrêtés pendant le séjour : Oxycontin, Zometa, Tahor".
stopping_line_label = (r"[^\S\n]*(?:[-•*][^\S\n]*)?(?:(?:traitements?|medicaments?|ttt) )?"
                       r"(?:arretee?s?|stoppee?s?|suspendue?s?|interrompue?s?|anciens? traitements?)\b[^:\n]{0,40}:"
                       r"(?=[^;\n]*$)")  # its items, up to the next clause ("Ancien traitement : Sintrom ; actuel : …")
# A stop said not to happen: "l'anticoagulation ne doit pas être interrompue", "jamais arrêté".
stop_denied_after = (r"\b(?:ne (?:doit|doivent|devant|faut|peut|peuvent|pouvant|sera|seront|devra|devront|saurait)\s+"
                     r"(?:(?:pas|jamais|en aucun cas)\s+)?"
                     r"(?:etre\s+)?|(?:pas|jamais|sans etre|non)\s+)(?:arretee?s?|interrompue?s?|suspendue?s?|stoppee?s?)\b"
                     r"|\b(?:pas|aucune?|sans) (?:d'|de )?(?:arret|interruption|suspension)\b"  # "pas d'arrêt nécessaire"
                     # what ended is a phase of it: "(dose de charge 10 mg x2 terminée le 12/10)"
                     r"|\b(?:dose|phase|posologie|traitement) (?:de charge|d'attaque|d'induction|initiale)\b")
# Told carried on after what looked like its end: "EP traitée 6 mois par Eliquis, poursuivi au long cours",
# "relais par Lovenox 8000 UI x2 depuis", "titration du Préviscan en cours": no stop, no plan.
continued_after = (r"\b(?<!non )(?<!pas )(?:poursuivie?s?|poursuite"
                   r"|prolonge(?<!marche prolonge)(?<!station prolonge)(?<!position prolonge)e?s?"
                   r"|toujours|au long cours|a vie)\b"  # (not "à la marche prolongée")
                   r"|\ben cours\b(?! d)|\b(?:debute|commence|instaure|introduit)e?s? (?:il y a|depuis)\b"
                   r"|\bdepuis (?:a|en) dose\b")  # (not "arrêtée depuis", "plus d'anticoagulant depuis")
# ... said right after it, the drug is taken now: "ticagrélor arrêté en février, aspirine poursuivie"
# (not a continuation over, told stopped: "Lovenox a été poursuivie 6 semaines puis arrêtée mi-novembre")
continued_right_after = (r"[^\S\n]*(?:(?:est|a ete|sont|ont ete) )?(?:poursuivie?s?|maintenue?s?|continuee?s?)\b"
                         r"(?![^.;\n]{0,60}\bpuis (?:arrete|stoppe|interrompu|suspendu)e?s?\b)")
# ... for a plan, only where the sentence ends on it ("relais par Fragmine 5000 UI/j en cours."; not "préciser le
# traitement anticoagulant en cours et la date de dernière prise")
continued_plan_after = (r"\b(?<!non )(?<!pas )poursuivie?s?\b|(?<!rien )(?<!pas )\bdepuis\s*(?:[.;,)]|$)"
                        r"|\bbien toleree?s?\b"  # "instauration d'Innohep le 10/06, bien tolérée": done
                        r"|\ben cours\s*(?:[.;,)]|$)")
# "arrêt du Kardégic", "plus de Xarelto depuis", "ancien traitement par", "ex-"
stopped_before = [
    # a course of a told length, over: "TVP traitée 3 mois par Xarelto"
    r"\btraitee?s? (?:pendant |durant )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)"
    r" (?:jours?|semaines?|mois|ans?) (?:par|sous|avec) (?:du |de la |de l'|le |la |l')?$",
    # (telegraphic: "Arrêt Femara et Ibrance", both)
    r"\b(?:arret|suspension|interruption)(?: definitif| definitive| total| totale| complet| complete| temporaire)?"
    r"(?: (?:du|de la|de l'|des|de))?\s*(?:[\w-]+ (?:et|\+) (?:du |de la |de l'|de |des )?)?$", r"\bn'(?:est|etait) plus (?:sous )?$",
    r"\barret(?: definitif| total| complet)? (?:du|de la|de l'|de) (?:traitement|prophylaxie|thromboprophylaxie|anticoagulation)"
    r"(?: \w+)? (?:par|sous)\s*$",  # "arrêt de la prophylaxie par Lovenox"
    r"\bplus d[e']\s*(?:traitement (?:par )?)?$", r"\bancien(?:ne)?s? (?:traitement )?(?:par |sous )?$",
    r"\bavait (?:ete )?(?:recu|pris|traitee? par)\s*$", r"\bsevrage (?:du|de la|de l'|des|de)\s*$",
    r"\binterruption (?:du|de la|de l'|des|de)\s*$", r"\bstop\s*$",
    # refused, never given: "refus de l'anticoagulation", "a récusé l'adjonction de docétaxel"
    r"\b(?:refus|recuse|refuse)e?s?\b(?:\s+(?:(?:par|de) (?:le |la )?(?:patiente?|rcp|cardiologue)|du patient|tout|toute|l'adjonction|l'introduction"
    r"|la mise en route|l'instauration|de|d'|du|de la|de l'|des|l'|le|la|les))*\s*$",
    r"\b(?:relais|relai|switch) (?:du|de la|de l'|des|de)\s*$",  # "Xgeva en relais du Zometa": Zometa is over
    r"\b(?:initialement|auparavant|anciennement|autrefois|precedemment) (?:traitee? )?(?:par|sous)\s*$",
    r"\b(?:chimio(?:therapie)?|hormono(?:therapie)?|immuno(?:therapie)?|traitement|ttt)s? (?:neo-?)?adjuvante?s?\b[^.;,]{0,40}$",
    # a count of cycles given after another course: "4 EC puis 12 paclitaxel", "3 FEC puis 3 docétaxel"
    r"\b(?:puis|apres|suivie?s? de) (?:[2-9]|1\d|2[0-4]) ?(?:x ?)?$",
    # an opioid rotation: "Rotation morphine → oxycodone en janvier" (the first is over)
    r"\brotation (?:de (?:la |l')?|du )?$",
    # "Après 4 cycles de chimiothérapie par gemcitabine-cisplatine, pas de progression"
    r"\bapres (?:[1-9]|1\d|2[0-4]|deux|trois|quatre|cinq|six|huit|douze) (?:cycles?|cures?)\b[^.;\n]{0,40}$",
    r"\btitration (?:de |d'|du |par |en )?(?:la )?$",  # "3 après titration morphine" at the emergency department
    # the lines given before, listed: "Plusieurs lignes : létrozole-palbociclib, capécitabine, fulvestrant."
    r"\b(?:(?:plusieurs|precedentes?|anterieures?|\d+) lignes?|lignes? (?:anterieures?|precedentes?|recues))"
    r"(?: de traitement| therapeutiques?)?\s*:\s*(?:[^.;:\n]*,\s*)?$",
    # the stop told before the drug: "le cardiologue a arrêté son Kardégic", "il dit avoir arrêté de lui-même le
    # Tahor", "elle ne prend plus son Xarelto" (not a suspension: it may be one around a procedure)
    r"\b(?:a|ont|ai|avons|avez|avait|avaient|avoir)(?: (?:deja|definitivement|spontanement|brutalement"
    r"|de lui-meme|d'(?:elle|eux|elles)-memes?))? (?:arrete|stoppe|interrompu|cesse)(?: (?:definitivement"
    r"|spontanement|brutalement|de lui-meme|d'(?:elle|eux|elles)-memes?))? (?:son |sa |ses |le |la |les |l'|leur |leurs )?"
    r"(?:traitement (?:par |de |d')?)?$",
    r"\bne (?:prend|prenait|prendrait|veut) plus (?:son |sa |ses |le |la |les |l'|de |d')?$",
    r"\bne plus prendre (?:son |sa |ses |le |la |les |l'|de |d')?$",
]
# A course told as done before a "then" in the same clause: "quatre cures de carboplatine-étoposide,
# puis maintenance par …" (the course before, then the cue after the drug).
# A course told with its length, then what followed: "tinzaparine pendant un mois, puis édoxaban" (even
# when it was itself a relay: the relay is over).
# (cycles counted "x4" or more, not a posology: "Eliquis 5 mg x2 puis …", "1 g x4/j")
finished_then_after = (r"(?:^|[\s-])(?:x|×)[^\S\n]?(?:[4-9]|1\d)\b(?![^\S\n]*(?:/|par\b))[^.;\n]{0,20}?\bpuis\b|"
                       r"\bpendant (?:un|une|deux|trois|quatre|cinq|six|\d+) (?:jours?|semaines?|mois|ans?)\b"
                       r"[^.;]{0,20}?,?\s*(?:puis|(?:avec |en )?relais|relaye)\b(?!\s*(?:a |de )?\d)")  # not a dose: "puis 5 mg"
finished_course_before = (r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)\s+"
                          r"(?:cures?|cycles?|seances?|perfusions?)\s+(?:de |d'|par )")
then_after = (r"\bpuis\b|\bet (?:poursuit|poursuivi|continue)\b|\bsuivie?s? (?:de|d'|par)\b"
              r"|\b(?:maintenant|actuellement|desormais)\b")  # "quatre cures de carboplatine étoposide … maintenant en maintenance"  # "…, et poursuit le pembrolizumab"
# A stop to come leaves the drug current until then: "l'Eliquis sera arrêté 48 h avant le geste",
# "Xarelto à suspendre 3 jours avant", "arrêt prévu du Kardégic", "arrêter l'Eliquis la veille".
stop_ahead_after = [
    # asked: "le Prolia doit-il être remplacé par du Xgeva ?"
    r"\b(?:doit|doivent|faut|peut|peuvent)-(?:il|ils|elle|elles|on) (?:etre )?(?:arrete|suspendu|interrompu|stoppe|relaye"
    r"|remplace)e?s?\b",
    r"\b(?:sera|seront|serait|devra(?:it)? etre|doit etre|doivent etre|devront etre|va etre|vont etre)\s+"
    r"(?:\w+ment\s+)?(?:arrete|suspendu|interrompu|stoppe|relaye)e?s?\b",  # "il sera simplement suspendu la veille"
    # the window before a procedure: "arrêt du Lixiana 48 heures avant", "Eliquis : dernière prise à J-3"
    r"^\W*(?:\d+|vingt-quatre|quarante-huit|deux|trois|quatre|cinq)\s?(?:h|heures|jours?)\s+avant\b",
    r"\ba (?:arreter|suspendre|interrompre|stopper|relayer)\b",
    r"\b(?:arret|suspension|interruption|fenetre(?: therapeutique)?|relais)(?:\s+[\w']+){0,3}?\s+(?:prevue?|programmee?"
    r"|a prevoir|a programmer|a organiser|envisagee?)\b",
    r"\brelais(?:\s+[\w']+){0,3}?\s+(?:necessaires?|indispensables?|requise?)\b",  # "Préviscan, relais HBPM nécessaire"
]
# A stop that did not last: around a procedure, or taken up again ("suspendu 48 heures avant la biopsie,
# et repris le lendemain"): the drug is current (a missed anticoagulant is the worst error).
# (a resumption still to be discussed is no resumption: "suspendu ; reprise à rediscuter après cicatrisation")
_UNDECIDED = r"(?! (?:a (?:re)?discuter|a envisager|a evaluer|a decider|a definir|eventuelle|discutee|envisagee|non\b|pas\b))"
resumed_after = [
    # (not "reprise de la marche", even cut by the window's end: "… arrêté dès la reprise d")
    r"\b(?<!non )(?<!pas )(?<!jamais )repris(?:e|es)?\b(?! (?:de|du|des) )(?! d$)" + _UNDECIDED,
    r"\b(?<!non )(?<!pas )(?<!jamais )reintrodui\w*\b", r"\ba reprendre\b(?! ou)",
]
# ... a stop around a procedure (not for drugs paused for weeks around dental care: see MentionContext.long_pauses)
procedure_window_after = [
    r"\b(?:avant|pour|(?:la |l'avant-)?veille d[eu']|le jour d[eu'])\s*(?:le |la |l'|chaque |une? )?(?:geste|biopsie|intervention|chirurgie|procedure|extraction"
    r"|avulsion|operation|ponction|infiltration|vertebroplastie|cimentoplastie|radiofrequence)\b",
    # counted in days from a procedure: "arrêt du Préviscan le 03/12 (J-5)", "arrêt 72 h avant"
    r"\bj\s?[-+]\s?\d{1,2}\b", r"\barret (?:\d+|quarante-huit|soixante-douze|vingt-quatre)\s?(?:h|heures|jours?) avant\b",
]
# ... a resumption still to come: "il sera repris à dose réduite", "reprise prévue après l'avis dentaire"
resumption_to_come = (r"\b(?:sera|seront|serait|seraient) (?:repris|reintrodui)\w*|\breprendra\b|\breprise (?:\w+ )?(?:prevue|envisagee"
                      r"|programmee|a discuter|a envisager|apres|des que|lorsque|quand|si)\b"
                      # on a condition: "reprise par le MT selon la créatininémie"
                      r"|\breprise\b[^.;\n]{0,30}\b(?:selon|en fonction d)")
# The next sentence taking a stopped drug up again ("Eliquis arrêté en janvier. Repris en mars.", "Arrêt du
# Xarelto le 12/05. Reprise le 20/05.", "Il a été réintroduit depuis"): current. Not a disease or an activity
# taken up ("Reprise évolutive", "Reprise de la marche").
resumed_next_sentence = (r"[\s.;,)]*(?:(?:il|elle|celui-ci|celle-ci|le traitement|ce traitement|l'anticoagulation"
                         r"|l'anticoagulant|il l'|elle l')\s*(?:a ete |est |sera |a |l'a )?|puis )?"
                         r"(?:repris(?:e|es)?|reintrodui\w*|reintroduction|remise? en route)\b"
                         r"(?! (?:de|du|des|d') )(?! evolutiv)" + _UNDECIDED)
# ... or doubted there: "traitée par Previscan. Je ne sais pas s'il le prend encore, à vérifier"
doubted_next_sentence = (r"[\s.;,)]*(?:mais )?(?:je ne sais (?:pas|plus)|on ne sait (?:pas|plus)|(?:il|elle) ne sait (?:pas|plus)"
                         r"|j'ignore)\s+(?:s'(?:il|ils)|si (?:elle|elles|le patient|la patiente))\s+(?:le |la |les |l')?"
                         r"(?:prend|prennent|est toujours sous|est encore sous|a toujours|a encore)\b")
# The drug a relay or a switch replaces ("relais du Prolia par Xgeva"): a stop to come when the relay is a plan.
# ... or said needed: "relais de l'AVK nécessaire" (a relay to come around a procedure)
needed_after = r"[^\S\n]*(?:[\w']+[^\S\n]+){0,2}?(?:necessaires?|indispensables?|requise?)\b"
# A bridge told over: "le Xarelto a été relayé par Lovenox pendant l'hospitalisation puis repris à la sortie" (the
# bridging drug is over, the first one taken again).
relayed_by_before = r"\b(?:relaye(?:e|s|es)?|relais) (?:par|sous) (?:le |la |l'|une? |de l'|du )?$"
bridge_over_after = (r"[^\S\n]*(?:[\w'-]+[^\S\n]+){0,3}?(?:pendant|durant|le temps d[eu']|au cours d[eu'])\b[^.;\n]{0,60}?"
                     r"\bpuis\s+(?:(?:il|elle) a ete\s+)?(?:repris|reprise|reintrodui\w*)\b")
# A relay asked about: "son oncologue demande un avis sur le relais de l'Actonel par du Xgeva" (the first drug goes on,
# the second is a plan).
_ASKED_RELAY = (r"\b(?:avis|souhaite\w*|discuter|discussion|envisage\w*|question|faut-il|propos\w*)\b[^.;?\n]{0,100}"
                r"\brelais (?:du|de la|de l'|des|de)\s*")
asked_relay_of_before = _ASKED_RELAY + "$"
asked_relay_by_before = _ASKED_RELAY + r"[^.;?\n]{1,40}?\bpar (?:une? |le |la |l'|du |des )?$"
relay_of_before = r"\b(?:relais|relai|switch|remplacement|passage) (?:du|de la|de l'|des|de)\s*$"
stop_ahead_before = [
    # "arrêt temporaire du Pradaxa à prévoir pour la biopsie"
    r"\b(?:arret|suspension|interruption)s? (?:temporaire|transitoire|provisoire|momentanee?)s? (?:du|de la|de l'|des|de|d')\s*$",
    r"\b(?:arreter|suspendre|interrompre|stopper|relayer)\s+(?:le |la |l'|les |du |de la |de l')?$",
    r"\bmodalites d'(?:arret|interruption|relais)(?: et (?:de |d')(?:arret|interruption|relais))?"
    r" (?:du|de la|de l'|des|de)\s*$",
    r"\b(?:arret|suspension|interruption|fenetre therapeutique)\s+(?:prevue?|programmee?|a prevoir)\s+"
    r"(?:du|de la|de l'|des|de)\s*$",
    # asked whether to stop or carry on: the drug is taken ("faut-il poursuivre l'Eliquis ?", "la question d'un
    # arrêt de l'Eliquis pendant la RT")
    r"\b(?:poursuivre|maintenir|continuer)\s+(?:le |la |l'|les )?$",
    # a window or a last dose is of a drug taken: "fenêtre d'AOD à prévoir", "dernière prise d'Eliquis la veille"
    r"\b(?:fenetre(?: therapeutique)?|derniere prise) (?:du |de la |de l'|des |de |d')(?:son |sa |ses )?\s*$",
    # a stop as the time of something else: "reprise du Kardégic prévue à l'arrêt du Lovenox", "jusqu'à l'arrêt de"
    r"\b(?:a|des|jusqu'a|au moment de) l'(?:arret|interruption) (?:du|de la|de l'|des|de)\s*$",
    r"\b(?:question|interet|place|indication|necessite|faut-il|doit-on|modalites)\b[^.;?\n]{0,20}"
    r"\b(?:arret|interruption|relais|suspension|maintien|poursuite) (?:du|de la|de l'|des|de)\s*$",
]
# A drug the patient is "sous" is taken, whatever the plan of the clause ("indication d'une vertébroplastie chez un
# patient sous Xarelto"), unless being put on it is the plan ("mise sous AVK", "passage sous AOD").
taken_under_before = (r"(?<!mise )(?<!mis )(?<!passage )(?<!passer )(?<!relais )(?<!remettre )(?<!remise )(?<!mettre )"
                      r"\bsous\s*(?:le |la |l'|les )?$")
# A drug named right after "puis" follows what came before: current unless a stop of its own is told
# ("carboplatine-pémétrexed (4 cures), puis pémétrexed seul"; not "puis durvalumab, terminé en 2023").
follows_before = r"\bpuis\s+(?:par |sous )?(?:le |la |l')?$"
# A drug named as what follows a finished course is current: "… puis maintenance par durvalumab",
# "relais par Eliquis", "reprise du Xarelto" (it stands even when another sentence stops it).
current_before = [
    r"\b(?:maintenance|entretien)(?:\s+(?:par|sous|avec|de|du))?\s*(?:le |la |l')?$",  # "maintenance pémétrexed"
    r"\b(?:relais|relai|switch)\s+(?:par|sous|avec|vers|pour)\s*(?:le |la |l')?$",
    r"\breprise (?:du|de la|de l'|de)\s*$",
    r"\b(?:reintrodui\w*|reintroduction|repris|reprend)\s+(?:le |la |les |l'|du |de la |des |de l')?\s*$",
    # "le Prolia a été relayé en juin 2026 par Xgeva", "remplacé par"
    r"\b(?:remplacee?s?|relaye?e?s?)(?: le \d{1,2}/\d{1,2}(?:/\d{2,4})?| en \w+(?: \d{4})?)? par\s*(?:le |la |l')?$",
    r"\b(?:poursuit|poursuivons|poursuivent|continue|continuons)\s+(?:le |la |les |l'|son |sa |ses )?\s*$",
    r"\b(?:toujours|actuellement|depuis|encore) sous\s*$",
    # carried on after the rest of a combination stopped: "maintien du pémétrexed et du pembrolizumab seuls"
    r"\b(?:poursuite|maintien) (?:du|de la|de l'|des|de)\s*(?:[\w-]+\s*(?:et|,)\s*(?:du|de la|de l'|des|de)\s*)?$",
    # kept through a procedure: "avulsion sans interruption de l'AOD"
    r"\bsans (?:interruption|arret|suspension|modification) (?:du|de la|de l'|des|de)\s*$",
]
# A course written with its begin and end dates, right after the drug ("sunitinib (12/2021 – 06/2022)") or
# heading it ("L1 (04/2021 – 01/2023) : létrozole"): over when the letter names a later date.
_MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                "novembre", "decembre")
# (and as abbreviated in e-mail headers: "Date : lun. 16 nov. 2026")
_MONTH_NAME = "|".join(_MONTH_NAMES) + r"|(?:janv|fevr?|avr|juil|sept|oct|nov|dec)\."
_YEAR = r"(?:19|20)\d\d"
_MONTH_YEAR = rf"(?:(?:\d{{1,2}}/)?(?:\d{{1,2}}/)?{_YEAR}|(?:{_MONTH_NAME}) {_YEAR})"
# ... or after it: "Depuis, durvalumab d'entretien aux 4 semaines"
maintenance_after = (r"^[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?"
                     # (its dose and rhythm between: "1680 mg toutes les 4 semaines")
                     r"(?:(?:\d+(?:[.,]\d+)?|mg|g|ui|µg|ml|toutes?|tous|les|semaines?|sem|jours?|j|par|fois|iv|sc|x|×|/)"
                     # ("pembrolizumab seul en maintenance": the others stopped)
                     r"[^\S\n]*)*(?:(?:seule?s? )?(?:d'entretien|en entretien|en maintenance|de maintenance))\b")
# ... or said taken since, the clause going on about something else: "Innohep 14 000 UI/j depuis, le Kardégic a été
# arrêté à cette occasion" (the stop is the Kardégic's)
since_after = r"^(?:(?!arret|stop|suspen|interromp|cess)[^.;,()\n]){0,40}?\bdepuis[^\S\n]*[,.;)]"
# ... or given since a date told right after it, whatever period the line opens on: "2023-2024 : docétaxel, puis
# abiratérone depuis septembre 2024"
since_date_after = rf"^[^.;,()\n]{{0,20}}?\bdepuis (?:le |fin |debut |mi-)?{_MONTH_YEAR}"
# (not a drug denied: "plus d'anticoagulant depuis")
denied_right_before = r"\b(?:plus|pas|jamais|sans|aucune?|ni)[^\S\n]+(?:de |d'|du |des )?$"
# A taking up again asked about: "Reprise d'un anti-résorptif (Zometa ?) ?" (with the "?" ending
# its clause; "reprise du Xarelto le 12/03" tells it done).
resume_before = r"\b(?:reprise|reintroduction|relance) (?:eventuelle )?(?:d'une? |du |de la |de l'|des )(?:traitement )?$"
# ... and so are options weighed in a question: "Acide zolédronique ou dénosumab chez ce patient ?"
option_after = r"^[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?(?:ou|vs\.?|versus)[^\S\n]"
option_before = r"[^\S\n](?:ou|vs\.?|versus)[^\S\n]+(?:le |la |l'|du |de la |de l'|des )?$"
# A stop told right after the drug outweighs the words before it that name it taken: "relais par Fragmin terminé le
# 22/10", "sous Xarelto, arrêté depuis mai".
stop_told_right_after = (r"^[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?,?[^\S\n]*(?:(?:a ete|est|sont|ont ete|etait)[^\S\n]+)?"
                         r"(?:termine|arrete|stoppe|interrompu|cesse|fini)e?s?\b")
now_after = r"[^\S\n]*(?:a ce jour|pour l'instant|pour le moment|actuellement|jusqu'(?:a present|ici))\b"
# A taking up again put off to a later decision: "Plavix arrêté à l'entrée, ne sera repris qu'après avis du cardiologue"
# (not for an anticoagulant, which such a stop around a procedure leaves taken).
put_off_resuming = r"\bne (?:sera|seront) repris(?:e|es)? qu'"
not_yet_before = r"\b(?:pas|aucune?) encore (?:de |d'|du |des )?$"  # "Pas encore de traitement osseux (type Xgeva), à discuter"
# ... and what is given since a date: "depuis 11/2024 fulvestrant + palbociclib"
current_before.append(rf"\bdepuis (?:le |fin |debut |mi-)?{_MONTH_YEAR}[^\S\n]*:?[^\S\n]*$")
_DOSE = r"\d+(?:[.,]\d+)?[^\S\n]*(?:mg|g|µg|ui)(?:/m²|/m2|/kg)?"
_DATE_RANGE = (rf"(?:{_MONTH_YEAR}|(?:{_MONTH_NAME}))\s*(?:-|–|—|a|au|->|→|=>)\s*(?P<end>{_MONTH_YEAR})\b")
# "(2019-2021)", "de 2019 à 2021", "d'avril à juillet 2026"
course_dates_after = (rf"^(?:[^,;()\n]{{0,30}}?(?:\(\s*|\b(?:de|du)\s+|\bd'|,[^\S\n]*)"  # "carboplatine-pémétrexed, 11/2024 – 01/2025"
                      rf"|[^\S\n]+(?:\([^()\n]{{0,30}}\)[^\S\n]+)?(?:{_DOSE}[^\S\n]+)?){_DATE_RANGE}")  # "abiratérone 2022-2023", "Tagrisso 80 mg 02/2022 – 10/2024"
# ... or in a table's begin and end columns, the text layer keeping one space between them: "Capécitabine (Xeloda)
# 07/2023 08/2024 progression"
course_table_dates_after = rf"^[^\n|]{{0,40}}?\b{_MONTH_YEAR}[^\S\n]+(?P<end>(?:\d{{1,2}}/)?\d{{1,2}}/{_YEAR})\b"  # (or "2019 02/2024")
# ... or in a cell of its own: "| 07/2024 – 10/2024 |"
cell_period = rf"[^\S\n]*(?:de |du )?{_DATE_RANGE}[^\S\n]*$"
# ... its cycles counted after a comma: "carboplatine-étoposide, 4 cycles de juin à août 2025"
# (past the other drugs of a combination and their asides: "Carboplatine + étoposide + durvalumab (Imfinzi) 1500 mg :
# 4 cures de 12/2024 à 02/2025")
course_cycles_dates_after = (rf"^(?:[^;()\n]|\([^()\n]*\)){{0,80}}?\b(?:cycles?|cures?|seances?|injections?|perfusions?) "
                             rf"(?:de |du |d')\s*{_DATE_RANGE}")
course_dates_before = rf"{_DATE_RANGE}\s*\)?\s*:\s*$"
# ... or the period a history line opens on: "Octobre à décembre 2023 : radio-chimiothérapie (carboplatine-paclitaxel)"
course_dates_line = (rf"[^\S\n]*(?:(?:[-•*–]|\d{{1,2}}[.)])[^\S\n]*)?(?:(?:de|du|d')\s*)?{_DATE_RANGE}"
                     r"(?:[^\S\n]*[:|–-]|[^\S\n]+)")  # (or a table's first column: "2017 – 2020   Abiratérone")
# ... or counted in cycles within a year: "docétaxel 6 cycles en 2020"
# A dose told received, unless a rhythm follows: "elle a reçu une perfusion de Zometa le 4/10" (not "… toutes les 4
# semaines").
# A one-off past dose is no treatment the patient is on, nor one stopped (the spec leaves it out): told before the drug
# ("une perfusion unique de pamidronate", "il a reçu une injection de Xgeva") ...
once_before = [
    r"\b(?:une?|1)\s+(?:seule|unique)\s+(?:perfusion|injection|dose|cure|administration)\s+(?:de|d'|du)\s*$",
    r"\b(?:une?|1)\s+(?:perfusion|injection|dose|cure|administration)\s+(?:unique|isolee)\s+(?:de|d'|du)\s*$",
    # (telegraphic: "Reçu 1 perf de Zometa aux urgences")
    r"\b(?:(?:a|avait|ont|avaient) )?(?:recu|eu)\s+(?:une?|1)\s+(?:perfusion|perf|injection|inj|dose|administration)\.?"
    r"\s+(?:de|d'|du)\s*$",
]
# ... or after it: "Zometa 4 mg en perfusion unique", "Pamidronate : une injection unique en 2021"
once_after = [
    r"\ben (?:perfusion|injection|dose|administration) unique\b", r"\b(?:perfusion|injection|dose) isolee\b",
    r"^[^.;\n]{0,15}?\bperfusion unique\b(?! quotidienne| par jour)",  # "Zometa 4 mg : perfusion unique"
    r"^\W*(?:une?|1) (?:seule )?injection (?:unique|isolee)\b",
    r"^[^.;\n]{0,15}?\b(?:une|1) (?:seule )?fois (?:aux urgences|en urgence|a l'admission|le \d)",  # "Zometa 4 mg 1 fois aux urgences"
    r"^[^.;\n]{0,15}?\b(?:recue?|eue?|faite?|administree?) (?:une|1) (?:seule )?fois\b",  # "Aclasta reçu une fois en 2022"
    r"^\W*(?:une?|1) (?:seule )?perfusion\b"
    r"(?![^.;|\n]{0,30}(?:\b(?:tous|toutes?) les\b|\bpar (?:jour|semaine|mois|an)\b|\bchaque\b|\bmensuel|\btrimestriel"
    r"|/\s*\d*\s*(?:sem|mois|an\b|j\b)))",  # (a rhythm "/ 4 sem.", not a date "le 16/01/2026")
]
# ... or named with its day, without a verb: "(+ une perfusion d'Aredia le 06/11)"
one_dated_dose_before = r"\b(?:une?|1)\s+(?:perfusion|injection|dose)\s+(?:de|d'|du)\s*$"
dated_right_after = (r"^[^\S\n]*(?:\d+(?:[.,]\d+)?\s*(?:mg|g)\s*)?(?:(?:le|du) \d{1,2}/\d{1,2}\b"
                     r"|en (?:[a-z]+ )?(?:19|20)\d\d\b)")  # "une perfusion d'Aclasta en 2022"
rhythm_after = (r"\btou(?:te)?s les \d+\s*(?:semaines|sem|mois|jours)\b|\bmensuel\w*|\bpar mois\b|/\s*\d*\s*(?:sem|mois)\b"
                r"|\bannuel\w*|\bpar an\b|\btous les ans\b"
                r"|\bprochaine? (?:injection|perfusion|dose|cure)\b|\ba renouveler\b")  # "(prochaine injection prévue fin septembre)"
# ... or told given until a date: "anticoagulé par Xarelto 20 mg jusqu'au 11/06/2026"
course_until_after = rf"^(?:[^.;()\n]|\([^()\n]{{0,30}}\)){{0,30}}?\bjusqu'(?:au|en|a|à) (?:(?:fin|debut|mi)[- ])?(?P<end>{_MONTH_YEAR})\b"
course_in_year_after = rf"^\W*\d+\s*(?:cycles?|cures?|perfusions?|injections?)\s+(?:en|au cours de)\s+(?P<end>{_YEAR})\b"
dated = rf"\b(?:(?:\d{{1,2}}/)?(?P<month>\d{{1,2}})/|(?P<month_name>{_MONTH_NAME}) )?(?P<year>{_YEAR})\b"
month_names = _MONTH_NAMES
# Lines of treatment: a course introduced by its line ("1re ligne : sunitinib", "1L carboplatine-paclitaxel") is
# over when the letter names a later line that is not only planned ("2e ligne par docétaxel depuis le 22/10").
line_of_treatment = (r"\b(?:(?P<number>[1-9])(?:re|ere|er|e|eme|nde|nd)? ?ligne\b|(?P<short>[1-9])l\b"
                     r"|(?P<word>premiere|deuxieme|seconde|second|troisieme|quatrieme|cinquieme|sixieme) ligne\b)")
line_words = {"premiere": 1, "deuxieme": 2, "seconde": 2, "second": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
              "sixieme": 6}
# ... or the shorthand "L1", "L2" opening a history line that tells a treatment (not a vertebra: "L4 : tassement")
line_lead = (r"^[^\S\n]*(?:[-•*–][^\S\n]*)?l(?P<lead>[1-9])\b[^\S\n]*:?[^\S\n]*(?=[^\n]*"
             r"(?:\bmg\b|\bcycles?\b|\bcures?\b|\bc\d{1,2}\b|\bdepuis\b|\bdebute|\bmaintenance\b|\bpuis\b|\bx\s?\d))")
line_heads_drug = r"[^.;\n]{0,25}$"  # between the line and the drug it introduces: "métastatique (2021-2022) : "
# "Xgeva prévu", "RT envisagée", "denosumab à discuter", "à débuter", "sera introduit"
# (right after the mention: the window stops at the next comma)
planned_after = [
    # (none planned is no plan: "pas de bisphosphonate de fond et aucun n'est prévu")
    r"\b(?<!comme )(?<!n'est )(?<!ne sont )(?<!pas )prevue?s?\b", r"\b(?<!n'est )(?<!pas )envisagee?s?\b",
    r"\ba discuter\b", r"\ba rediscuter\b", r"\ba debuter\b",
    r"\ba introduire\b", r"\ba instaurer\b", r"\ba prevoir\b", r"\ba envisager\b", r"\bproposee?s?\b",
    r"\bprogrammee?s?\b", r"\bsera (?:debute|introduit|instaure|realise|mis en place|organise|effectue|prescrit)e?s?\b",
    r"\b(?:a ete |ont ete )?evoquee?s?\b",  # "une radiothérapie du sacrum a été évoquée"
    # to be organised: "le relais … devra être organisé avec son cardiologue"
    r"\b(?:devra|devront|doit|doivent) etre (?:organise|realise|mis en place|prevu|programme|planifie)e?s?\b",
    # a conditional plan: "un relais du Préviscan par Lovenox serait organisé"
    r"\bserai(?:t|ent) (?:organise|realise|debute|introduit|instaure|mis en place|propose|envisage|discute)e?s?\b",
    r"\ben projet\b", r"\ben attente\b", r"\ba programmer\b", r"\ba l'etude\b", r"\bdiscutee?s?\b",
    r"\b(?:differee?s?|reportee?s?)\b",  # postponed: "HBPM différée en attendant la RT"
    r"\ba organiser\b", r"\bsouhaitee?s?\b", r"\b(?:qui )?(?:debutera|commencera|demarrera)\b",
    # a start to come: "carboplatine-paclitaxel doit débuter le 31/03", "Xgeva pourra se discuter"
    r"\b(?:doit|doivent|devra|devront|devrait|va|vont) (?:debuter|commencer|demarrer|etre (?:debute|introduit"
    r"|instaure|initie|mis en route|commence)e?s?)\b",
    r"\bpourr(?:a|ont|ait|aient) (?:se discuter|s'envisager|etre (?:discute|envisage|propose|introduit|debute"
    r"|instaure|repris|reintroduit)e?s?)\b", r"\b(?<!a la )demandee?s?\b", r"\bpourrait\b", r"\b(?<!comme )(?<!contre-)(?<!contre)indiquee?s?\b",
    # (taken "à la demande", as needed, is no plan)
    # the first of options weighed: "(docétaxel vs 177Lu-PSMA)"
    r"^\W{0,3}(?:versus|vs\.?)\s",
    # advised against: not given ("Acide zolédronique : je le déconseille")
    r"\bdeconseillee?s?\b", r"\b(?:je|nous) (?:le |la |les )?deconseill",
    r"\bse pose\b", r"\b(?:serait|serai[te]nt|est|sont|sera|seront) a privilegier\b",  # "l'Eliquis serait à privilégier"
    # "une cimentoplastie est-elle envisageable ?" (not "aucun arrêt de l'Eliquis n'est envisageable")
    r"\benvisageable(?<!n'est envisageable)(?<!ne sont envisageable)(?<!pas envisageable)s?\b",
    r"\brealisable(?<!n'est realisable)(?<!ne sont realisable)(?<!pas realisable)s?\b",
    r"\breste(?:nt)? a (?:faire|definir|discuter|decider|determiner|choisir|valider)\b",  # "le choix … reste à faire"
]
# What a "Projet :" label opens on is planned ("Projet : chimio-immunothérapie carboplatine-étoposide, C1 le 20/11"),
# unless it goes on with what is taken ("Projet : poursuite du Xgeva", "Projet thérapeutique : alectinib 600 mg x 2/j,
# débuté en mars 2024 et poursuivi depuis", see MentionContext).
project_label_before = r"\bprojet(?: therapeutique)?\s*:\s*(?!poursuite|maintien|continu|arret|reprise)(?:[\w-]+\s+){0,2}$"
ongoing_after = r"\bdepuis\b|\ben cours\b|\bpoursuivie?s?\b"
# ... and right after a comma, a plan in the infinitive: "dénosumab, à débuter en juillet"
# or the first cycle still to come: "carboplatine-pembrolizumab, C1 prévue le 07/12"
# (maybe after an aside of intent or line: "carboplatine-pémétrexed, à visée palliative, débutera le 25/11",
# "vinorelbine en monothérapie, premier cycle programmé")
_PLAN_ASIDE = r"(?:a visee \w+|en (?:association|monotherapie|\w+ ligne)|de \w+ ligne)\s*,\s*"
planned_after_comma = (rf"^\s*(?:,\s*(?:{_PLAN_ASIDE})?|{_PLAN_ASIDE})"
                       r"(?:(?:qui )?(?:debutera|commencera|demarrera|sera (?:debute|introduit|instaure)e?s?)\b"
                       r"|a (?:debuter|introduire|instaurer|prevoir|discuter|rediscuter|envisager|programmer"
                       r"|organiser)\b|(?:c1|j1|1re cure|premiere cure|premier cycle)\s+(?:prevue?|programmee?)\b)")
# "projet de radiothérapie", "indication d'une cimentoplastie", "débuter du dénosumab",
# "mise en route d'un traitement anti-résorptif (acide zolédronique)": anywhere before, in the clause.
planned_before = [
    r"\bprojet (?:de|d'|d'une?)\b", r"\bpropositions?\s*:\s*$",
    r"\b(?<!pas d')(?<!aucune )(?<!sans )indication (?:de|d'|a|du|des|d'une?)(?!u maintien|u (?:la )?poursuite| la poursuite| maintien| poursuite)", r"\bproposition (?:de|d'|d'une?)",
    r"\b(?:discuter|envisager|prevoir|programmer|debuter|introduire|instaurer|proposer|organiser|remplacer|relayer|realiser|faire) ",
    r"\bdiscussion (?:en (?:rcp|staff|reunion)(?: [\w-]+){0,2} )?(?:de|d'|d'une?|du|des)", r"\bavant (?:de |d')?(?:debuter|introduire|demarrer)",
    r"\b(?:possibilite|opportunite) (?:de|d'|d'une?)", r"\binteret (?:de|d'|d'une?|du|des)", r"\bplace (?:de|d'|d'une?|du|des)",
    r"\bfaut-il\b", r"\b(?:j'ai|nous avons|avons|ai) (?:evoque|aborde|discute)\b",
    # "l'oncologue a prévu de l'acide zolédronique"
    r"\b(?:a|ont|avons|ai) (?:prevu|programme|planifie) (?:de la |de l'|du |des |de |d'|la |le |l'|une? )?"
    r"(?:(?:premiere |1re )?(?:injection|perfusion|cure|dose|seance) (?:de |d'|du ))?$",  # "a prévu une première injection de"
    # foreseen: "le Dr Lenoir prévoit le dénosumab (Xgeva) après le bilan dentaire"
    r"\bprevoi(?:t|ent) (?:de |d'|le |la |l'|les |du |de la |des |une? )?(?:(?:traitement|injection|perfusion) (?:par |de |d'|du ))?$",
    # raised, not decided: "son oncologue évoque palbociclib + fulvestrant"
    # (by someone: "le scanner évoque un cancer bronchique" tells a finding)
    r"\b(?:oncologue|medecin|docteur|dr|pr|il|elle|on|nous|je|j'ai)\b[^.;\n]{0,30}\b(?:evoque|evoquent|envisage|envisagent)"
    r"\s+(?:(?:un|une|le|la|les|des|du|de la|l')\s*)?(?:traitement (?:par )?)?$",
    # talked of, not started: "l'oncologue a débuté l'Arimidex et parle d'un traitement par Prolia" (not the patient's
    # own: "elle parle de son Xarelto")
    r"\b(?:parle|parlent|parlait|a parle|ont parle|il est question) (?:de |d'|du |des |de la |de l')(?:une? )?"
    r"(?:(?:traitement|chimio\w*|hormonotherapie|immunotherapie|therapie ciblee|injections?|perfusions?|relais)"
    r" (?:par |de |d'|du |de l'|de la ))?$",
    # what is asked to replace it: "le Prolia doit-il être remplacé par du Xgeva ?"
    r"\b(?:doit|doivent|faut|peut|peuvent)-(?:il|ils|elle|elles|on)\b[^.;?\n]{0,40}\b(?:remplacee?s?|relayee?s?|remplacer"
    r"|relayer) par (?:du |de la |de l'|le |la |l'|un |une )?$",
    # "l'avis de la RCP sur le choix de l'agent anti-résorptif", "le choix entre acide zolédronique et dénosumab"
    r"\b(?:le |au )?choix (?:de|du|des|d'|entre)",
    # a line of treatment decided: "son oncologue a retenu une première ligne par palbociclib"
    r"\b(?:a|ont|avons|ai) retenu (?:une?|la|le|l') ?(?:[\w-]+ ){0,3}(?:par|a base de|associant)\s",
    r"\ben vue (?:de|d'|d'une?)", r"\bbenefice (?:de|d'|d'une?|du)", r"\bfaisabilite (?:de|d'|d'une?|du|des)",
    r"\b(?:versus|vs\.?) (?:une? |la |le |l'|des |\d+\s?)?$",  # an option weighed: "ré-irradiation versus chirurgie"
    r"\bavis (?:sur|pour|concernant|quant a) (?:une? |la |le |l'|les |des |d'une? )?(?:eventuelle? )?$",
    r"\bquestion (?:de |d')(?:une? |la |l'|le |les |des )?(?:eventuelle? )?(?:traitement (?:par |de |d')|introduction (?:de |d'|du ))?$",  # "je pose la question d'une RT"
    # a change of line to come: "radiothérapie versus un changement de ligne vers le docétaxel"
    r"\bchangement (?:de ligne |de traitement )?(?:vers|pour|par) (?:le |la |l'|les |du |des )?$",
    # the relay of a stop planned before a procedure: "arrêt de la Coumadine 5 jours avant avec relais par héparine"
    r"\bavant\b[^.;]{0,40}\brelais (?:par|sous|avec|de)\s*(?:l'|le |la |les )?$",
    # what follows a course still to be carried on: "Plavix seul, à poursuivre 6 mois puis relais par aspirine"
    r"\ba (?:poursuivre|continuer|maintenir)\b[^.;\n]{0,40}\bpuis\b(?: (?:relais|relaye|passage|remplace))?(?: (?:par|a|au|sous))?"
    r"\s*(?:l'|le |la |les |de l'|du |de la )?$",
    r"\bmise en (?:route|place) (?:de|d'|d'une?|du|des)", r"\binstauration (?:de|d'|d'une?|du|des)",
    # (a time told by it is no plan: "EVA 7 avant l'introduction de l'oxycodone, 4/10 actuellement")
    r"\b(?<!a l')(?<!lors de l')(?<!depuis l')(?<!avant l')(?<!apres l')introduction (?:de|d'|d'une?|du|des)", r"\bfaudrait-il\b", r"\bdoit-on\b", r"\bpeut-on\b",
    r"\bje (?:propose|suggere|prevois|programme)\b", r"\bnous (?:proposons|suggerons|prevoyons|programmons)\b",
    r"\bavant (?:le |la |l')?$",  # "bilan bucco-dentaire avant dénosumab"
    # a form's instructions name what to write, not what the patient has: "merci de préciser le traitement
    # anticoagulant en cours", "pour toute demande de cimentoplastie"
    # (right before the words only: "merci de préciser le traitement anticoagulant : Eliquis" names Eliquis)
    r"\b(?:merci de|veuillez) (?:preciser|indiquer|renseigner|mentionner|signaler)\s+(?:le |la |les |l'|si |un |une |des )?$",
    # a request for the missing facts names what to tell: "pourriez-vous nous préciser : traitement anticoagulant ?"
    r"\b(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu)(?: nous| me)? (?:preciser|indiquer|confirmer|dire|renseigner"
    r"|transmettre|communiquer)\b[^.!\n]{0,80}$",
    r"\bpour toute demande d(?:e |'|u |es )$",
]
# A line asking the board something asks about the treatments it names (they are not told as done or taken):
# a question label ("DEMANDE : avis RT urgente vs chirurgie", "Q1- cimentoplastie ?", "Question posée : SBRT ?"),
# or a line opening with a question ("Que proposer ? RT externe ? chir ?", "Merci de votre avis sur la suite (RT ?)").
question_line_label = (r"[^\S\n]*(?:>[^\S\n]*)*(?:(?:\d{1,2}[.)]|[-•*–])[^\S\n]*)?(?:(?:q|questions?(?: posees?| soumises?)?(?: (?:a|pour) (?:la |votre )?rcp)?)"
                       r"[^\S\n]*(?:n[°o]?[^\S\n]*)?\d{0,2}[^\S\n]*[:)\-]"
                       r"|(?:demandes?|questions?|motif de (?:la )?(?:demande|presentation|l'avis)|objet de la demande"
                       r"|avis demande|attentes?|merci de (?:discuter|rediscuter|statuer|nous donner votre avis))\b[^:\n]{0,30}:"
                       # a form's row whose columns were joined: "Question Radiothérapie antalgique de la 6e côte ?"
                       r"|questions?(?: posees?)?[^\S\n]+"
                       r"|(?:que (?:proposer|faire|proposez-vous)|quelle (?:prise en charge|attitude|conduite|strategie)"
                       r"|quid\b|faut-il|doit-on|peut-on|(?:merci|je vous remercie) (?:de|pour) (?:votre|vos|nous donner"
                       r" votre) avis|votre avis))")
# "Sintrom ?", "AVK ?": a question mark right after the mention; or a word saying it is not known
# ("statut anticoagulant inconnu", "HBPM : non connu").
doubt_after = [r"^\s*\)?\s*\?", r"^\s*:?\s*(?:inconnue?s?|non connue?s?)\b"]
# Anywhere in the clause: the writer does not know.
doubt_clause = [
    r"\bje crois\b", r"\bil me semble\b", r"\bme semble-t-il\b", r"\bje pense\b", r"\bje verifie\b",
    r"\bsauf erreur\b", r"\bpas sure?\b", r"\ba ma connaissance\b", r"\ba priori\b", r"\bapparemment\b", r"\bje ne suis pas (?:sure?|certaine?)\b",
    r"\ba verifier\b", r"\ba confirmer\b", r"\bne sait pas\b", r"\bnon renseignee?s?\b",
    r"\bje ne sais pas\b", r"\bincertaine?s?\b", r"\bsous reserve\b",
    r"\b(?:croit|croyait|pense|pensait) (?:prendre|etre sous|avoir)\b",  # "le patient croit prendre encore du Coumadin"
    # hearsay of a past treatment: "d'après le patient, une radiothérapie aurait été réalisée"
    r"\baurai(?:t|ent) (?:beneficie|recu|eu|subi|ete (?:realisee?s?|faite?s?|traitee?s?|operee?s?|irradiee?s?"
    r"|effectuee?s?|posee?s?))\b",
    # no information given is no denial: "pas d'information sur une éventuelle anticoagulation"
    r"\b(?:pas|aucune?|sans) (?:d'|de )?(?:informations?|infos?|renseignements?|donnees?|precisions?) (?:sur|quant|concernant)\b",
    # "à préciser" doubts the fact, unless it asks only which drug or dose ("molécule à préciser",
    # "molécule non précisée")
    r"\b(?<!molecule )(?<!nom )(?<!dose )(?<!posologie )(?:a preciser|non precisee?s?)\b",
]
# Before the mention in its clause, what would be done around a procedure: "En cas de chirurgie, modalités
# d'arrêt de l'apixaban" (not "sous Préviscan, ce qui complique tout geste en cas de biopsie").
conditional_before = (r"\ben cas d(?:e |')(?:geste|chirurgie|intervention|procedure|biopsie|extraction|soins|operation"
                      r"|saignement|hemorragie|complication|chute|thrombopenie|insuffisance renale)\b")
# The patient named after a relative's history, in words a relative is not named with.
patient_named = r"\b(?:le patient|la patiente|lui-meme|personnellement|pour sa part|quant a (?:lui|elle))\b"
# After someone else is named, the patient named again is the subject: "vit avec son épouse, il est anticoagulé
# par Pradaxa", "sa fille rapporte qu'il prend du Xarelto" (not "son épouse, elle-même sous Lixiana").
patient_again = r"\b(?:il|elle|qu'il|qu'elle|le patient|la patiente|monsieur|madame)\b(?!-meme)"
# A family history line or list tells the relatives' diseases and drugs ("Familiaux : père - cancer de la
# prostate ; mère - thromboses veineuses, sous AVK"): EDS-NLP's family cue stops at the first comma.
family_line_label = (r"[^\S\n]*(?:[-•*–][^\S\n]*)?(?:(?:antecedents?|atcds?|histoire)[^\S\n]+)?(?:familiaux|familiales?"
                     r"|famille|dans la famille)\b(?! et perso)[^:\n]{0,20}:"
                     # a relative as the line's label: "- Mère : cancer du sein, sous fluindione"
                     r"|[^\S\n]*(?:[-•*–][^\S\n]*)?(?:sa |son )?(?:pere|mere|frere|soeur|fils|fille|oncle|tante|grand-(?:pere|mere)"
                     r"|epoux|epouse|mari|conjointe?|compagne?)[^\S\n]*:")
# ... up to what ends the relatives' part: a stop, a semicolon, another label, or the patient named again
# ("ATCD familiaux : RAS ; personnels : FA sous Xarelto", "Famille : RAS, patient sous Xarelto").
family_line_end = (r"[.:]|;(?!\s*(?:(?:une?|sa|son|ses|la|le|les|deux|trois) )?(?:pere|mere|frere|soeur|fils|fille|oncle|tante"
                   r"|cousine?|grand|epoux|epouse|mari|enfant))"
                   r"|\b(?:patiente?|personnels?|perso|lui-meme|elle-meme|il|elle|madame|monsieur|mme)\b")
# A relative after whom the patient is the subject again is a source, not the taker (a scan may read "d'après son
# épouse, il s'agirait de Xarelto" as "d'après⏎. son épouse il s'agirait de Xarelto").
_SUBJECT_AGAIN = r"[,:]? (?:il|le patient|la patiente)\b(?!-)"
# Someone else's treatment, told in the patient's letter: "sa femme est sous Préviscan".
# What a relative who reports the patient's state does ("sa fille décrit", "son épouse me dit").
_REPORTING = (r"rapporte|rapportent|signale|decrit|indique|dit|precise|confirme|note|trouve|constate|observe|remarque"
              r"|raconte|explique|pense|croit|affirme|evoque|mentionne|parle|cite|suppose")
other_person_before = [
    # (not one agreed with: "en accord avec la patiente et avec sa fille, le projet est palliatif"; nor one who
    # reports: "sa fille décrit des douleurs à la mobilisation")
    r"\b(?<!accord avec )(?<!et avec )(?<!discussion avec )(?<!d'apres )(?<!selon )(?<!deces de )(?<!le patient et )"
    r"(?<!la patiente et )(?:sa|son|ses) (?:femme|epouse|mari|epoux|conjointe?|compagne|compagnon|fils|fille|enfants?|mere|pere"
    r"|soeur|frere|voisine?)\b(?! (?:me |nous )?(?:" + _REPORTING + r")\b)(?!" + _SUBJECT_AGAIN + ")",
    # a relative opening the clause, as history lines do: "Père décédé d'un infarctus à 70 ans (il était sous Kardégic)"
    r"(?:(?<=[.;:!?] )|(?<=\n)|\A)(?:pere|mere|frere|soeur|grand-(?:pere|mere)|oncle|tante)\b"
    r"(?! (?:me |nous )?(?:" + _REPORTING + r")\b)",
]
# A form's "Non" option, ticked or not, answers its own label only: it negates nothing written after it
# (added to EDS-NLP's own pseudo-negations).
negation_pseudo = [f"{box} {word}" for box in ("☐", "☒") for word in ("non", "aucun", "aucune", "neant", "absent")]
# Controlled pain without breakthrough episodes is still pain: "douleur contrôlée, pas d'accès douloureux".
negation_pseudo += [f"{word}{episode}" for word in ("pas d'", "sans ", "aucun ")
                    for episode in ("accès douloureux", "accès de douleur", "accès paroxystique")]
# Not knowing is doubt, not denial: "☒ Ne sait pas – Eliquis ?" (the hypothesis qualifier reads it).
negation_pseudo += ["ne sait pas", "ne sais pas", "ne savons pas"]
# An alternative left open denies nothing: "sous Eliquis ou non ?", "s'il le prend ou pas".
negation_pseudo += ["ou non", "ou pas"]
# A posology ("Tahor 40 mg : 0-0-1") is no "Label : 0" answer.
negation_pseudo += [f": 0-{noon}-{evening}" for noon in "0123" for evening in "0123"]
# No information is no denial (the doubt cues read it): "pas d'information sur", "non connu".
negation_pseudo += [f"{no}{what}" for no in ("pas d'", "pas de ", "aucune ", "aucun ", "sans ")
                    for what in ("information", "informations", "info", "renseignement", "renseignements", "donnée",
                                 "données", "précision", "précisions")]
negation_pseudo += ["non connu", "non connue", "non connus", "non connues"]
# "Non" qualifying what comes before it denies nothing: "lombalgies non traumatiques", "douleurs non calmées par le
# tramadol", "fracture non déplacée", "cancer bronchique non à petites cellules".
negation_pseudo += [f"non {word}{ending}" for word, endings in (
    ("traumatique", ("", "s")), ("calmé", ("", "e", "s", "es")), ("soulagé", ("", "e", "s", "es")),
    ("contrôlé", ("", "e", "s", "es")), ("amélioré", ("", "e", "s", "es")), ("déplacé", ("", "e", "s", "es")),
    ("compliqué", ("", "e", "s", "es")), ("invalidant", ("", "e", "s", "es")), ("irradiant", ("", "e", "s", "es")),
    ("spécifique", ("", "s")), ("fébrile", ("", "s")), ("résécable", ("", "s")), ("opérable", ("", "s")),
    ("insulinoréquérant", ("", "e")), ("insulinodépendant", ("", "e")), ("fumeur", ("",)), ("fumeuse", ("",)),
    ("à petites cellules", ("",))) for ending in endings]
# A tumour's negative markers deny nothing else of the sentence: "douleurs osseuses liées à un cancer du sein triple
# négatif", "adénocarcinome TTF1 négatif".
negation_pseudo += [f"{marker}{joint}{negative}" for marker in ("triple", "RH", "RE", "RP", "HER2", "TTF1", "CK7", "CK20")
                    for joint in (" ", "-") for negative in ("négatif", "négative", "négatifs", "négatives")]
# "élimination rénale" is pharmacology, not a ruled-out finding ("fracture éliminée").
negation_pseudo += ["élimination rénale", "élimination hépatique", "à élimination",
                    # what is kept, or not forbidden: "sans interruption de l'AOD", "pas de contre-indication au"
                    "sans suspension",
                    "non fractionnée",  # unfractionated heparin
                    # a stop denied keeps the drug: "Eliquis non interrompu pour la biopsie"
                    *[f"non {stop}{ending}" for stop in ("interrompu", "arrêté", "suspendu", "stoppé")
                      for ending in ("", "e", "s", "es")],
                    "pas de contre-indication", "aucune contre-indication", "pas de contre indication",
                    # what is not indicated is adding a drug to it: "Kardégic arrêté (pas d'indication en
                    # association à l'anticoagulation)"
                    "pas d'indication en association", "pas d'indication à l'association", "pas d'indication à associer",
                    "pas d'indication d'association"]
# A stop denied keeps the drug it is about: "il n'a jamais interrompu son Préviscan", "pas question d'arrêter la
# Coumadine", "ne souhaite pas arrêter", "qui ne peut être interrompue", "pas d'oubli de prise".
negation_pseudo += [f"{no}{stop}" for no in ("pas ", "jamais ", "plus ", "pas question d'", "pas question de ")
                    for stop in ("arrêter", "interrompre", "suspendre", "stopper", "arrêté", "arrêtée", "interrompu",
                                 "interrompue", "suspendu", "suspendue", "stoppé", "stoppée")]
negation_pseudo += [f"{no}{what}" for no in ("pas d'", "aucun ", "aucune ", "sans ")
                    for what in ("arrêt", "interruption", "oubli", "oublis")]
# What is denied is an event under the drug, or a change to it, not the drug: "pas de saignement sous Eliquis",
# "pas de modification du traitement anticoagulant", "sans effet indésirable du Xgeva".
negation_pseudo += [f"{no}{what}" for no in ("pas de ", "pas d'", "aucun ", "aucune ", "sans ")
                    for what in ("modification", "changement", "adaptation", "saignement", "saignements",
                                 "hémorragie", "complication", "complications", "interaction", "interactions",
                                 "effet indésirable", "effets indésirables", "effet secondaire", "effets secondaires",
                                 "intolérance", "incident", "événement hémorragique", "accident hémorragique")]
# The drug a denied event happened under is taken: "pas de saignement sous Eliquis", "aucune ostéonécrose
# sous Xgeva"; not "pas sous AVK", "n'est plus sous Eliquis", nor a start denied ("pas de mise sous AVK").
_STARTING = (r"(?:mise|mettre|remise|remettre|passage|passer|introduction|introduire|relais|relayer|indication|place"
             # nor a plain "not on" ("n'a jamais été sous AVK", "pas actuellement sous Xarelto")
             r"|ete|etait|actuellement|encore|toujours|plus|du|vraiment|formellement|non)")
condition_of_denial_before = (rf"\b(?:pas|aucune?|sans|ni|jamais)\s+(?:d'|de |du |des )?(?!sous\b|{_STARTING}\b)[\w'-]+"
                              rf"(?:\s+(?!sous\b|{_STARTING}\b)[\w'-]+){{0,5}}\s+sous\s+(?:le |la |l'|les |du |de la )?$")
# ... and so is the drug a denied stop is about: "ne souhaite pas arrêter son Préviscan", "pas question d'arrêter la
# Coumadine" (EDS-NLP's negation reads the verb's denial as the drug's).
_MISSED = r"(?:oubli|manqu|saut)\w*"  # a dose forgotten, missed or skipped
denied_stop_before = (r"\b(?:pas|jamais|plus|question)\s+(?:d'|de\s+)?(?:[\w']+\s+){0,2}?(?:arreter|interrompre|suspendre"
                      r"|stopper|arrete|interrompu|suspendu|stoppe)e?s?\s+(?:le |la |l'|les |son |sa |ses |du |de la |de l')?$"
                      # ... or a stop, a window or a relay said not needed: "pas d'arrêt du Xarelto nécessaire pour la
                      # RT", "pas de relais nécessaire pour l'AOD"
                      r"|\b(?:pas|aucune?|ni)\s+(?:d'|de\s+)?(?:interruption|arret|suspension|fenetre(?: therapeutique)?"
                      r"|relais)(?:\s+(?:necessaire|utile|indiquee?|prevue?))?\s+(?:pour|du|de|de la|de l'|d'|des)\s*"
                      r"(?:le |la |l'|les |son |sa |ses )?$"
                      # ... or opposed: "le cardiologue s'oppose à tout arrêt du Brilique"
                      r"|\bs'oppos\w* (?:a|au)\s+(?:tout |toute |un |une |l')?(?:arret|interruption|suspension|relais)\s+"
                      r"(?:du|de la|de l'|des|de|d')\s*$"
                      # ... or a missed dose denied: "n'a jamais oublié une prise de son Xarelto", "ne manque jamais
                      # sa dose de Lixiana" (the patient takes it faithfully)
                      rf"|\b(?:(?:pas|jamais)\s+(?:[\w']+\s+)?{_MISSED}|{_MISSED}\s+(?:pas|jamais))\s+"
                      r"(?:(?:une |un |de |d'|sa |ses |son |la |les |aucune )?(?:prise|dose|comprime|injection)s?\s+"
                      r"(?:de |d'|du |de la |des ))?(?:le |la |l'|les |son |sa |ses )?$")
current_before.append(denied_stop_before)  # a stop said not to be, or not needed, is of a drug taken
# A denial with an exception is no denial: "pas de traitement local hormis une radiothérapie de L5", "aucun
# traitement au long cours à part un AOD".
exception_words = r"\b(?:hormis|sauf(?! (?:erreur|omission|oubli|avis))|exceptee?s?|a part|a l'exception|si ce n'est)\b|\ben dehors d"
exception_after = rf"[^.;\n]{{0,25}}?(?:{exception_words})"
# The family as the source of what is told ("la famille rapporte des réveils nocturnes", "selon sa
# famille"): the patient's own state, not a relative's history (around EDS-NLP's family cue).
_RELATIVE = r"(?:famille|epouse|epoux|mari|femme|conjointe?|compagne|compagnon|fille|fils|entourage|aidante?)"
family_as_source = (rf"\b(?:la|sa|son|l'|le|les|ses) ?{_RELATIVE}s? (?:me |nous )?(?:{_REPORTING})\b"
                    rf"|\b(?:selon|d'apres) (?:la |sa |son |l' ?)?{_RELATIVE}\b"
                    rf"|\b(?:sa|son|ses) {_RELATIVE}s?{_SUBJECT_AGAIN}"
                    # ... or takes part in the decision: "projet discuté avec le patient et sa fille"
                    rf"|\bavec (?:(?:le patient|la patiente|lui|elle) et (?:avec )?)?(?:sa|son|ses) {_RELATIVE}s?\b")
# Where a qualifier's reach ends, beyond EDS-NLP's own terminations: arrows of telegraphic notes
# ("épidurite sans compression → SBRT D11"), "puis", and "depuis" ("plus aucune douleur depuis l'ostéosynthèse").
terminations = ["→", "->", "=>", "⇒", "puis", "depuis", "virgule", "point à la ligne",  # (punctuation dictated)
                "point virgule", "deux points", "à la ligne", "ouvrez la parenthèse", "fermez la parenthèse",
                "ouvrir la parenthèse", "fermer la parenthèse", "entre parenthèses",
                # an exception ends a denial, as EDS-NLP's "sauf", "hormis": "aucun traitement à part un AOD"
                "à part", "excepté", "exceptée", "à l'exception", "si ce n'est",
                # a new clause of a dictation without punctuation: "pas de saignement il prend son xarelto"
                "il prend", "elle prend", "il est sous", "elle est sous", "il reste sous", "elle reste sous"]
patient_labels = [f"{label} {end}" for label in ("traitement", "traitements", "ttt", "tt", "médicaments",
                                                  "traitement actuel", "traitement habituel", "traitements en cours",
                                                  "antécédents personnels", "personnels") for end in (":", "|")]
# Drugs taken when needed are taken: these are no hypothesis (added to EDS-NLP's own pseudo-cues).
hypothesis_pseudo = [
    "si douleur", "si douleurs", "si besoin", "si nécessaire", "en cas de douleur", "en cas de douleurs",
    "en cas de besoin", "à la demande", "si insomnie", "si nausées", "si constipation", "si anxiété",
    # an exploration that was done ("l'exploration par IRM a montré…") states its findings
    "l'exploration", "exploration par", "dont l'exploration", "explorée par", "explorées par", "exploré par",
    "explorés par",
]
# Doubt EDS-NLP's hypothesis cues lack: "patiente vraisemblablement sous Prolia".
hypothesis_preceding = ["vraisemblablement", "vraisemblable", "vraisemblables", "possiblement"]
# A drug in the list of what is taken now ("Traitement de sortie : Coumadine 5 mg/j", "Traitement actuel :" and
# its items) tells the latest state: a stop told elsewhere (an interruption around a procedure) is history.
current_list_header = (r"^[^\S\n]*(?:traitements?|ttt|tt|trt|ordonnance)(?: [\w'-]+){0,3}? "
                       r"(?:actuels?|en cours|de sortie|a la sortie|habituels?|au long cours|du jour)\b[^:\n]{0,30}:"
                       r"|^[^\S\n]*(?:[-•*–][^\S\n]*)?depuis\b[^:\n]{0,30}:"  # "Depuis le 15/04 : paclitaxel + Herceptin"
                       # a bare "Ttt :" or "Ordonnance :" lists what is taken
                       r"|^[^\S\n]*(?:ttt|tt|trt|traitements?|medicaments?|ordonnance)[^\S\n]*:")
# A line of treatment told as what would follow a failure is no line given: "en cas de progression, … en 2e ligne".
conditional_line_before = r"\ben cas (?:de |d')(?:progression|echec|rechute|intolerance)\b"
# ... and so does a row of a table titled so: "Ordonnance en cours" above "Médicament | Posologie".
current_table_title = (r"[^\S\n]*(?:traitements?|ttt|trt|ordonnance|medicaments?|prescriptions?)(?: [\w'-]+){0,3}? "
                       r"(?:actuels?|en cours|de sortie|a la sortie|habituels?|au long cours|du jour)\b[^\n|]{0,30}")
# A list under a header that denies or stops ("Pas de :", "Ne prend pas :", "Traitements arrêtés :"):
# each item is denied or stopped (the items are sentences of their own, see nlp.py).
list_item_start = r"[^\S\n]*[-•*–→+·][^\S\n]"
# (only when nothing but generic words follow the denial: "Traitement actuel, sans modification depuis… :",
# "je n'ai pas son ordonnance mais il prend :", "traitement en cours sans AINS :" head lists of drugs taken)
denying_list_header = (r"(?:\b(?:pas|aucune?|sans|jamais|ni)\b|\bne\b.*\b(?:pas|plus|jamais)\b)"
                       r"(?:\s*(?:de|d'|du|des|les?|la|l'|un|une|d'un|d'une|autres?|traitements?|medicaments?"
                       r"|medications?|prise|ttt|tt|trt|par|suivants?|ci-dessous|actuellement|actuels?|en cours"
                       r"|au long cours|habituels?|recu|pris|prend|eu|beneficie|ete|traitee?|prescrite?s?|[,/]))*\s*:?\s*$")
stopping_list_header = (r"\b(?:arretee?s?|stoppee?s?|suspendue?s?|interrompue?s?|anciens? traitements?"
                        r"|traitements? (?:anterieurs?|passes?|arretes?))\b")
# Where a clause ends: cues do not cross these. Matched on the original text: a line break
# followed by a lower-case word, or after a word that cannot end a sentence ("une perfusion de⏎Zometa"),
# is a wrapped line, not a break. Table cells ("|") are handled
# apart: a stop written in any cell of a row stops every drug of the row.
# A full stop dictated and left as a word by voice recognition ("…le soir point sur le plan familial…"), not
# "mise au point", "point de départ", "ce point" (the literal first: the regex runs over whole letters).
dictated_stop = (r" point(?<=[A-Za-zÀ-ÿ0-9%)] point)(?<![ \n](?:au|ce|le|un|du|en|on) point)(?: à la ligne)?(?= [a-zà-ÿ])"
                 r"(?! (?:de|d'|du|des|vue|culminant|fort|faible|final|commun)\b)")
# A sentence opening on a hyphenated word, which EDS-NLP does not take for a capitalised one ("… d'une EP. Elle-même
# est sous Innohep", "Celui-ci", "Peut-être"): the hyphen's first word is capitalised, its second not (not a name
# after a title: "Dr. Jean-Pierre").
hyphenated_sentence_start = r"(?<=[^\W\d_]\. )[A-ZÀ-Ý][a-zà-ÿ]*-(?=[a-zà-ÿ])"

_CONTINUING_WORDS = ("de", "du", "des", "la", "le", "les", "d'", "l'", "par", "et", "ou", "à", "au", "aux", "en",
                     "sur", "pour", "avec", "sans", "un", "une", "sous")
# Abbreviations whose full stop a lower-case word or a number carries on ("1 inj. SC / 4 sem. prévue", "dern. inj.
# le 10/02", "env. 3 semaines", "cf. courrier"): no sentence ends there.
_ABBREVIATIONS = ("inj", "sem", "dern", "env", "cf", "ex", "cp", "cps", "gél", "gel", "amp", "sach", "max", "vs",
                  "hebdo", "mens", "quotid", "perf", "admin", "traitt", "ttt", "trt")
_abbreviation_stop = (r"\.(?!(?i:" + "|".join(f"(?<=\\b{word}\\.)" for word in _ABBREVIATIONS)
                      + r")[^\S\n]*(?:[a-zà-ÿ\d(/]|(?:SC|IV|IVD|IM|PO|SL)\b))")
# (a question mark ends a clause before a new sentence: "Que proposer ? Le patient prend du Xarelto")
clause_break = (_abbreviation_stop + r"|[;|]|\?(?=[^\S\n]*(?:[A-ZÀ-Ý]|$))|(?=\n)"
                + "".join(f"(?<![ \\n]{re.escape(word)})" if word[-1] != "'" else f"(?<!{word})"
                          for word in _CONTINUING_WORDS)
                + r"\n(?![a-zà-ÿ(])|\s[–—-]\s(?!\d)"  # "(04/2021 – 01/2023)" is a range, not a break
                # a full stop dictated as a word: "… sans complication hémorragique point sur le plan familial …"
                + r"|" + dictated_stop
                # an arrow starts a new note ("Tahor 40 -> Glucophage et Triatec suspendus"), unless what follows
                # speaks of what came before it ("Previscan -> arrêté", "Zometa -> à discuter", "AVK -> ?")
                + r"|(?:->|→|=>|⇒)(?!\s*(?:[\w'-]+\s+)?(?i:arr[eê]t|stop|suspen|interromp|repris|reprise|poursuiv|termin|d[ée]croiss"
                r"|maintenu|continu|relais|relay|remplac|switch|à discuter|a discuter|discut|prévu|prevu|envisag|à prévoir"
                r"|a prevoir|à voir|a voir|si\b|\?|à vérifier|a verifier|à confirmer|a confirmer|non\b|pas\b|jamais|aucun))"
                # (nor between two dates: "Sutent 10/2019 -> 05/2021, arrêté" is a period)
                r"(?![^\S\n]*(?:\d{1,2}/)?\d{4}\b|[^\S\n]*\d{1,2}/\d{2}\b)")
# Words quoted from an earlier decision: "la RCP du 14/05 qui avait retenu : « cimentoplastie de L1 puis radiothérapie
# complémentaire »", "Conclusion de la RCP du 02/07 (copie) : « … Pas de traitement anticoagulant en cours … »": what was
# planned or true then, the letter tells what was done since.
decision_quote = (r"\b(?:retenue?s?|proposee?s?|decidee?s?|conclusions?|recommandee?s?|preconisee?s?|avis|decisions?)"
                  r"(?:[^\S\n]+[^:«»\n]{0,60})?\s*:?\s*«[^»]*$")
quote_reach = 400  # characters of an earlier decision quoted before a mention

# A bracketed aside telling the stop of something it names ("dabrafénib + tramétinib depuis le 02/11 (arrêt de
# l'immunothérapie pour colite)", "(interruption du Keytruda en mai)"): its stop is its own, not that of what stands
# before it, unless it names nothing but the treatment in general ("(arrêt du traitement prévu en juin)").
own_stop_aside = (r"\((?:[^()\n]*?[\s,;:])?(?:arrets?|interruptions?|suspensions?|stop|switch) (?:de |du |des |d')(?:l'|la |le |les )?"
                  r"(?!(?:traitements?|ttt|trt|celui-ci|celle-ci|ce dernier|cette derniere|molecule|medicament"
                  r"|anticoag\w*|antiagreg\w*|avk|aod|naco|hbpm)\b)[^()\n]*\)")
