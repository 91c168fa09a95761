"""rcp-intake: referral letters for a bone-metastasis tumour board, read into RCP request records."""

from pipeline.startup import skip_unused_french_tokenizer_exceptions

__version__ = "0.1.0"

skip_unused_french_tokenizer_exceptions()
