"""Generate the held-out corpus4 (letters p01..p14 + gold records).

Run from /work/main:
    /work/main/.venv/bin/python tests/corpus4/make_letters.py

All patients, physicians and places are fictitious.
Gold gaps are derived from gold statuses/values by `derive_gaps` (spec "Gaps").
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from lxml import etree

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------
# Gold helpers
# --------------------------------------------------------------------------

ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
         "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
         "prognosis", "therapeuticProject"]


def age_at(birth: str, on: str) -> int:
    b = dt.datetime.strptime(birth, "%d/%m/%Y").date()
    d = dt.datetime.strptime(on, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def tumor(status, site=None, histology=None, **biomarkers):
    bm = {k.replace("PD_L1", "PD-L1"): v for k, v in biomarkers.items()}
    return {"status": status, "site": site, "histology": histology, "biomarkers": bm}


def bone(status, circumstances=(), dated=False):
    return {"status": status, "circumstances": list(circumstances), "dated": dated}


def pain(status, types=(), intensity=None):
    return {"status": status, "types": list(types), "intensity": intensity}


def meds(status, atc=()):
    return {"status": status, "atc": sorted(set(atc))}


def local(status, types=()):
    return {"status": status, "types": list(types)}


def agents(status, atc=()):
    return {"status": status, "atc": sorted(set(atc))}


def prog(status, ecog=None, kps=None):
    if kps is not None and ecog is None:
        return {"status": status, "kps": kps}
    return {"status": status, "ecog": ecog}


def project(status, intent=None):
    return {"status": status, "intent": intent}


def derive_gaps(g: dict) -> list:
    """Spec 'Gaps': one gap per non-antiplatelet item that is unknown
    (missing), uncertain, conflicting, or present-but-incomplete."""
    gaps = []
    for item in ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            gaps.append([item, st])
        elif st == "present":
            incomplete = (
                (item == "pain" and not sec["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                or (item == "boneDiagnosis" and not sec["dated"])
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def record(id_, sex, age, primaryTumor, boneDiagnosis, pain_, currentMedications,
           priorLocalTreatments, boneTargetedTherapy, anticoagulation, antiplatelets,
           prognosis, therapeuticProject):
    g = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": primaryTumor,
        "boneDiagnosis": boneDiagnosis,
        "pain": pain_,
        "currentMedications": currentMedications,
        "priorLocalTreatments": priorLocalTreatments,
        "boneTargetedTherapy": boneTargetedTherapy,
        "anticoagulation": anticoagulation,
        "antiplatelets": antiplatelets,
        "prognosis": prognosis,
        "therapeuticProject": therapeuticProject,
    }
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Validation against the contract
# --------------------------------------------------------------------------

SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
         "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}


def load_atc() -> set:
    with SPEC_ATC.open(encoding="utf-8") as fh:
        return {row["atc"] for row in csv.DictReader(fh, delimiter="\t")}


def validate(g: dict, atc_ok: set) -> None:
    i = g["id"]
    assert g["patient"]["sex"] in ("F", "M"), i
    pt = g["primaryTumor"]
    assert pt["status"] in {"present", "uncertain", "unknown"}, i
    assert pt["site"] is None or pt["site"] in SITES, i
    assert pt["histology"] is None or pt["histology"] in HISTOLOGIES, i
    for k, v in pt["biomarkers"].items():
        assert k in BIOMARKERS and v in {"positive", "negative", "pending"}, (i, k)
    bd = g["boneDiagnosis"]
    assert bd["status"] in {"present", "unknown"}, i
    assert set(bd["circumstances"]) <= CIRCS, i
    assert g["pain"]["status"] in ALL5 and set(g["pain"]["types"]) <= PAIN_TYPES, i
    assert g["currentMedications"]["status"] in {"present", "absent", "unknown"}, i
    assert set(g["priorLocalTreatments"]["types"]) <= LOCAL_TYPES, i
    for sec, prefixes in (("boneTargetedTherapy", ("M05BA", "M05BX04")),
                          ("anticoagulation", ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05")),
                          ("antiplatelets", ("B01AC",))):
        s = g[sec]
        assert s["status"] in ALL5, (i, sec)
        for code in s["atc"]:
            assert code in atc_ok and code.startswith(prefixes), (i, sec, code)
        if s["status"] in ("present", "conflicting"):
            # an affirmed agent is a current medication
            assert set(s["atc"]) <= set(g["currentMedications"]["atc"]), (i, sec)
        if s["status"] in ("absent", "unknown"):
            assert not s["atc"], (i, sec)
    for code in g["currentMedications"]["atc"]:
        assert code in atc_ok, (i, code)
    assert g["prognosis"]["status"] in {"present", "unknown"}, i
    tp = g["therapeuticProject"]
    assert tp["status"] in {"present", "unknown"}, i
    assert tp["intent"] is None or tp["intent"] in INTENTS, i


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def write_txt(name: str, text: str) -> None:
    (LETTERS / name).write_text(text.strip("\n") + "\n", encoding="utf-8")


class LetterPDF(FPDF):
    """PDF with a DejaVu font; optional repeated letterhead and page footer."""

    def __init__(self, letterhead=None, footer_text=None, page_numbers=False):
        super().__init__(format="A4")
        self.letterhead = letterhead
        self.footer_text = footer_text
        self.page_numbers = page_numbers
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        if not self.letterhead:
            return
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 5, self.letterhead[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8.5)
        for line in self.letterhead[1:]:
            self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.5
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "I", 7.5)
        parts = []
        if self.footer_text:
            parts.append(self.footer_text)
        if self.page_numbers:
            parts.append(f"Page {self.page_no()}/{{nb}}")
        if parts:
            self.cell(0, 5, "    –    ".join(parts), align="C")


def pdf_blocks(pdf: FPDF, blocks, size=10, lh=5):
    """blocks: list of (style, text); style in '', 'B', 'I', 'H' (heading)."""
    for style, text in blocks:
        if style == "H":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", size + 1)
            pdf.multi_cell(0, lh + 0.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif style == "SP":
            pdf.ln(float(text))
        else:
            pdf.set_font("DejaVu", style, size)
            pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")


# --------------------------------------------------------------------------
# p01 — forwarded e-mail (TXT), quoted replies, signature, disclaimer
# --------------------------------------------------------------------------

P01 = """
De : Secrétariat Pneumologie CH Val-d'Auzon <secretariat.pneumo@ch-valdauzon.example>
Envoyé : mercredi 14 mai 2025 11:42
À : RCP Métastases osseuses <rcp.os@chu-lormiere.example>
Cc : Dr Claire Vannier <c.vannier@ch-valdauzon.example>
Objet : TR: RE: Demande d'inscription RCP os - M. BERTHIER Roland

Bonjour,

Je vous transfère ci-dessous la réponse du Dr Vannier à votre demande de compléments pour l'inscription de M. BERTHIER à la RCP du 22 mai.
Bien cordialement,

Sandrine Colomb
Secrétariat de pneumologie – poste 4127

-----Message d'origine-----
De : Dr Claire Vannier
Envoyé : mardi 13 mai 2025 18:05
À : Secrétariat Pneumologie
Objet : RE: Demande d'inscription RCP os - M. BERTHIER Roland

Chère consœur, cher confrère,

Voici les éléments pour M. Roland BERTHIER, né le 02/09/1961.
Adénocarcinome pulmonaire du lobe supérieur droit, stade IV, diagnostiqué en mars 2025 sur biopsie bronchique : KRAS G12C muté, EGFR non muté, ALK négatif, PD-L1 70 %.
La lésion lytique de l'aile iliaque gauche, étendue au toit du cotyle, a été découverte sur le TEP-TDM du bilan d'extension initial (18/03/2025). Suspicion de métastase cérébrale, éliminée par l'IRM.
Il décrit une douleur de hanche gauche à la marche et à l'appui, EN 5/10, sans réveil nocturne.
Chimio-immunothérapie carboplatine-pémétrexed-pembrolizumab à visée palliative, 3e cycle le 05/05/2025. PS 1.
Autres traitements : Dafalgan codéiné 2 cp x 3/j, Inexium 20 mg/j, Tahor 20 mg/j.

> Pouvez-vous préciser s'il est sous anticoagulant et s'il a déjà reçu un traitement osseux ?

Oui pour l'anticoagulation : HBPM à dose curative depuis l'embolie pulmonaire segmentaire découverte au bilan de mars.
Pas de traitement osseux spécifique jusqu'ici, ni Zometa ni Xgeva.

