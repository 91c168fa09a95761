"""Registers the therapeutic-project matcher and extractor."""
from spacy.language import Language

from pipeline.fields.project.project import ProjectExtractor, ProjectMatcher


@Language.factory("rcp_project_matcher", assigns=["doc.spans"])
def create_project_matcher(nlp: Language, name: str) -> ProjectMatcher:
    return ProjectMatcher(nlp, name)


@Language.factory("rcp_project", assigns=["doc._.rcp"])
def create_project_extractor(nlp: Language, name: str) -> ProjectExtractor:
    return ProjectExtractor(nlp, name)
