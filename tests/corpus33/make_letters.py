#!/usr/bin/env python3
"""Generate corpus33: 12 blind referral letters (CHU de Valmorin, March 2025)
and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus33/make_letters.py

Every letter's text and gold values live in this file. Gold gaps are derived
by one function (derive_gaps) implementing the spec's Gaps rule, and every
gold is checked against the contract before anything is written; any failure
stops with "CONTRACT VIOLATION: ...". Output is byte-identical on every run
(fixed PDF dates/producer/ID, fixed DOCX core properties and zip timestamps,
no randomness).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def die(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# ---------------------------------------------------------------- PDF writer
class PdfFont:
    """A simple TrueType font, WinAnsi encoded, embedded whole (Flate)."""

    def __init__(self, path: Path, name: str):
        from PIL import ImageFont

        self.path, self.name = path, name
        f = ImageFont.truetype(str(path), 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)
        self._w = {bytes([c]).decode("cp1252", "ignore"): w for c, w in zip(range(32, 256), self.widths)}

    def width(self, text: str, size: float) -> float:
        return sum(self._w.get(ch, 600) for ch in text) * size / 1000.0


def pdf_escape(text: str) -> bytes:
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError as e:
        die(f"character outside WinAnsi in PDF text: {text!r} ({e})")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        else:
            out.append(b)
    return bytes(out)


PAGE_W, PAGE_H = 595.28, 841.89
LM, RM, TOP, BOTTOM = 62, 62, 100, 80


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.width(cand, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def layout(blocks, fonts):
    """blocks -> list of pages, each a list of (font_key, size, x, y, text)."""
    reg, bold = fonts
    pages, cur = [], []
    y = PAGE_H - TOP
    width = PAGE_W - LM - RM

    def newpage():
        nonlocal cur, y
        pages.append(cur)
        cur, y = [], PAGE_H - TOP

    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            newpage()
            continue
        if kind == "blank":
            y -= 7
            continue
        if kind in ("p", "h", "b", "small"):
            fkey = "F2" if kind in ("h", "b") else "F1"
            size = {"p": 10, "h": 10.5, "b": 10, "small": 8.5}[kind]
            font = bold if fkey == "F2" else reg
            lead = size * 1.35
            for line in wrap(b[1], font, size, width - (b[2] if len(b) > 2 else 0)):
                if y < BOTTOM + lead:
                    newpage()
                cur.append((fkey, size, LM + (b[2] if len(b) > 2 else 0), y, line))
                y -= lead
            if kind == "h":
                y -= 2
            continue
        if kind == "right":
            size = 10
            if y < BOTTOM + 14:
                newpage()
            cur.append(("F1", size, PAGE_W - RM - reg.width(b[1], size), y, b[1]))
            y -= 13.5
            continue
        if kind == "table":
            cols, rows = b[1], b[2]  # cols: list of (header, x_offset)
            size = 9
            if y < BOTTOM + 40:
                newpage()
            for (hdr, xo) in cols:
                cur.append(("F2", size, LM + xo, y, hdr))
            y -= 12.5
            for row in rows:
                if y < BOTTOM + 14:
                    newpage()
                    for (hdr, xo) in cols:
                        cur.append(("F2", size, LM + xo, y, hdr))
                    y -= 12.5
                for (cell, (hdr, xo)) in zip(row, cols):
                    if cell:
                        cur.append(("F1", size, LM + xo, y, cell))
                y -= 12.5
            y -= 4
            continue
        die(f"unknown block kind {kind}")
    if cur:
        pages.append(cur)
    return pages


def write_pdf(path: Path, blocks, header, footer, info):
    """header: list of lines (first bold); footer: text with {page}/{pages}."""
    fonts = (PdfFont(FONT, "DejaVuSans"), PdfFont(FONT_BOLD, "DejaVuSans-Bold"))
    pages = layout(blocks, fonts)
    n = len(pages)
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(data: bytes, extra: str = "") -> bytes:
        comp = zlib.compress(data, 9)
        return (f"<< /Length {len(comp)} /Filter /FlateDecode {extra}>>\nstream\n").encode() + comp + b"\nendstream"

    font_ids = []
    for i, f in enumerate(fonts):
        data = f.path.read_bytes()
        ff = add(stream(data, f"/Length1 {len(data)} "))
        desc = add((f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                    f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>").encode())
        w = " ".join(str(x) for x in f.widths)
        font_ids.append(add((f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /FirstChar 32 /LastChar 255 "
                             f"/Widths [{w}] /Encoding /WinAnsiEncoding /FontDescriptor {desc} 0 R >>").encode()))
    pages_id_placeholder = len(objs) + 1 + 2 * n  # computed below
    page_ids = []
    content_ids = []
    for pno, items in enumerate(pages, 1):
        ops = []
        hy = PAGE_H - 40
        for k, line in enumerate(header):
            fk = "F2" if k == 0 else "F1"
            sz = 9 if k == 0 else 8
            ops.append(f"BT /{fk} {sz} Tf {LM} {hy:.2f} Td (".encode() + pdf_escape(line) + b") Tj ET")
            hy -= 11
        ops.append(f"0.5 w {LM} {hy + 4:.2f} m {PAGE_W - RM:.2f} {hy + 4:.2f} l S".encode())
        for (fk, sz, x, y, text) in items:
            ops.append(f"BT /{fk} {sz} Tf {x:.2f} {y:.2f} Td (".encode() + pdf_escape(text) + b") Tj ET")
        ops.append(f"0.5 w {LM} 58 m {PAGE_W - RM:.2f} 58 l S".encode())
        ft = footer.format(page=pno, pages=n)
        left, _, right = ft.partition("|")
        ops.append(f"BT /F1 7.5 Tf {LM} 46 Td (".encode() + pdf_escape(left.strip()) + b") Tj ET")
        rt = right.strip()
        ops.append(f"BT /F1 8 Tf {PAGE_W - RM - fonts[0].width(rt, 8):.2f} 46 Td (".encode() + pdf_escape(rt) + b") Tj ET")
        content_ids.append(add(stream(b"\n".join(ops))))
    pages_id = len(objs) + n + 1
    for cid in content_ids:
        page_ids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                             f"/Resources << /Font << /F1 {font_ids[0]} 0 R /F2 {font_ids[1]} 0 R >> >> "
                             f"/Contents {cid} 0 R >>").encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    inf = "<< " + " ".join(f"/{k} (" + pdf_escape(v).decode("latin-1") + ")" for k, v in info.items()) + " >>"
    info_id = add(inf.encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = zlib.crc32(path.name.encode())
    hexid = f"{fid:08x}" * 4
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info_id} 0 R "
            f"/ID [<{hexid}> <{hexid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return n


# --------------------------------------------------------------- DOCX writer
def write_docx(path: Path, blocks, core):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "right":
            p = d.add_paragraph(b[1])
            p.alignment = 2
        elif kind == "blank":
            d.add_paragraph("")
        elif kind == "table":
            cols, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(cols))
            t.style = "Table Grid"
            for j, (hdr, _) in enumerate(cols):
                t.cell(0, j).text = hdr
            for i, row in enumerate(rows, 1):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            die(f"unknown docx block {kind}")
    cp = d.core_properties
    cp.author = core["author"]
    cp.last_modified_by = core["author"]
    cp.title = core.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = core["date"]
    cp.modified = core["date"]
    cp.last_printed = core["date"]
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------ letters
HOSP = "CHU de Valmorin – Hôpital Saint-Aubert"
FOOT = "SILLAGE DPI – IPP {ipp} – {nom} – Imprimé le {date} | Page {{page}}/{{pages}}"


def hdr(service, line2):
    return [f"{HOSP} – {service}", line2, "1, rue du Professeur Léon-Bérard – 43900 Valmorin – Standard 04 71 58 20 00"]


LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


def T(*rows):
    return rows


MED_COLS = [("Médicament", 0), ("Posologie", 190), ("Matin", 285), ("Midi", 320), ("Soir", 352), ("Commentaire", 385)]

# zg01 — internal medicine, myeloma, 2-page PDF, prescription table
letter(
    id="zg01", fmt="pdf", letter_date=dt.date(2025, 3, 4), birth=dt.date(1953, 5, 14),
    author="Internal medicine (senior)",
    tricky="myeloma (site/histology 'other'); hypercalcaemia circumstance; pain only since after diagnosis, nocturnal denied; Zometa every 4 weeks ongoing; Kardégic as IMiD prophylaxis with explicit 'pas d'anticoagulant'; metformin SUSPENDU in the table; birth date only",
    header=hdr("Service de Médecine Interne et Immunologie clinique", "Pr Armand Lestrade – Dr Claire Vidalenc – Secrétariat 04 71 58 22 10 – Fax 04 71 58 22 19"),
    footer=FOOT.format(ipp="80412233", nom="GAUTHEROT Bernard", date="04/03/2025"),
    info={"Title": "Courrier de liaison", "Author": "Dr C. Vidalenc", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI", "CreationDate": "D:20250304112215+01'00'", "ModDate": "D:20250304112215+01'00'"},
    blocks=[
        ("right", "Valmorin, le 4 mars 2025"),
        ("blank",),
        ("p", "Dr Hélène Marchadier"),
        ("p", "Coordination RCP Métastases osseuses – Pôle Cancérologie"),
        ("blank",),
        ("b", "Objet : demande d'inscription en RCP métastases osseuses"),
        ("p", "Patient : M. GAUTHEROT Bernard, né le 14/05/1953 – IPP 80412233"),
        ("blank",),
        ("p", "Chère consœur,"),
        ("p", "Je vous adresse M. Gautherot, que nous avons hospitalisé dans le service du 10 au 19 février 2025 pour une hypercalcémie sévère (calcémie corrigée 3,21 mmol/l) révélée par une asthénie, un syndrome polyuro-polydipsique et un épisode confusionnel, associée à une insuffisance rénale aiguë (créatinine 168 µmol/l, 112 µmol/l à la sortie)."),
        ("p", "Le bilan a mis en évidence un pic monoclonal IgG kappa à 38 g/l avec chaînes légères libres kappa à 1250 mg/l (rapport kappa/lambda 96). Le myélogramme retrouve 34 % de plasmocytes dystrophiques. Le scanner corps entier basse dose du 12/02/2025 montre des lésions lytiques multiples : L3 avec discret recul du mur postérieur sans épidurite, aile iliaque gauche, col fémoral droit (lésion de 28 mm intéressant la corticale médiale), plusieurs arcs costaux et voûte crânienne. Le diagnostic retenu est celui d'un myélome multiple IgG kappa, ISS 3, avec atteinte osseuse diffuse révélée par l'hypercalcémie. Cytogénétique en cours."),
        ("h", "Antécédents"),
        ("p", "HTA. Diabète de type 2 non insulinorequérant. Cardiopathie ischémique avec angioplastie et stent de l'IVA en 2019. Ancien tabagique (25 PA, sevré). Appendicectomie. Mère décédée d'un cancer du sein à 70 ans. Pas d'allergie connue."),
        ("h", "Clinique"),
        ("p", "Depuis une quinzaine de jours, apparition de lombalgies basses d'horaire mécanique, majorées à la marche et aux changements de position, cotées à 5/10 ce jour sous paracétamol. Pas de douleur nocturne. Gêne inguinale droite à l'appui prolongé. Pas de déficit sensitivo-moteur, pas de trouble sphinctérien. ECOG 1."),
        ("h", "Traitements"),
        ("p", "Traitement d'induction par VRd (lénalidomide, bortézomib, dexaméthasone) débuté le 20/02/2025, C1 en cours. Acide zolédronique (Zometa) 4 mg toutes les 4 semaines, instauré le 17/02/2025 avec dose adaptée à la fonction rénale, prochaine perfusion le 17/03. Pas d'anticoagulant : la prophylaxie thromboembolique sous lénalidomide est assurée par l'aspirine, qu'il prenait déjà pour son stent."),
        ("pagebreak",),
        ("b", "Prescription en cours au 04/03/2025 (extraction du logiciel de prescription)"),
        ("table", MED_COLS, T(
            ("LENALIDOMIDE 25 mg gél.", "25 mg", "1", "0", "0", "J1-J21 / 28 j"),
            ("VELCADE 3,5 mg (bortézomib)", "1,3 mg/m²", "", "", "", "SC J1 J4 J8 J11 en HDJ"),
            ("NEOFORDEX 40 mg cp", "40 mg", "1", "0", "0", "J1 J8 J15 J22"),
            ("KARDEGIC 75 mg sachet", "75 mg", "0", "1", "0", ""),
            ("ZOMETA 4 mg/100 ml perf.", "3,5 mg", "", "", "", "IV / 4 semaines"),
            ("VALACICLOVIR 500 mg cp", "500 mg", "1", "0", "1", "prophylaxie"),
            ("INEXIUM 20 mg cp", "20 mg", "0", "0", "1", ""),
            ("DOLIPRANE 1000 mg cp", "1 g", "1", "1", "1", ""),
            ("CARDENSIEL 2,5 mg cp", "2,5 mg", "1", "0", "0", ""),
            ("TAHOR 40 mg cp", "40 mg", "0", "0", "1", ""),
            ("METFORMINE 850 mg cp", "850 mg", "-", "-", "-", "SUSPENDU depuis le 10/02 (IRA)"),
        )),
        ("p", "Aucune radiothérapie ni aucun geste chirurgical osseux n'a été réalisé à ce jour."),
        ("h", "Question posée à la RCP"),
        ("p", "1) Risque fracturaire du col fémoral droit : indication d'un enclouage prophylactique ou d'une radiothérapie ? 2) Intérêt d'une radiothérapie antalgique de L3 ? Le projet hématologique est de poursuivre l'induction puis de discuter une intensification par autogreffe selon la réponse."),
        ("p", "Je vous remercie de votre avis et reste à votre disposition."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr Claire Vidalenc, PH – Médecine interne"),
        ("small", "Copie : Dr Olivier Sarrazin (médecin traitant, 43900 Valmorin) – Service d'Hématologie clinique"),
    ],
    gold=dict(
        sex="M",
        primaryTumor=("present", "other", "other", {}),
        boneDiagnosis=("present", ["hypercalcemia"], True),
        pain=("present", ["mechanical"], 5),
        currentMedications=("present", ["A02BC05", "B01AC06", "C07AB07", "C10AA05", "H02AB02", "M05BA08", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BA08"]),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", None),
    ),
)

# zg02 — rheumatology, dictated letter, 1-page PDF
letter(
    id="zg02", fmt="pdf", letter_date=dt.date(2025, 3, 6), birth=None, age=64,
    author="Rheumatologist (dictated, voice recognition, unpunctuated)",
    tricky="dictated without punctuation; old breast cancer (breast RT and letrozole stopped 2021 are not bone/current treatments); biopsy ER+ PR− HER2 1+; Prolia for osteoporosis is current bone therapy; Ixprim = tramadol per table; hormonotherapy only 'à discuter' so project unknown",
    header=hdr("Service de Rhumatologie", "Pr Mathilde Condomines – Consultations 04 71 58 24 40"),
    footer=FOOT.format(ipp="80377104", nom="VAURIS Colette", date="06/03/2025"),
    info={"Title": "Consultation rhumatologie", "Author": "Dr B. Estival", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI – Dictée numérique", "CreationDate": "D:20250306174003+01'00'", "ModDate": "D:20250306174003+01'00'"},
    blocks=[
        ("p", "Consultation du 06/03/2025 – Dr Benoît Estival – Courrier dicté"),
        ("p", "Destinataires : RCP métastases osseuses CHU de Valmorin ; Dr Nicole Ferrandou (oncologie) ; Dr Paul Gaillac (médecin traitant)"),
        ("blank",),
        ("p", "Chère consoeur cher confrère"),
        ("p", "je vous adresse Mme VAURIS Colette 64 ans que je vois en consultation de rhumatologie pour des rachialgies évoluant depuis novembre 2024 dans un contexte d'antécédent de cancer du sein gauche en 2016 traité par tumorectomie et curage radiothérapie mammaire puis létrozole pendant cinq ans arrêté en juin 2021 il s'agissait d'un carcinome canalaire infiltrant pT1c N0 RE+ HER2 négatif"),
        ("p", "les douleurs sont dorsolombaires d'horaire inflammatoire avec un dérouillage matinal d'une heure environ et des réveils nocturnes vers 3 heures du matin EVA à 6 sur 10 ce jour pas de radiculalgie pas de trouble sphinctérien l'examen neurologique est normal"),
        ("p", "l'IRM du rachis entier du 14 février 2025 montre des lésions en hyposignal T1 de T9 T11 L2 et du sacrum sans épidurite ni fracture la TEP FDG du 24 février retrouve en plus des fixations costales et iliaques droites sans lésion viscérale ni récidive locale"),
        ("p", "biopsie scannoguidée de T11 le 27 février métastase d'un carcinome d'origine mammaire RE positif à 90 % RP négatif HER2 score 1+ donc négatif"),
        ("p", "elle est par ailleurs traitée pour une ostéoporose fracturaire (fracture du poignet en 2021) par Prolia 60 mg une injection sous cutanée tous les six mois depuis 2022 la dernière le 9 janvier 2025"),
        ("p", "autres antécédents hypothyroïdie dyslipidémie sa soeur a été opérée d'un mélanome"),
        ("p", "traitement actuel Ixprim un comprimé trois fois par jour Cacit D3 un sachet par jour Tahor 20 mg le soir Levothyrox 75 microgrammes le matin Prolia comme dit plus haut pas d'anticoagulant ni d'antiagrégant plaquettaire"),
        ("p", "pas de radiothérapie ni de geste sur le squelette à ce jour"),
        ("p", "elle reste autonome OMS 1 elle travaille encore à mi-temps comme comptable"),
        ("p", "sur le plan oncologique elle n'a pas encore revu le Dr Ferrandou une reprise d'hormonothérapie est à discuter éventuellement associée à un inhibiteur de CDK4/6"),
        ("p", "je souhaiterais l'avis de la RCP sur l'intérêt d'une radiothérapie antalgique de T11 et sur la conduite à tenir vis à vis du Prolia faut il le remplacer par du Xgeva à dose oncologique"),
        ("p", "je vous remercie de votre aide et vous prie de croire chère consoeur cher confrère en mes sentiments les meilleurs"),
        ("blank",),
        ("p", "Dr Benoît Estival – Rhumatologie"),
        ("small", "Courrier dicté, non relu par le médecin."),
    ],
    gold=dict(
        sex="F",
        primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], 6),
        currentMedications=("present", ["A12AX", "C10AA05", "H03AA01", "M05BX04", "N02AX02"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("unknown", None),
    ),
)

# zg03 — orthopaedic surgery, post-op letter, PDF
letter(
    id="zg03", fmt="pdf", letter_date=dt.date(2025, 2, 18), birth=dt.date(1967, 1, 3), age=58,
    author="Orthopaedic surgeon (post-operative letter)",
    tricky="bone disease revealed by pathological fracture under cabozantinib for lung mets; nailing = surgery; post-op RT only 'indiquée' (plan); cabozantinib suspended but resumption decided; Kardégic stopped then resumed; Lovenox 35 days; 'pas de traitement anti-résorptif jusqu'ici'; no performance status",
    header=hdr("Service de Chirurgie Orthopédique et Traumatologique", "Pr Jean-Marc Dufaure – Dr Romain Sablayrolles – Secrétariat 04 71 58 26 02"),
    footer=FOOT.format(ipp="80455019", nom="ROUSSILHE Didier", date="18/02/2025"),
    info={"Title": "Courrier de sortie", "Author": "Dr R. Sablayrolles", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI", "CreationDate": "D:20250218093011+01'00'", "ModDate": "D:20250218093011+01'00'"},
    blocks=[
        ("right", "Valmorin, le 18/02/2025"),
        ("p", "À l'attention de la RCP Métastases osseuses – copie Dr Ludovic Pelletan (Oncologie médicale)"),
        ("blank",),
        ("b", "Objet : M. ROUSSILHE Didier, 58 ans (né le 03/01/1967) – fracture pathologique fémur droit"),
        ("blank",),
        ("p", "Cher confrère,"),
        ("p", "Monsieur Roussilhe, droitier, chauffeur routier, est suivi pour un carcinome rénal à cellules claires gauche traité par néphrectomie élargie en mars 2021 (pT3a N0, ISUP 3), en rechute pulmonaire depuis juin 2023, sous cabozantinib (Cabometyx 40 mg/j) depuis juillet 2023 (Dr Pelletan). Aucune lésion osseuse n'était connue jusqu'ici."),
        ("p", "Il a présenté le 08/02/2025 une fracture sous-trochantérienne du fémur droit en descendant de la cabine de son camion, sur une lésion lytique de 5 cm. Il a été opéré le 09/02/2025 : enclouage centromédullaire long (clou gamma) avec prélèvement peropératoire. Anatomopathologie : métastase d'un carcinome rénal à cellules claires. Le scanner TAP du 11/02 retrouve par ailleurs une lyse de l'aile iliaque gauche et de T12, non compliquées."),
        ("p", "Suites opératoires simples. Appui complet autorisé. Il persiste des douleurs de cuisse à la marche, cotées à 3/10, sans douleur de repos. Cicatrice propre."),
        ("h", "Traitement de sortie"),
        ("p", "- Lovenox 4000 UI/0,4 ml : 1 injection SC par jour pendant 35 jours"),
        ("p", "- Oxynorm 5 mg : 1 gélule si douleur, maximum 4 par jour"),
        ("p", "- Doliprane 1 g : 1 cp trois fois par jour"),
        ("p", "- Kardégic 75 mg : interrompu 5 jours avant l'intervention (ATCD de SCA en 2018), repris le 12/02"),
        ("p", "- Tahor 40 mg le soir"),
        ("p", "Le Cabometyx a été suspendu depuis le 08/02 en raison de la chirurgie ; le Dr Pelletan le reprendra à J21 post-opératoire, vers le 02/03/2025, si la cicatrisation est acquise."),
        ("p", "Pas de traitement anti-résorptif jusqu'ici."),
        ("h", "Questions"),
        ("p", "Une radiothérapie post-opératoire de l'ensemble du clou nous paraît indiquée ; merci de discuter son calendrier vis-à-vis de la reprise du cabozantinib, ainsi que l'introduction d'un dénosumab et la prise en charge de la lésion de T12 (risque d'instabilité ?)."),
        ("p", "Rendez-vous de contrôle radio-clinique à 6 semaines."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr Romain Sablayrolles, chef de clinique"),
    ],
    gold=dict(
        sex="M",
        primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
        boneDiagnosis=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 3),
        currentMedications=("present", ["B01AB05", "B01AC06", "C10AA05", "N02AA05", "N02BE01"]),
        priorLocalTreatments=("present", ["surgery"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("unknown", None, None),
        therapeuticProject=("present", None),
    ),
)

# zg04 — thoracic medical oncology, 2-page PDF with prescription table
letter(
    id="zg04", fmt="pdf", letter_date=dt.date(2025, 3, 11), birth=dt.date(1972, 8, 22),
    author="Medical oncologist (thoracic)",
    tricky="EGFR del19 with ALK/ROS1 negative and PD-L1 5 % (positive); bone mets on initial PET (staging); sacral pain with burning and DN4 (neuropathic) and night waking; EVA 4 now vs 7 before; prior T8 RT; Eliquis for PE; table columns matin/midi/soir; father's lung cancer; birth date only",
    header=hdr("Service d'Oncologie Médicale – Unité d'oncologie thoracique", "Dr Pauline Arrighi – Dr Théo Marcillac – Secrétariat 04 71 58 31 15"),
    footer=FOOT.format(ipp="80398750", nom="BELKACEMI-ROUX Nadia", date="11/03/2025"),
    info={"Title": "Demande d'avis RCP", "Author": "Dr P. Arrighi", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI", "CreationDate": "D:20250311154522+01'00'", "ModDate": "D:20250311154522+01'00'"},
    blocks=[
        ("right", "Valmorin, le 11 mars 2025"),
        ("b", "Demande d'avis – RCP Métastases osseuses du 18/03/2025"),
        ("p", "Patiente : Mme BELKACEMI-ROUX Nadia, née le 22/08/1972. Médecin traitant : Dr Agnès Pouget, Saint-Fréjoux."),
        ("blank",),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome pulmonaire du lobe inférieur gauche, stade IVB, diagnostiqué en mai 2024 (biopsie bronchique du 14/05/2024). Biologie moléculaire : délétion de l'exon 19 d'EGFR ; ALK négatif, ROS1 négatif en IHC ; PD-L1 exprimé à 5 % des cellules tumorales. Non-fumeuse. Père décédé d'un cancer bronchique."),
        ("p", "Le TEP-TDM du bilan d'extension (21/05/2024) montrait des lésions osseuses hypermétaboliques de T8, du sacrum (S1-S2) et de l'aile iliaque droite, sans métastase cérébrale. Osimertinib (Tagrisso) 80 mg/j depuis le 10/06/2024. Radiothérapie antalgique de T8, 20 Gy en 5 fractions, en juillet 2024. Dénosumab (Xgeva) mensuel depuis juillet 2024 après bilan dentaire."),
        ("p", "Embolie pulmonaire segmentaire en septembre 2024, traitée par apixaban au long cours."),
        ("h", "Situation actuelle"),
        ("p", "Le scanner de réévaluation du 27/02/2025 montre une réponse maintenue sur le plan thoracique mais une progression de la lésion sacrée, étendue au foramen S1 gauche. Cliniquement, douleur sacrée avec sensation de brûlure irradiant à la face postérieure de la cuisse gauche (DN4 à 5/10), responsable de réveils nocturnes. EVA à 7/10 il y a quinze jours, 4/10 ce jour depuis l'augmentation du Skenan et l'introduction de la prégabaline. Pas de déficit moteur, pas de trouble sphinctérien. ECOG 1."),
        ("pagebreak",),
        ("b", "Traitement habituel (copie de l'ordonnance en cours)"),
        ("table", MED_COLS, T(
            ("TAGRISSO 80 mg cp", "80 mg", "1", "0", "0", ""),
            ("ELIQUIS 5 mg cp", "5 mg", "1", "0", "1", "EP 09/2024"),
            ("SKENAN LP 30 mg gél.", "30 mg", "1", "0", "1", ""),
            ("ACTISKENAN 10 mg gél.", "10 mg", "", "", "", "si douleur, max 6/j"),
            ("LYRICA 75 mg gél.", "75 mg", "1", "0", "1", ""),
            ("CACIT VITAMINE D3 1000/880", "1 sachet", "0", "1", "0", ""),
            ("FORLAX 10 g sachet", "10 g", "1", "0", "0", ""),
            ("XANAX 0,25 mg cp", "0,25 mg", "0", "0", "1", ""),
            ("XGEVA 120 mg sol. inj.", "120 mg", "", "", "", "SC toutes les 4 sem. (HDJ)"),
        )),
        ("h", "Projet et question"),
        ("p", "Traitement à visée palliative. En l'absence d'autre site de progression, nous souhaitons poursuivre l'osimertinib et traiter localement la progression sacrée. Question à la RCP : radiothérapie stéréotaxique du sacrum ou radiothérapie conformationnelle ? Intérêt d'une rebiopsie (mécanisme de résistance) ?"),
        ("p", "Avec mes remerciements,"),
        ("p", "Dr Pauline Arrighi"),
    ],
    gold=dict(
        sex="F",
        primaryTumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["neuropathic", "nocturnal"], 4),
        currentMedications=("present", ["A06AD15", "A12AX", "B01AF02", "L01EB04", "M05BX04", "N02AA01", "N03AX16", "N05BA12"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ),
)

# zg05 — urology, PDF 1 page
letter(
    id="zg05", fmt="pdf", letter_date=dt.date(2025, 3, 21), birth=dt.date(1947, 3, 30),
    author="Urologist",
    tricky="birth date only, birthday 9 days after the letter; PSA 86 then 6.2 (both above normal); 'pas de douleur osseuse'; Préviscan switched to Eliquis; Kardégic stopped; 'pas de traitement anti-résorptif' with Xgeva only planned; prostate neither operated nor irradiated is about the primary (prior local treatment stays unknown)",
    header=hdr("Service d'Urologie et Andrologie", "Pr François Cazottes – Dr Émilie Rouquayrol – Consultations 04 71 58 27 70"),
    footer=FOOT.format(ipp="80466231", nom="FAVEROLLES Lucien", date="21/03/2025"),
    info={"Title": "Courrier de consultation", "Author": "Dr E. Rouquayrol", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI", "CreationDate": "D:20250321101208+01'00'", "ModDate": "D:20250321101208+01'00'"},
    blocks=[
        ("p", "Consultation du 21/03/2025"),
        ("p", "Patient : FAVEROLLES Lucien – né le 30/03/1947 – 12 chemin des Genêts, 43110 Lauriac"),
        ("p", "Adressé à : RCP Métastases osseuses ; copie au Dr Serge Mialhe (médecin traitant)"),
        ("blank",),
        ("p", "Cher confrère,"),
        ("p", "Je revois ce jour M. Faverolles pour un adénocarcinome prostatique diagnostiqué en janvier 2025 devant un PSA à 86 ng/ml lors d'un bilan systématique. Biopsies du 08/01/2025 : adénocarcinome Gleason 8 (4+4), ISUP 4, 10 carottes positives sur 12. Le bilan d'extension (scintigraphie osseuse du 16/01 puis TEP-PSMA du 22/01/2025) retrouve de multiples lésions osseuses rachidiennes, costales et pelviennes (forme à haut volume), sans atteinte viscérale. La prostate n'a été ni opérée ni irradiée."),
        ("p", "Traitement instauré : Eligard 45 mg (injection le 15/01/2025, tous les 6 mois) et enzalutamide (Xtandi 160 mg/j) depuis le 10/02/2025. PSA à 6,2 ng/ml le 14/03/2025."),
        ("p", "Sur le plan clinique, pas de douleur osseuse, pas de signe neurologique. Très bon état général, PS 0, il continue de jardiner."),
        ("p", "Antécédents : fibrillation atriale, anticoagulée par Préviscan, relayé par Eliquis 5 mg x2/j en janvier 2025 à la demande de son cardiologue ; le Kardégic a été arrêté à cette occasion. Diabète de type 2. HTA. Résection endoscopique de prostate (RTUP) en 2012 pour adénome."),
        ("p", "Traitement actuel : Eligard 45 mg/6 mois, Xtandi 40 mg 4 cp/j, Eliquis 5 mg matin et soir, Cardensiel 2,5 mg/j, Metformine 850 mg x2/j, Tamsulosine 0,4 mg/j."),
        ("p", "Pas de traitement anti-résorptif osseux pour l'instant ; un bilan dentaire (panoramique) est demandé en vue de l'introduction d'Xgeva."),
        ("p", "Question à la RCP : faut-il proposer une radiothérapie des lésions rachidiennes les plus volumineuses (L4 avec atteinte du pédicule) à titre préventif ? Choix de l'agent anti-résorptif (dénosumab ou acide zolédronique) chez ce patient diabétique à la fonction rénale limite (DFG 52 ml/min) ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr Émilie Rouquayrol, urologue"),
    ],
    gold=dict(
        sex="M",
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["A10BA02", "B01AF02", "C07AB07", "L02AE02", "L02BB04"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 0),
        therapeuticProject=("present", None),
    ),
)

# zg06 — emergency department, plain text
letter(
    id="zg06", fmt="txt", letter_date=dt.date(2025, 3, 12), birth=None, age=81,
    author="Emergency physician (urgent referral)",
    tricky="spinal cord compression revealing the disease; primary only suspected (lung nodule, no histology: uncertain); electric-shock belt pain, EVA 8 then 3 after titration; one-off IV morphine not current; dexamethasone and preventive Lovenox started in ED while 'pas de traitement anticoagulant au domicile'; Lasilix suspended; sister's colon cancer",
    text="""CHU de Valmorin - Hôpital Saint-Aubert
