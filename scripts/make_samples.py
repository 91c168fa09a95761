"""Write the bundled sample letters (samples/) and the reader golden inputs (tests/golden/readers/).

    python scripts/make_samples.py

Patients, physicians and places are invented. The files are committed; run this
again only to change them (needs the test extra: fpdf2).
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden" / "readers"

LETTERHEAD = ["Centre Hospitalier des Trois Vallées", "Service d'Oncologie Médicale - 4 place du Marché, 99000 Exempleville"]
PNEUMO_PAGES = [
    [
        "Exempleville, le 4 septembre 2025",
        "Objet : demande d'avis RCP métastases osseuses",
        "Patient : M. Jean EXEMPLE, né le 02/10/1950",
        "Cher confrère,",
        "Je vous adresse M. Exemple, suivi pour un adénocarcinome pulmonaire du lobe supérieur gauche, "
        "stade IV (cT3N2M1c), diagnostiqué en juin 2025. Biologie moléculaire : EGFR non muté, ALK négatif, "
        "ROS1 négatif, PD-L1 à 40 %.",
        "Les métastases osseuses ont été découvertes sur le TEP-TDM du bilan d'extension du 20/06/2025 "
        "(rachis dorsal, bassin). Douleurs dorsales depuis 6 semaines, à type de brûlures, avec réveils "
        "nocturnes ; EVA à 5/10 sous morphine.",
        "Antécédents : fibrillation atriale sous Eliquis 5 mg x 2/j. Son frère a été traité par radiothérapie.",
        "Pas de traitement local osseux antérieur. Acide zolédronique envisagé après bilan dentaire.",
        "État général : OMS 1.",
    ],
    [
        "Traitement en cours : pembrolizumab, carboplatine et pémétrexed depuis le 01/07/2025, à visée palliative ; "
        "Skenan LP 30 mg x 2/j, Doliprane 1 g x 3/j, Mopral 20 mg/j.",
        "Question posée à la RCP : radiothérapie antalgique de D7 ? Gestion de l'apixaban en cas de cimentoplastie ?",
        "Bien confraternellement,",
        "Dr Paul MODELE, pneumologue",
    ],
]
GP_LETTER = """Dr Anne TEMOIN
Médecine générale - 12 rue des Essais, 99100 Villetest

Villetest, le 15/10/2025

Chère consœur,

Je vous adresse Mme Lucie ESSAI, 67 ans, pour avis de votre RCP métastases osseuses.
Cancer du sein droit (carcinome canalaire infiltrant, RH+, HER2 négatif) traité en 2016.
Depuis 2 mois, douleurs de la hanche gauche à la marche ; la radiographie puis l'IRM ont montré une lésion lytique du cotyle.
Elle serait sous AVK (Préviscan ?) pour une phlébite ancienne, à vérifier auprès du cardiologue.
Traitement : létrozole 2,5 mg/j, Tahor 20 mg, Doliprane si douleur.
Pas de traitement anti-résorptif. Jamais irradiée sur le plan osseux.

Merci de votre avis,
Dr A. Témoin
"""


def write_pdf(path: Path, pages: list[list[str]], header: list[str]) -> None:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, paragraphs in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        for line in header:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, f"Page {number} / {len(pages)}", align="C")
    pdf.output(str(path))


def _checkbox(checked: bool) -> str:
    return "☒" if checked else "☐"


def write_form_docx(path: Path) -> None:
    """An RCP request form: header, a two-column table with checkboxes, a merged title row,
    and a content control holding the question (python-docx does not list it)."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "RCP Métastases osseuses - Fiche de demande"
    document.add_paragraph("FICHE DE DEMANDE D'INSCRIPTION")
    rows = [
        ("Patient", "M. Marc ESSAYEUR - 71 ans"),
        ("Date de la demande", "03/11/2025"),
        ("Tumeur primitive", "Adénocarcinome prostatique, Gleason 8, PSA 65 ng/mL"),
        ("Circonstances de découverte", f"{_checkbox(False)} Douleur {_checkbox(False)} Fracture {_checkbox(True)} Imagerie de bilan"),
        ("Douleur", f"{_checkbox(False)} Oui {_checkbox(True)} Non"),
        ("Traitements locaux antérieurs", f"{_checkbox(True)} Radiothérapie {_checkbox(False)} Chirurgie {_checkbox(False)} Cimentoplastie"),
        ("Préciser", "radiothérapie de L4, 20 Gy en 5 fractions, en mars 2024"),
        ("Traitement osseux", f"{_checkbox(False)} Acide zolédronique {_checkbox(True)} Dénosumab {_checkbox(False)} Aucun"),
        ("Anticoagulant", f"{_checkbox(False)} Oui {_checkbox(True)} Non"),
        ("Traitements en cours", "Décapeptyl 11,25 mg/3 mois, Xtandi 160 mg/j, Xgeva 120 mg/4 sem, Kardégic 75 mg"),
        ("État général (OMS)", f"{_checkbox(False)} 0 {_checkbox(True)} 1 {_checkbox(False)} 2"),
        ("Projet thérapeutique", "Poursuite de l'hormonothérapie, visée palliative"),
    ]
    table = document.add_table(rows=1, cols=2)
    title = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    title.text = "Renseignements cliniques"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    control = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Question"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Question posée : faut-il irradier la lésion de L2 ?</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>")
    document.element.body.insert(len(document.element.body) - 1, control)
    document.save(str(path))


def main() -> None:
    SAMPLES.mkdir(exist_ok=True)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    write_pdf(SAMPLES / "lettre-pneumologue.pdf", PNEUMO_PAGES, LETTERHEAD)
    write_form_docx(SAMPLES / "fiche-rcp.docx")
    (SAMPLES / "courrier-medecin-traitant.txt").write_bytes(GP_LETTER.replace("\n", "\r\n").encode("cp1252"))
    write_pdf(GOLDEN / "two-pages-header.pdf", [["Première page : suivi sous Xarelto 20 mg.", "Suite de la lettre."],
                                                  ["Seconde page : Kardégic 75 mg."]], LETTERHEAD)
    write_form_docx(GOLDEN / "form-table-header.docx")
    (GOLDEN / "cp1252-crlf.txt").write_bytes("Mme Éloïse Dupré, 58 ans\r\nTraitement : Préviscan ½ cp\r\n".encode("cp1252"))


if __name__ == "__main__":
    main()
