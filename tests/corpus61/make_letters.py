#!/usr/bin/env python3
"""corpus61: 12 blind prostate/kidney referral letters for the RCP « métastases osseuses » converter.

Holds every letter's text and gold record as Python data, checks each gold against the
contract (/work/shared/spec/rcp-request.md + atc-reference.tsv), derives the gold gaps
with one function implementing the spec's Gaps rule, then writes letters/ and gold/
byte-identically on every run.

    cd /work/main && .venv/bin/python tests/corpus61/make_letters.py
"""

# ====================================================================== writers
import io
import zlib
import zipfile
from xml.sax.saxutils import escape

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_FONT_CACHE = {}


def _font():
    if "f" in _FONT_CACHE:
        return _FONT_CACHE["f"]
    from fontTools import subset
    from fontTools.ttLib import TTFont
    import logging
    logging.getLogger('fontTools').setLevel(logging.ERROR)
    chars = set()
    for b in list(range(32, 127)) + list(range(128, 256)):
        try:
            chars.add(ord(bytes([b]).decode("cp1252")))
        except UnicodeDecodeError:
            pass
    opts = subset.Options()
    opts.recalc_timestamp = False
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    f = TTFont(FONT, recalcTimestamp=False)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(chars))
    sub.subset(f)
    f.recalcTimestamp = False
    buf = io.BytesIO()
    f.save(buf)
    data = buf.getvalue()
    cmap = f.getBestCmap()
    upm = f["head"].unitsPerEm
    hmtx = f["hmtx"]
    widths = {}
    for b in range(32, 256):
        try:
            u = ord(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            widths[b] = 0
            continue
        g = cmap.get(u)
        widths[b] = round(hmtx[g][0] * 1000 / upm) if g else 0
    _FONT_CACHE["f"] = (data, widths)
    return _FONT_CACHE["f"]


def _wrap(line, size, maxw, widths):
    words = line.split(" ")
    out, cur = [], ""
    def w(s):
        return sum(widths.get(b, 500) for b in s.encode("cp1252")) * size / 1000
    for word in words:
        cand = word if not cur else cur + " " + word
        if w(cand) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def _pdfstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path, text, title="Courrier", created="D:20260301090000+01'00'"):
    data, widths = _font()
    size, lead = 10, 13.5
    left, top, bottom, maxw = 56, 800, 60, 483
    lines = []
    for raw in text.split("\n"):
        if raw.strip() == "":
            lines.append("")
        else:
            indent = len(raw) - len(raw.lstrip(" "))
            for i, part in enumerate(_wrap(raw.strip(), size, maxw - indent * 3, widths)):
                lines.append(" " * indent + part)
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    pages.append(cur)
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    font_file = zlib.compress(data, 9)
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(font_file), len(data)) + font_file + b"\nendstream")
    desc = add(b"<< /Type /FontDescriptor /FontName /AAAAAA+DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    wl = b" ".join(str(widths[b]).encode() for b in range(32, 256))
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + wl + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % desc)
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for pg in pages:
        ops = [b"BT /F1 %d Tf" % size]
        for y, ln in pg:
            indent = len(ln) - len(ln.lstrip(" "))
            ops.append(b"1 0 0 1 %d %.1f Tm " % (left + indent * 3, y) + _pdfstr(ln.lstrip(" ")) + b" Tj")
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, c))
        page_ids.append(p)
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)) == pages_id
    info = add(b"<< /Title " + _pdfstr(title) + b" /Producer (corpus61 make_letters) /Creator (corpus61) /CreationDate (" + created.encode() + b") /ModDate (" + created.encode() + b") >>")
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(out))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text):
    bold = False
    if text.startswith("**") and text.endswith("**") and len(text) > 4:
        text, bold = text[2:-2], True
    return f"<w:p>{_run(text, bold)}</w:p>" if text else "<w:p/>"