SERVICE DES URGENCES ADULTES
Dr Maxime Tessandier - tél 04 71 58 30 00 poste 4471
Valmorin, le 12/03/2025 16h40

DEMANDE D'AVIS URGENT - RCP METASTASES OSSEUSES / NEUROCHIRURGIE

Patiente : Mme LOUBATIERES Germaine, 81 ans
Vit seule à domicile, autonome jusqu'à il y a 10 jours (marche sans aide, fait ses courses), une fille à Lauriac.

Motif de consultation : paraparésie d'installation progressive depuis 10 jours, 2 chutes à domicile, adressée par son MT (Dr Fabre).

ATCD :
- HTA
- hypothyroïdie
- AVC ischémique sylvien droit 2020 sans séquelle
- cholécystectomie, fracture du poignet G 2015
- pas d'ATCD néoplasique connu
- tabac 30 PA sevré en 2005
- ATCD familiaux : soeur cancer du côlon

Traitement habituel : Kardegic 75 1/j, Amlor 5 mg 1/j, Lasilix 40 mg 1/j, Levothyrox 50 µg 1/j, Imovane 7,5 au coucher.
Pas de traitement anticoagulant au domicile.

Examen : PA 152/84, FC 88, afébrile. Paraparésie cotée 3/5 aux deux membres inférieurs, niveau sensitif T7, ROT vifs, Babinski bilatéral. Globe vésical à 600 ml, sondée.
Douleur dorsale en ceinture, à type de décharges électriques, EVA 8/10 à l'arrivée, 3/10 après titration morphinique.