> Quelle est la question posée à la RCP ?

Indication d'une radiothérapie antalgique et/ou d'une consolidation du cotyle ? Le Dr Mercier (radiothérapeute), que j'avais sollicité, m'a répondu :
> > Une RT 8 Gy en fraction unique pourrait se discuter, mais l'avis orthopédique
> > sur le risque fracturaire du cotyle me semble prioritaire. À voir en RCP.

Bien à vous,

Dr Claire VANNIER
Pneumologue – Oncologie thoracique
Centre hospitalier de Val-d'Auzon
Tél. 04 71 00 41 27 – Fax 04 71 00 41 30

-----Message d'origine-----
De : RCP Métastases osseuses
Envoyé : lundi 12 mai 2025 09:14
À : Secrétariat Pneumologie
Objet : Demande d'inscription RCP os - M. BERTHIER Roland

> Bonjour, la fiche de M. BERTHIER est incomplète. Merci de préciser :
> anticoagulant, traitement osseux, question posée.
> La coordination RCP

--
AVERTISSEMENT : ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Les informations médicales qu'il contient sont couvertes par le secret médical.
"""

G01 = record(
    "p01", "M", age_at("02/09/1961", "14/05/2025"),
    tumor("present", "lung", "adenocarcinoma", KRAS="positive", EGFR="negative",
          ALK="negative", PD_L1="positive"),
    bone("present", ["staging_imaging"], True),
    pain("present", ["mechanical"], 5),
    meds("present", ["L01XA02", "L01BA04", "L01FF02", "N02AJ06", "A02BC05", "C10AA05"]),
    local("unknown"),
    agents("absent"),
    agents("present"),  # "HBPM à dose curative": class only
    agents("unknown"),
    prog("present", ecog=1),
    project("present", "palliative"),
)

# --------------------------------------------------------------------------
# p02 — forwarded e-mail (TXT), content inside the quoted reply
# --------------------------------------------------------------------------

P02 = """
Objet : TR: Mme KERMARREC Sylvie – progression sacrée – pour RCP os du 12/06
Date : 03/06/2025 08:51
De : Dr Antoine Leclercq <a.leclercq@onco-armor.example>
À : coordination.rcp-os@chu-lormiere.example

Bonjour,
Patiente suivie par ma collègue le Dr Hamon, actuellement en congé. Je vous transmets son message ci-dessous, qui contient l'essentiel. Merci de l'inscrire à la prochaine RCP.
A. L.

Antoine LECLERCQ
Radiothérapeute – Institut d'oncologie d'Armor
Ligne directe : 02 96 00 18 52

________________________________
De : Dr Maëlle Hamon
Envoyé : vendredi 30 mai 2025 17:20
À : Dr Antoine Leclercq
Objet : Mme KERMARREC – avis SBRT sacrum ?

> Antoine,
> Je te parle de Mme Sylvie KERMARREC, 58 ans, suivie pour un carcinome lobulaire
> infiltrant du sein gauche (RE 90 %, RP 20 %, HER2 négatif, score 1+), traité en
> 2019 par tumorectomie et radiothérapie mammaire.
> Les métastases osseuses (L3, sacrum, côtes) ont été découvertes en octobre 2023
> sur le TEP-TDM de surveillance.
> Elle a reçu une radiothérapie de L3, 30 Gy en 10 fractions, en novembre 2023.
> Traitement actuel : létrozole + Kisqali (ribociclib) depuis novembre 2023,
> Xgeva 120 mg toutes les 4 semaines depuis décembre 2023 avec Cacit D3 1 sachet/j,
> Levothyrox 50 µg.
> Depuis avril 2025, Arixtra 7,5 mg/j en sous-cutané pour une thrombose veineuse
> sur chambre implantable.
> Sur le plan clinique elle est indolore et ne prend aucun antalgique. OMS 0.
> Le TEP du 26/05 montre une progression isolée de la lésion sacrée (SUVmax 9,8),
> le reste étant stable.
> Question : irradiation stéréotaxique du sacrum pour cette oligoprogression en
> poursuivant la même ligne, ou changement de ligne d'emblée ?
> Je te laisse voir avec la RCP os.
> Bises,
> Maëlle
>
> > Le 28 mai 2025 à 14:03, Antoine Leclercq a écrit :
> > N'hésite pas à m'envoyer tes dossiers pour la RCP du 12 juin.