def write_docx(path, text, title="Courrier", author="Secrétariat", created="2026-03-01T09:00:00Z"):
    body, table = [], []

    def flush():
        if table:
            ncol = max(len(r) for r in table)
            rows = []
            for cells in table:
                tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_para(c)}</w:tc>' for c in cells)
                rows.append(f"<w:tr>{tcs}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
                        + "<w:tblGrid>" + '<w:gridCol w:w="%d"/>' % (9600 // ncol) * ncol + "</w:tblGrid>"
                        + "".join(rows) + "</w:tbl>")
            table.clear()

    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            table.append([c.strip() for c in s[1:-1].split("|")])
            continue
        flush()
        body.append(_para(s))
    flush()
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "word/document.xml": doc,
        "docProps/core.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator><cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>corpus61 make_letters</Application></Properties>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))

# ====================================================================== letters
import datetime as dt

L = []


def letter(id, fmt, date, text, gold, birth=None, author="", note=""):
    L.append(dict(id=id, fmt=fmt, date=date, text=text, gold=gold, birth=birth, author=author, note=note))


def G(sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": pt, "boneDiagnosis": bd, "pain": pain, "currentMedications": meds,
        "priorLocalTreatments": plt, "boneTargetedTherapy": btt, "anticoagulation": ac,
        "antiplatelets": ap, "prognosis": prog, "therapeuticProject": proj,
    }


def PT(status, site, hist, bm=None):
    return {"status": status, "site": site, "histology": hist, "biomarkers": bm or {}}


def BD(status, circ, dated):
    return {"status": status, "circumstances": circ, "dated": dated}


def PAIN(status, types=(), inten=None):
    return {"status": status, "types": list(types), "intensity": inten}


def S(status, atc=()):
    return {"status": status, "atc": sorted(atc)}


def PLT(status, types=()):
    return {"status": status, "types": list(types)}


def PROG(status, ecog=None, kps=None):
    d = {"status": status, "ecog": ecog}
    if kps is not None:
        d["kps"] = kps
    return d


def PROJ(status, intent=None):
    return {"status": status, "intent": intent}


# ---------------------------------------------------------------- zzi01
letter("zzi01", "pdf", dt.date(2026, 3, 2), author="Urologue libéral", note="mHSPC, Eligard + Erleada; Xgeva only planned", text="""\
CLINIQUE URO-NÉPHROLOGIQUE DU VAL D'ARGENS
Dr Thibault Marchandeau - Urologue
12, allée des Platanes - 83170 Brignoles-sur-Argens - Tél. 04 94 71 28 36

                                           Brignoles, le 2 mars 2026

A l'attention du Dr Sénéchal, coordination RCP « métastases osseuses »
Institut Sainte-Catherine-de-Provence

Objet : M. Gérard POUJOL, 67 ans - demande d'avis RCP osseuse

Cher confrère,

Je vous adresse M. Poujol, 67 ans, que je suis pour un adénocarcinome prostatique diagnostiqué en décembre 2025 sur biopsies écho-guidées (12/12 carottes positives, Gleason 4+4 = 8, ISUP 4). PSA au diagnostic à 187 ng/mL.

Le bilan d'extension initial (TEP-PSMA du 18/12/2025 puis scintigraphie osseuse) retrouve une maladie osseuse de moyen volume : L3, L5, aile iliaque droite, 3e côte gauche, sans atteinte viscérale. Adénopathies iliaques internes hypermétaboliques. Il s'agit donc d'un cancer de la prostate métastatique hormonosensible de novo.

Antécédents : HTA, dyslipidémie, angor stable stenté en 2019 (IVA). Pas d'ATCD thrombo-embolique. Tabagisme sevré. Son père est décédé d'un cancer colique.

Traitement instauré : castration par Eligard 45 mg (1ère injection le 05/01/2026, tous les 6 mois) associée à l'Erleada (apalutamide) 240 mg/j depuis le 12/01/2026. Bonne tolérance hormis bouffées de chaleur. PSA de contrôle le 24/02/2026 : 9,8 ng/mL (décroissance > 90 %).

Traitement actuel :
  - Eligard 45 mg SC / 6 mois
  - Erleada 60 mg : 4 cp le matin
  - Kardégic 75 mg 1/j
  - Tahor 20 mg le soir
  - Amlor 5 mg 1/j
  - Doliprane 1 g si besoin, jusqu'à 3/j
Pas de traitement anticoagulant.

Sur le plan clinique, le patient décrit des lombalgies basses d'horaire mécanique, à la marche et au port de charges, cotées EN 3/10, sans réveil nocturne ni irradiation dans les membres inférieurs. Pas de déficit. Aucune lésion osseuse n'a été irradiée à ce jour. OMS 0, il continue de bricoler.

Concernant le traitement osseux, un traitement par Xgeva est prévu après le bilan bucco-dentaire (rendez-vous chez le stomatologue le 16/03).

Question posée à la RCP : intérêt d'une radiothérapie de la lésion de L3 (la plus volumineuse, sans épidurite sur l'IRM du 20/02) et validation de la poursuite de l'hormonothérapie en cours.

Je vous remercie de votre avis et vous prie de croire, cher confrére, en mes sentiments les meilleurs.

Dr T. Marchandeau
""", gold=G("M", 67,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["staging_imaging"], True),
    PAIN("present", ["mechanical"], 3),
    S("present", ["L02AE02", "L02BB05", "B01AC06", "C10AA05", "N02BE01"]),
    PLT("absent"),
    S("unknown"), S("absent"), S("present", ["B01AC06"]),
    PROG("present", ecog=0), PROJ("present")))

# ---------------------------------------------------------------- zzi02
letter("zzi02", "docx", dt.date(2026, 3, 10), birth=dt.date(1952, 4, 14), author="Oncologue médical (uro-oncologie)",
       note="mCRPC under Lu-PSMA; birth date only; Xtandi and docetaxel stopped", text="""\
**Centre hospitalier de Montferrand-les-Bains – Service d'oncologie médicale**
Unité d'uro-oncologie – Dr Hélène Vasseur-Kergoat – Secrétariat : 04 73 58 20 14

Montferrand-les-Bains, le 10/03/2026

**Demande d'avis – RCP métastases osseuses**

**Patient : M. René CHAMBONNET, né le 14/04/1952**

**Histoire oncologique**
Adénocarcinome de la prostate Gleason 4+5 diagnostiqué en 2019, métastatique d'emblée. Les métastases osseuses ont été révélées par des douleurs lombaires et sacrées en avril 2019 ayant motivé une scintigraphie.
- 2019 : castration par Décapeptyl, poursuivie depuis.
- 2021-2024 : enzalutamide (Xtandi), arrêté en mars 2024 pour progression biologique et osseuse.
- Avril à août 2024 : docétaxel 75 mg/m², 6 cycles, arrêté après la 6e cure (neuropathie grade 2).
- Octobre 2025 : TEP-PSMA (68Ga-PSMA-11) : lésions osseuses multiples fixantes (rachis, bassin, côtes, fémur proximal G), pas de lésion viscérale, toutes les lésions PSMA+.
- Depuis novembre 2025 : 177Lu-PSMA-617 (Pluvicto) 7,4 GBq toutes les 6 semaines, 3e cycle réalisé le 26/02/2026.
PSA : 86 ng/mL avant Lu-PSMA, 54 ng/mL le 20/02/2026.

**Traitements locaux antérieurs**
Radiothérapie antalgique du sacrum 8 Gy en fraction unique en juin 2024.

**Traitement osseux**
Xgeva 120 mg SC toutes les 4 semaines depuis 2020, poursuivi, avec Cacit D3. Pas d'ostéonécrose.

**Clinique actuelle**
Douleurs costales droites et sacrées, qui le réveillent la nuit, EVA 5/10 ce jour (7/10 avant la majoration des opioïdes). OMS 1.
Embolie pulmonaire en juillet 2025, traitée par apixaban, poursuivi au long cours.

**Traitement en cours**
| Médicament | Posologie |
| Décapeptyl LP 22,5 mg | 1 inj. / 6 mois |
| Xgeva 120 mg | 1 inj. / 4 semaines |
| Cacit D3 1000/880 | 1 sachet / jour |
| Eliquis 5 mg | 1 cp matin et soir |
| Oxycontin LP 20 mg | 1 cp matin et soir |
| Oxynorm 5 mg | si douleur, max 4/j |
| Dafalgan 1 g | 3 fois par jour |
| Pluvicto (177Lu-PSMA) | cycle 4 prévu le 09/04/2026 |

**Projet et question**
Poursuite du 177Lu-PSMA à visée palliative (6 cycles prévus). Nous sollicitons la RCP sur l'intérêt d'une radiothérapie antalgique de l'arc costal droit (8e côte), en dehors des cycles de Lu-PSMA.

Dr H. Vasseur-Kergoat
""", gold=G("M", 73,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["pain"], True),
    PAIN("present", ["nocturnal"], 5),
    S("present", ["L02AE04", "M05BX04", "A12AX", "B01AF02", "N02AA05", "N02BE01"]),
    PLT("present", ["radiotherapy"]),
    S("present", ["M05BX04"]), S("present", ["B01AF02"]), S("unknown"),
    PROG("present", ecog=1), PROJ("present", "palliative")))

