"""DOCX letters through python-docx, walking the underlying XML in reading order.

python-docx's paragraph and table lists skip content controls (`w:sdt`), text
boxes and checkbox fields, and repeat merged cells; this walk reads them all,
once each: header, body (paragraphs and tables, row by row), then footer.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from pipeline.errors import UnreadableDocument
from pipeline.normalize import CHECKED, UNCHECKED

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
# Wingdings code points that Word uses for ticked / empty boxes inserted as symbols.
_SYMBOL_BOXES = {"F0FE": CHECKED, "F078": CHECKED, "F0FD": CHECKED, "F06F": UNCHECKED, "F0A8": UNCHECKED, "F071": UNCHECKED}
MAX_UNCOMPRESSED = 50 * 1024 * 1024  # a letter's XML never comes near this: bigger is a zip bomb
CELL_SEPARATOR = " | "


def _checkbox_state(element) -> str | None:
    """☒/☐ for a legacy form checkbox (w:ffData) or a content-control checkbox (w14:checkbox)."""
    box = element.find(f".//{{{W14}}}checkbox")
    if box is not None:
        checked = box.find(f"{{{W14}}}checked")
        value = checked.get(f"{{{W14}}}val") if checked is not None else "0"
        return CHECKED if value in ("1", "true") else UNCHECKED
    box = element.find(f".//{qn('w:checkBox')}")
    if box is not None:
        for tag in ("w:checked", "w:default"):
            flag = box.find(qn(tag))
            if flag is not None:
                return UNCHECKED if flag.get(qn("w:val")) in ("0", "false") else CHECKED
        return UNCHECKED
    return None


def _run_text(run) -> str:
    parts = []
    for child in run:
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        elif child.tag == qn("w:tab"):
            parts.append(" ")
        elif child.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif child.tag == qn("w:sym"):
            parts.append(_SYMBOL_BOXES.get((child.get(qn("w:char")) or "").upper(), ""))
        elif child.tag == qn("w:fldChar") and child.get(qn("w:fldCharType")) == "begin":
            parts.append(_checkbox_state(child) or "")
    return "".join(parts)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph_lines(paragraph) -> list[str]:
    """The paragraph's own text (content-control checkboxes included, as Word writes their glyph
    in a run), then the paragraphs of text boxes anchored in it."""
    text, boxes = [], []
    for element in paragraph.iter():
        if _inside(element, _FALLBACK, paragraph):
            continue  # an older Word's copy of a drawing (VML text box) that the choice above already holds
        if element.tag == qn("w:r") and not _inside(element, qn("w:txbxContent"), paragraph) \
                and not _in_placeholder(element, paragraph):
            text.append(_run_text(element))
        elif element.tag == qn("w:txbxContent") and not _inside(element, qn("w:txbxContent"), paragraph):
            boxes.extend(_block_lines(element))
    return ["".join(text), *boxes]


def _showing_placeholder(sdt) -> bool:
    """A content control still showing its placeholder ("Cliquez ou appuyez ici pour entrer du texte."): empty."""
    return sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


def _has_ancestor(element, stop, test) -> bool:
    """Whether an ancestor of `element` below `stop` passes `test`."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if test(parent):
            return True
        parent = parent.getparent()
    return False


def _in_placeholder(run, stop) -> bool:
    return _has_ancestor(run, stop, lambda parent: parent.tag == qn("w:sdt") and _showing_placeholder(parent))


def _inside(element, tag, stop) -> bool:
    return _has_ancestor(element, stop, lambda parent: parent.tag == tag)


def _row_line(row) -> str:
    cells = []
    for cell in row.iterchildren(qn("w:tc")):
        merge = cell.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) in (None, "continue"):
            continue  # the continuation of a vertically merged cell repeats nothing new
        text = " ".join(line for line in _block_lines(cell) if line.strip())
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    return CELL_SEPARATOR.join(cells)


def _block_lines(container) -> list[str]:
    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            lines.extend(_paragraph_lines(child))
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                lines.append(_row_line(row))
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")):
            if child.tag == qn("w:sdt") and _showing_placeholder(child):
                continue
            inner = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if inner is not None:
                lines.extend(_block_lines(inner))
    return lines


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "word/document.xml" not in names:
                raise UnreadableDocument("ZIP archive that is not a Word document (no word/document.xml)")
            if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
                raise UnreadableDocument("DOCX whose content inflates beyond 50 MB (zip bomb)")
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument("corrupt DOCX (not a valid ZIP archive)") from exc


def read_docx_pages(path: Path) -> list[str]:
    """The document as one page: header, body, footer (DOCX has no fixed pages)."""
    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx/lxml raise many types on broken parts
        raise UnreadableDocument(f"broken or unreadable DOCX ({type(exc).__name__})") from exc
    seen_parts, header, footer = set(), [], []
    for section in document.sections:
        for part, target in ((section.header, header), (section.first_page_header, header),
                             (section.footer, footer), (section.first_page_footer, footer)):
            if part.is_linked_to_previous and target:
                continue
            lines = tuple(_block_lines(part._element))
            if lines in seen_parts:  # a first-page header that repeats the default one is read once
                continue
            seen_parts.add(lines)
            target.extend(lines)
    body = _block_lines(document.element.body)
    return ["\n".join(header + body + footer)]