--
Institut d'oncologie d'Armor – 12 rue des Goélands – 22190 Plérin-sur-Grève
Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles
couvertes par le secret médical. S'il ne vous est pas destiné, merci d'en informer
l'expéditeur et de le supprimer. Pensez à l'environnement avant d'imprimer ce message.
"""

G02 = record(
    "p02", "F", 58,
    tumor("present", "breast", "invasive_lobular_carcinoma", ER="positive", PR="positive",
          HER2="negative"),
    bone("present", ["staging_imaging"], True),
    pain("absent"),
    meds("present", ["L02BG04", "L01EF02", "M05BX04", "A12AX", "H03AA01", "B01AX05"]),
    local("present", ["radiotherapy"]),
    agents("present", ["M05BX04"]),
    agents("present", ["B01AX05"]),
    agents("unknown"),
    prog("present", ecog=0),
    project("present"),
)

# --------------------------------------------------------------------------
# p03 — discharge summary, DOCX with real Word headings
# --------------------------------------------------------------------------

P03_SECTIONS = [
    ("Motif d'hospitalisation", [
        "Paraparésie d'installation rapide.",
    ]),
    ("Antécédents", [
        "• Adénocarcinome de la prostate diagnostiqué en 2019 (score de Gleason 8, 4+4), traité par "
        "radiothérapie prostatique et hormonothérapie courte (2019-2021), puis surveillance.",
        "• Fibrillation atriale permanente, sous Sintrom au long cours.",
        "• HTA. Diabète de type 2 non insulinodépendant.",
        "• Pas d'antécédent de fracture. Pas d'antécédent thrombo-embolique.",
        "• Tabagisme sevré (30 paquets-années).",
    ]),
    ("Histoire de la maladie", [
        "Le 28/01/2025, M. DUCROS a présenté une faiblesse brutale des deux membres inférieurs avec "
        "chutes, sans douleur rachidienne préalable notable. Il a été admis par les urgences. L'IRM "
        "médullaire réalisée en urgence a montré une lésion métastatique du corps vertébral et de "
        "l'arc postérieur de T9, avec épidurite compressive. Il s'agit de la première manifestation "
        "de la maladie osseuse.",
    ]),
    ("Examen clinique", [
        "À l'entrée : poids 78 kg, apyrétique. Paraparésie cotée à 3/5 aux deux membres inférieurs, "
        "niveau sensitif T10, réflexes vifs et symétriques. Absence de troubles sphinctériens. "
        "Auscultation cardiaque : rythme irrégulier. Pas de signe de phlébite.",
    ]),
    ("Examens complémentaires", [
        "IRM du rachis entier (28/01/2025) : métastase de T9 avec épidurite circonférentielle et "
        "compression médullaire ; lésions de L2 et L4 sans recul du mur postérieur.",
        "TDM thoraco-abdomino-pelvienne (29/01/2025) : lésions ostéocondensantes multiples du bassin "
        "(dont le cotyle droit) et du rachis ; pas de lésion viscérale. Embolie pulmonaire éliminée.",
        "Biologie : PSA 85 ng/mL (N < 4), testostérone 4,1 ng/mL, calcémie corrigée 2,41 mmol/L, "
        "créatinine 92 µmol/L, hémoglobine 12,8 g/dL, plaquettes 245 G/L.",
    ]),
    ("Évolution", [
        "Laminectomie décompressive T8-T10 et ostéosynthèse postérieure T7-T11 le 30/01/2025 "
        "(Pr Aubertin). Suites simples. Récupération motrice partielle (4/5) ; marche avec "
        "déambulateur à la sortie.",
        "Le Sintrom a été interrompu à l'admission et relayé par énoxaparine à dose curative, "
        "maintenue à la sortie compte tenu de la chirurgie récente et de la radiothérapie en cours ; "
        "la reprise d'un anticoagulant oral sera discutée à distance par le médecin traitant.",
        "Radiothérapie postopératoire T7-T11, 20 Gy en 5 fractions, débutée le 10/02/2025 : en cours "
        "à la sortie (3 séances restantes, en ambulatoire).",
        "Hormonothérapie : Décapeptyl 11,25 mg injecté le 03/02/2025 ; enzalutamide introduit le "
        "05/02/2025 après avis de l'urologue (Dr Ferrand).",
        "Douleurs rachidiennes résiduelles à la mobilisation, EVA 3/10, et radiculalgie en ceinture "
        "T9, bien soulagées par le traitement ci-dessous.",
        "Un traitement par acide zolédronique sera discuté après bilan bucco-dentaire.",
        "À la sortie : OMS 2.",
    ]),
    ("Traitement de sortie", [
        "Lovenox 8 000 UI anti-Xa (0,8 mL) matin et soir en sous-cutané (dose curative)",
        "Skenan LP 30 mg matin et soir",
        "Actiskenan 10 mg si besoin, jusqu'à 4 fois par jour",
        "Doliprane 1 g trois fois par jour",
        "Solupred 20 mg le matin, décroissance sur 10 jours",
        "Inexium 40 mg le soir",
        "Forlax 10 g, 1 sachet par jour",
        "Metformine 1000 mg matin et soir",
        "Cardensiel 2,5 mg le matin",
        "Décapeptyl 11,25 mg toutes les 12 semaines (prochaine injection le 28/04/2025)",
        "Xtandi (enzalutamide) 160 mg par jour",
    ]),
    ("Conclusion", [
        "Compression médullaire T9 révélant une rechute métastatique osseuse d'un adénocarcinome "
        "prostatique, traitée par décompression-ostéosynthèse puis radiothérapie (en cours). "
        "Poursuite de l'hormonothérapie (triptoréline + enzalutamide).",
        "Dossier adressé à la RCP métastases osseuses : indication d'un traitement ciblé osseux ? "
        "Prise en charge de la lésion du cotyle droit (risque fracturaire) ?",
    ]),
]


def build_p03(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    head = doc.add_paragraph()
    r = head.add_run("HÔPITAL SAINT-EXUPÈRE – LORMONT-SUR-VIRE\n")
    r.bold = True
    head.add_run("Service de Neurochirurgie – Pr Julien Aubertin, Dr Inès Marchal\n"
                 "Secrétariat : 02 31 00 57 40 – neurochir@hse-lormont.example")
    doc.add_heading("Compte rendu d'hospitalisation", level=0)
    doc.add_paragraph(
        "Patient : M. Marcel DUCROS, né le 14/03/1951\n"
        "Hospitalisé du 28/01/2025 au 12/02/2025 – Compte rendu du 12/02/2025\n"
        "Destinataires : Dr Patrice Lamotte (médecin traitant), Dr Sophie Ferrand (urologue), "
        "RCP métastases osseuses")
    for title, paras in P03_SECTIONS:
        doc.add_heading(title, level=1)
        if title == "Traitement de sortie":
            for p in paras:
                doc.add_paragraph(p, style="List Bullet")
        else:
            for p in paras:
                doc.add_paragraph(p)
    sig = doc.add_paragraph("Dr Inès MARCHAL, cheffe de clinique\nPr Julien AUBERTIN")
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


G03 = record(
    "p03", "M", age_at("14/03/1951", "12/02/2025"),
    tumor("present", "prostate", "adenocarcinoma", PSA="positive"),
    bone("present", ["neurological_deficit"], True),
    pain("present", ["mechanical", "neuropathic"], 3),
    meds("present", ["B01AB05", "N02AA01", "N02BE01", "H02AB06", "A02BC05", "A06AD15",
                     "A10BA02", "C07AB07", "L02AE04", "L02BB04"]),
    local("present", ["surgery", "radiotherapy"]),
    agents("unknown"),  # zoledronic acid only planned
    agents("present", ["B01AB05"]),
    agents("unknown"),
    prog("present", ecog=2),
    project("present"),
)

# --------------------------------------------------------------------------
# p04 — discharge summary, 2-page PDF, letterhead on every page, Page n/2
# --------------------------------------------------------------------------

P04_HEAD = [
    "CENTRE HOSPITALIER DE BRÉVANNES-LES-AULNES",
    "Service de Médecine interne – Dr Hélène Carpentier, Dr Marc Oudin",
    "Secrétariat : 01 64 00 22 10 – medecine.interne@ch-brevannes.example",
]

P04_BLOCKS = [
    ("B", "COMPTE RENDU D'HOSPITALISATION"),
    ("", "Patient : M. Jean-Pierre NAUDIN, né le 21/11/1948\n"
         "Séjour du 08/03/2025 au 18/03/2025 – compte rendu rédigé le 18/03/2025\n"
         "Médecin traitant : Dr Ophélie Garnier, Brévannes-les-Aulnes"),
    ("H", "Motif d'hospitalisation"),
    ("", "Confusion et altération de l'état général évoluant depuis une semaine."),
    ("H", "Antécédents"),
    ("", "- Carcinome rénal gauche à cellules claires (pT3a N0, grade ISUP 3), néphrectomie élargie "
         "gauche en juin 2021, puis surveillance simple.\n"
         "- Fibrillation atriale permanente, anticoagulée par Préviscan.\n"
         "- Cardiopathie ischémique : angioplastie avec stent de l'IVA en 2015. Pas d'antiagrégant "
         "plaquettaire au long cours (arrêté par le cardiologue en 2016).\n"
         "- Insuffisance rénale chronique modérée depuis la néphrectomie (créatinine de base "
         "125 µmol/L).\n"
         "- HTA, dyslipidémie. Appendicectomie dans l'enfance."),
    ("H", "Histoire de la maladie"),
    ("", "Depuis début mars, son épouse rapporte une confusion fluctuante, une polyurie avec "
         "polydipsie, une constipation et une anorexie. Aux urgences le 08/03/2025, la calcémie "
         "corrigée est à 3,42 mmol/L. C'est cette hypercalcémie qui a conduit au bilan ayant mis en "
         "évidence les lésions osseuses décrites ci-dessous. Pas de chute, pas de traumatisme."),
    ("H", "Examen clinique"),
    ("", "Patient désorienté dans le temps, sans signe de localisation. Déshydratation "
         "extracellulaire. TA 108/64 mmHg, pouls irrégulier à 92/min. Le patient signale des "
         "douleurs costales droites, cotées à 3/10 sur l'échelle numérique, avec une douleur à la "
         "palpation des 7e et 8e arcs costaux droits. Pas de déficit neurologique. Pas "
         "d'adénopathie palpable. Pas d'œdème des membres inférieurs."),
    ("H", "Examens complémentaires"),
    ("", "Biologie d'entrée : calcémie corrigée 3,42 mmol/L, phosphorémie 0,78 mmol/L, PTH "
         "effondrée, PTHrp élevée, créatinine 168 µmol/L (DFG 34 mL/min), hémoglobine 11,2 g/dL, "
         "INR 3,1.\n"
         "TDM thoraco-abdomino-pelvienne (09/03/2025) : lésions lytiques multiples des arcs costaux "
         "droits, de l'aile iliaque droite et des corps vertébraux de L1 et L3, sans recul du mur "
         "postérieur. Nodule surrénalien droit de 18 mm. Pas de récidive dans la loge de "
         "néphrectomie. Pas de lésion pulmonaire suspecte.\n"
         "Biopsie scanno-guidée de l'arc costal droit (12/03/2025) : métastase d'un carcinome rénal "
         "à cellules claires.\n"
         "IRM cérébrale : pas de lésion secondaire."),
    ("H", "Évolution"),
    ("", "Réhydratation intraveineuse et acide zolédronique (Zometa) 4 mg en perfusion unique le "
         "09/03/2025. Normalisation de la calcémie en cinq jours (2,48 mmol/L à J5) et disparition "
         "de la confusion. La créatinine est revenue à 131 µmol/L.\n"
         "Pas de traitement anti-résorptif osseux au long cours à ce jour : l'indication d'un "
         "dénosumab sera discutée en RCP.\n"
         "Aucun traitement local des lésions osseuses n'a été réalisé (ni radiothérapie, ni "
         "chirurgie, ni cimentoplastie).\n"
         "Le Préviscan a été poursuivi, avec adaptation de la dose ; INR 2,4 à la sortie. Le "
         "furosémide (Lasilix), prescrit auparavant pour des œdèmes, a été arrêté à l'entrée et "
         "n'est pas repris.\n"
         "Avis oncologique (Dr Benslimane, 14/03/2025) : traitement par cabozantinib (Cabometyx) "
         "40 mg/j décidé, à visée palliative, qui débutera après la RCP.\n"
         "Indice de Karnofsky à la sortie : 60 %."),
    ("H", "Conclusion"),
    ("", "Hypercalcémie maligne révélant une rechute osseuse multifocale d'un carcinome rénal à "
         "cellules claires, près de quatre ans après la néphrectomie.\n"
         "Questions à la RCP métastases osseuses : (1) traitement ciblé osseux (dénosumab ?) ; "
         "(2) indication d'une radiothérapie ou d'une consolidation de la lésion iliaque droite, à "
         "risque fracturaire ?"),
    ("H", "Traitement de sortie"),
    ("", "- Préviscan 20 mg : 3/4 de comprimé le soir, à adapter à l'INR\n"
         "- Kardégic 75 mg : 1 sachet le midi\n"
         "- Bisoprolol 2,5 mg : 1 comprimé le matin\n"
         "- Atorvastatine 40 mg : 1 comprimé le soir\n"
         "- Pantoprazole 20 mg : 1 comprimé le matin\n"
         "- Doliprane 1 g : 1 comprimé jusqu'à 3 fois par jour si douleur\n"
         "- Forlax 10 g : 1 sachet le matin\n"
         "Contrôle de l'INR et de la calcémie le 21/03/2025 au laboratoire de ville."),
    ("SP", "4"),
    ("", "Dr Hélène CARPENTIER, praticien hospitalier"),
]


def build_p04(path: Path) -> int:
    pdf = LetterPDF(letterhead=P04_HEAD, page_numbers=True)
    pdf.add_page()
    pdf_blocks(pdf, P04_BLOCKS, size=10, lh=5.2)
    pdf.output(str(path))
    return pdf.page_no()


G04 = record(
    "p04", "M", age_at("21/11/1948", "18/03/2025"),
    tumor("present", "kidney", "clear_cell_carcinoma"),
    bone("present", ["hypercalcemia"], True),
    pain("present", [], 3),
    meds("present", ["B01AA12", "B01AC06", "C07AB07", "C10AA05", "A02BC02", "N02BE01",
                     "A06AD15"]),
    local("absent"),
    agents("absent"),  # single Zometa infusion + "pas de traitement anti-résorptif au long cours"
    agents("present", ["B01AA12"]),
    agents("conflicting", ["B01AC06"]),
    prog("present", kps=60),
    project("present", "palliative"),
)

# --------------------------------------------------------------------------
# p05 — DOCX: key answers in a table with merged cells + a VML text box
# --------------------------------------------------------------------------

P05_ROWS = [
    ("M", "IDENTITÉ ET TUMEUR"),
    ("4", "Patiente", "Mme TISSERAND Hélène", "Date de naissance", "07/07/1959"),
    ("2", "Primitif", "Adénocarcinome du bas rectum (2022), RAS muté (KRAS G13D), BRAF non muté, "
                      "MSS. Radiochimiothérapie pelvienne puis amputation abdomino-périnéale en 2022."),
    ("M", "SITUATION OSSEUSE"),
    ("2", "Découverte", "TDM TAP de surveillance du 09/01/2025 : lésions lytiques du sacrum, de L2 "
                        "et de deux arcs costaux."),
    ("4", "Douleur", "Oui – EN 7/10", "Type", "horaire inflammatoire, réveils nocturnes"),
    ("2", "Traitements locaux antérieurs", "Cimentoplastie de L2 le 12/02/2025. "
                                           "Radiothérapie osseuse : aucune."),
    ("4", "Acide zolédronique", "Non", "Dénosumab", "Non"),
    ("M", "TRAITEMENTS"),
    ("2", "Traitement oncologique", "FOLFIRI + bévacizumab (2e ligne, visée palliative), "
                                    "C4 le 14/04/2025"),
    ("2", "Autres traitements", "Oxycontin LP 20 mg 1-0-1 ; Oxynorm 5 mg si besoin ; "
                                "Doliprane 1 g x 4/j ; Movicol 1 sachet/j ; Laroxyl 10 gouttes le soir"),
    ("4", "ECOG", "2", "Poids", "61 kg (-4 kg en 3 mois)"),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXTBOX_XML = f"""