# ---------------------------------------------------------------- zzi03
letter("zzi03", "txt", dt.date(2026, 3, 4), author="Urologue (CHU)", note="kidney ccRCC; fracture + arthroplasty; nephrectomy is not bone tt; pain without type", text="""\
CHU de Saint-Aubin-des-Landes - Service d'urologie
Dr Yannick Le Floc'h
Tel 02 97 44 61 30

Le 04/03/2026

Objet : RCP os - M. Pascal ROUXEL, 58 ans

Cher ami,

Je te demande de bien vouloir inscrire à la prochaine RCP osseuse M. Rouxel, 58 ans, néphrectomisé à droite en 2021 (néphrectomie élargie coelioscopique) pour un carcinome rénal à cellules claires pT3a N0, grade ISUP 3, en surveillance depuis.

Le 06/02/2026 il a fait une chute de sa hauteur avec fracture du col fémoral gauche. L'analyse de la pièce opératoire (PTH réalisée le 08/02/2026 par l'équipe d'ortho) a retrouvé une métastase du carcinome à cellules claires. Le TDM TAP de bilan montre en plus 2 nodules pulmonaires infracentimétriques et une lésion lytique de l'aile iliaque droite.

Il a débuté une 1ere ligne par pembrolizumab + axitinib (Keytruda 200 mg toutes les 3 sem + Inlyta 5 mg x2/j) le 25/02/2026.

Actuellement il se plaint d'une douleur résiduelle de hanche, EN 2/10. Marche avec une canne. OMS 1.

Traitement :
- Keytruda 200 mg IV / 3 semaines
- Inlyta 5 mg matin et soir
- Lovenox 4000 UI 1 inj SC/j (post-op, jusqu'au 08/04)
- Doliprane 1 g x 3/j
- Amlor 10 mg
- Levothyrox 50 µg
Pas d'antiagrégant plaquettaire.

Un traitement par acide zolédronique sera à discuter selon votre avis (créat 112 µmol/L).

Question : faut-il irradier l'aile iliaque droite (lésion de 4 cm, risque fracturaire ?) et l'acétabulum opéré ?

Amitiés,
Yannick Le Floc'h
""", gold=G("M", 58,
    PT("present", "kidney", "clear_cell_carcinoma"),
    BD("present", ["pathological_fracture"], True),
    PAIN("present", [], 2),
    S("present", ["L01FF02", "L01EK01", "B01AB05", "N02BE01", "H03AA01"]),
    PLT("present", ["surgery"]),
    S("unknown"), S("present", ["B01AB05"]), S("absent"),
    PROG("present", ecog=1), PROJ("present")))

# ---------------------------------------------------------------- zzi04
letter("zzi04", "pdf", dt.date(2026, 3, 5), birth=dt.date(1942, 3, 2), author="Médecin généraliste",
       note="GP; birth date 3 days before letter; no histology; Prolia uncertain; PS absent", text="""\
Docteur Annick Ferrandou
Médecine générale
3 place du Marché-aux-Grains, 47310 Lauzac-d'Agenais
Tél. 05 53 87 14 09

Lauzac, le 5 mars 2026

Chère Consoeur, cher Confrère,

Je me permets de vous adresser mon patient M. Lucien DELPEYROU, né le 02/03/1942, pour avis de la RCP métastases osseuses, son urologue (Dr Castaing) ayant pris sa retraite.

M. Delpeyrou a un cancer de la prostate connu depuis 2015, traité à l'époque par radiothérapie prostatique et hormonothérapie. Je n'ai pas le compte rendu anatomo-pathologique. Il reste sous Zoladex 10,8 mg tous les 3 mois que je prescris.

Le PSA remonte depuis un an malgré le Zoladex :
  - mars 2025 : 3,1 ng/mL
  - septembre 2025 : 11,4 ng/mL
  - janvier 2026 : 28 ng/mL
  - février 2026 : 61 ng/mL (temps de doublement de l'ordre de 2 mois)
Testostérone à 0,12 ng/mL (castration efficace).

Depuis décembre il se plaint de douleurs dorsales à type de brûlures, en ceinture, qui le réveillent la nuit, évaluées à 6/10 ce jour. La scintigraphie osseuse demandée pour ces douleurs (12/02/2026) montre des foyers multiples : rachis dorsal D7-D9, grill costal, bassin. Pas de trouble sphinctérien, pas de déficit moteur.

Il n'a jamais été irradié sur les os. Il me semble qu'il a reçu du Prolia prescrit par son rhumatologue pour une ostéoporose, mais je ne sais pas s'il le poursuit, je n'en ai pas trace dans mes prescriptions.

Antécédents : ACFA sous Préviscan, insuffisance cardiaque à FE préservée, prothèse totale de genou droit en 2012, surdité appareillée.

Traitement habituel :
  Zoladex 10,8 mg tous les 3 mois
  Préviscan 20 mg 3/4 cp le soir (INR cible 2-3)
  Cardensiel 2,5 mg 1/j
  Lasilix 40 mg le matin
  Topalgic LP 100 mg matin et soir
  Forlax 2 sachets/j

Sur le plan général il est fatigué, a perdu  5 kg en 3 mois et reste allongé une bonne partie de l'après-midi. Vit avec son épouse, autonome pour la toilette. Le pronostic me paraît réservé.

Je vous remercie de me dire ce qui peut lui être proposé (radiothérapie ? changement de traitement ?).

Bien confraternellement,
Dr A. Ferrandou
""", gold=G("M", 84,
    PT("present", "prostate", None, {"PSA": "positive"}),
    BD("present", ["pain"], True),
    PAIN("present", ["neuropathic", "nocturnal"], 6),
    S("present", ["L02AE03", "B01AA12", "C07AB07", "C03CA01", "N02AX02", "A06AD15"]),
    PLT("absent"),
    S("uncertain", ["M05BX04"]), S("present", ["B01AA12"]), S("unknown"),
    PROG("present"), PROJ("present")))

