"""The bundled sample as domain objects, with ids assigned in memory.

This is the builder that exporter tests and benchmarks use; ``sample_workspace`` builds
the same sample into a real file from the same JSON (``resources/sample.json``).
"""

from __future__ import annotations

from editor.domain.model import Catalogue, Document, ExportSource
from editor.domain.sample import build_documents, number_catalogue
from editor.domain.serialize import catalogue_from_dict
from editor.resources import read_json


def build_sample() -> tuple[Catalogue, list[Document]]:
    """Return the bundled catalogue and sample documents as domain objects."""
    catalogue = number_catalogue(catalogue_from_dict(read_json("themenfelder.json")))
    return catalogue, build_documents(read_json("sample.json"), catalogue)


def sample_source(index: int = 0) -> ExportSource:
    """Return an export source for sample document ``index`` (0 = Smart City Strategie)."""
    catalogue, documents = build_sample()
    titles = {doc.id: doc.page_title() for doc in documents if doc.id is not None}
    return ExportSource(documents[index], catalogue, titles)