<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"
     xmlns:o="urn:schemas-microsoft-com:office:office">
  <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
      <v:stroke joinstyle="miter"/>
      <v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="EncadreAnticoag" o:spid="_x0000_s1026" type="#_x0000_t202"
             style="width:440pt;height:62pt" strokecolor="#C00000" strokeweight="1.5pt">
      <v:textbox>
        <w:txbxContent>
          <w:p><w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>
            <w:t xml:space="preserve">ATTENTION – ANTICOAGULATION</w:t></w:r></w:p>
          <w:p><w:r><w:t xml:space="preserve">Innohep 14 000 UI/j SC depuis une TVP fémorale gauche (mars 2025).</w:t></w:r></w:p>
          <w:p><w:r><w:t xml:space="preserve">Kardégic arrêté en janvier 2025. Prévoir la gestion péri-procédurale en cas de geste.</w:t></w:r></w:p>
        </w:txbxContent>
      </v:textbox>
    </v:shape>
  </w:pict>
</w:r>
"""


def build_p05(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Hôpital privé des Tilleuls – Vernoux-en-Brenne\n").bold = True
    p.add_run("Oncologie digestive – Dr Nicolas Perrot – 02 54 00 31 18")
    doc.add_heading("Demande d'avis – RCP métastases osseuses", level=1)
    doc.add_paragraph(
        "Vernoux-en-Brenne, le 22/04/2025\n"
        "Cher confrère, je vous adresse Mme Hélène TISSERAND pour avis. Les éléments du dossier sont "
        "résumés dans le tableau ci-dessous.")
    table = doc.add_table(rows=len(P05_ROWS), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(P05_ROWS):
        kind = row[0]
        cells = table.rows[i].cells
        if kind == "M":
            merged = cells[0].merge(cells[3])
            merged.text = ""
            merged.paragraphs[0].add_run(row[1]).bold = True
        elif kind == "2":
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(row[1]).bold = True
            merged = cells[1].merge(cells[3])
            merged.text = row[2]
        else:
            for j in range(4):
                cells[j].text = ""
                run = cells[j].paragraphs[0].add_run(row[1 + j])
                run.bold = j in (0, 2)
    doc.add_paragraph()
    box_par = doc.add_paragraph()
    box_par._p.append(etree.fromstring(TEXTBOX_XML))
    doc.add_paragraph()
    doc.add_paragraph(
        "Question posée : radiothérapie antalgique du sacrum ? Intérêt d'un traitement ciblé "
        "osseux ?")
    doc.add_paragraph("Confraternellement,\nDr N. Perrot")
    doc.save(path)


G05 = record(
    "p05", "F", age_at("07/07/1959", "22/04/2025"),
    tumor("present", "colorectal", "adenocarcinoma", KRAS="positive", BRAF="negative"),
    bone("present", ["staging_imaging"], True),
    pain("present", ["inflammatory", "nocturnal"], 7),
    meds("present", ["B01AB10", "N02AA05", "N02BE01", "A06AD65", "N06AA09"]),
    local("present", ["cementoplasty"]),
    agents("absent"),
    agents("present", ["B01AB10"]),
    agents("absent"),
    prog("present", ecog=2),
    project("present", "palliative"),
)

# --------------------------------------------------------------------------
# p06 — 2-column newsletter-like RCP sheet (PDF)
# --------------------------------------------------------------------------

P06_LEFT = [
    ("IDENTITÉ", "M. Thierry VASSEUR, 69 ans\nAdressé par le Dr Lise Bonnard, oncologue, "
                 "Clinique du Parc-Vernet\nFiche remplie le 10/06/2025"),
    ("TUMEUR PRIMITIVE", "Carcinome urothélial de haut grade de la vessie, infiltrant le muscle "
                         "(pT2), diagnostiqué en 2023 ; cystectomie totale en 2023. Récidive "
                         "métastatique osseuse en 2025."),
    ("DIAGNOSTIC OSSEUX", "Révélé par une douleur de l'épaule droite en février 2025. Radiographie "
                          "puis TDM : lésion lytique de la diaphyse humérale droite (score de "
                          "Mirels 9). Autres localisations au TEP : aile iliaque gauche, T8."),
    ("TRAITEMENTS LOCAUX DÉJÀ RÉALISÉS", "- Enclouage centromédullaire prophylactique de "
                                         "l'humérus droit le 03/03/2025\n- Radiothérapie "
                                         "post-opératoire de l'humérus, 20 Gy en 5 fractions "
                                         "(mars 2025)"),
    ("ANTÉCÉDENTS", "HTA. Ancien fumeur (40 PA). Ostéoporose densitométrique (T-score -2,9) "
                    "traitée par Prolia 60 mg tous les 6 mois depuis 2022, dernière injection en "
                    "janvier 2025.\nFamiliaux : frère traité au long cours par Préviscan pour une "
                    "thrombophilie."),
]

P06_RIGHT = [
    ("SYMPTÔMES", "Douleur résiduelle de l'épaule droite à la mobilisation, EN 2/10. Pas de "
                  "douleur nocturne. Pas de déficit neurologique."),
    ("ÉTAT GÉNÉRAL", "ECOG 1. Poids stable. Espérance de vie estimée supérieure à 6 mois."),
    ("TRAITEMENT EN COURS", "Enfortumab védotine + pembrolizumab (1re ligne métastatique), "
                            "5e cycle le 02/06/2025.\nDoliprane 1 g si besoin, ZymaD 50 000 UI "
                            "par mois, amlodipine 5 mg."),
    ("QUESTION POSÉE À LA RCP", "Faut-il remplacer le Prolia par le Xgeva (dose oncologique) ? "
                                "Radiothérapie de la lésion de T8, asymptomatique ?"),
    ("INFO RCP", "Rappel aux équipes : pour toute demande de cimentoplastie ou de chirurgie, "
                 "merci de préciser le traitement anticoagulant ou antiagrégant en cours et la "
                 "date de dernière prise. Les fiches incomplètes sont reportées à la séance "
                 "suivante."),
]


def build_p06(path: Path) -> None:
    pdf = LetterPDF(footer_text="Réseau Onco-Vallée – secrétariat RCP 03 80 00 19 19 – "
                                "document à usage médical")
    pdf.add_page()
    pdf.set_fill_color(30, 70, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 10, "RCP OS & TUMEURS — La lettre du réseau", fill=True,
             new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, "Réseau Onco-Vallée · Fiche de présentation n° 2025-061 · Séance du 19/06/2025",
             fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    top = pdf.get_y()
    gutter = 8
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - gutter) / 2
    for idx, blocks in enumerate((P06_LEFT, P06_RIGHT)):
        x = pdf.l_margin + idx * (colw + gutter)
        pdf.set_xy(x, top)
        for title, body in blocks:
            boxed = title == "INFO RCP"
            if boxed:
                pdf.ln(2)
                pdf.set_x(x)
                pdf.set_fill_color(235, 240, 248)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_text_color(30, 70, 120)
            pdf.multi_cell(colw, 5, title, new_x="LEFT", new_y="NEXT", fill=boxed)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "I" if boxed else "", 9)
            pdf.multi_cell(colw, 4.6, body, new_x="LEFT", new_y="NEXT", fill=boxed,
                           border=1 if boxed else 0)
            pdf.ln(3)
            pdf.set_x(x)
    pdf.output(str(path))


G06 = record(
    "p06", "M", 69,
    tumor("present", "bladder", "other"),
    bone("present", ["pain"], True),
    pain("present", ["mechanical"], 2),
    meds("present", ["L01FF02", "M05BX04", "N02BE01", "A11CC05"]),
    local("present", ["surgery", "radiotherapy"]),
    agents("present", ["M05BX04"]),  # Prolia for osteoporosis counts
    agents("unknown"),  # only a relative's Préviscan
    agents("unknown"),
    prog("present", ecog=1),
    project("present"),
)

# --------------------------------------------------------------------------
# p07 — thrombosis / haemostasis clinic note (PDF)
# --------------------------------------------------------------------------

P07_BLOCKS = [
    ("", "Lormière, le 16/04/2025"),
    ("", "Dr Paul Essafi, oncologie thoracique\nCopies : RCP métastases osseuses ; Dr Lucas Fabre, "
         "médecin traitant"),
    ("SP", "2"),
    ("B", "Objet : M. Daniel ROUSSEL, né le 30/01/1957 – consultation MTEV avant RCP"),
    ("SP", "2"),
    ("", "Cher confrère,"),
    ("", "J'ai revu en consultation M. ROUSSEL pour la gestion de son traitement anticoagulant, "
         "en vue de la RCP métastases osseuses où son dossier doit être discuté."),
    ("", "Rappel : carcinome épidermoïde pulmonaire du lobe inférieur gauche diagnostiqué en "
         "novembre 2024, PD-L1 à 5 %, métastatique d'emblée (surrénale gauche), traité par "
         "chimio-immunothérapie à visée palliative. Le bilan initial ne montrait pas de lésion "
         "osseuse."),
    ("", "Le 02/01/2025 : embolie pulmonaire bilatérale sans signe de gravité. L'angioscanner "
         "réalisé pour l'embolie a montré de façon fortuite une lésion lytique du corps vertébral "
         "de T6, confirmée comme métastatique par l'IRM et le TEP."),
    ("", "Historique de l'anticoagulation : rivaroxaban (Xarelto) débuté le 02/01/2025 et arrêté le "
         "12/01/2025 devant une hématurie macroscopique (cystoscopie normale) ; relais par "
         "tinzaparine à dose curative pendant un mois, puis édoxaban (Lixiana) 60 mg/j depuis le "
         "14/02/2025, bien toléré. Pas d'antiagrégant plaquettaire associé. Aucun nouvel épisode "
         "hémorragique."),
    ("", "Autres traitements : carboplatine-paclitaxel-pembrolizumab (4e cycle le 07/04/2025), "
         "ésoméprazole 20 mg/j, bisoprolol 2,5 mg/j."),
    ("", "Sur le plan osseux : pas de douleur rachidienne, pas de radiculalgie. Aucun traitement "
         "local de la lésion de T6 à ce jour ; pas de traitement anti-résorptif."),
    ("", "ECOG 1. Poids 71 kg. Biologie du 14/04/2025 : hémoglobine 12,1 g/dL, plaquettes 212 G/L, "
         "créatinine 88 µmol/L (clairance de Cockcroft 62 mL/min), bilan hépatique normal."),
    ("", "Antécédents familiaux : mère décédée d'une embolie pulmonaire."),
    ("H", "Conclusion et propositions"),
    ("", "- Poursuite du Lixiana 60 mg/j tant que le cancer est actif.\n"
         "- Si un geste invasif est retenu par la RCP (vertébroplastie, biopsie), arrêt du Lixiana "
         "48 heures avant (dernière prise à J-3), sans relais par HBPM ; reprise 24 à 48 heures "
         "après le geste selon le risque hémorragique.\n"
         "- Pas de reprise du rivaroxaban.\n"
         "- Le score de Khorana n'a plus d'intérêt ici, le patient étant déjà anticoagulé."),
    ("SP", "2"),
    ("", "Bien confraternellement,\nDr Isabelle MORVAN"),
]


def build_p07(path: Path) -> None:
    pdf = LetterPDF(letterhead=[
        "CHU DE LORMIÈRE – Service d'hématologie biologique",
        "Consultation d'hémostase et de maladie thrombo-embolique veineuse",
        "Dr Isabelle Morvan – 02 40 00 63 12 – hemostase@chu-lormiere.example"])
    pdf.add_page()
    pdf_blocks(pdf, P07_BLOCKS, size=10, lh=5)
    pdf.output(str(path))


G07 = record(
    "p07", "M", age_at("30/01/1957", "16/04/2025"),
    tumor("present", "lung", "squamous_cell_carcinoma", PD_L1="positive"),
    bone("present", ["incidental_imaging"], True),
    pain("absent"),
    meds("present", ["B01AF03", "L01XA02", "L01CD01", "L01FF02", "A02BC05", "C07AB07"]),
    local("absent"),
    agents("absent"),
    agents("present", ["B01AF03"]),
    agents("absent"),
    prog("present", ecog=1),
    project("present", "palliative"),
)

# --------------------------------------------------------------------------
# p08 — pain clinic letter (DOCX)
# --------------------------------------------------------------------------

P08_PARAS = [
    ("B", "Centre d'évaluation et de traitement de la douleur (CETD)"),
    ("", "Hôpital des Capucins – Sainte-Avoye\nDr Raphaël Guénolé, médecin algologue – "
         "secrétariat 05 49 00 72 61"),
    ("", "Sainte-Avoye, le 05/06/2025"),
    ("", "À l'attention du Dr Camille Ribeiro (oncologie médicale) et de la RCP métastases osseuses"),
    ("B", "Objet : Mme Martine LEROUX-AUBRY, née le 11/12/1966 – consultation douleur de suivi"),
    ("", "Chère consœur,"),
    ("", "J'ai revu ce jour Mme LEROUX-AUBRY, que vous suivez pour un carcinome canalaire infiltrant "
         "(NST) du sein droit, RE négatif, RP négatif, HER2 positif (3+), métastatique à l'os. Les "
         "métastases rachidiennes (T10 à T12) et costales ont été révélées en septembre 2024 par des "
         "dorsalgies. Elle a été irradiée sur T10-T12 (20 Gy en 5 fractions, octobre 2024) et a "
         "bénéficié d'une kyphoplastie de T11 en décembre 2024."),
    ("B", "Description de la douleur"),
    ("L", "douleur dorsale basse permanente, nettement majorée à la mise en charge et à la station "
          "debout prolongée ;"),
    ("L", "douleur de décubitus, qui la réveille vers 3 heures du matin presque chaque nuit ;"),
    ("L", "irradiation en hémiceinture gauche avec fulgurances à type de décharges électriques, et "
          "allodynie au frottement des vêtements ;"),
    ("L", "DN4 à 6/10 ; pas de dérouillage matinal."),
    ("", "Intensité : EN 8/10 lors de la première consultation (mars 2025), 4/10 ce jour après "
         "titration. Suspicion de radiculopathie T11 : une IRM est demandée pour éliminer une "
         "épidurite."),
    ("B", "Traitement actuel"),
    ("L", "Oxycontin LP 20 mg matin et soir ; Oxynormoro 5 mg si besoin (2 à 3 prises par jour) ;"),
    ("L", "Lyrica 75 mg matin et soir (introduit en mars, bien toléré) ;"),
    ("L", "Doliprane 1 g trois fois par jour ; Movicol 1 sachet par jour ;"),
    ("L", "trastuzumab + pertuzumab toutes les 3 semaines en entretien (Dr Ribeiro)."),
    ("", "Le Laroxyl, essayé en 2024, a été arrêté pour somnolence. Une cure de kétamine IV a été "
         "réalisée en avril en hôpital de jour. Le dénosumab (Xgeva) a été interrompu en mai 2025 en "
         "raison d'une hypocalcémie sévère ; il n'y a pas d'autre traitement osseux en cours."),
    ("", "Anticoagulation : antécédent de TVP surale en 2024, traitée par Éliquis, arrêté le "
         "15/03/2025 à la fin des 6 mois de traitement. Ni anticoagulant ni antiagrégant à ce jour."),
    ("", "État général : OMS 2 ; elle passe une partie de la journée allongée."),
    ("B", "Propositions"),
    ("L", "poursuite du traitement ; augmentation du Lyrica à 100 mg x 2 si besoin ;"),
    ("L", "je souhaite que la RCP discute une réirradiation ou un geste sur T11-T12, ainsi que la "
          "reprise d'un traitement ciblé osseux (acide zolédronique ?) une fois la calcémie "
          "corrigée."),
    ("", "Confraternellement,\nDr R. Guénolé"),
]


def build_p08(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    for style, text in P08_PARAS:
        if style == "L":
            doc.add_paragraph(text, style="List Bullet")
        elif style == "B":
            doc.add_paragraph().add_run(text).bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)


G08 = record(
    "p08", "F", age_at("11/12/1966", "05/06/2025"),
    tumor("present", "breast", "invasive_ductal_carcinoma", ER="negative", PR="negative",
          HER2="positive"),
    bone("present", ["pain"], True),
    pain("present", ["mechanical", "nocturnal", "neuropathic"], 4),
    meds("present", ["N02AA05", "N03AX16", "N02BE01", "A06AD65", "L01FD01", "L01FD02"]),
    local("present", ["radiotherapy", "cementoplasty"]),
    agents("absent"),  # Xgeva interrupted May 2025
    agents("absent"),  # Eliquis stopped 15/03/2025
    agents("absent"),
    prog("present", ecog=2),
    project("present"),
)

# --------------------------------------------------------------------------
# p09 — nephrologist (TXT)
# --------------------------------------------------------------------------

P09 = """
Dr Élise FOURNIER-RAULT
Néphrologie – Dialyse – Clinique du Val de Mauldre
8 allée des Tilleuls, 78590 Aubrac-sur-Mauldre – Tél. 01 30 00 84 20

                                        Aubrac-sur-Mauldre, le 27/05/2025