# ---------------------------------------------------------------- zzi05
letter("zzi05", "docx", dt.date(2026, 3, 9), author="Oncologue médicale", note="mRCC 2nd line cabozantinib; nivo/ipi stopped; Zometa q12w; SBRT only planned", text="""\
**INSTITUT DE CANCÉROLOGIE DU HAUT-VERDON**
Département d'oncologie médicale – Dr Agathe Ribeyrolles
Tél. 04 92 36 77 10 – Fax 04 92 36 77 11

Le 9 mars 2026

**FICHE DE DEMANDE RCP – MÉTASTASES OSSEUSES**

| Patient | Mme Josiane BRUNEAU-TESSIER, 63 ans |
| Médecin référent | Dr A. Ribeyrolles |
| Tumeur primitive | Carcinome rénal à cellules claires (rein gauche), grade ISUP 4, sans contingent sarcomatoïde |
| Date du diagnostic | juin 2023 (néphrectomie élargie gauche) |

**Histoire**
Récidive ganglionnaire et pulmonaire en mai 2024 (risque intermédiaire IMDC). Première ligne par nivolumab + ipilimumab (4 cures), puis nivolumab en maintenance jusqu'en décembre 2025, arrêté pour progression.
Le scanner de réévaluation du 14/01/2026 a mis en évidence une lésion lytique de l'aile iliaque droite de 35 mm et une lésion de T11, non connues. TEP-FDG : pas d'autre lésion osseuse.
Deuxième ligne par cabozantinib (Cabometyx) 40 mg/j depuis le 22/01/2026.

**Sur le plan osseux**
La patiente est asymptomatique sur le plan osseux, pas de douleur, aucun antalgique.
Acide zolédronique 4 mg IV toutes les 12 semaines depuis le 10/02/2026 (1ère perfusion faite, bilan dentaire correct).
Une radiothérapie stéréotaxique de la lésion iliaque est envisagée.

**Traitements en cours**
Cabometyx 40 mg/j ; Zometa 4 mg / 12 semaines ; Triatec 5 mg/j ; Inexium 20 mg/j ; Imovane 7,5 mg au coucher si besoin.
Pas de traitement anticoagulant ni antiagrégant.

**État général**
PS 1 (asthénie sous TKI). Poids stable.

**Projet**
Poursuite du cabozantinib, traitement à visée palliative.
Question à la RCP : SBRT de la lésion iliaque droite et de T11 ? Intérêt d'une consolidation (cimentoplastie) de T11 (SINS 8) ?

Dr A. Ribeyrolles
""", gold=G("F", 63,
    PT("present", "kidney", "clear_cell_carcinoma"),
    BD("present", ["staging_imaging"], True),
    PAIN("absent"),
    S("present", ["L01EX07", "M05BA08", "C09AA05", "A02BC05", "N05CF01"]),
    PLT("unknown"),
    S("present", ["M05BA08"]), S("absent"), S("absent"),
    PROG("present", ecog=1), PROJ("present", "palliative")))

# ---------------------------------------------------------------- zzi06
letter("zzi06", "txt", dt.date(2026, 3, 11), author="Interne d'urologie", note="telegraphic; triplet ADT+docetaxel+darolutamide; Xarelto listed and said stopped (conflicting)", text="""\
De : interne uro - CH Vernoux-sur-Loire (poste 4412)
Objet : dossier RCP os - M. FAURIEL Bernard 71a
Date : 11/03/2026

Bonjour,

Pour la RCP de jeudi, merci d'inscrire :

M. Fauriel, 71a, suivi par Dr Coindreau.
ADK prostatique ISUP 5 dg 11/2025 (biopsies cibles IRM), PSA dg 320.
Bilan d'ext : TEP-PSMA 11/2025 -> MO multiples (bassin, rachis lombaire, col fémoral G, cotes) + ADP rétropéritonéales. Pas de méta viscérale. => mHSPC haut volume.

ATCD : TVP surale G 2024 (Xarelto 6 mois, plus d'anticoag depuis 06/2025), DT2, SAOS appareillé. Pas d'allergie.

Ttt en cours :
- Firmagon 80 mg SC/mois (depuis 12/2025)
- Nubeqa 300 mg 2cp x2/j
- docétaxel 75 mg/m2 J1=J21, C4/6 faite le 02/03
- Glucophage 1000 x2
- Xarelto 20 mg 1/j
- Dafalgan 1g si dlr

Dlr hanche G, majorée à la marche, réveils nocturnes, EN 4/10. Pas de radiculalgie. Pas de RT osseuse antérieure.
PSA 12 le 28/02 (vs 320).
Pas de Xgeva pour l'instant (soins dentaires en cours).
PS 0.

Question : RT antalgique col fémoral G ? risque fracturaire (Mirels 8) -> avis ortho pour enclouage prophylactique ?

Merci
Clément (interne DES uro)
""", gold=G("M", 71,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["staging_imaging"], True),
    PAIN("present", ["mechanical", "nocturnal"], 4),
    S("present", ["L02BX02", "L02BB06", "L01CD02", "A10BA02", "B01AF01", "N02BE01"]),
    PLT("absent"),
    S("absent"), S("conflicting", ["B01AF01"]), S("unknown"),
    PROG("present", ecog=0), PROJ("present")))

