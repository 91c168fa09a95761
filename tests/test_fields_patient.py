"""Patient: sex and age, written or computed from a birth date and the letter's date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sex, age", [
    ("Le 12/03/2025\nJe vous adresse Mme Jeanne Essai, 72 ans, pour avis.", "F", 72),
    ("Le 12/03/2025\nJe vous adresse pour avis en RCP Mme Jeanne Essai, 72\nans, suivie pour un cancer du sein.", "F", 72),
    ("Le 12/03/2025\nM. Paul Essai, né le 02/02/1940.\nAlgoplus 3/5, Doloplus 12/30 à l'entrée.", "M", 85),
    # a threshold is no age
    ("Le 02/06/2025\nM. Paul Essai, né le 14/09/1938.\nRelais par apixaban 2,5 mg x 2/j (âge > 80 ans, poids 58 kg).",
     "M", 86),
    ("Nom, prénom du patient | ESSAI Jeanne\nDate de naissance / âge | 81 ans\nSexe | F", "F", 81),
    ("Le 12/03/2025\nM. Paul Essai, âgé de 77 ans, que je suis depuis 10 ans.", "M", 77),
    ("Le 12/03/2025\nMme Anne Essai, âgée de 78 ans.", "F", 78),
    ("Le 12/03/2025\nPatient de 64 a, sevré du tabac depuis 20 ans.", "M", 64),
    ("Envoyé : mardi 17 novembre 2026 18:42\nÀ : coordination RCP\nMme Rose Essai (52 ans)", "F", 52),
    ("Exempleville, le 12 mars 2025\nPatiente : Mme Odette Essai, née le 14/09/1956", "F", 68),
    ("Le 15/01/2025\nMme Line Essai, née le 08/12/1950.", "F", 74),
    # an e-mail header's abbreviated month
    ("De : Dr Essai\nDate : lun. 7 juil. 2025 à 13:05\nObjet : Re\n\nMme Essai, née le 04/11/1966.", "F", 58),
    ("Date : 21/05/2025\nPatient M. Henri Essai Né le 03/11/1948", "M", 76),
    ("Sexe | ☐ F ☒ M\nDate de naissance | 19/01/1961\nDate de la demande | 23/04/2025", "M", 64),
    ("ESSAI Paul\nNé(e) le 04/03/1951   Sexe : M\nDate de la demande : 12/05/2025", "M", 74),
    # a member of staff's title; a relative's age
    ("Dr Essai - Mme C. Exemple, IDE coordinatrice\nLe 18/02/2026\nObjet : M. Paul Essai, 71 ans", "M", 71),
    ("Le 12/05/2025\nMme Essai, née le 14/09/1958.\nFamiliaux : mère 86 ans, en FA, sous Préviscan.", "F", 66),
    ("Le 12/05/2025\nMme Essai, née le 05/05/1960 ; sa mère, 89 ans, est sous Kardégic.", "F", 65),
    ("Le 12/05/2025\nMme Nadia Essai épouse Exemple, 52 ans, vue en consultation.", "F", 52),
    ("Douleurs depuis 2 ans, il y a 10 ans une fracture.", None, None),
    ("Le 16/04/2025\nM. Daniel Essai, né le 30/01/1957. Reprise 24 à 48 heures après le geste.", "M", 68),
    # in words, as dictated, and in Belgian and Swiss French
    ("je revois madame essai âgée de soixante-trois ans pour un carcinome", "F", 63),
    ("monsieur essai soixante-dix-sept ans", "M", 77), ("M. Essai, quatre-vingt-deux ans.", "M", 82),
    ("monsieur essai, septante-huit ans, que je suis depuis vingt ans", "M", 78),
    ("M. Essai, huitante et un ans.", "M", 81),
    ("Douleurs depuis vingt ans.", None, None), ("Récidive osseuse vingt ans après la mastectomie.", None, None),
    # a form table row: the box's label is its own cell, not the row's first one
    ("Nom, prénom | RAMBERT Odile | Sexe | ☐ M ☒ F\nDate de naissance | 03/02/1957 | Âge | 68 ans", "F", 68),
    # a doctor's initial in a letterhead is no "Monsieur"
    ("Oncologie\nDr M. Verhaegen\nConcerne : Mme Valérie D., née le 30/09/1970\nLe 29/09/2025", "F", 54),
    ("Nom / Prénom | DUCLOS Martine\nDate de naissance | 03/04/1961\nSexe | F\nDate de la demande | 20/11/2026",
     "F", 65),
    ("Service d'oncologie médicale - Pr J.-M. Estrabaut, Dr H. Marchetti\nLe 12 mai 2025\nMadame Anne D., 64 ans, "
     "est suivie pour un cancer du sein.", "F", 64),
    # the addressee's title is no patient's
    ("Monsieur le Docteur Anquetil\nRCP métastases osseuses\nJe vous adresse Madame Colette R., 71 ans.", "F", 71),
    # relatives' ages, and a member of staff labelled before her title
    ("Mme Essai, née le 02/11/1983.\nLe 14/03/2025\nAntécédents familiaux\nMère et tante maternelle traitées\n"
     "pour un cancer du sein (50 et 46\nans).", "F", 41),
    ("Infirmière coordinatrice : Mme Sandrine Faucher\nObjet : demande d'avis, M. ESSAI Roger, 84 ans", "M", 84),
    ("Dr P.-Y. Lemercier, IDE Mme Chaussat - 02 33 18 54 77\nObjet : M. Émile B., 91 ans", "M", 91),
])
def test_fields_patient_sex_and_age(analyse, text, sex, age):
    patient = analyse(text)["patient"]
    assert (patient.sex.code if patient.sex else None, patient.age.value if patient.age else None) == (sex, age)