Dr Hugo Lemarchand, oncologue – Centre d'oncologie Saint-Rémi
Copie : RCP métastases osseuses ; Dr Julie Tessier, médecin traitant

Cher confrère,

Vous m'avez demandé mon avis sur la fonction rénale de M. Bernard QUÉRÉ, né le 05/05/1944, avant la discussion de son dossier en RCP métastases osseuses.

Pour mémoire, M. QUÉRÉ présente un adénocarcinome prostatique (Gleason 7, 4+3) traité en 2015 par prostatectomie totale, puis par radiothérapie de la loge en 2017 pour une récidive biologique. Le TEP-PSMA réalisé en mars 2025 devant l'ascension du PSA (42 ng/mL) a mis en évidence des métastases osseuses du bassin et du fémur gauche. Vous avez alors introduit l'enzalutamide en complément de l'Eligard.

Sur le plan néphrologique : maladie rénale chronique de stade 3b d'origine vasculaire et diabétique, créatinine 148 µmol/L, DFG (CKD-EPI) 38 mL/min/1,73 m², stable depuis un an. Protéinurie 0,4 g/g. Kaliémie 4,9 mmol/L. Calcémie corrigée 2,30 mmol/L, 25-OH vitamine D 21 ng/mL.

Traitements actuels :
- Pradaxa 110 mg matin et soir (fibrillation atriale paroxystique)
- Eligard 45 mg tous les 6 mois
- enzalutamide 160 mg/j depuis avril 2025
- Lasilix 40 mg le matin
- insuline glargine 18 UI le soir
- Uvedose 100 000 UI tous les 3 mois
Le ramipril a été arrêté en février (hyperkaliémie) et la metformine en 2024 compte tenu du DFG. Le Kardégic a été arrêté en 2022 lors de l'introduction du Pradaxa.