# ---------------------------------------------------------------- zzi07
letter("zzi07", "pdf", dt.date(2026, 3, 12), birth=dt.date(1959, 6, 20), author="Urologue (CHU)",
       note="oligometastatic relapse on PSMA-PET; 'aucun traitement au long cours'; question only, no decided project", text="""\
CENTRE HOSPITALIER UNIVERSITAIRE DE BEAUCHÊNE
Service d'Urologie et de Transplantation - Pr Étienne Lamarque-Dufour
Secrétariat : 03 81 64 92 27

Beauchêne, le 12/03/2026

Monsieur le Docteur Aubertin
RCP Métastases osseuses - Onco-radiothérapie

Objet : M. Philippe GALLARDO, né le 20/06/1959

Cher confrère,

Je vous adresse M. Gallardo pour discussion en RCP osseuse d'une récidive oligométastatique osseuse d'un adénocarcinome prostatique.

Historique :
- 2018 : prostatectomie totale robot-assistée pour adénocarcinome Gleason 3+4 (ISUP 2), pT3a N0 R1.
- 2020 : récidive biologique (PSA 0,35), radiothérapie de rattrapage de la loge prostatique 66 Gy, sans hormonothérapie associée.
- Surveillance : PSA indétectable jusqu'en 2024.
- PSA depuis : 0,4 (03/2025) ; 1,1 (08/2025) ; 2,3 (11/2025) ; 4,6 ng/mL (02/2026). Temps de doublement du PSA estimé à 4,5 mois.

Une TEP-PSMA (18F-DCFPyL) réalisée le 19/02/2026 dans le cadre de cette remontée du PSA montre deux foyers osseux intenses : ischion gauche (SUVmax 14) et arc postérieur de la 9e côte droite. Pas de récidive locale ni ganglionnaire. Scanner : lésions condensantes infracentimétriques, sans risque fracturaire.

Le patient est totalement asymptomatique, sans aucune douleur. OMS 0, il travaille à temps plein (chef de chantier). Aucune lésion osseuse n'a été traitée jusqu'ici.

Il ne prend aucun traitement au long cours. Pas d'hormonothérapie débutée à ce jour.
Allergie : pénicilline. Antécédents familiaux : mère traitée pour un cancer du sein, frère diabétique.

Nous souhaiterions l'avis de la RCP sur la prise en charge : radiothérapie stéréotaxique des deux lésions (métastase-directed therapy) seule, ou associée à une hormonothérapie courte de 6 mois ?

Je reste à votre disposition et vous prie d'agréer, cher confrère, mes salutations distinguées.

Dr Julien Mercadier, CCA
pour le Pr E. Lamarque-Dufour
""", gold=G("M", 66,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["staging_imaging"], True),
    PAIN("absent"),
    S("absent"),
    PLT("absent"),
    S("absent"), S("absent"), S("absent"),
    PROG("present", ecog=0), PROJ("unknown")))

# ---------------------------------------------------------------- zzi08
letter("zzi08", "docx", dt.date(2026, 3, 16), author="Oncologue médical", note="papillary RCC (other); RT in progress + old cementoplasty; Xgeva stopped (ONJ); Kardégic suspended; KPS only", text="""\
**Hôpital privé Saint-Roch de Kervennec – Oncologie médicale**
Dr Mathias Quéméner – tél. 02 98 55 40 63

Kervennec, le 16 mars 2026

Chère consœur,

Je vous remercie de présenter en RCP métastases osseuses Mme Yvette LE GOFF, 69 ans, que je suis pour un carcinome rénal papillaire de type 2 (néphrectomie gauche en 2022) métastatique osseux et ganglionnaire.

**Lignes de traitement**
1. Sunitinib (Sutent) 2022-2023, arrêté pour progression.
2. Nivolumab 2023-2025, interrompu en mai 2025 pour colite immuno-induite grade 3.
3. Lenvatinib (Lenvima) 18 mg/j + évérolimus 5 mg/j depuis juin 2025, en cours.

**Histoire osseuse**
Première métastase osseuse en 2024 : lésion lytique de L2 découverte sur le scanner de suivi, traitée par cimentoplastie en octobre 2024.
Depuis janvier 2026, douleur de l'épaule droite : lésion lytique de la tête humérale droite, douleurs à la mobilisation, qui la réveillent la nuit. EVA 7/10 ce jour. Pas de paresthésies.
Radiothérapie de l'humérus droit (20 Gy en 5 fractions) en cours : 3 séances sur 5 réalisées.
Le dénosumab (Xgeva) a été arrêté en septembre 2025 pour ostéonécrose de la mâchoire stade 2 ; pas de reprise envisagée.

**Autres**
Embolie pulmonaire en novembre 2025 : tinzaparine (Innohep 14 000 UI/j), poursuivie. Le Kardégic 75 a été suspendu depuis l'introduction de l'Innohep.
Hypothyroïdie secondaire aux TKI.

**Traitement actuel**
| Lenvima 18 mg/j |
| Évérolimus 5 mg/j |
| Innohep 14 000 UI SC 1/j |
| Skenan LP 30 mg matin et soir + Actiskenan 10 mg si besoin |
| Solupred 20 mg/j pendant la radiothérapie |
| Levothyrox 75 µg |
| Movicol 1 sachet/j |

**État général** : Karnofsky 60 %. Espérance de vie estimée à quelques mois.
Projet : poursuite de la 3e ligne, prise en charge palliative.

**Question** : indication d'une ostéosynthèse prophylactique de l'humérus après la radiothérapie ?

Bien confraternellement,
Dr M. Quéméner
""", gold=G("F", 69,
    PT("present", "kidney", "other"),
    BD("present", ["staging_imaging"], True),
    PAIN("present", ["mechanical", "nocturnal"], 7),
    S("present", ["L01EX08", "B01AB10", "N02AA01", "H02AB06", "H03AA01", "A06AD65"]),
    PLT("present", ["cementoplasty", "radiotherapy"]),
    S("absent"), S("present", ["B01AB10"]), S("absent"),
    PROG("present", kps=60), PROJ("present", "palliative")))

