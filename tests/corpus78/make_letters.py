#!/usr/bin/env python3
"""corpus78: 10 blind DOCX referral letters whose text hides in Word structures.

Run from /work/main:  .venv/bin/python tests/corpus78/make_letters.py

Every letter is hand-written WordprocessingML (zipfile + XML strings): content
controls (block/inline, some left on their placeholder), text boxes
(mc:AlternateContent wps + VML fallback), legacy FORMCHECKBOX fields, w14
checkbox content controls, merged table cells, header/footer parts and tracked
changes.  The letter *is* the document with all tracked changes ACCEPTED.
Gold records are data below; gaps are derived by derive_gaps(); check_gold()
verifies each gold against the contract and exits "CONTRACT VIOLATION: ..."."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
if not ATC_TSV.exists():
    ATC_TSV = ROOT / "shared" / "spec" / "atc-reference.tsv"

PLACEHOLDER = "Cliquez ici pour taper du texte."
PLACEHOLDER_DATE = "Cliquez ici pour entrer une date."
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
AUTHOR_DATE = "2026-01-01T00:00:00Z"

# --------------------------------------------------------------------------
# DOCX writer
# --------------------------------------------------------------------------
NSDECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 wp14"'
)


class Doc:
    """Builds XML and, in parallel, the accepted plain text (for checks)."""

    def __init__(self, author):
        self.author = author
        self.rev = 0
        self.sdt = 100
        self.shape = 0
        self.ff = 0

    def t(self, s):
        return f'<w:t xml:space="preserve">{escape(s)}</w:t>'

    def run(self, s, bold=False, italic=False, style=None):
        rpr = ""
        if bold or italic or style:
            rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + \
                  ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
        return f"<w:r>{rpr}{self.t(s)}</w:r>"

    # items -> (xml, accepted_text, deleted_text)
    def items(self, items):
        xs, txt, dtxt = [], [], []
        for it in items:
            if isinstance(it, str):
                xs.append(self.run(it)); txt.append(it); continue
            k = it[0]
            if k == "b":
                xs.append(self.run(it[1], bold=True)); txt.append(it[1])
            elif k == "i":
                xs.append(self.run(it[1], italic=True)); txt.append(it[1])
            elif k == "ins":
                self.rev += 1
                xs.append(f'<w:ins w:id="{self.rev}" w:author="{escape(self.author)}" w:date="{AUTHOR_DATE}">'
                          f'{self.run(it[1])}</w:ins>')
                txt.append(it[1])
            elif k == "del":
                self.rev += 1
                xs.append(f'<w:del w:id="{self.rev}" w:author="{escape(self.author)}" w:date="{AUTHOR_DATE}">'
                          f'<w:r><w:delText xml:space="preserve">{escape(it[1])}</w:delText></w:r></w:del>')
                dtxt.append(it[1])
            elif k in ("sdt", "dsdt"):
                self.sdt += 1
                val = it[1]
                tag = it[2] if len(it) > 2 else f"champ{self.sdt}"
                kind = "<w:text/>" if k == "sdt" else \
                    '<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="fr-FR"/></w:date>'
                if val is None:
                    ph = PLACEHOLDER if k == "sdt" else PLACEHOLDER_DATE
                    xs.append(f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
                              f'<w:id w:val="{self.sdt}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
                              f'</w:placeholder><w:showingPlcHdr/>{kind}</w:sdtPr><w:sdtContent>'
                              f'{self.run(ph, style="Textedelespacerserv")}</w:sdtContent></w:sdt>')
                else:
                    xs.append(f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
                              f'<w:id w:val="{self.sdt}"/>{kind}</w:sdtPr><w:sdtContent>{self.run(val)}'
                              f'</w:sdtContent></w:sdt>')
                    txt.append(val)
            elif k == "chk14":
                self.sdt += 1
                on = it[1]
                glyph = "\u2612" if on else "\u2610"
                xs.append(f'<w:sdt><w:sdtPr><w:id w:val="{self.sdt}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
                          '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                          '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                          '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
                          f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>{self.t(glyph)}</w:r></w:sdtContent></w:sdt>')
                txt.append(glyph)
            elif k == "chk":
                # legacy form field: ("chk", checked, default)
                self.ff += 1
                on = it[1]
                default = it[2] if len(it) > 2 else 0
                if on is None:
                    checked_xml = ""            # state = default
                    state = bool(default)
                else:
                    checked_xml = "<w:checked/>" if on else '<w:checked w:val="0"/>'
                    state = on
                xs.append('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                          f'<w:name w:val="CaseACocher{self.ff}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                          f'<w:checkBox><w:sizeAuto/><w:default w:val="{default}"/>{checked_xml}</w:checkBox>'
                          '</w:ffData></w:fldChar></w:r>'
                          '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
                txt.append("[X]" if state else "[ ]")
            elif k == "fftext":
                self.ff += 1
                xs.append('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
                          f'<w:name w:val="Texte{self.ff}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
                          '</w:ffData></w:fldChar></w:r>'
                          '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                          f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{self.run(it[1])}'
                          '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
                txt.append(it[1])
            elif k == "tab":
                xs.append("<w:r><w:tab/></w:r>"); txt.append("\t")
            elif k == "br":
                xs.append("<w:r><w:br/></w:r>"); txt.append("\n")
            elif k == "page":
                xs.append('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'); txt.append("1")
            elif k == "numpages":
                xs.append('<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple>'); txt.append("2")
            elif k == "txbx":
                x, tt, dd = self.textbox(it[1], it[2] if len(it) > 2 else "alt")
                xs.append(x); txt.append("\n" + tt + "\n"); dtxt.append(dd)
            else:
                raise ValueError(k)
        return "".join(xs), "".join(txt), " ".join(dtxt)

    def para(self, p):
        if isinstance(p, str):
            p = ("p", [p])
        elif isinstance(p, list):
            p = ("p", p)
        style = p[2] if len(p) > 2 else None
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        x, t, d = self.items(p[1])
        return f"<w:p>{ppr}{x}</w:p>", t + "\n", d

    def blocks(self, blocks):
        xs, ts, ds = [], [], []
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                x, t, d = self.table(b[1], b[2])
            elif isinstance(b, tuple) and b[0] == "bsdt":
                x, t, d = self.block_sdt(b[1], b[2])
            else:
                x, t, d = self.para(b)
            xs.append(x); ts.append(t); ds.append(d)
        return "".join(xs), "".join(ts), " ".join(ds)

    def block_sdt(self, paras, tag):
        self.sdt += 1
        if paras is None:
            return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
                    f'<w:id w:val="{self.sdt}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
                    '</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>'
                    f'{self.run(PLACEHOLDER, style="Textedelespacerserv")}</w:p></w:sdtContent></w:sdt>', "\n", "")
        x, t, d = self.blocks(paras)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
                f'<w:id w:val="{self.sdt}"/></w:sdtPr><w:sdtContent>{x}</w:sdtContent></w:sdt>', t, d)

    def table(self, rows, widths):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        xs = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Grilledutableau"/><w:tblW w:w="0" w:type="auto"/>'
              '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
              f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        ts, ds = [], []
        for row in rows:
            xs.append("<w:tr>")
            col = 0
            cells_t = []
            for cell in row:
                if not isinstance(cell, dict):
                    cell = {"c": cell}
                span = cell.get("span", 1)
                vm = cell.get("vm")
                w = sum(widths[col:col + span]); col += span
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if vm == "restart":
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif vm == "cont":
                    tcpr += "<w:vMerge/>"
                c = cell.get("c", "")
                if isinstance(c, str):
                    paras = [[c]] if c else [[]]
                elif c and isinstance(c[0], (list, tuple)) and not (isinstance(c, tuple)) and \
                        all(isinstance(q, list) or (isinstance(q, tuple) and q[0] in ("p", "table", "bsdt")) for q in c):
                    paras = c
                else:
                    paras = [c]
                x, t, d = self.blocks(paras)
                xs.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{x}</w:tc>")
                cells_t.append(t.strip().replace("\n", " / ")); ds.append(d)
            xs.append("</w:tr>")
            ts.append(" | ".join(cells_t) + "\n")
        xs.append("</w:tbl>")
        return "".join(xs), "".join(ts), " ".join(ds)

    def textbox(self, paras, mode):
        self.shape += 1
        inner, t, d = self.blocks(paras)
        cx, cy = 2286000, 2743200
        n = self.shape
        anchor = (f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                  f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
                  '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                  f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                  '<wp:wrapSquare wrapText="bothSides"/>'
                  f'<wp:docPr id="{n}" name="Zone de texte {n}"/><wp:cNvGraphicFramePr/>'
                  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                  '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
                  f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                  '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill>'
                  '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
                  f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
                  '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                  'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
                  '</wp:anchor>')
        if mode == "wps":
            return f"<w:r><w:drawing>{anchor}</w:drawing></w:r>", t, d
        # VML fallback repeats the same content (as Word writes it)
        self.rev += 0
        fallback_inner, _, _ = Doc(self.author).blocks(paras)
        vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               f'<v:shape id="Zone_de_texte_{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
               'style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:216pt;z-index:251659264;'
               'mso-position-horizontal:right;mso-position-horizontal-relative:margin" strokeweight=".5pt">'
               f'<v:textbox><w:txbxContent>{fallback_inner}</w:txbxContent></v:textbox>'
               '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict>')
        return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing></mc:Choice>'
                f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>'), t, d


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="En-tte"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Pieddepage"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Textedelespacerserv"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Grilledutableau"><w:name w:val="Table Grid"/><w:basedOn w:val="TableauNormal"/></w:style>
</w:styles>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/>{track}<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""


def write_docx(path, letter):
    d = Doc(letter["author"])
    body_x, body_t, body_d = d.blocks(letter["body"])
    parts = {}
    hx = ft = ""
    rels_extra = []
    sect_refs = ""
    ct_over = []
    if letter.get("header"):
        x, t, dd = d.blocks(letter["header"])
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NSDECL}>{x}</w:hdr>'
        hx = t; body_d += " " + dd
        rels_extra.append('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        sect_refs += '<w:headerReference w:type="default" r:id="rId10"/>'
        ct_over.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    if letter.get("footer"):
        x, t, dd = d.blocks(letter["footer"])
        parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NSDECL}>{x}</w:ftr>'
        ft = t; body_d += " " + dd
        rels_extra.append('<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        sect_refs += '<w:footerReference w:type="default" r:id="rId11"/>'
        ct_over.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    sect = (f'<w:sectPr>{sect_refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            '</w:sectPr>')
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                  f'<w:document {NSDECL}><w:body>{body_x}{sect}</w:body></w:document>')
    parts["word/styles.xml"] = STYLES
    parts["word/settings.xml"] = SETTINGS.format(track="<w:trackRevisions/>" if letter.get("track") else "")
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        + "".join(rels_extra) + "</Relationships>")
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        + "".join(ct_over) +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>")
    date = letter["date"].isoformat() + "T09:00:00Z"
    parts["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{escape(letter["title"])}</dc:title><dc:creator>{escape(letter["author"])}</dc:creator>'
        f'<cp:lastModifiedBy>{escape(letter["author"])}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified></cp:coreProperties>')
    parts["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
             "word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml",
             "word/footer1.xml", "word/_rels/document.xml.rels"]
    with zipfile.ZipFile(path, "w") as z:
        for name in order:
            if name in parts:
                zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, parts[name].encode("utf-8"))
    return hx + body_t + ft, body_d


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
D = dt.date
H = "Titre2"


def letterhead(name, service, addr, tel):
    return [[("b", name)], [service], [addr], [f"Tél. secrétariat : {tel}"]]


LETTERS = {}

# ---------------------------------------------------------------- yb01
LETTERS["yb01"] = dict(
    title="Courrier RCP métastases osseuses", author="Dr Hélène Vasseur-Roux", date=D(2026, 2, 10),
    header=[[("b", "Centre Hospitalier de Brémont-sur-Loue"), " – Département d'oncologie médicale"],
            ["14 avenue des Tanneurs, 39412 Brémont-sur-Loue – Tél. 03 84 71 22 90"]],
    footer=[["Page ", ("page",), " sur ", ("numpages",), " – Document confidentiel, secret médical"]],
    body=[
        [("txbx", letterhead("Dr Hélène VASSEUR-ROUX", "Oncologie médicale – Sénologie",
                             "Hôpital de jour, bâtiment C, 2e étage", "03 84 71 22 95")),
         ("txbx", [[("b", "Traitement actuel")],
                   ["- Kisqali (ribociclib) 600 mg/j 21j/28"],
                   ["- Femara (létrozole) 2,5 mg/j"],
                   ["- Xgeva 120 mg SC /4 sem (1re inj. le 20/01/2026)"],
                   ["- Uvedose 100 000 UI / 3 mois"],
                   ["- Doliprane 1 g x 3/j"]])],
        ["Brémont, le 10 février 2026"],
        ["À l'attention du Dr Marchetti et des membres de la RCP métastases osseuses"],
        [("b", "Objet : "), "Mme ", ("sdt", "GARNIER-LOISEAU Odile", "Nom patient"), ", née le ",
         ("dsdt", "14/03/1958", "Date de naissance")],
        ("bsdt", [
            ["Chère consœur, cher confrère,"],
            ["Je vous adresse Mme Garnier-Loiseau pour avis concernant des métastases osseuses d'un carcinome "
             "canalaire infiltrant du sein gauche (NST), RE 90 %, RP 40 %, HER2 négatif (score 1+, FISH non amplifiée), "
             "diagnostiqué en décembre 2025 sur une masse palpée par la patiente."],
            ["Le TEP-scanner de bilan d'extension (08/01/2026) a mis en évidence des lésions ostéocondensantes "
             "hypermétaboliques de L3, du sacrum et de l'aile iliaque droite. Pas d'atteinte viscérale. "
             "La patiente décrit des lombalgies d'horaire mécanique, majorées à la marche, cotées à 4/10, "
             "sans irradiation radiculaire. Pas de réveil nocturne."],
            ["Antécédents : HTA, cholécystectomie (2009). Mère décédée d'un cancer du sein à 70 ans. "
             "Pas de traitement anticoagulant ni antiagrégant plaquettaire. Aucune radiothérapie osseuse à ce jour."],
            ["Sur le plan général elle reste très active, OMS 1. Elle a débuté en janvier, en situation palliative, "
             "une hormonothérapie par létrozole associée au ribociclib, avec dénosumab (cf. encadré)."],
        ], "Corps du courrier"),
        [("b", "Question posée à la RCP : "), ("sdt", "indication d'une radiothérapie antalgique de L3 ?", "Question")],
        ["Bien confraternellement,"],
        ["Dr H. Vasseur-Roux"],
    ],
    gold=dict(sex="F", birth=D(1958, 3, 14),
              primaryTumor=("present", "breast", "invasive_ductal_carcinoma",
                            {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical"], 4),
              currentMedications=("present", ["L01EF02", "L02BG04", "M05BX04", "A11CC05", "N02BE01"]),
              priorLocalTreatments=("absent",),
              boneTargetedTherapy=("present", ["M05BX04"]),
              anticoagulation=("absent",), antiplatelets=("absent",),
              prognosis=("present", 1), therapeuticProject=("present", "palliative")),
    must_see=["Kisqali", "OMS 1", "14/03/1958"],
)

# ---------------------------------------------------------------- yb02
def cb(on, label, default=0):
    return [("chk", on, default), " " + label + "   "]


LETTERS["yb02"] = dict(
    title="Fiche de demande RCP os", author="Dr Yannick Le Goff", date=D(2026, 1, 22),
    header=[["Institut de Cancérologie de Kerlouan-Plage – 3 rue du Phare, 29873 Kerlouan-Plage"]],
    footer=[["Fiche RCP MO v3 – ", ("page",), "/", ("numpages",)]],
    body=[
        ("p", [("b", "FICHE DE DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES")], "Titre1"),
        ("table", [
            ["Médecin demandeur", ["Dr Y. Le Goff, pneumologue – tél. 02 98 40 17 63"]],
            ["Patient", ["M. QUÉMÉNEUR Alain, 64 ans"]],
            ["Sexe", [*cb(True, "Homme"), *cb(False, "Femme")]],
            ["Date de la demande", ["22/01/2026"]],
        ], [3000, 6000]),
        ("p", ["Tumeur primitive"], H),
        ["Adénocarcinome pulmonaire LSD, T3N2M1c, diagnostic 11/2025. EGFR non muté, ALK négatif (IHC), "
         "PD-L1 50 % (22C3). ROS1 : non fait."],
        ("p", ["Circonstances de découverte de l'atteinte osseuse"], H),
        [*cb(True, "Douleur"), *cb(False, "Fracture"), *cb(False, "Compression médullaire"),
         *cb(False, "Hypercalcémie"), *cb(False, "Bilan d'extension")],
        ["Date : ", ("fftext", "décembre 2025 (douleur d'épaule droite depuis fin novembre)")],
        ("p", ["Douleur actuelle"], H),
        [*cb(True, "Oui"), *cb(False, "Non"), "  EN : ", ("fftext", "5"), "/10"],
        ["Type : ", *cb(True, "mécanique"), *cb(False, "nocturne"), *cb(True, "neuropathique"),
         *cb(False, "inflammatoire")],
        ["Commentaire : ", ("fftext", "décharges dans le bras droit, DN4 5/10")],
        ("p", ["Traitements locaux antérieurs sur l'os"], H),
        [*cb(False, "Radiothérapie"), *cb(False, "Chirurgie"), *cb(False, "Cimentoplastie"),
         *cb(False, "Radiofréquence"), *cb(None, "Aucun", 1)],
        ("p", ["Traitement osseux (bisphosphonate / dénosumab)"], H),
        [*cb(False, "Oui"), *cb(True, "Non"), " Produit : ", ("fftext", "")],
        ("p", ["Anticoagulant"], H),
        [*cb(True, "Oui"), *cb(False, "Non"), " Produit : ", ("fftext", "Xarelto 20 mg/j (EP 12/2025)")],
        ("p", ["Antiagrégant plaquettaire"], H),
        [*cb(False, "Oui"), *cb(True, "Non")],
        ("p", ["Traitements en cours"], H),
        [("fftext", "Carboplatine AUC5 + pémétrexed + pembrolizumab (Keytruda), C3 le 15/01/2026 ; "
                    "Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin ; Lyrica 75 mg x 2 ; Xarelto 20 mg ; "
                    "Inexium 20 mg.")],
        ("p", ["État général / pronostic"], H),
        ["OMS : ", *cb(False, "0"), *cb(True, "1"), *cb(False, "2"), *cb(False, "3"), *cb(False, "4")],
        ("p", ["Projet thérapeutique"], H),
        [*cb(False, "Curatif"), *cb(True, "Palliatif"), *cb(False, "Soins de support exclusifs")],
        ["Question : ", ("fftext", "RT antalgique tête humérale droite ? risque fracturaire (Mirels) ?")],
    ],
    gold=dict(sex="M", age=64,
              primaryTumor=("present", "lung", "adenocarcinoma",
                            {"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
              boneDiagnosis=("present", ["pain"], True),
              pain=("present", ["mechanical", "neuropathic"], 5),
              currentMedications=("present", ["L01XA02", "L01BA04", "L01FF02", "N02AA01", "N03AX16",
                                              "B01AF01", "A02BC05"]),
              priorLocalTreatments=("absent",),
              boneTargetedTherapy=("absent",),
              anticoagulation=("present", ["B01AF01"]), antiplatelets=("absent",),
              prognosis=("present", 1), therapeuticProject=("present", "palliative")),
    excluded={"M05BX04": "only in the form heading 'bisphosphonate / dénosumab' (box Non ticked)"},
    must_see=["[X] Douleur", "[X] Aucun", "[X] 1", "[ ] nocturne"],
)

# ---------------------------------------------------------------- yb03
LETTERS["yb03"] = dict(
    title="Lettre RCP", author="Pr Bertrand Ollivier", date=D(2026, 1, 27), track=True,
    header=[["Clinique urologique du Val d'Arbois – 22 rue Pasteur, 25610 Arbois-le-Haut"]],
    footer=[["Secrétariat d'urologie 03 81 52 64 08 – page ", ("page",)]],
    body=[
        ["Arbois-le-Haut, le 27/01/2026"],
        ["Cher confrère,"],
        ["Je souhaite présenter en RCP métastases osseuses M. Roger DUCHEMIN, ", ("del", "73"), ("ins", "74"),
         " ans, suivi pour un adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, traité en 2018 par "
         "prostatectomie totale puis radiothérapie de la loge en 2019 pour récidive biologique."],
        ["Remontée du PSA à 48 ng/ml en novembre 2025 sous surveillance ; le TEP-PSMA de réévaluation "
         "(20/11/2025) montre des fixations du cotyle droit, de L4 et de deux côtes. "
         "Aucune lésion osseuse n'a été irradiée."],
        ["Cliniquement, douleurs de hanche droite ", ("del", "à recrudescence nocturne"),
         ("ins", "à l'appui et à la marche"), ", EN ", ("del", "6"), ("ins", "3"), "/10 sous paracétamol."],
        ["Traitement en cours : Décapeptyl 11,25 mg tous les 3 mois et Erleada 240 mg/j depuis décembre 2025, "
         "Doliprane 1 g x 3, Tahor 20 mg, Cardensiel 2,5 mg."],
        [("del", "Pas de traitement anticoagulant."),
         ("ins", "Anticoagulé par Eliquis 5 mg x 2/j depuis une FA découverte en 2023 ; "
                 "le Kardégic 75 mg a été arrêté à l'introduction de l'Eliquis.")],
        ["Pas de traitement anti-résorptif jusqu'ici ; un traitement par Xgeva serait à discuter selon l'avis de "
         "la RCP (bilan dentaire demandé)."],
        ["Patient autonome, ", ("del", "OMS 2"), ("ins", "OMS 1"), ". Son père est décédé d'un cancer du poumon."],
        ["Question : intérêt d'une radiothérapie antalgique du cotyle droit ? risque fracturaire ?"],
        ["Bien confraternellement,"],
        ["Pr B. Ollivier"],
    ],
    gold=dict(sex="M", age=74,
              primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              boneDiagnosis=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical"], 3),
              currentMedications=("present", ["L02AE04", "L02BB05", "N02BE01", "C10AA05", "C07AB07", "B01AF02"]),
              priorLocalTreatments=("absent",),
              boneTargetedTherapy=("absent",),
              anticoagulation=("present", ["B01AF02"]), antiplatelets=("absent",),
              prognosis=("present", 1), therapeuticProject=("present",)),
    excluded={"B01AC06": "Kardégic stopped", "M05BX04": "Xgeva only to be discussed"},
    must_not_see=["Pas de traitement anticoagulant", "OMS 2", "recrudescence nocturne"],
)

# ---------------------------------------------------------------- yb04
def box(on, label):
    return [("chk14", on), " " + label + "  "]


LETTERS["yb04"] = dict(
    title="Formulaire RCP MO", author="Dr Salomé Baptiste", date=D(2026, 1, 15),
    header=[["CHU de Montferrand-les-Eaux – Pôle Cancérologie – RCP Métastases osseuses (mardi 14h)"]],
    footer=[["1 place de l'Hôtel-Dieu, 63990 Montferrand-les-Eaux – ", ("page",)]],
    body=[
        ("p", [("b", "Formulaire de présentation – RCP métastases osseuses")], "Titre1"),
        ["Nom : ", ("sdt", "FERRAND", "Nom"), "   Prénom : ", ("sdt", "Michel", "Prénom"),
         "   Date de naissance : ", ("dsdt", "02/11/1961", "DDN"), "   Sexe : ", *box(True, "M"), *box(False, "F")],
        ["Médecin référent : ", ("sdt", "Dr S. Baptiste (oncologie médicale) – 04 73 18 45 02", "Médecin")],
        ("p", ["1. Tumeur primitive"], H),
        [("sdt", "Carcinome rénal à cellules claires gauche, néphrectomie élargie 2021 (pT3a), "
                 "récidive métastatique osseuse et pulmonaire 2025.", "Primitif")],
        ("p", ["2. Circonstances de découverte osseuse"], H),
        [*box(True, "Douleur"), *box(False, "Fracture pathologique"), *box(False, "Déficit neurologique"),
         *box(False, "Hypercalcémie"), *box(False, "Imagerie de suivi")],
        ["Date de découverte : ", ("dsdt", "09/2025", "Date découverte")],
        ("p", ["3. Douleur"], H),
        [*box(True, "Oui"), *box(False, "Non"), "   EVA : ", ("sdt", "6/10", "EVA")],
        [*box(False, "Mécanique"), *box(True, "Nocturne"), *box(False, "Neuropathique")],
        ("p", ["4. Traitements locaux antérieurs"], H),
        [*box(True, "Radiothérapie"), *box(False, "Chirurgie"), *box(False, "Cimentoplastie"),
         *box(False, "Thermo-ablation")],
        ["Détail : ", ("sdt", "RT 8 Gy monofraction sur T10 le 04/11/2025", "Détail local")],
        ("p", ["5. Traitement ostéo-ciblé"], H),
        [*box(True, "Oui"), *box(False, "Non"), "  Lequel : ", ("sdt", "Zometa 4 mg toutes les 4 semaines", "BTT")],
        ("p", ["6. Anticoagulant"], H),
        [*box(False, "Oui"), *box(False, "Non"), "  Lequel : ", ("sdt", None, "Anticoagulant")],
        ("p", ["7. Antiagrégant"], H),
        [*box(False, "Oui"), *box(True, "Non")],
        ("p", ["8. Traitements en cours"], H),
        [("sdt", "Cabometyx 40 mg/j + Opdivo 480 mg/4 sem ; Oxycontin 10 mg x 2, Oxynorm 5 mg si besoin ; "
                 "Zometa ; Movicol 1 sachet/j", "Traitements")],
        ("p", ["9. État général"], H),
        ["Karnofsky : ", ("sdt", "70 %", "KPS"), "   OMS : ", ("sdt", None, "OMS")],
        ("p", ["10. Projet thérapeutique"], H),
        [*box(False, "Curatif"), *box(True, "Palliatif"), *box(False, "Soins de support")],
        ["Projet : ", ("sdt", None, "Projet")],
        ["Traitement oncologique en cours : ", ("sdt", "cabozantinib + nivolumab depuis 10/2025", "TTT onco")],
        ["Question posée : ", ("sdt", "Reprise évolutive douloureuse T10 après RT : indication de cimentoplastie ?",
                               "Question")],
        ["Date : ", ("dsdt", "15/01/2026", "Date demande")],
    ],
    gold=dict(sex="M", birth=D(1961, 11, 2),
              primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
              boneDiagnosis=("present", ["pain"], True),
              pain=("present", ["nocturnal"], 6),
              currentMedications=("present", ["L01EX07", "L01FF01", "N02AA05", "M05BA08", "A06AD65"]),
              priorLocalTreatments=("present", ["radiotherapy"]),
              boneTargetedTherapy=("present", ["M05BA08"]),
              anticoagulation=("unknown",), antiplatelets=("absent",),
              prognosis=("present", "kps", 70), therapeuticProject=("present", "palliative")),
    must_see=["\u2612 Nocturne", "\u2610 Oui  \u2610 Non"],
)

# ---------------------------------------------------------------- yb05
LETTERS["yb05"] = dict(
    title="Compte rendu – demande RCP", author="Dr Camille Aubertin", date=D(2026, 1, 29),
    header=[[("b", "Hôpital Saint-Aurélien de Vaudrecourt"), " – Service de pneumologie et oncologie thoracique"],
            ["8 boulevard Jean-Moulin, 51770 Vaudrecourt – Standard 03 26 44 90 10"]],
    footer=[["Page ", ("page",), " / ", ("numpages",)]],
    body=[
        ["Vaudrecourt, le 29 janvier 2026"],
        [("b", "Objet : demande d'avis RCP métastases osseuses – Mme PERRODIN Sylvie, 57 ans")],
        ["Cher confrère,"],
        ["Mme Perrodin, 57 ans, tabagique active (40 PA), a été hospitalisée le 03/01/2026 pour une paraparésie "
         "d'installation rapide révélant une compression médullaire T8 sur lésion lytique. Elle a bénéficié en "
         "urgence le 04/01 d'une laminectomie décompressive avec ostéosynthèse T6-T10, puis d'une radiothérapie "
         "T6-T10 (30 Gy en 10 fractions) actuellement en cours (fin prévue le 02/02/2026)."],
        ["La biopsie per-opératoire a conclu à une métastase de carcinome à petites cellules (TTF1+, "
         "chromogranine+) ; primitif pulmonaire hilaire gauche au scanner. Stade étendu (os, foie)."],
        ["Actuellement, douleur dorsale en ceinture à type de brûlures, EN 3/10 (8/10 à l'admission). "
         "Récupération motrice partielle, marche avec déambulateur. PS 3."],
        ["Pas de traitement anti-résorptif à ce jour."],
        ("p", ["Traitements"], H),
        ("table", [
            [{"c": [("b", "Traitements de Mme Perrodin au 29/01/2026")], "span": 3}],
            [("b", "Catégorie"), ("b", "Médicament"), ("b", "Posologie / statut")],
            [{"c": "Oncologie", "vm": "restart"}, "Carboplatine AUC5 + étoposide", "C1 le 12/01/2026, C2 le 02/02"],
            [{"c": "", "vm": "cont"}, "Imfinzi (durvalumab)", "à associer à partir de C2 (prévu)"],
            [{"c": "Support", "vm": "restart"}, "Dexaméthasone (Dectancyl)", "8 mg/j, décroissance en cours"],
            [{"c": "", "vm": "cont"}, "Lovenox 4000 UI", "1 inj SC/j (prévention)"],
            [{"c": "", "vm": "cont"}, "Inexium 40 mg", "1/j"],
            [{"c": "", "vm": "cont"}, "Laroxyl 10 gouttes", "le soir"],
            [{"c": [("b", "Traitements arrêtés à l'admission")], "span": 3}],
            ["Antiagrégant", "Kardégic 75 mg", "arrêté le 03/01 (chirurgie)"],
            ["Antalgique", "Topalgic 50 mg", "arrêté à l'admission (inefficace)"],
        ], [2200, 3600, 3200]),
        ["Pas d'autre antécédent notable en dehors d'une BPCO. Mère : cancer du sein."],
        ["Projet : chimio-immunothérapie palliative de première ligne. Question : indication d'un traitement "
         "anti-résorptif (dénosumab ?) et place d'une consolidation par RT des autres sites ?"],
        ["Confraternellement, Dr C. Aubertin"],
    ],
    gold=dict(sex="F", age=57,
              primaryTumor=("present", "lung", "small_cell_carcinoma", {}),
              boneDiagnosis=("present", ["neurological_deficit"], True),
              pain=("present", ["neuropathic"], 3),
              currentMedications=("present", ["L01XA02", "L01CB01", "H02AB02", "B01AB05", "A02BC05", "N06AA09"]),
              priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
              boneTargetedTherapy=("absent",),
              anticoagulation=("present", ["B01AB05"]), antiplatelets=("absent",),
              prognosis=("present", 3), therapeuticProject=("present", "palliative")),
    excluded={"L01FF03": "Imfinzi planned from C2", "B01AC06": "Kardégic stopped",
              "N02AX02": "Topalgic stopped",
              "M05BX04": "dénosumab asked as a question"},
)

# ---------------------------------------------------------------- yb06
LETTERS["yb06"] = dict(
    title="Courrier rhumatologie", author="Dr Armelle Quintard", date=D(2026, 1, 29),
    footer=[["Cabinet de rhumatologie – 5 quai des Moulins, 71940 Saint-Ambreuil – 03 85 30 61 77"]],
    body=[
        [("txbx", [[("b", "Dr Armelle QUINTARD")], ["Rhumatologue – ancien chef de clinique"],
                   ["Cabinet des Moulins, Saint-Ambreuil"], ["RPPS 10 100 000 000"]])],
        ["Saint-Ambreuil, le 29/01/2026"],
        ["Chère Consœur,"],
        [("txbx", [[("b", "Ordonnance en cours")],
                   ["Levothyrox 150 µg/j"], ["Lenvima 24 mg/j (depuis le 05/01/2026)"], ["Tahor 20 mg"],
                   ["Triatec 5 mg"], ["Préviscan 20 mg : 3/4 cp le soir (INR cible 2-3)"],
                   ["Doliprane 1 g x 3/j"]]),
         "Je vous adresse Mme ", ("sdt", "BRUNETIÈRE Colette", "Patient"), ", née le ",
         ("sdt", "30/01/1950", "DDN"), ", que je suis pour des douleurs de la fesse gauche."],
        ["Elle a été opérée en 2012 d'une thyroïdectomie totale pour un carcinome vésiculaire de la thyroïde, "
         "suivie d'une IRAthérapie. En mars 2025, une IRM lombaire demandée pour une sciatalgie banale a "
         "découvert fortuitement une lésion lytique du cotyle gauche ; la biopsie a confirmé une métastase du "
         "carcinome vésiculaire (thyroglobuline très élevée). Réfractaire à l'iode."],
        ["Une cimentoplastie acétabulaire gauche a été réalisée le 12/11/2025 avec un bon effet initial. "
         "Depuis décembre, réapparition de douleurs d'horaire inflammatoire avec dérouillage matinal d'une "
         "demi-heure ; pas de douleur à la marche."],
        ["Elle est anticoagulée par fluindione (TVP récidivantes) ; ni bisphosphonate ni dénosumab jusqu'à présent. "
         "L'oncologue a débuté un traitement par lenvatinib le 05/01/2026. OMS 0."],
        ["Sa sœur a reçu de l'Aclasta pour une ostéoporose fracturaire."],
        ["Je souhaiterais l'avis de la RCP sur l'indication d'une radiothérapie complémentaire du cotyle et "
         "sur l'introduction d'un traitement anti-résorptif."],
        ["Bien amicalement,"],
        ["A. Quintard"],
    ],
    gold=dict(sex="F", birth=D(1950, 1, 30),
              primaryTumor=("present", "thyroid", "other", {}),
              boneDiagnosis=("present", ["incidental_imaging"], True),
              pain=("present", ["inflammatory"], None),
              currentMedications=("present", ["H03AA01", "L01EX08", "C10AA05", "C09AA05", "B01AA12", "N02BE01"]),
              priorLocalTreatments=("present", ["cementoplasty"]),
              boneTargetedTherapy=("absent",),
              anticoagulation=("present", ["B01AA12"]), antiplatelets=("unknown",),
              prognosis=("present", 0), therapeuticProject=("present",)),
    excluded={"M05BA08": "Aclasta is the sister's", "M05BX04": "dénosumab denied"},
)

# ---------------------------------------------------------------- yb07
LETTERS["yb07"] = dict(
    title="Demande d'inscription RCP", author="Dr Pierre-Emmanuel Sarrazin", date=D(2026, 1, 12),
    header=[["GH des Trois-Vallées – site de Lormont-Saint-Rémy – Oncologie digestive"]],
    footer=[["RCP Os – modèle 2024 – page ", ("page",)]],
    body=[
        ("p", [("b", "DEMANDE D'INSCRIPTION – RCP MÉTASTASES OSSEUSES")], "Titre1"),
        ["Patient : ", ("sdt", "M. LAMBERTIN Jacques", "Patient"), "   Âge : ", ("sdt", "69 ans", "Âge")],
        ["Date : ", ("dsdt", "12/01/2026", "Date")],
        ("p", ["Tumeur primitive"], H),
        ("bsdt", [["Adénocarcinome du côlon sigmoïde, opéré en 2023 (pT4N1), KRAS muté G12D, BRAF non muté, "
                   "MSS. Récidive hépatique et osseuse fin 2025."]], "Primitif"),
        ("p", ["Circonstances de découverte / date"], H),
        ("bsdt", [["Hypercalcémie à 3,1 mmol/l le 08/12/2025 (asthénie, confusion) ayant motivé un scanner TAP : "
                   "lésions lytiques du bassin et de D11. Traitée par hydratation et une perfusion unique de Zometa "
                   "4 mg le 10/12/2025."]], "Circonstances"),
        ("p", ["Douleur (type, EVA)"], H),
        ("bsdt", None, "Douleur"),
        ("p", ["Traitements en cours"], H),
        ("bsdt", [["Xeloda 1000 mg/m² x 2/j J1-J14 + bévacizumab (entretien depuis le 22/12/2025)"],
                  ["Inipomp 20 mg, Movicol 1 sachet/j"]], "Traitements"),
        ("p", ["Traitements locaux antérieurs (os)"], H),
        ("bsdt", [["Aucun"]], "Local"),
        ("p", ["Traitement ostéo-ciblé au long cours"], H),
        ("bsdt", [["Non (à discuter en RCP)"]], "BTT"),
        ("p", ["Anticoagulant / antiagrégant"], H),
        ("bsdt", None, "Anticoagulant"),
        ("p", ["OMS / pronostic"], H),
        ["OMS : ", ("sdt", None, "OMS")],
        ("bsdt", [["Pronostic réservé, espérance de vie estimée à quelques mois selon l'oncologue référent."]],
         "Pronostic"),
        ("p", ["Projet thérapeutique"], H),
        ("bsdt", [["Traitement d'entretien palliatif capécitabine-bévacizumab à poursuivre."]], "Projet"),
        ("p", ["Question posée"], H),
        ("bsdt", [["Indication d'un traitement anti-résorptif au long cours ? RT antalgique du bassin ?"]], "Question"),
    ],
    gold=dict(sex="M", age=69,
              primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
              boneDiagnosis=("present", ["hypercalcemia"], True),
              pain=("unknown",),
              currentMedications=("present", ["L01BC06", "A02BC02", "A06AD65"]),
              priorLocalTreatments=("absent",),
              boneTargetedTherapy=("absent",),
              anticoagulation=("unknown",), antiplatelets=("unknown",),
              prognosis=("present", None), therapeuticProject=("present", "palliative")),
    excluded={"M05BA08": "single Zometa infusion for hypercalcaemia"},
)

# ---------------------------------------------------------------- yb08
LETTERS["yb08"] = dict(
    title="Lettre oncologie", author="Dr Nadia Benchekroun", date=D(2026, 2, 3), track=True,
    header=[["Centre de lutte contre le cancer Émile-Duroc – 60 rue des Acacias, 86211 Chauvignac"]],
    footer=[["Consultation d'oncologie sénologique – 05 49 72 33 18 – p. ", ("page",)]],
    body=[
        ["Chauvignac, le 3 février 2026"],
        ["Chers collègues,"],
        ["Je vous présente Mme Véronique TESSANDIER, née le 22/07/1966, suivie pour un carcinome lobulaire "
         "infiltrant du sein droit (RE 80 %, RP négatif, HER2 0) traité en 2019 (tumorectomie, radiothérapie "
         "mammaire, létrozole 5 ans)."],
        ["Depuis septembre 2025, radiculalgie L5 droite ", ("ins", "à type de décharges électriques, DN4 6/10, "),
         "révélant une métastase de L5 avec épidurite. ", ("del", "Une cimentoplastie de L4 a été réalisée en 2024. "),
         "Radiothérapie L4-S1 20 Gy en 5 fractions terminée le 15/12/2025."],
        ["EVA ", ("del", "7"), ("ins", "5"), "/10 ce jour sous Oxycontin 20 mg x 2 et Lyrica 75 mg x 2."],
        ["Traitement oncologique (2e ligne métastatique) : Faslodex 500 mg/mois et Verzenios 150 mg x 2/j depuis le "
         "01/12/2025."],
        ["Traitement osseux : ", ("del", "Prolia 60 mg tous les 6 mois pour ostéoporose"),
         ("ins", "Xgeva 120 mg toutes les 4 semaines depuis décembre 2025 (Prolia arrêté)"), "."],
        ["Anticoagulation : ", ("del", "Lixiana 60 mg/j"),
         ("ins", "aucune actuellement (Lixiana arrêté en octobre 2025 après 6 mois pour une EP)"), "."],
        ["Autres : Cacit D3 1/j, Imovane 7,5 mg le soir."],
        ["OMS 1. La patiente travaille à mi-temps."],
        ["Question : progression douloureuse malgré la RT ; indication d'une chirurgie de décompression ou "
         "d'une ré-irradiation stéréotaxique ?"],
        ["Bien à vous, Dr N. Benchekroun"],
    ],
    gold=dict(sex="F", birth=D(1966, 7, 22),
              primaryTumor=("present", "breast", "invasive_lobular_carcinoma",
                            {"ER": "positive", "PR": "negative", "HER2": "negative"}),
              boneDiagnosis=("present", ["pain"], True),
              pain=("present", ["neuropathic"], 5),
              currentMedications=("present", ["N02AA05", "N03AX16", "L02BA03", "L01EF03", "M05BX04", "A12AX",
                                              "N05CF01"]),
              priorLocalTreatments=("present", ["radiotherapy"]),
              boneTargetedTherapy=("present", ["M05BX04"]),
              anticoagulation=("absent",), antiplatelets=("unknown",),
              prognosis=("present", 1), therapeuticProject=("present",)),
    excluded={"L02BG04": "letrozole 2019-2024, stopped", "B01AF03": "Lixiana stopped"},
    must_not_see=["cimentoplastie de L4", "Lixiana 60 mg/j", "Prolia 60 mg"],
)

# ---------------------------------------------------------------- yb09
LETTERS["yb09"] = dict(
    title="CR consultation orthopédie", author="Dr Thibault Rambaud", date=D(2026, 1, 20),
    header=[["Clinique orthopédique des Hauts-de-Saulnay – Service de chirurgie orthopédique et traumatologique"],
            ["Patient : M. COURTOIS Gérard – né le 17/06/1953 – IPP 004417823"]],
    footer=[["Rue du Docteur-Fleming, 02318 Saulnay – Tél. 03 23 58 12 40 – Page ", ("page",), "/",
             ("numpages",)]],
    body=[
        ["Saulnay, le 20/01/2026"],
        ["Cher confrère,"],
        ["J'ai pris en charge votre patient le 05/01/2026 pour une fracture pathologique sous-trochantérienne du "
         "fémur gauche survenue lors d'un simple pas de côté, sans aucun antécédent connu de cancer."],
        ("table", [
            [{"c": [("b", "Prise en charge chirurgicale")], "span": 3}],
            [("b", "Date"), ("b", "Geste"), ("b", "Remarques")],
            ["07/01/2026", "Enclouage centromédullaire long fémur gauche (clou Gamma long)",
             {"c": "Biopsie per-opératoire ; suites simples", "vm": "restart"}],
            ["08/01/2026", "Reprise de l'appui complet autorisée", {"c": "", "vm": "cont"}],
        ], [1800, 4200, 3000]),
        ["Histologie : métastase d'un adénocarcinome, TTF1 positif, CK7+, évoquant en premier lieu une origine "
         "pulmonaire ; le scanner thoraco-abdomino-pelvien est programmé. Analyses moléculaires (EGFR, ALK, ROS1) "
         "en cours sur le prélèvement."],
        ["Actuellement, douleurs de cuisse à la mise en charge, EN 3/10, pas de douleur de repos."],
        ["Traitement de sortie : Lovenox 4000 UI/j pendant 35 jours, Doliprane 1 g x 4, Acupan 20 mg x 3, "
         "Topalgic 50 mg x 2/j ; il poursuit son Kardégic 75 mg (stent coronaire 2019)."],
        ["Je vous laisse organiser la suite de la prise en charge oncologique, qui reste à définir. "
         "Je souhaite l'avis de la RCP sur une radiothérapie post-opératoire du fémur."],
        ["Bien confraternellement,"],
        ["Dr T. Rambaud, chirurgien orthopédiste"],
    ],
    gold=dict(sex="M", birth=D(1953, 6, 17),
              primaryTumor=("uncertain", "lung", "adenocarcinoma",
                            {"EGFR": "pending", "ALK": "pending", "ROS1": "pending"}),
              boneDiagnosis=("present", ["pathological_fracture"], True),
              pain=("present", ["mechanical"], 3),
              currentMedications=("present", ["B01AB05", "N02BE01", "N02BG06", "N02AX02", "B01AC06"]),
              priorLocalTreatments=("present", ["surgery"]),
              boneTargetedTherapy=("unknown",),
              anticoagulation=("present", ["B01AB05"]), antiplatelets=("present", ["B01AC06"]),
              prognosis=("unknown",), therapeuticProject=("unknown",)),
)

# ---------------------------------------------------------------- yb10
LETTERS["yb10"] = dict(
    title="Fiche RCP dermato-oncologie", author="Dr Inès Carvalho", date=D(2026, 1, 26), track=True,
    header=[["Hôpital Nord-Est de Sainte-Ombeline – Dermatologie / onco-dermatologie"]],
    footer=[["12 chemin des Vignes, 13590 Sainte-Ombeline – 04 42 08 77 31 – page ", ("page",)]],
    body=[
        ("p", [("b", "Fiche de demande RCP métastases osseuses")], "Titre1"),
        [("txbx", [[("b", "Traitements habituels")], ["Tafinlar 150 mg x 2/j"], ["Mekinist 2 mg/j"],
                   ["Pradaxa 110 mg x 2/j"], ["Levothyrox 75 µg"], ["Xanax 0,25 mg le soir"]], "wps"),
         "Patiente : ", ("sdt", "Mme DELAPORTE Annick", "Nom"), ", ", ("sdt", "48 ans", "Âge"), "."],
        ["Primitif : ", ("sdt", "Mélanome superficiel extensif du dos (Breslow 3,2 mm) opéré en 2022, "
                               "BRAF V600E muté.", "Primitif")],
        ["Découverte osseuse : ", ("sdt", "TEP de suivi du 14/10/2025 : lésions de D12 et de l'ilion droit.",
                                   "Découverte")],
        ["Douleur : ", ("chk", True), " Non ", ("chk", False), " Oui"],
        ["Traitement local antérieur : ", ("chk", True), " Radiothérapie ", ("chk", False), " Chirurgie ",
         ("chk", False), " Cimentoplastie – précision : ",
         ("ins", "SBRT 3 x 9 Gy sur D12 en novembre 2025")],
        ["Traitement ostéo-ciblé : ", ("chk14", False), " Oui ", ("chk14", False), " Non"],
        ["Anticoagulant : ", ("chk14", False), " Oui ", ("chk14", True), " Non"],
        ["Antiagrégant : ", ("chk14", False), " Oui ", ("chk14", True), " Non"],
        ["OMS : ", ("sdt", "0", "OMS")],
        ["Traitement oncologique en cours : ", ("del", "nivolumab-ipilimumab"),
         ("ins", "dabrafénib + tramétinib depuis le 02/11/2025 (arrêt de l'immunothérapie pour colite)")],
        ["Question : ", ("sdt", "Lésion iliaque droite asymptomatique : surveillance ou SBRT ? "
                                "Indication d'un anti-résorptif ?", "Question")],
        ["Dr I. Carvalho"],
    ],
    gold=dict(sex="F", age=48,
              primaryTumor=("present", "melanoma", "other", {"BRAF": "positive"}),
              boneDiagnosis=("present", ["staging_imaging"], True),
              pain=("absent",),
              currentMedications=("present", ["B01AE07", "H03AA01", "N05BA12"]),
              priorLocalTreatments=("present", ["radiotherapy"]),
              boneTargetedTherapy=("unknown",),
              anticoagulation=("conflicting", ["B01AE07"]), antiplatelets=("absent",),
              prognosis=("present", 0), therapeuticProject=("present",)),
    must_not_see=["nivolumab-ipilimumab"],
)

# --------------------------------------------------------------------------
# Gold: defaults, gap rule, contract check
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5, "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5, "boneTargetedTherapy": ALL5, "anticoagulation": ALL5,
    "antiplatelets": ALL5, "prognosis": {"present", "unknown"}, "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}


def derive_gaps(g):
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
        st = g[item]["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
    if g["pain"]["status"] == "present" and not g["pain"]["types"]:
        gaps.append(["pain", "incomplete"])
    for item in ("anticoagulation", "boneTargetedTherapy"):
        if g[item]["status"] == "present" and not g[item]["atc"]:
            gaps.append([item, "incomplete"])
    if g["boneDiagnosis"]["status"] == "present" and not g["boneDiagnosis"]["dated"]:
        gaps.append(["boneDiagnosis", "incomplete"])
    if g["primaryTumor"]["status"] == "present" and not g["primaryTumor"]["histology"]:
        gaps.append(["primaryTumor", "incomplete"])
    p = g["prognosis"]
    if p["status"] == "present" and p.get("ecog") is None and p.get("kps") is None:
        gaps.append(["prognosis", "incomplete"])
    order = {k: i for i, k in enumerate(GAP_ITEMS)}
    return sorted(gaps, key=lambda x: (order[x[0]], x[1]))


def age_at(birth, date):
    return date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day))


def build_gold(lid, L):
    s = L["gold"]
    g = {"id": lid, "patient": {"sex": s["sex"], "age": s.get("age")}}
    if s.get("birth"):
        computed = age_at(s["birth"], L["date"])
        if s.get("age") is not None and s["age"] != computed:
            violation(lid, f"written age {s['age']} != age from birth date {computed}")
        g["patient"]["age"] = computed
    pt = s.get("primaryTumor", ("unknown",))
    g["primaryTumor"] = {"status": pt[0], "site": pt[1] if len(pt) > 1 else None,
                         "histology": pt[2] if len(pt) > 2 else None,
                         "biomarkers": dict(pt[3]) if len(pt) > 3 else {}}
    bd = s.get("boneDiagnosis", ("unknown",))
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": list(bd[1]) if len(bd) > 1 else [],
                          "dated": bd[2] if len(bd) > 2 else False}
    pa = s.get("pain", ("unknown",))
    g["pain"] = {"status": pa[0], "types": list(pa[1]) if len(pa) > 1 else [],
                 "intensity": pa[2] if len(pa) > 2 else None}
    cm = s.get("currentMedications", ("unknown",))
    g["currentMedications"] = {"status": cm[0], "atc": sorted(cm[1]) if len(cm) > 1 else []}
    pl = s.get("priorLocalTreatments", ("unknown",))
    g["priorLocalTreatments"] = {"status": pl[0], "types": list(pl[1]) if len(pl) > 1 else []}
    for item in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        v = s.get(item, ("unknown",))
        g[item] = {"status": v[0], "atc": sorted(v[1]) if len(v) > 1 else []}
    pr = s.get("prognosis", ("unknown",))
    if len(pr) > 2 and pr[1] == "kps":
        g["prognosis"] = {"status": pr[0], "kps": pr[2]}
    else:
        g["prognosis"] = {"status": pr[0], "ecog": pr[1] if len(pr) > 1 else None}
    tp = s.get("therapeuticProject", ("unknown",))
    g["therapeuticProject"] = {"status": tp[0], "intent": tp[1] if len(tp) > 1 else None}
    g["gaps"] = derive_gaps(g)
    return g


def violation(lid, msg):
    print(f"CONTRACT VIOLATION: {lid}: {msg}")
    sys.exit(1)


def load_ref():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        rows[f[0]] = {"group": f[3], "names": names}
    return rows


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def mentioned_codes(text, ref):
    """ATC codes whose DCI/INN/brand occurs in text (longest names first)."""
    t = norm(text)
    names = sorted(((norm(n), c) for c, r in ref.items() for n in r["names"]), key=lambda x: -len(x[0]))
    found = set()
    for n, c in names:
        pat = r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])"
        if re.search(pat, t):
            found.add(c)
            t = re.sub(pat, " ", t)
    return found


def check_gold(lid, g, L, ref, text, deleted):
    for item, allowed in ALLOWED.items():
        st = g[item]["status"]
        if st not in allowed:
            violation(lid, f"{item}.status {st!r} not allowed")
    if g["patient"]["sex"] not in ("F", "M"):
        violation(lid, "sex")
    age = g["patient"]["age"]
    if not isinstance(age, int) or not 18 <= age <= 105:
        violation(lid, f"age {age!r}")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "primaryTumor unknown but filled")
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, f"site {pt['site']}")
    if pt["status"] != "unknown" and pt["site"] is None:
        violation(lid, "primaryTumor without site")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        violation(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            violation(lid, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if any(c not in CIRC for c in bd["circumstances"]):
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "boneDiagnosis unknown but filled")
    if not isinstance(bd["dated"], bool):
        violation(lid, "dated must be bool")
    pa = g["pain"]
    if any(c not in PAINT for c in pa["types"]) or len(set(pa["types"])) != len(pa["types"]):
        violation(lid, "pain type")
    if pa["status"] in ("absent", "unknown") and pa["types"]:
        violation(lid, "pain types on absent/unknown pain")
    if pa["intensity"] is not None:
        if not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
            violation(lid, "pain intensity range")
        if pa["status"] not in ("present", "conflicting"):
            violation(lid, "pain intensity without present pain")
    pl = g["priorLocalTreatments"]
    if any(c not in LOCALT for c in pl["types"]):
        violation(lid, "local treatment type")
    if pl["status"] == "present" and not pl["types"]:
        violation(lid, "priorLocalTreatments present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        violation(lid, "local treatment types on absent/unknown")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in ref:
            violation(lid, f"ATC {c} not in atc-reference.tsv")
    if cm["status"] != "present" and cm["atc"]:
        violation(lid, "currentMedications codes without present status")
    groups = {"boneTargetedTherapy": lambda c: c.startswith("M05BA") or c == "M05BX04",
              "anticoagulation": lambda c: c[:5] in ("B01AA", "B01AB", "B01AE", "B01AF") or c == "B01AX05",
              "antiplatelets": lambda c: c.startswith("B01AC")}
    for item, ok in groups.items():
        sec = g[item]
        for c in sec["atc"]:
            if c not in ref:
                violation(lid, f"{item} ATC {c} not in reference")
            if not ok(c):
                violation(lid, f"{item} holds {c}, wrong class")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            violation(lid, f"{item} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                violation(lid, f"{item} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & set(cm["atc"]):
            violation(lid, f"{item}: doubtful agent listed as current medication")
        # every current drug of this class must be in the section
        cls = {c for c in cm["atc"] if ok(c)}
        if cls - set(sec["atc"]):
            violation(lid, f"current {cls - set(sec['atc'])} missing from {item}")
        if g["currentMedications"]["status"] == "absent" and sec["status"] not in ("absent",):
            if L.get("aucun_ttt"):
                violation(lid, f"'aucun traitement' but {item} not absent")
    pr = g["prognosis"]
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(0, 6):
        violation(lid, "ecog range")
    if "kps" in pr and (pr["kps"] not in range(0, 101, 10)):
        violation(lid, "kps range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "prognosis unknown with PS")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        violation(lid, "intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        violation(lid, "intent on unknown project")
    if g["gaps"] != derive_gaps(g):
        violation(lid, "gaps differ from gap rule")
    if any(x[0] == "antiplatelets" for x in g["gaps"]):
        violation(lid, "antiplatelets never gets a gap")
    # --- text evidence checks on the ACCEPTED text ---
    mentioned = mentioned_codes(text, ref)
    excluded = L.get("excluded", {})
    for c in cm["atc"]:
        if c not in mentioned:
            violation(lid, f"current drug {c} not named in the accepted letter text")
    for c in mentioned - set(cm["atc"]):
        if c not in excluded:
            violation(lid, f"{c} is named in the letter but neither current nor explained in 'excluded'")
    for c in excluded:
        if c in cm["atc"]:
            violation(lid, f"{c} both current and excluded")
        if c not in mentioned:
            violation(lid, f"excluded {c} is not named in the accepted text")
    for c in mentioned_codes(deleted, ref) - mentioned:
        if c in cm["atc"]:
            violation(lid, f"{c} only in deleted text but listed as current")
    for frag in L.get("must_see", []):
        if norm(frag) not in norm(text):
            violation(lid, f"evidence {frag!r} not in accepted text")
    for frag in L.get("must_not_see", []):
        if norm(frag) in norm(text):
            violation(lid, f"deleted/placeholder text {frag!r} visible in accepted text")
    if PLACEHOLDER in text:
        violation(lid, "placeholder leaked into accepted text")


def main():
    ref = load_ref()
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    ids = sorted(LETTERS)
    if len(ids) != 10:
        violation("corpus", f"{len(ids)} letters, expected 10")
    for lid in ids:
        L = LETTERS[lid]
        out = HERE / "letters" / f"{lid}.docx"
        text, deleted = write_docx(out, L)
        g = build_gold(lid, L)
        check_gold(lid, g, L, ref, text, deleted)
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
        if "--text" in sys.argv:
            print(f"===== {lid}\n{text}\n[deleted] {deleted}\n")
    print(f"wrote {len(ids)} letters and gold files in {HERE}")


if __name__ == "__main__":
    main()