Bio : calcémie corrigée 2,48 mmol/l, créat 92 µmol/l, Hb 11,2 g/dl, CRP 18.

IRM rachis entier (12/03) : lésion lytique de T6 avec épidurite postérieure compressive, hypersignal médullaire T2 en regard. Autres lésions T2, L1, L4 non compliquées, d'allure secondaire.
TDM TAP : nodule spiculé du LSD de 24 mm évocateur d'un primitif pulmonaire, adénopathies médiastinales. Pas d'autre lésion viscérale. Pas d'histologie à ce stade.

CAT aux urgences :
- dexaméthasone 16 mg/j IV, 1ère dose à 14h, à poursuivre
- titration morphine IV, 6 mg au total (dose unique)
- paracétamol IV 1 g toutes les 6 h
- Lovenox 4000 UI/j SC débuté ce jour
- Kardegic, Levothyrox et Imovane poursuivis ; Lasilix suspendu ; Amlor poursuivi
- sonde urinaire

Demande : avis neurochirurgical (Dr Carrère contacté, passage prévu ce soir) et avis RCP métastases osseuses : chirurgie de décompression vs radiothérapie en urgence ? Biopsie (nodule ou vertèbre) à organiser.
Hospitalisation en UHCD dans l'attente.

Dr M. Tessandier
""",
    gold=dict(
        sex="F",
        primaryTumor=("uncertain", "lung", None, {}),
        boneDiagnosis=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 3),
        currentMedications=("present", ["B01AB05", "B01AC06", "H02AB02", "H03AA01", "N02BE01", "N05CF01"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("unknown", None, None),
        therapeuticProject=("unknown", None),
    ),
)

# zg07 — medical oncology (breast), DOCX with headings and a table
letter(
    id="zg07", fmt="docx", letter_date=dt.date(2025, 3, 10), birth=dt.date(1979, 11, 2),
    author="Medical oncologist (breast unit)",
    tricky="de novo bone-only metastatic breast cancer found on staging bone scan; RE 80 % RP 20 % HER2 2+ FISH non amplified (negative); ribociclib + letrozole + triptorelin; Xgeva spaced to every 12 weeks still current; hip pain at walking without night pain; Bi-Profénid stopped; mother's ovarian cancer and BRCA (not recorded); birth date only",
    core={"author": "Dr Anne-Laure Teyssèdre", "title": "Demande RCP os", "date": dt.datetime(2025, 3, 10, 9, 30, 0)},
    blocks=[
        ("b", "CHU de Valmorin – Institut de Cancérologie – Unité de Sénologie médicale"),
        ("p", "Dr Anne-Laure Teyssèdre – Tél. 04 71 58 33 40 – Fax 04 71 58 33 49"),
        ("right", "Valmorin, le 10/03/2025"),
        ("p", "À l'attention de la RCP Métastases osseuses"),
        ("b", "Mme OLLIVIER-MAZET Sandrine – née le 02/11/1979 – IPP 80321907"),
        ("h", "Motif"),
        ("p", "Progression isolée d'une lésion du cotyle gauche sous traitement de 1re ligne ; avis sur un traitement local."),
        ("h", "Histoire oncologique"),
        ("p", "Carcinome canalaire infiltrant du sein droit, SBR 3, RE 80 %, RP 20 %, HER2 2+ en IHC non amplifié en FISH, diagnostiqué en septembre 2023. D'emblée métastatique : la scintigraphie osseuse du bilan d'extension (19/09/2023) a montré des lésions du rachis lombaire, du bassin et du cotyle gauche, confirmées au TEP ; pas d'atteinte viscérale."),
        ("p", "Depuis octobre 2023 : ribociclib (Kisqali) 600 mg J1-J21/28 + létrozole (Fémara) 2,5 mg/j + triptoréline (Décapeptyl LP 11,25 mg/3 mois). Dénosumab (Xgeva) 120 mg mensuel d'octobre 2023 à octobre 2024, espacé depuis à une injection toutes les 12 semaines (dernière le 06/02/2025). Excellente tolérance hormis une neutropénie grade 2."),
        ("h", "Antécédents"),
        ("p", "Pas d'antécédent notable. Mère : cancer de l'ovaire à 52 ans ; consultation d'oncogénétique : pas de mutation BRCA1/2 retrouvée chez la patiente."),
        ("h", "Traitement en cours"),
        ("table", [("Médicament", 0), ("Posologie", 0), ("Remarque", 0)], T(
            ("KISQALI 200 mg", "3 cp/j J1-J21", "cycles de 28 j"),
            ("FEMARA 2,5 mg", "1 cp/j", ""),
            ("DECAPEPTYL LP 11,25 mg", "1 inj. IM / 3 mois", "dernière le 13/01/2025"),
            ("XGEVA 120 mg", "1 inj. SC / 12 semaines", ""),
            ("CACIT D3 1000 mg/880 UI", "1 sachet/j", ""),
            ("EFFERALGAN 1 g", "si douleur, max 3/j", ""),
            ("INEXIUM 20 mg", "1 cp le soir", ""),
        )),
        ("p", "Le Bi-Profénid a été arrêté le 01/03/2025 en raison d'épigastralgies. Pas de traitement anticoagulant ni antiagrégant."),
        ("h", "Clinique"),
        ("p", "Douleur de la hanche gauche apparue il y a 3 semaines, à la marche et à la montée des escaliers, EVA 5/10, sans douleur au repos ni réveil nocturne. Boiterie d'esquive. ECOG 0."),
        ("h", "Imagerie"),
        ("p", "TEP-TDM du 27/02/2025 : progression de la lésion du toit du cotyle gauche (SUVmax 9,8 vs 4,1) avec rupture de la corticale médiale ; autres lésions osseuses stables ; pas d'atteinte viscérale. Aucune irradiation ni chirurgie osseuse antérieure."),
        ("h", "Projet – question posée"),
        ("p", "Poursuite de l'association ribociclib-létrozole-triptoréline en l'absence d'autre progression. Merci de discuter : radiothérapie du cotyle gauche ? Avis chirurgical ou cimentoplastie au vu du risque fracturaire ?"),
        ("p", "Dr Anne-Laure Teyssèdre"),
    ],
    gold=dict(
        sex="F",
        primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 5),
        currentMedications=("present", ["A02BC05", "A12AX", "L01EF02", "L02AE04", "L02BG04", "M05BX04", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 0),
        therapeuticProject=("present", None),
    ),
)

# zg08 — digestive oncology, 2-page PDF; drug table contradicts the history
letter(
    id="zg08", fmt="pdf", letter_date=dt.date(2025, 3, 14), birth=dt.date(1958, 9, 9),
    author="Medical oncologist (digestive)",
    tricky="rectal adenocarcinoma KRAS G12D (positive) BRAF wild type; bone lesions found on follow-up CT; history says anticoagulation stopped in 2023 but the copied prescription still lists Xarelto (conflicting, kept in current meds); pelvic RT of the rectum is not a bone treatment; zoledronic acid 'pas débuté'; burning buttock pain with night waking",
    header=hdr("Service d'Oncologie Médicale – Oncologie digestive", "Dr Sébastien Vergnolle – Dr Inès Lacombe-Rieu – Secrétariat 04 71 58 31 40"),
    footer=FOOT.format(ipp="80287716", nom="DELMOTTE-SAURAT Patrick", date="14/03/2025"),
    info={"Title": "Courrier RCP", "Author": "Dr S. Vergnolle", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI", "CreationDate": "D:20250314180955+01'00'", "ModDate": "D:20250314180955+01'00'"},
    blocks=[
        ("right", "Valmorin, le 14/03/2025"),
        ("p", "Dr Hélène Marchadier – RCP Métastases osseuses"),
        ("blank",),
        ("b", "Re : M. DELMOTTE-SAURAT Patrick, né le 09/09/1958"),
        ("blank",),
        ("p", "Chère collègue,"),
        ("p", "Je te remercie de discuter en RCP le dossier de M. Delmotte-Saurat, suivi pour un adénocarcinome du haut rectum diagnostiqué en mars 2022 : radiothérapie préopératoire courte 5 x 5 Gy puis résection antérieure en juin 2022 (ypT3 N1b), chimiothérapie adjuvante par CAPOX. Statut RAS : mutation KRAS G12D ; BRAF non muté ; MSS. Rechute hépatique en octobre 2023 traitée par FOLFIRI-bévacizumab (12 cures) avec bonne réponse, puis maintenance par capécitabine-bévacizumab depuis septembre 2024."),
        ("p", "Le scanner TAP de réévaluation du 20/01/2025 a mis en évidence deux lésions ostéolytiques nouvelles : sacrum (S2, 35 mm) et ischion droit, les lésions hépatiques restant stables. Le TEP du 05/02 ne montre pas d'autre localisation."),
        ("p", "Depuis début février, douleurs fessières droites à type de brûlures, avec réveils nocturnes, cotées 6/10 malgré le palier 1 et la gabapentine. Pas de déficit, pas de trouble sphinctérien. ECOG 1."),
        ("p", "Antécédents : diabète de type 2, HTA, TVP du membre inférieur gauche en octobre 2022 (post-opératoire) traitée 6 mois, anticoagulation arrêtée en avril 2023. Père : infarctus à 60 ans."),
        ("p", "Aucun traitement local des lésions osseuses à ce jour (la radiothérapie de 2022 concernait le rectum). L'acide zolédronique n'a pas été débuté, des soins dentaires étant en cours."),
        ("pagebreak",),
        ("b", "Ordonnance en cours (copie du logiciel de prescription, 14/03/2025)"),
        ("table", MED_COLS, T(
            ("XELODA 500 mg cp", "1500 mg", "3", "0", "3", "J1-J14 / 21 j"),
            ("AVASTIN (bévacizumab)", "7,5 mg/kg", "", "", "", "IV J1 / 21 j en HDJ"),
            ("XARELTO 20 mg cp", "20 mg", "0", "0", "1", ""),
            ("METFORMINE 1000 mg cp", "1000 mg", "1", "0", "1", ""),
            ("TRIATEC 5 mg cp", "5 mg", "1", "0", "0", ""),
            ("NEURONTIN 300 mg gél.", "300 mg", "1", "1", "1", ""),
            ("DAFALGAN 1 g cp", "1 g", "1", "1", "1", ""),
            ("MOVICOL sachet", "1 sachet", "1", "0", "0", ""),
            ("LOPERAMIDE 2 mg gél.", "2 mg", "", "", "", "si diarrhée"),
        )),
        ("p", "Le projet reste la poursuite du traitement de maintenance palliatif par capécitabine-bévacizumab, les lésions hépatiques étant contrôlées."),
        ("b", "Questions à la RCP"),
        ("p", "Radiothérapie antalgique sacrée (et ischiatique ?) : dose et fractionnement compatibles avec l'irradiation pelvienne antérieure ? Place d'une cimentoplastie ?"),
        ("p", "Amitiés,"),
        ("p", "Dr Sébastien Vergnolle"),
    ],
    gold=dict(
        sex="M",
        primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["neuropathic", "nocturnal"], 6),
        currentMedications=("present", ["A06AD65", "A10BA02", "B01AF01", "C09AA05", "L01BC06", "N02BE01", "N03AX12"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("conflicting", ["B01AF01"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ),
)

# zg09 — rheumatology, DOCX, thyroid
letter(
    id="zg09", fmt="docx", letter_date=dt.date(2025, 3, 19), birth=None, age=70,
    author="Rheumatologist",
    tricky="follicular thyroid carcinoma (histology 'other'); lesion found on a CT for renal colic (incidental); TTF1/thyroglobulin not recorded; Actonel weekly for osteoporosis = current bone therapy; 'serait sous Préviscan (?) à vérifier' (uncertain with agent, not current); no bone local treatment; Karnofsky only; radioiodine programmed (decided plan)",
    core={"author": "Dr Mathieu Sérieys", "title": "Courrier consultation", "date": dt.datetime(2025, 3, 19, 17, 5, 0)},
    blocks=[
        ("b", "CHU DE VALMORIN – SERVICE DE RHUMATOLOGIE"),
        ("p", "Dr Mathieu Sérieys – Praticien hospitalier – 04 71 58 24 46"),
        ("right", "Le 19 mars 2025"),
        ("p", "Demande d'avis RCP Métastases osseuses"),
        ("p", "Concerne : Mme ARNAUDIES Josette, 70 ans"),
        ("p", "Cher(e)s collègues,"),
        ("p", "Je vous adresse Mme Arnaudiès, 70 ans, retraitée de la Poste, pour une lésion osseuse iliaque gauche révélant une rechute d'un carcinome vésiculaire de la thyroïde."),
        ("p", "Antécédents : carcinome vésiculaire de la thyroïde (2019) traité par thyroïdectomie totale et irathérapie (100 mCi) en 2019, considéré en rémission. Ostéoporose densitométrique avec tassement de L1 en 2021, traitée depuis par Actonel 35 mg une fois par semaine. Colique néphrétique gauche en décembre 2024. Pas d'antécédent familial de cancer."),
        ("p", "Histoire : le scanner abdomino-pelvien réalisé aux urgences le 28/12/2024 pour la colique néphrétique a découvert une lésion lytique soufflante de l'aile iliaque gauche de 45 mm. La biopsie scannoguidée du 04/02/2025 conclut à une métastase d'un carcinome vésiculaire thyroïdien (TTF1+, thyroglobuline+). Thyroglobuline sérique à 240 ng/ml. Le TEP-FDG ne montre pas d'autre lésion."),
        ("p", "Clinique : gêne inguinale gauche à la marche prolongée depuis 2 mois, EVA 3/10, pas de douleur nocturne. Indice de Karnofsky 80 %."),
        ("p", "Traitement : Levothyrox 125 µg/j, Actonel 35 mg/semaine, Calciprat D3 1 cp/j, Tahor 10 mg, Doliprane 1 g si besoin."),
        ("p", "Elle serait sous Préviscan pour un trouble du rythme (?) mais la patiente n'a pas son ordonnance et ne s'en souvient plus : à vérifier auprès de son médecin traitant (Dr Rigal)."),
        ("p", "Pas de geste local (ni radiothérapie ni chirurgie) sur la lésion iliaque à ce jour."),
        ("p", "Une nouvelle irathérapie est programmée dans le service de médecine nucléaire le 15/04/2025 (Dr Combescure)."),
        ("p", "Question : faut-il proposer un traitement local de la lésion iliaque (radiothérapie externe, cimentoplastie, ablation) avant ou après l'irathérapie ? Faut-il remplacer le risédronate par un traitement anti-résorptif à dose oncologique ?"),
        ("p", "Bien à vous,"),
        ("p", "Dr M. Sérieys"),
    ],
    gold=dict(
        sex="F",
        primaryTumor=("present", "thyroid", "other", {}),
        boneDiagnosis=("present", ["incidental_imaging"], True),
        pain=("present", ["mechanical"], 3),
        currentMedications=("present", ["A12AX", "C10AA05", "H03AA01", "M05BA07", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BA07"]),
        anticoagulation=("uncertain", ["B01AA12"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "kps", 80),
        therapeuticProject=("present", None),
    ),
)

# zg10 — internal medicine, dictated plain text, unknown primary
letter(
    id="zg10", fmt="txt", letter_date=dt.date(2025, 3, 24), birth=dt.date(1962, 6, 5),
    author="Internal medicine (dictated, voice recognition)",
    tricky="cancer of unknown primary (adenocarcinoma); IHC PSA negative and normal serum PSA; inflammatory back pain waking at night, no score; vertebroplasty with biopsy = cementoplasty; Kardégic stopped and not resumed; 'pas de traitement anti-résorptif pour l'instant'; carboplatin-paclitaxel to start (planned, not current, but a decided project); father's prostate cancer; birth date spelled out",
    text="""CHU de Valmorin
