"""rcp-intake: referral letters for a bone-metastasis tumour board, read into RCP request records."""

__version__ = "0.1.0"
