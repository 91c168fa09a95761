"""Shared fixtures: one pipeline per test session (building it takes seconds)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Run the whole pipeline on a text and return doc._.rcp (item name -> value)."""

    def run(text: str) -> dict:
        return nlp(text)._.rcp

    return run


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV_CORPUS / "letters").is_dir():
        pytest.skip("the shared dev corpus is not beside this checkout")
    return DEV_CORPUS