Service de Médecine Interne - Pr A. Lestrade
Secrétariat 04 71 58 22 10

objet demande de présentation en RCP métastases osseuses
Valmorin le 24 mars 2025

cher confrère

je vous adresse monsieur PRADEILLES Yannick né le 5 juin 1962 que nous avons hospitalisé dans le service du 3 au 14 mars 2025 pour l'exploration de douleurs dorsales avec altération de l'état général et amaigrissement de 8 kilos

les douleurs évoluent depuis décembre 2024 elles sont d'horaire inflammatoire et réveillent le patient la nuit sans irradiation radiculaire l'EVA n'a pas pu être relevée de façon fiable

le scanner thoraco abdomino pelvien montre des lésions ostéolytiques multiples rachidiennes T12 L1 et iliaques bilatérales avec un tassement de T12 sans recul du mur postérieur pas de lésion pulmonaire ni hépatique suspecte le TEP scanner ne retrouve pas de foyer primitif évident la fibroscopie oeso gastrique et la coloscopie sont normales

une vertébroplastie de T12 avec biopsie dans le même temps a été réalisée le 7 mars 2025 par l'équipe de radiologie interventionnelle l'histologie retrouve une métastase d'adénocarcinome CK7 positif CK20 négatif TTF1 négatif GATA3 négatif PSA négatif en immunohistochimie le PSA sérique est normal à 1,1 ng/ml
au total cancer de primitif inconnu de type adénocarcinome avec atteinte osseuse prédominante

