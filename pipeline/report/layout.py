"""The frame of every report page: stylesheet and script inlined (package data), so a report opens offline."""
from __future__ import annotations

import os
from functools import lru_cache
from html import escape
from importlib import resources
from urllib.parse import quote


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files("pipeline.report").joinpath(name).read_text(encoding="utf-8")


def html_page(title: str, body: str, *, sortable: bool = False) -> str:
    """A complete French HTML page; `body` is already escaped markup."""
    script = f"<script>{asset('sortable.js')}</script>" if sortable else ""
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{asset('report.css')}</style>\n</head>\n"
            f"<body>\n{body}\n{script}\n</body>\n</html>\n")


def href(name: str) -> str:
    """A relative link to a file whatever bytes its name has (percent-encoded, slashes kept)."""
    return escape(quote(os.fsencode(name)))