# ---------------------------------------------------------------- zzi09
letter("zzi09", "txt_crlf", dt.date(2026, 3, 19), author="Oncologue (consultation, note dictée)",
       note="CRLF; radium-223 ongoing (systemic, no code); 'sous AVK' without name; cord compression + laminectomy", text="""\
Compte rendu de consultation - Oncologie - Clinique des Tilleuls, Rochemaure
Dr Sabine Oustric - 04 75 52 19 80
Date : 19/03/2026

Patient : M. Albert VIGOUROUX, 78 ans.

Motif : point avant RCP métastases osseuses.

Rappel : adénocarcinome prostatique Gleason 9 (4+5), diagnostiqué en 2022 à l'occasion d'une compression médullaire dorsale (D10) avec paraparésie, opérée en urgence (laminectomie décompressive D9-D11, mars 2022) puis irradiée. Depuis : castration par Décapeptyl, abiratérone de 2022 à 2024 (arrêtée pour progression), puis docétaxel 2024 (5 cycles, mal toléré, arrêté).
Actuellement résistant à la castration, métastases osseuses exclusives multiples. Traitement par radium-223 (Xofigo) débuté le 08/12/2025 : 4e injection sur 6 faite le 02/03/2026, tolérance hématologique correcte (plaquettes 142 G/L).
PSA 145 ng/mL (vs 98 en décembre).
Autres traitements locaux osseux : radiothérapie antalgique du rachis dorsal (30 Gy/10 fr) en 2024.

Clinique : douleurs osseuses diffuses, de rythme inflammatoire avec dérouillage matinal d'environ 1 h, soulagées par le Durogesic. Séquelles motrices minimes de la compression (marche avec déambulateur). ECOG 2. Espérance de vie estimée à quelques mois.
Il est sous AVK pour une ACFA, INR suivi par le médecin traitant (dernier INR 2,6).

Traitement :
Décapeptyl 11,25 mg/3 mois
Xgeva 120 mg/4 sem
Cacit D3 1/j
Durogesic 25 µg/h, patch tous les 3 jours
Doliprane 1 g x3
Cardensiel 1,25 mg
AVK (cf. carnet)

Conduite : poursuite du radium-223 jusqu'à 6 injections, traitement palliatif. Dossier présenté en RCP pour avis sur une radiothérapie de l'épaule gauche si majoration douloureuse.

Dr S. Oustric
""", gold=G("M", 78,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["neurological_deficit"], True),
    PAIN("present", ["inflammatory"], None),
    S("present", ["L02AE04", "M05BX04", "A12AX", "N02AB03", "N02BE01", "C07AB07"]),
    PLT("present", ["radiotherapy", "surgery"]),
    S("present", ["M05BX04"]), S("present"), S("unknown"),
    PROG("present", ecog=2), PROJ("present", "palliative")))

# ---------------------------------------------------------------- zzi10
letter("zzi10", "pdf", dt.date(2026, 3, 18), birth=dt.date(1966, 11, 30), author="Uro-oncologue",
       note="hypercalcaemia reveals; single Zometa then Xgeva; Kardégic antiplatelet vs 'pas d'anticoagulant'; father's prostate RT", text="""\
GROUPE HOSPITALIER DU PAYS DE CAUX-LITTORAL
Pôle de cancérologie - Consultation d'uro-oncologie
Dr Olivier Bénazet - Tél. 02 35 19 46 72

Fécamp-la-Côte, le 18/03/2026

Demande d'inscription RCP métastases osseuses

Patient : M. Sylvain HAUTECOEUR, né le 30/11/1966

Cher collègue,

M. Hautecoeur a été hospitalisé en urgence le 14/10/2025 pour une hypercalcémie à 3,1 mmol/L avec confusion. Le bilan a retrouvé une masse rénale droite de 9 cm, des nodules pulmonaires bilatéraux et de multiples lésions osseuses lytiques (sternum, rachis dorsal, bassin). La biopsie rénale conclut à un carcinome rénal à cellules claires, grade ISUP 3. Risque intermédiaire IMDC.

L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 15/10/2025, avec relais par dénosumab (Xgeva 120 mg mensuel) depuis le 02/12/2025.

Traitement systémique : nivolumab + cabozantinib (Opdivo 480 mg / 4 semaines + Cabometyx 40 mg/j) depuis le 10/11/2025. Réponse partielle pulmonaire au sacnner du 24/02/2026, lésions osseuses stables et en voie de condensation.

Sur le plan osseux, absence de douleur, pas d'antalgique. Calcémie normalisée à 2,38 mmol/L.
État général : OMS 1.

Antécédents : infarctus du myocarde en 2020 avec stent (Kardégic au long cours). Pas d'anticoagulant. Dyslipidémie.
Antécédents familiaux : père traité par radiothérapie pour un cancer de prostate.

Ordonnance actuelle :
  Opdivo 480 mg IV toutes les 4 semaines
  Cabometyx 40 mg 1/j
  Xgeva 120 mg SC 1/mois
  ZymaD 50 000 UI 1 ampoule/mois
  Kardégic 75 mg 1/j
  Tahor 40 mg 1/j
  Cardensiel 2,5 mg 1/j

La néphrectomie de cytoréduction différée se discute en RCP d'uro-oncologie.
Question à la RCP osseuse : durée du dénosumab, et faut-il traiter localement la lésion sternale (volumineuse, 5 cm) ?

Cordialement,
Dr O. Bénazet
""", gold=G("M", 59,
    PT("present", "kidney", "clear_cell_carcinoma"),
    BD("present", ["hypercalcemia"], True),
    PAIN("absent"),
    S("present", ["L01FF01", "L01EX07", "M05BX04", "A11CC05", "B01AC06", "C10AA05", "C07AB07"]),
    PLT("unknown"),
    S("present", ["M05BX04"]), S("absent"), S("present", ["B01AC06"]),
    PROG("present", ecog=1), PROJ("present")))