Mon avis :
1. Acide zolédronique : je le déconseille, le DFG étant inférieur à 40 mL/min. Si un traitement ciblé osseux est retenu par la RCP, le dénosumab (Xgeva) est envisageable, sous réserve d'une supplémentation calcique et vitaminique préalable et d'un contrôle de la calcémie à J7 et J14 de la première injection.
2. Pradaxa : à élimination rénale prédominante ; la dose de 110 mg x 2 est adaptée à ce jour. Si le DFG descendait sous 30 mL/min, un relais par apixaban serait à discuter.
3. Produits de contraste iodés : possibles avec hydratation préalable ; suspendre le Lasilix la veille.

Je le reverrai dans trois mois avec un bilan biologique.

Bien confraternellement,

Dr É. FOURNIER-RAULT
"""

G09 = record(
    "p09", "M", age_at("05/05/1944", "27/05/2025"),
    tumor("present", "prostate", "adenocarcinoma", PSA="positive"),
    bone("present", ["staging_imaging"], True),
    pain("unknown"),
    meds("present", ["B01AE07", "L02AE02", "L02BB04", "C03CA01", "A11CC05"]),
    local("unknown"),  # prostatectomy / prostate-bed RT do not count
    agents("unknown"),  # zoledronic acid advised against, denosumab only envisaged
    agents("present", ["B01AE07"]),
    agents("absent"),
    prog("unknown"),
    project("present"),
)

# --------------------------------------------------------------------------
# p10 — endocrinologist, thyroid cancer (DOCX)
# --------------------------------------------------------------------------

P10_PARAS = [
    ("B", "Hôpital Sainte-Blandine – Corvol-les-Bains"),
    ("", "Service d'endocrinologie, diabétologie et maladies métaboliques\n"
         "Dr Anne-Sophie Delmas – 03 86 00 45 90"),
    ("R", "Corvol-les-Bains, le 12/05/2025"),
    ("", "Au Dr Virginie Roche, médecine nucléaire, et à la RCP métastases osseuses"),
    ("B", "Objet : Mme Fabienne MOREL-DUVAL, née le 19/08/1955 – cancer thyroïdien réfractaire, "
          "métastases osseuses"),
    ("", "Chère consœur,"),
    ("", "Je vous adresse Mme MOREL-DUVAL pour discussion en RCP métastases osseuses."),
    ("", "Histoire thyroïdienne : carcinome vésiculaire (folliculaire) largement invasif de la "
         "thyroïde, traité par thyroïdectomie totale en mars 2021 puis iode 131 (3,7 GBq). Biologie "
         "moléculaire sur la pièce : mutation NRAS Q61R, pas de mutation BRAF."),
    ("", "Les métastases osseuses ont été révélées en juin 2023 par une fracture pathologique du col "
         "fémoral droit, traitée par prothèse totale de hanche. Une métastase iliaque gauche a été "
         "traitée par cryoablation en janvier 2024. Pas de radiothérapie externe à ce jour."),
    ("", "La maladie est devenue réfractaire à l'iode radioactif (lésions non fixantes en 2023). "
         "Lenvatinib (Lenvima) 14 mg/j depuis février 2024, avec une HTA contrôlée par amlodipine. "
         "Acide zolédronique (Zometa) 4 mg tous les 3 mois depuis juillet 2023, dernière perfusion "
         "le 15/04/2025 ; bilan dentaire annuel normal."),
    ("", "Situation actuelle : thyroglobuline en ascension (de 320 à 610 ng/mL en six mois, "
         "anticorps négatifs). Le TEP-FDG du 28/04/2025 montre une nouvelle lésion de L4 de 22 mm, "
         "sans épidurite, et la stabilité des autres sites. Douleur de la hanche gauche, EN 3/10, "
         "bien contrôlée par le paracétamol. Pas de signe neurologique. OMS 1."),
    ("", "Traitement : Levothyrox 150 µg/j (TSH freinée à 0,05 mUI/L), Lenvima 14 mg/j, amlodipine "
         "5 mg/j, Doliprane 1 g x 3/j, Cacit D3 1 sachet/j, Zometa comme ci-dessus."),
    ("", "Mme MOREL-DUVAL pense être sous anticoagulant depuis un malaise en 2024, mais n'avait pas "
         "son ordonnance : anticoagulant ? à vérifier auprès du médecin traitant (Dr Pierre Gallet) "
         "avant tout geste."),
    ("", "Question : radiothérapie stéréotaxique ou thermoablation de la lésion de L4, en "
         "poursuivant le lenvatinib ?"),
    ("", "Bien confraternellement,\nDr A.-S. Delmas"),
]


def build_p10(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    for style, text in P10_PARAS:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = style == "B"
        if style == "R":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


G10 = record(
    "p10", "F", age_at("19/08/1955", "12/05/2025"),
    tumor("present", "thyroid", "other", BRAF="negative"),
    bone("present", ["pathological_fracture"], True),
    pain("present", [], 3),
    meds("present", ["L01EX08", "M05BA08", "H03AA01", "N02BE01", "A12AX"]),
    local("present", ["surgery", "ablation"]),
    agents("present", ["M05BA08"]),
    agents("uncertain"),
    agents("unknown"),
    prog("present", ecog=1),
    project("present"),
)

# --------------------------------------------------------------------------
# p11 — stomatologist before denosumab (TXT)
# --------------------------------------------------------------------------

P11 = """
Dr Clément HERVOUËT
Stomatologie et chirurgie orale – Pôle tête et cou
CHU de Lormière – Tél. 02 40 00 66 05

                                              Lormière, le 20/06/2025