antécédents tabagisme à 40 paquets années sevré en 2015 cardiopathie ischémique stentée en 2017 son père a eu un cancer de la prostate à 75 ans

traitement de sortie topalgic LP 100 matin et soir doliprane 1 g trois fois par jour inexium 40 le soir tahor 80 le kardégic a été arrêté avant la vertébroplastie et n'a pas été repris à la demande du cardiologue pas de traitement anticoagulant
pas de traitement anti-résorptif pour l'instant

état général OMS 2

une chimiothérapie par carboplatine paclitaxel doit débuter le 31 mars en hôpital de jour d'oncologie (Dr Marcillac)

nous souhaitons l'avis de la RCP sur l'indication d'une radiothérapie sur L1 et sur les lésions iliaques et sur l'introduction d'un traitement anti-résorptif

bien confraternellement

Dr Isabelle Caumartin
dicté non relu
""",
    gold=dict(
        sex="M",
        primaryTumor=("present", "unknown_primary", "adenocarcinoma", {"PSA": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], None),
        currentMedications=("present", ["A02BC05", "C10AA05", "N02AX02", "N02BE01"]),
        priorLocalTreatments=("present", ["cementoplasty"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 2),
        therapeuticProject=("present", None),
    ),
)

# zg11 — emergency department, hypercalcaemia under immunotherapy, PDF
letter(
    id="zg11", fmt="pdf", letter_date=dt.date(2025, 3, 17), birth=dt.date(1951, 1, 12), age=74,
    author="Emergency physician",
    tricky="hypercalcaemia is the ED reason but the bone mets were found at initial staging; single Zometa infusion in the ED is not current and 'pas de traitement anti-résorptif au long cours' (absent); Lasilix suspended; Eliquis and Kardégic together; prior SBRT of L2; 'pas de douleur osseuse'; PS 1 'selon son oncologue'",
    header=hdr("Pôle Urgences – SAU adultes", "Chef de service : Dr Karim Benhaddou – Accueil 04 71 58 30 00"),
    footer=FOOT.format(ipp="80301458", nom="CASTAGNE Raymond", date="17/03/2025"),
    info={"Title": "Compte rendu de passage aux urgences", "Author": "Dr L. Fourcadier", "Producer": "SILLAGE Edition 4.2 (CHU Valmorin)", "Creator": "SILLAGE DPI – Urgences", "CreationDate": "D:20250317231740+01'00'", "ModDate": "D:20250317231740+01'00'"},
    blocks=[
        ("b", "Compte rendu de passage aux urgences du 17/03/2025 – Courrier pour la RCP Métastases osseuses"),
        ("p", "M. CASTAGNE Raymond, né le 12/01/1951 (74 ans)"),
        ("p", "Médecin urgentiste : Dr Laure Fourcadier"),
        ("blank",),
        ("h", "Motif"),
        ("p", "Confusion et somnolence depuis 48 h, adressé par son épouse."),
        ("h", "Antécédents"),
        ("p", "Carcinome épidermoïde pulmonaire du lobe supérieur gauche stade IV diagnostiqué en octobre 2024 (PD-L1 70 %), avec lésions osseuses (L2, côtes) visibles sur le TEP du bilan initial du 15/10/2024. Radiothérapie stéréotaxique de L2 en décembre 2024. Pembrolizumab (Keytruda) 200 mg toutes les 3 semaines depuis novembre 2024, dernière cure le 03/03/2025 (Dr Arrighi). FA. Dyslipidémie."),
        ("h", "Traitement habituel"),
        ("p", "Keytruda (HDJ), Eliquis 2,5 mg x2/j, Kardégic 75 mg/j, Tahor 20 mg, Lasilix 20 mg/j, Imovane 7,5 mg le soir."),
        ("p", "Pas de traitement anti-résorptif osseux au long cours (ni Xgeva ni Zometa)."),
        ("h", "Examen et bilan"),
        ("p", "Patient désorienté, sans signe de localisation. Déshydratation extracellulaire. Pas de douleur osseuse. Calcémie corrigée 3,38 mmol/l, créatinine 138 µmol/l (92 en février), PTH effondrée, PTHrp en cours. TDM cérébrale sans anomalie."),
        ("h", "Prise en charge"),
        ("p", "Hyperhydratation NaCl 0,9 %, une perfusion unique de Zometa 4 mg ce jour, Lasilix suspendu. Hospitalisation en pneumologie (Dr Marcillac). PS 1 avant l'épisode selon son oncologue. Immunothérapie à visée palliative poursuivie sauf avis contraire."),
        ("h", "Question à la RCP"),
        ("p", "Hypercalcémie d'origine tumorale probable : faut-il instaurer un traitement anti-résorptif au long cours (dénosumab ou acide zolédronique) ? Réévaluation osseuse nécessaire ?"),
        ("p", "Dr L. Fourcadier"),
    ],
    gold=dict(
        sex="M",
        primaryTumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["B01AC06", "B01AF02", "C10AA05", "L01FF02", "N05CF01"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ),
)

# zg12 — spine surgery, DOCX
letter(
    id="zg12", fmt="docx", letter_date=dt.date(2025, 3, 26), birth=dt.date(1965, 3, 27),
    author="Spine surgeon (orthopaedics)",
    tricky="birth date only, the day before the 60th birthday (59); ALK-rearranged adenocarcinoma, EGFR wild type, PD-L1 <1 % (negative); L1 lesion first seen on follow-up CT; percutaneous fixation with cemented screws + kyphoplasty (surgery and cementoplasty); 'aurait reçu des injections d'Xgeva … à vérifier' (uncertain, not current); Efferalgan codéiné = N02AJ06 only; Karnofsky only; radiculalgia and night pain denied",
    core={"author": "Dr Guillaume Peyrade", "title": "Compte rendu", "date": dt.datetime(2025, 3, 26, 12, 0, 0)},
    blocks=[
        ("b", "CHU de Valmorin – Chirurgie Orthopédique – Unité Rachis"),
        ("p", "Dr Guillaume Peyrade – secrétariat 04 71 58 26 15"),
        ("right", "Valmorin, le 26/03/2025"),
        ("p", "Patiente : Mme LEBRETON-ASTIER Françoise, née le 27/03/1965"),
        ("p", "Destinataire : RCP Métastases osseuses – copie Dr Théo Marcillac (oncologie thoracique)"),
        ("p", "Cher confrère,"),
        ("p", "J'ai revu en consultation post-opératoire Mme Lebreton-Astier, suivie pour un adénocarcinome pulmonaire avec réarrangement ALK (EGFR non muté, PD-L1 < 1 %), métastatique d'emblée en avril 2023, sous alectinib (Alecensa) depuis avril 2023 avec une réponse prolongée."),
        ("p", "Une lésion lytique de L1 avait été vue sur le scanner de surveillance de novembre 2024. En janvier 2025 sont apparues des lombalgies et l'IRM du 20/01/2025 a montré une fracture-tassement de L1 avec recul du mur postérieur, sans signe neurologique."),
        ("p", "Je l'ai opérée le 05/03/2025 : ostéosynthèse percutanée T12-L2 avec vis cimentées et cyphoplastie de L1. Les suites ont été simples."),
        ("p", "Ce jour, elle décrit des lombalgies résiduelles à la mobilisation, cotées à 2/10. Pas de radiculalgie, pas de douleur nocturne. Cicatrices propres. Radiographies : matériel en place. Karnofsky 70 %."),
        ("p", "Traitement actuel : Alecensa 150 mg 4 gélules matin et soir (poursuivi en péri-opératoire), Lovenox 4000 UI 1 injection/j jusqu'au 05/04/2025, Acupan 20 mg 3 fois par jour, Efferalgan codéiné 2 cp 3 fois par jour, Zopiclone 7,5 mg au coucher."),
        ("p", "D'après la patiente, elle aurait reçu des injections d'Xgeva à l'hôpital de jour de la Clinique des Tilleuls en 2024 ; nous n'avons aucun courrier à ce sujet, à vérifier."),
        ("p", "Question : radiothérapie complémentaire du foyer opératoire L1 ? Indication d'un traitement anti-résorptif ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr G. Peyrade"),
    ],
    gold=dict(
        sex="F",
        primaryTumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 2),
        currentMedications=("present", ["B01AB05", "L01ED03", "N02AJ06", "N02BG06", "N05CF01"]),
        priorLocalTreatments=("present", ["cementoplasty", "surgery"]),
        boneTargetedTherapy=("uncertain", ["M05BX04"]),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "kps", 70),
        therapeuticProject=("present", None),
    ),
)


# ------------------------------------------------------------ contract check
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5,
    "boneTargetedTherapy": ALL5,
    "anticoagulation": ALL5,
    "antiplatelets": ALL5,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc():
    ref = {}
    lines = SPEC_ATC.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            parts = line.split("\t")
            names = [parts[1], parts[2]] + [b for b in (parts[4].split(",") if len(parts) > 4 else []) if b]
            ref[parts[0].strip()] = names
    # spellings real prescriptions use that the table does not list (used only for the
    # "drug named in the letter" sanity check, never to choose a code)
    ref["A12AX"] = ref["A12AX"] + ["Cacit Vitamine D3"]
    return ref


def fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def derive_gaps(rec: dict) -> list:
    """The spec's Gaps rule, applied to the gold values (antiplatelets excluded)."""
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = rec[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
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


def build_gold(L: dict) -> dict:
    g = L["gold"]
    if L.get("birth"):
        age = age_at(L["birth"], L["letter_date"])
        if L.get("age") is not None and L["age"] != age:
            die(f"{L['id']}: written age {L['age']} != age from birth date {age}")
    else:
        age = L.get("age")
    pt = g["primaryTumor"]
    bd = g["boneDiagnosis"]
    pn = g["pain"]
    pr = g["prognosis"]
    prog = {"status": pr[0]}
    if pr[1] == "kps":
        prog["kps"] = pr[2]
    else:
        prog["ecog"] = pr[2]
    rec = {
        "id": L["id"],
        "patient": {"sex": g["sex"], "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])},
        "boneDiagnosis": {"status": bd[0], "circumstances": list(bd[1]), "dated": bd[2]},
        "pain": {"status": pn[0], "types": list(pn[1]), "intensity": pn[2]},
        "currentMedications": {"status": g["currentMedications"][0], "atc": sorted(g["currentMedications"][1])},
        "priorLocalTreatments": {"status": g["priorLocalTreatments"][0], "types": sorted(g["priorLocalTreatments"][1])},
        "boneTargetedTherapy": {"status": g["boneTargetedTherapy"][0], "atc": sorted(g["boneTargetedTherapy"][1])},
        "anticoagulation": {"status": g["anticoagulation"][0], "atc": sorted(g["anticoagulation"][1])},
        "antiplatelets": {"status": g["antiplatelets"][0], "atc": sorted(g["antiplatelets"][1])},
        "prognosis": prog,
        "therapeuticProject": {"status": g["therapeuticProject"][0], "intent": g["therapeuticProject"][1]},
    }
    rec["gaps"] = derive_gaps(rec)
    return rec


def letter_text(L: dict) -> str:
    if "text" in L:
        return L["text"]
    parts = []
    for b in L["blocks"]:
        if b[0] == "table":
            parts += [" ".join(r) for r in b[2]]
        elif len(b) > 1:
            parts.append(b[1])
    return "\n".join(parts)


def check(L: dict, rec: dict, ref: dict):
    lid = L["id"]
    text = fold(letter_text(L))

    def bad(msg):
        die(f"{lid}: {msg}")

    if rec["patient"]["sex"] not in ("F", "M"):
        bad("sex")
    a = rec["patient"]["age"]
    if not isinstance(a, int) or not 18 <= a <= 110:
        bad(f"age {a}")
    for item, allowed in ALLOWED.items():
        if rec[item]["status"] not in allowed:
            bad(f"{item} status {rec[item]['status']} not allowed")
    pt = rec["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        bad(f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        bad(f"histology {pt['histology']}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        bad("unknown primary tumour with values")
    if pt["status"] != "unknown" and pt["site"] is None:
        bad("primary tumour without site")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            bad(f"biomarker {k}={v}")
        if fold(k) not in text and not (k == "ER" and ("re " in text or "re+" in text)) and not (k == "PR" and "rp" in text):
            bad(f"biomarker {k} not in text")
    bd = rec["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        bad("circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        bad("bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        bad("unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        bad("dated must be boolean")
    pn = rec["pain"]
    if any(t not in PAIN_TYPES for t in pn["types"]) or len(set(pn["types"])) != len(pn["types"]):
        bad("pain type")
    if pn["intensity"] is not None and (not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10):
        bad("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        bad("absent/unknown pain with types or intensity")
    import re
    if pn["intensity"] is not None and not re.search(rf"(?<!\d){pn['intensity']}\s*(/\s*10|sur 10)", text):
        bad(f"pain intensity {pn['intensity']}/10 not written in the letter")
    cm = rec["currentMedications"]
    for code in cm["atc"]:
        if code not in ref:
            bad(f"ATC {code} not in atc-reference.tsv")
    if cm["status"] != "present" and cm["atc"]:
        bad("current medications codes while not present")
    if len(set(cm["atc"])) != len(cm["atc"]):
        bad("duplicate ATC")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = rec[sec]
        for code in s["atc"]:
            if code not in ref:
                bad(f"{sec} ATC {code} not in reference")
            if not code.startswith(prefixes):
                bad(f"{sec} ATC {code} outside the section's classes")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            bad(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                bad(f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(cm["atc"]):
            bad(f"{sec} uncertain agent listed as current medication")
        if s["status"] == "conflicting" and not s["atc"]:
            pass
    # every current class drug must appear in its section
    for code in cm["atc"]:
        for sec, prefixes in AGENT_PREFIXES.items():
            if code.startswith(prefixes) and code not in rec[sec]["atc"]:
                bad(f"current drug {code} missing from {sec}")
            if code.startswith(prefixes) and rec[sec]["status"] not in ("present", "conflicting"):
                bad(f"current drug {code} but {sec} is {rec[sec]['status']}")
    # every coded drug is named in the letter (brand or DCI)
    for code in set(cm["atc"]) | {c for s in AGENT_PREFIXES for c in rec[s]["atc"]}:
        if not any(fold(n) in text for n in ref[code] if len(n) > 3):
            bad(f"ATC {code} ({ref[code]}) not named in the letter")
    pl = rec["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in pl["types"]):
        bad("local treatment type")
    if pl["status"] == "present" and not pl["types"]:
        bad("prior local treatment present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        bad("absent/unknown local treatment with types")
    pr = rec["prognosis"]
    if "ecog" in pr and "kps" in pr:
        bad("both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        bad("ecog")
    if pr.get("kps") is not None and (pr["kps"] % 10 or not 0 <= pr["kps"] <= 100):
        bad("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        bad("unknown prognosis with PS")
    tp = rec["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        bad("intent")
    if tp["status"] == "unknown" and tp["intent"]:
        bad("unknown project with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in text:
        bad("intent not written in the letter")
    if rec["gaps"] != derive_gaps(rec):
        bad("gaps differ from the rule")
    for item, kind in rec["gaps"]:
        if item == "antiplatelets":
            bad("antiplatelets gap")



# --------------------------------------------------------------------- main
def verify_output(L: dict, path: Path, rec: dict):
    """Read the written file back the way a converter would and spot-check it."""
    if L["fmt"] == "pdf":
        from pypdf import PdfReader

        r = PdfReader(str(path))
        txt = "\n".join(p.extract_text() or "" for p in r.pages)
        n = len(r.pages)
        for i in range(1, n + 1):
            if f"Page {i}/{n}" not in txt:
                die(f"{L['id']}: page mark Page {i}/{n} not extractable")
    elif L["fmt"] == "docx":
        import docx

        d = docx.Document(str(path))
        txt = "\n".join(p.text for p in d.paragraphs)
        for t in d.tables:
            for row in t.rows:
                txt += "\n" + " ".join(c.text for c in row.cells)
    else:
        txt = path.read_text(encoding="utf-8")
    ftxt = fold(txt)
    ref = load_atc()
    for code in rec["currentMedications"]["atc"]:
        if not any(fold(nm) in ftxt for nm in ref[code] if len(nm) > 3):
            die(f"{L['id']}: drug {code} not readable back from {path.name}")


def main():
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or len(ids) != 12:
        die("letter ids must be 12 and unique")
    recs = []
    for L in LETTERS:
        rec = build_gold(L)
        check(L, rec, ref)
        recs.append(rec)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L, rec in zip(LETTERS, recs):
        ext = {"pdf": "pdf", "docx": "docx", "txt": "txt"}[L["fmt"]]
        path = HERE / "letters" / f"{L['id']}.{ext}"
        if L["fmt"] == "pdf":
            write_pdf(path, L["blocks"], L["header"], L["footer"], L["info"])
        elif L["fmt"] == "docx":
            write_docx(path, L["blocks"], L["core"])
        else:
            path.write_bytes(L["text"].encode("utf-8"))
        verify_output(L, path, rec)
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")


if __name__ == "__main__":
    main()