# ---------------------------------------------------------------- zzi11
letter("zzi11", "docx", dt.date(2026, 3, 20), author="Urologue",
       note="primary only probable (biopsy pending); incidental discovery; Firmagon just started; Plavix; nothing on anticoagulant or local tt", text="""\
**Cabinet d'urologie des Quatre-Vents**
Dr Karim Benslimane – Urologue – 18 rue des Tanneurs, 26400 Saillans-le-Haut – 04 75 25 63 08

Le 20 mars 2026

Cher confrère,

Je vous adresse M. Jean-Marc TISSERAND, 74 ans, pour avis RCP osseuse.

Découverte fortuite le 03/02/2026, sur un scanner abdomino-pelvien réalisé aux urgences pour colique néphrétique droite, de lésions osseuses condensantes multiples du bassin et du rachis lombaire. PSA à 450 ng/mL. Toucher rectal : prostate dure, pierreuse, d'allure néoplasique. IRM prostatique : PI-RADS 5 bilatéral.
Le tableau est très évocateur d'un cancer de la prostate métastatique, mais les biopsies prostatiques (prévues le 27/03/2026) n'ont pas encore été réalisées.

Le patient ne décrit aucune douleur osseuse. Excellent état général, OMS 0, golf deux fois par semaine.

Antécédants : diabète de type 2, coronaropathie stentée en 2023, lithiase urinaire.

Compte tenu du PSA, une castration a été débutée sans attendre : Firmagon 240 mg (dose de charge) le 06/03/2026, puis 80 mg/mois.

Traitement actuel :
| Firmagon 80 mg SC | mensuel (à partir du 03/04) |
| Glucophage 1000 mg | matin et soir |
| Plavix 75 mg | 1/j |
| Tahor 10 mg | 1/j |

Pas de traitement osseux spécifique à ce jour.

Questions : faut-il biopsier une lésion osseuse plutôt que la prostate ? Quel traitement osseux proposer ?

Confraternellement,
Dr K. Benslimane
""", gold=G("M", 74,
    PT("uncertain", "prostate", None, {"PSA": "positive"}),
    BD("present", ["incidental_imaging"], True),
    PAIN("absent"),
    S("present", ["L02BX02", "A10BA02", "B01AC04", "C10AA05"]),
    PLT("unknown"),
    S("absent"), S("unknown"), S("present", ["B01AC04"]),
    PROG("present", ecog=0), PROJ("present")))

# ---------------------------------------------------------------- zzi12
letter("zzi12", "txt", dt.date(2026, 3, 25), author="Uro-oncologue (centre de lutte contre le cancer)",
       note="long letter; Prolia for osteoporosis counts; anticoagulant 'probablement Eliquis, à confirmer'; PS absent; cementoplasty only planned", text="""\
Centre régional de lutte contre le cancer Jean-Bart-Hénaff
Département d'oncologie urologique
Dr Florence Achard-Ménétrier
Tél. secrétariat : 02 40 87 33 51

Nantilly-sur-Erdre, le 25 mars 2026

Objet : M. Michel ROUSSILLON, 70 ans - RCP métastases osseuses

Chère consoeur, cher confrère,

Je vous remercie de discuter en RCP le dossier de M. Roussillon, 70 ans, suivi pour un adénocarcinome de la prostate métastatique résistant à la castration.

Histoire de la maladie :
Diagnostic en 2020 (Gleason 4+4, PSA 38), traitement initial par radiothérapie prostatique et hormonothérapie longue par Eligard, poursuivie depuis. Remontée du PSA en 2023 (de 0,8 à 9 ng/mL en six mois) ayant fait réaliser une scintigraphie osseuse le 14/06/2023 : lésions du cotyle gauche, de L4 et de deux côtes. Mutation BRCA2 somatique identifiée sur la biopsie en 2024.
Traitement par abiratérone + prednisone (Zytiga 1000 mg + Cortancyl 5 mg x2) depuis juillet 2023, associée à l'olaparib (Lynparza 300 mg x2/j) depuis octobre 2024.
PSA actuel 24 ng/mL (nadir 3,2 en 2025), en ascension lente.

Sur le plan osseux :
Douleur de hanche gauche (lésion du cotyle) à la marche et à l'appui, sans réveil nocturne ni douleur de repos. EN 5/10 actuellement (8/10 il y a un mois, avant la majoration du Skenan). Il n'a jamais reçu de radiothérapie osseuse. Une cimentoplastie cotyloïdienne est envisagée par les radiologues interventionels.
Il reçoit du Prolia 60 mg tous les 6 mois, prescrit par son rhumatologue pour une ostéoporose densitométrique (dernière injection en janvier 2026).

Antécédents : AVC ischémique en 2021 sans séquelle, sur fibrillation atriale. Il prendrait un anticoagulant oral, probablement de l'Eliquis, à confirmer avec son cardiologue (le patient n'avait pas son ordonnance). HTA. Son frère a été traité pour un cancer de la prostate par curiethérapie.

Traitement (selon le patient) :
- Eligard 22,5 mg tous les 3 mois
- Zytiga 250 mg : 4 cp/j
- Cortancyl 5 mg matin et soir
- Lynparza 150 mg : 2 cp matin et soir
- Prolia 60 mg/6 mois
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin
- Doliprane 1 g x3/j
- Triatec 5 mg

État général : le patient reste autonome, marche avec une canne. Pronostic estimé supérieur à un an par l'équipe.

Projet : poursuite de l'association abiratérone-olaparib tant que le bénéfice clinique persiste ; intention palliative.
Questions à la RCP : indication et séquence radiothérapie / cimentoplastie du cotyle gauche ; faut-il prévoir un relais Prolia vers Xgeva ?

Bien confraternellement,
Dr F. Achard-Ménétrier
""", gold=G("M", 70,
    PT("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    BD("present", ["staging_imaging"], True),
    PAIN("present", ["mechanical"], 5),
    S("present", ["L02AE02", "L02BX03", "H02AB07", "L01XK01", "M05BX04", "N02AA01", "N02BE01", "C09AA05"]),
    PLT("absent"),
    S("present", ["M05BX04"]), S("uncertain", ["B01AF02"]), S("unknown"),
    PROG("present"), PROJ("present", "palliative")))


# ====================================================================== contract
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
         "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
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
BM_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        names = [parts[1], parts[2]] + [b for b in (parts[4].split(",") if len(parts) > 4 else []) if b]
        rows[parts[0]] = names
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def derive_gaps(g):
    """The spec's Gaps rule, applied to gold values."""
    out = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            out.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        if item == "pain" and not sec["types"]:
            out.append([item, "incomplete"])
        elif item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            out.append([item, "incomplete"])
        elif item == "boneDiagnosis" and not sec["dated"]:
            out.append([item, "incomplete"])
        elif item == "primaryTumor" and not sec["histology"]:
            out.append([item, "incomplete"])
        elif item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            out.append([item, "incomplete"])
    return out


def age_at(birth, date):
    return date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day))


