"""Start-up cost: spaCy's French tokenizer exceptions compile a regular expression of
thousands of hyphenated words when `spacy.lang.fr` is imported (4 s measured here).
EDS-NLP's language inherits from French but tokenizes with its own rules and empties
those exceptions, so the compiled expression is never used: we provide that module
empty before EDS-NLP imports it. Only a process that imports `pipeline` is affected.
"""
from __future__ import annotations

import sys
import types

_MODULE = "spacy.lang.fr.tokenizer_exceptions"


def skip_unused_french_tokenizer_exceptions() -> None:
    if _MODULE in sys.modules:
        return
    placeholder = types.ModuleType(_MODULE, "Empty: EDS-NLP's tokenizer does not use spaCy's French exceptions.")
    placeholder.TOKENIZER_EXCEPTIONS = {}
    placeholder.TOKEN_MATCH = None
    sys.modules[_MODULE] = placeholder
