"""The return form: a DOCX per letter with gaps, sent to the referring physician, whose answers,
once converted back, complete the record (see questions.py for the form's lines)."""
from pipeline.returnform.answers import reference_of
from pipeline.returnform.merge import ReturnFormError, find_record, merged_record
from pipeline.returnform.writer import form_path, return_form_bytes

__all__ = ["ReturnFormError", "find_record", "form_path", "merged_record", "reference_of", "return_form_bytes"]