def check(lt, atc):
    lid, g, text = lt["id"], lt["gold"], lt["text"]
    ftext = fold(text)
    where = f"{lid}: "
    if set(g) != {"patient"} | set(ITEMS):
        fail(where + f"keys {sorted(g)}")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(where + "sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        fail(where + "age")
    if lt["birth"] is not None:
        if age_at(lt["birth"], lt["date"]) != p["age"]:
            fail(where + f"age {p['age']} != computed {age_at(lt['birth'], lt['date'])}")
        if lt["birth"].strftime("%d/%m/%Y") not in text:
            fail(where + "birth date not written in the letter")
        if f"{p['age']} ans" in text:
            fail(where + "age both written and to be computed")
    elif not (f"{p['age']} ans" in text or f"{p['age']}a" in text):
        fail(where + "age not written in letter and no birth date")
    for item in ITEMS:
        st = g[item]["status"]
        if st not in ALLOWED[item]:
            fail(where + f"{item} status {st}")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(where + "site")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(where + "histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BM_RESULTS:
            fail(where + f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(where + "unknown primary with values")
    bd = g["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]) or not isinstance(bd["dated"], bool):
        fail(where + "boneDiagnosis values")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(where + "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(where + "boneDiagnosis unknown with values")
    pain = g["pain"]
    if any(t not in PAIN_TYPES for t in pain["types"]):
        fail(where + "pain type")
    if pain["intensity"] is not None and not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
        fail(where + "pain intensity")
    if pain["status"] != "present" and (pain["types"] or pain["intensity"]):
        fail(where + "pain types/intensity while not present")
    if pain["intensity"] is not None and f"{pain['intensity']}/10" not in text.replace(" /", "/") and f"EN {pain['intensity']}" not in text:
        fail(where + "pain intensity not written as n/10")
    plt = g["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in plt["types"]):
        fail(where + "local treatment type")
    if (plt["status"] == "present") != bool(plt["types"]) and plt["status"] in ("present", "absent", "unknown"):
        fail(where + "priorLocalTreatments status/types mismatch")
    meds = g["currentMedications"]
    if meds["atc"] != sorted(set(meds["atc"])):
        fail(where + "medications not sorted/unique")
    for c in meds["atc"]:
        if c not in atc:
            fail(where + f"ATC {c} not in atc-reference.tsv")
    if meds["status"] != "present" and meds["atc"]:
        fail(where + "medication codes while not present")
    if meds["status"] == "present" and not meds["atc"]:
        fail(where + "medications present but no code (check)")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            if c not in atc:
                fail(where + f"{name} ATC {c} not in table")
            if not c.startswith(prefixes):
                fail(where + f"{name} ATC {c} outside its group")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(where + f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                if c not in meds["atc"]:
                    fail(where + f"{name} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                if c in meds["atc"]:
                    fail(where + f"{name} doubtful agent {c} must not be a current medication")
        # current medications of this group must be reflected in the section
        for c in meds["atc"]:
            if c.startswith(prefixes) and c not in sec["atc"]:
                fail(where + f"current {c} not in {name}")
    if meds["status"] == "absent":
        for name in AGENT_PREFIX:
            if g[name]["status"] in ("present", "conflicting"):
                fail(where + f"no current medication but {name} {g[name]['status']}")
    # every coded drug must be named in the letter (brand, French or English name)
    for c in set(meds["atc"]) | {c for n in AGENT_PREFIX for c in g[n]["atc"]}:
        if not any(fold(n) in ftext for n in atc[c]):
            fail(where + f"{c} ({atc[c][0]}) not named in the letter")
    prog = g["prognosis"]
    if set(prog) - {"status", "ecog", "kps"}:
        fail(where + "prognosis keys")
    if prog.get("ecog") is not None and prog["ecog"] not in range(0, 6):
        fail(where + "ecog")
    if prog.get("kps") is not None and not (0 <= prog["kps"] <= 100 and prog["kps"] % 10 == 0):
        fail(where + "kps")
    if prog["status"] == "unknown" and (prog.get("ecog") is not None or prog.get("kps") is not None):
        fail(where + "prognosis unknown with a score")
    proj = g["therapeuticProject"]
    if proj["intent"] is not None and proj["intent"] not in INTENTS:
        fail(where + "intent")
    if proj["status"] == "unknown" and proj["intent"] is not None:
        fail(where + "intent without project")
    if proj["intent"] is not None:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[proj["intent"]]
        if word not in fold(text):
            fail(where + f"intent {proj['intent']} not stated in the letter")
    if lt["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(where + f"PDF text not WinAnsi-encodable: {e}")
    gaps = derive_gaps(g)
    for item, kind in gaps:
        if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(where + "gap")
    return gaps


def main():
    atc = load_atc()
    ids = [lt["id"] for lt in L]
    if len(ids) != len(set(ids)) or ids != sorted(ids):
        fail("ids not unique/sorted")
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for old in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        old.unlink()
    for lt in L:
        gaps = check(lt, atc)
        gold = {"id": lt["id"]}
        gold.update(lt["gold"])
        gold["gaps"] = gaps
        stamp = lt["date"].strftime("%Y%m%d") + "090000"
        if lt["fmt"] == "pdf":
            write_pdf(HERE / "letters" / f"{lt['id']}.pdf", lt["text"], title=f"Courrier {lt['id']}",
                      created=f"D:{stamp}+01'00'")
        elif lt["fmt"] == "docx":
            write_docx(HERE / "letters" / f"{lt['id']}.docx", lt["text"], title=f"Courrier {lt['id']}",
                       author="Secrétariat médical", created=lt["date"].strftime("%Y-%m-%dT09:00:00Z"))
        elif lt["fmt"] == "txt":
            (HERE / "letters" / f"{lt['id']}.txt").write_bytes(lt["text"].encode("utf-8"))
        elif lt["fmt"] == "txt_crlf":
            (HERE / "letters" / f"{lt['id']}.txt").write_bytes(lt["text"].replace("\n", "\r\n").encode("utf-8"))
        else:
            fail(f"{lt['id']}: format {lt['fmt']}")
        (HERE / "gold" / f"{lt['id']}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(L)} letters and gold records written to {HERE}")


if __name__ == "__main__":
    main()