À l'attention du Dr Sarah Benamou, oncologie thoracique
Copie : RCP métastases osseuses

Objet : M. Stéphane BONNEFOY, né le 02/10/1970 – bilan bucco-dentaire avant dénosumab

Chère consœur,

Merci de m'avoir adressé M. BONNEFOY, porteur de métastases osseuses d'un adénocarcinome pulmonaire ALK réarrangé traité par Alecensa, pour un bilan bucco-dentaire avant la mise en route d'un traitement par dénosumab (Xgeva).
Le patient n'a jamais reçu ni bisphosphonate ni dénosumab. Il ne signale aucune douleur osseuse.

Antécédents : fibrillation atriale, sous AOD ; ulcère gastrique ancien. Tabac sevré.
Traitements : Alecensa 600 mg matin et soir, AOD (le patient n'a pas apporté son ordonnance), Mopral 20 mg/j.

Examen : hygiène bucco-dentaire correcte, parodontite chronique modérée. Dent 36 délabrée, non conservable, avec lésion apicale. Suspicion de lésion apicale sur 46, éliminée par le cone beam. Pas d'exposition osseuse, pas de fistule. Radiographie panoramique : pas d'autre foyer infectieux.

Soins réalisés : avulsion de 36 le 18/06/2025 sous anesthésie locale, sans interruption de l'AOD (hémostase locale : éponge hémostatique, sutures, bains de bouche à l'acide tranexamique). Suites simples à J2. Détartrage.

Conclusion : pas de contre-indication bucco-dentaire au dénosumab, à débuter de préférence après cicatrisation muqueuse complète, soit à partir du 15/07/2025. Le risque d'ostéonécrose des mâchoires a été expliqué au patient ; suivi stomatologique tous les 6 mois et avis avant tout geste invasif. Si besoin, nouvelle extraction sous antibioprophylaxie.

Confraternellement,
Dr C. HERVOUËT
"""

G11 = record(
    "p11", "M", age_at("02/10/1970", "20/06/2025"),
    tumor("present", "lung", "adenocarcinoma", ALK="positive"),
    bone("present", [], False),
    pain("absent"),
    meds("present", ["L01ED03", "A02BC01"]),
    local("unknown"),
    agents("absent"),  # "jamais reçu ni bisphosphonate ni dénosumab"
    agents("present"),  # "sous AOD": class only
    agents("unknown"),
    prog("unknown"),
    project("present"),
)

# --------------------------------------------------------------------------
# p12 — interventional radiologist after vertebroplasty (PDF)
# --------------------------------------------------------------------------

P12_BLOCKS = [
    ("B", "Courrier de sortie – vertébroplastie"),
    ("", "Lormière, le 09/05/2025\n"
         "Patiente : Mme Agnès DELACROIX, née le 23/04/1946\n"
         "Adressée par le Dr Marion Lebrun (rhumatologie)\n"
         "Destinataires : Dr Lebrun ; Dr Fabien Ollier, médecin traitant ; RCP métastases osseuses"),
    ("SP", "2"),
    ("", "Chère consœur,"),
    ("", "Mme DELACROIX, 79 ans, a été hospitalisée du 05 au 09/05/2025 pour une vertébroplastie."),
    ("", "Contexte : ostéoporose connue. Fracture-tassement de T12 survenue le 02/03/2025 lors d'un "
         "effort de soulèvement, avec douleur brutale. L'IRM a fait suspecter une fracture "
         "pathologique (lésion infiltrante avec atteinte du pédicule) et le TEP-TDM a retrouvé "
         "d'autres lésions osseuses (L1, sacrum, côtes) ainsi qu'un nodule spiculé de 24 mm du lobe "
         "supérieur gauche. Un primitif pulmonaire est suspecté ; la biopsie vertébrale réalisée "
         "pendant le geste est en cours d'analyse."),
    ("", "Geste du 06/05/2025 : vertébroplastie de T12 et L1 par voie bipédiculaire sous anesthésie "
         "générale (4,5 mL et 3 mL de ciment), avec biopsie trocardée de T12 dans le même temps. "
         "Pas de fuite de ciment significative (minime fuite discale asymptomatique)."),
    ("", "Anticoagulation : la patiente est traitée par Coumadine (warfarine) 5 mg/j pour une "
         "fibrillation atriale. La Coumadine a été interrompue 5 jours avant le geste (dernière "
         "prise le 30/04), sans relais ; INR 1,2 le matin du geste. Elle a été reprise le soir même "
         "à la dose habituelle ; contrôle de l'INR prévu le 13/05/2025. Pas d'antiagrégant "
         "plaquettaire."),
    ("", "Douleur : EVA 8/10 à la mobilisation avant le geste ; à J3, EVA 2/10, avec une gêne "
         "persistante à la marche. Pas de radiculalgie."),
    ("", "Traitement osseux : la patiente recevrait une perfusion annuelle d'Aclasta pour son "
         "ostéoporose (non retrouvé dans notre dossier, date de la dernière perfusion inconnue) : "
         "à vérifier auprès du rhumatologue."),
    ("", "État général : OMS 2 avant le geste, OMS 1 à la sortie."),
    ("", "Traitement de sortie : Coumadine 5 mg/j selon INR ; Doliprane 1 g x 3/j ; Topalgic LP "
         "100 mg matin et soir pendant 10 jours puis arrêt ; bisoprolol 5 mg/j ; Uvedose "
         "100 000 UI tous les 3 mois."),
    ("", "Suite : consultation de résultat de la biopsie avec le Dr Lebrun le 20/05/2025. Pas de "
         "traitement oncologique à ce stade. Dossier à discuter en RCP métastases osseuses à "
         "réception de l'anatomopathologie : radiothérapie complémentaire de T12-L1 ? prise en "
         "charge des autres lésions ?"),
    ("SP", "2"),
    ("", "Bien confraternellement,\nDr Jérôme KESSLER, radiologue interventionnel"),
]


def build_p12(path: Path) -> None:
    pdf = LetterPDF(letterhead=[
        "CHU DE LORMIÈRE – Imagerie interventionnelle ostéo-articulaire",
        "Dr Jérôme Kessler – Dr Nora Saadi – secrétariat 02 40 00 61 77"])
    pdf.add_page()
    pdf_blocks(pdf, P12_BLOCKS, size=10, lh=5)
    pdf.output(str(path))


G12 = record(
    "p12", "F", age_at("23/04/1946", "09/05/2025"),
    tumor("uncertain", "lung", None),
    bone("present", ["pathological_fracture"], True),
    pain("present", ["mechanical"], 2),
    meds("present", ["B01AA03", "N02BE01", "N02AX02", "C07AB07", "A11CC05"]),
    local("present", ["cementoplasty"]),
    agents("uncertain", ["M05BA08"]),
    agents("present", ["B01AA03"]),
    agents("absent"),
    prog("present", ecog=1),
    project("unknown"),
)

# --------------------------------------------------------------------------
# p13 — short dictated letter, brand names only, dictation typos (TXT)
# --------------------------------------------------------------------------

P13 = """
Cabinet de rhumatologie – Dr François MÉHAIGNERIE
14 place du Marché – Saint-Julien-des-Prés – 02 43 00 27 81
Le 02/06/2025
[courrier dicté, non relu]

