"""The versioned JSON Schema of the report (`report.schema.json`), shipped as package data."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def report_schema() -> dict:
    """The JSON Schema (draft 2020-12) that `tcheck.render.json.to_dict` output conforms to."""
    return json.loads(resources.files(__name__).joinpath("report.schema.json").read_text(encoding="utf-8"))
