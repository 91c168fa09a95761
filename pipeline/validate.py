"""Validation of records against schemas/rcp-request.xsd."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "rcp-request.xsd"


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def validation_errors(root: etree._Element) -> list[str]:
    """Every way the document breaks the schema, as 'line N: message' (empty when valid)."""
    checker = schema()
    if checker.validate(root):
        return []
    return [f"line {error.line}: {error.message}" for error in checker.error_log]