Cher ami,

Je revois Mme Lucienne BRIAND, 77 ans, pour ses métastases osseuses. Pour rappel néo du sein gauche opéré en 2012 (tumorectomie, radiothérapie), et récidive osseuse découverte de façon fortuite sur un scanner abdominal fait en mars 2025 pour une diverticulite : lésions condensantes de L4, L5 et du bassin. Arimidex repris depuis avril par le Dr Pasquier.
Elle n'a pas eu de radiothérapie sur les lésions osseuses.
Elle se plaint de douleurs lombaires surtout la nuit, EVA 5.
Pronostic : survie attendue de plusieurs années d'après le Dr Pasquier.
Traitement actuel :
Arimidex 1 mg 1 cp/j
Dolipranne 1 g 1 cp x 3/j
Topalgik 50 1 cp x 2/j
Kardegic 75 1 sachet/j (stent coronaire 2018)
Inexium 20 0-0-1
Tahor 20 0-0-1
Levothyrox 75 1-0-0
Le Xareltho a été arrêté (fin du traitement de l'embolie pulmonaire), elle n'a plus d'anticoagulant. Le Prolia pour l'ostéoporose a été arrêté il y a deux ans.
Sur le compte rendu du Dr Pasquier que m'apporte la patiente : radiothérapie de L4, 8 Gy en une fraction, en avril 2025.
Question : faut-il remettre un traitement osseux (Xgeva ?) et que faire pour L5 ?
Amitiés,
Dr F. Méhaignerie
"""

G13 = record(
    "p13", "F", 77,
    tumor("present", "breast", None),
    bone("present", ["incidental_imaging"], True),
    pain("present", ["nocturnal"], 5),
    meds("present", ["L02BG03", "N02BE01", "N02AX02", "B01AC06", "A02BC05", "C10AA05",
                     "H03AA01"]),
    local("conflicting", ["radiotherapy"]),
    agents("absent"),  # Prolia stopped two years ago
    agents("absent"),  # Xareltho stopped, "plus d'anticoagulant"
    agents("present", ["B01AC06"]),
    prog("present"),  # life expectancy only
    project("present"),
)

# --------------------------------------------------------------------------
# p14 — short letter, generic names in capitals (TXT)
# --------------------------------------------------------------------------

P14 = """
HOPITAL DE JOUR D'ONCOLOGIE – CENTRE HOSPITALIER DE VAL-D'AUZON
Dr Yasmine CHERKI – 04 71 00 43 88
Le 11/06/2025

Chers collègues de la RCP métastases osseuses,

Je vous adresse M. Joël TANGUY, 66 ans, pour avis.
Carcinome bronchique à petites cellules, stade étendu, diagnostiqué en avril 2025. Les métastases osseuses (côtes droites, T4, bassin) ont été révélées par une douleur costale droite évoluant depuis 2 mois au moment du diagnostic.
Douleur thoracique droite à type de brûlures, EN 6/10 ce jour.
Pas de radiothérapie ni de chirurgie osseuse antérieure. OMS 1.
Chimio-immunothérapie palliative : CARBOPLATINE AUC 5 + ETOPOSIDE + ATEZOLIZUMAB, 2e cycle le 02/06/2025.

Ordonnance en cours :
OXYCODONE LP 10 MG : 1-0-1
OXYCODONE 5 MG : 1 GELULE SI BESOIN, MAXIMUM 4/J
PREGABALINE 75 MG : 1-0-1
PARACETAMOL 1 G : 1 CP X 3/J
DENOSUMAB 120 MG : 1 INJECTION SC TOUTES LES 4 SEMAINES (1RE INJECTION LE 28/05/2025)
CALCIUM 500 MG / VITAMINE D3 400 UI : 1 CP/J
MACROGOL 4000 : 1 SACHET/J
ESOMEPRAZOL 20 MG : 1 GELULE LE SOIR

Question : radiothérapie antalgique des côtes droites ?
Bien cordialement,
Dr Y. Cherki
"""

G14 = record(
    "p14", "M", 66,
    tumor("present", "lung", "small_cell_carcinoma"),
    bone("present", ["pain"], True),
    pain("present", ["neuropathic"], 6),
    meds("present", ["L01XA02", "L01CB01", "L01FF05", "N02AA05", "N03AX16", "N02BE01",
                     "M05BX04", "A12AX", "A06AD15", "A02BC05"]),
    local("absent"),
    agents("present", ["M05BX04"]),
    agents("unknown"),
    agents("unknown"),
    prog("present", ecog=1),
    project("present", "palliative"),
)

# --------------------------------------------------------------------------

TXT = {"p01": P01, "p02": P02, "p09": P09, "p11": P11, "p13": P13, "p14": P14}
BUILDERS = {"p03": ("docx", build_p03), "p04": ("pdf", build_p04), "p05": ("docx", build_p05),
            "p06": ("pdf", build_p06), "p07": ("pdf", build_p07), "p08": ("docx", build_p08),
            "p10": ("docx", build_p10), "p12": ("pdf", build_p12)}
GOLDS = [G01, G02, G03, G04, G05, G06, G07, G08, G09, G10, G11, G12, G13, G14]


def main() -> None:
    LETTERS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(LETTERS.iterdir()) + list(GOLD.iterdir()):
        old.unlink()
    for pid, text in TXT.items():
        write_txt(f"{pid}.txt", text)
    for pid, (ext, build) in BUILDERS.items():
        out = build(LETTERS / f"{pid}.{ext}")
        if pid == "p04":
            assert out == 2, f"p04 must have 2 pages, got {out}"
    atc_ok = load_atc()
    for g in GOLDS:
        validate(g, atc_ok)
        (GOLD / f"{g['id']}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(TXT) + len(BUILDERS)} letters and {len(GOLDS)} gold records")


if __name__ == "__main__":
    main()
