"""What the service reads: the request body limit, and JSON or multipart bodies turned into checked texts.

Text arriving as a JSON string or a form field goes through the same checks as a file read from disk
(empty, binary-looking); an uploaded file is decoded like one (UTF-8, Windows-1252, Latin-1).
"""
from __future__ import annotations

import re
from typing import Annotated, Literal, get_args, get_origin

import anyio
from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile

from . import glossary_file, langid, web
from .errors import InputError
from .textio import decode
from .types import FINDING_ID, FINDING_ID_HINT
from .version import __version__

FIELDS = ("original", "translation", "mt")
REQUIRED = ("original", "translation")  # an empty one is an error; any other field left empty is not given
UPLOADS = (*FIELDS, "glossary")  # a form's glossary is CSV/TSV text, as in a --glossary file
OPTIONS = ("source_lang", "format", "sensitivity", "mt_engine", "ignore", "token")
FORM_FIELDS = (*UPLOADS, *OPTIONS)


class CheckRequest(BaseModel):
    """The texts to compare; `mt` is an English rendering of the translation made elsewhere (skips Argos)."""

    model_config = ConfigDict(extra="forbid")
    original: str = Field(min_length=1, description="The English original: plain text, Markdown or simple HTML.")
    translation: str = Field(min_length=1, description="The translation, in any language Argos covers, or English.")
    source_lang: Annotated[str | None, AfterValidator(lambda code: code and code.lower())] = Field(
        None, pattern=rf"^{langid.CODE}$", description="ISO 639-1 code of the translation, in any case; detected if "
                                                        "absent.")
    mt: str | None = Field(
        None, min_length=1, description="An English rendering of the translation, used instead of Argos.")
    ignore: list[Annotated[str, Field(pattern=rf"^{FINDING_ID}$")]] = Field(
        [], max_length=10_000, description="Ids of findings judged wrong: not reported, but counted in `ignored` "
                                           "(beside the server's own --ignore file).")
    format: Literal["json", "markdown", "html"] = Field(
        "json", description="The answer's format: the JSON report, or the Markdown or HTML report as text.")
    mt_engine: Literal["argos", "apertium"] | None = Field(
        None, description="Machine translation for this request: argos or apertium (the Debian pair must be "
                          "installed); absent: the server's.")
    sensitivity: Literal["low", "normal", "high"] | None = Field(
        None, description="low: fewer false alarms; high: fewer misses; absent: the server's (its --sensitivity, "
                          "normal unless set).")
    glossary: list[tuple[Annotated[str, Field(min_length=1, max_length=200)],
                         Annotated[str, Field(min_length=1, max_length=200)]]] = Field(
        [], max_length=10_000, description="Terms that are the same thing on both sides, each [English form, the form "
                                           "the translation's English may hold] (beside the server's own --glossary "
                                           "file).")


class Texts(CheckRequest):
    """A request as read: the checked texts, plus upload filenames (a .html or .md name selects that markup)."""

    filenames: dict[str, str] = {}
    token: str = ""  # a form's credential: a browser form cannot send an Authorization header


async def read_request(request: Request, max_body: int) -> Texts:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        return await _read_form(request, max_body)
    if ctype not in ("application/json", ""):
        raise HTTPException(415, f"send application/json or multipart/form-data, not {ctype}")
    try:
        req = CheckRequest.model_validate_json(await request.body())
    except ValidationError as e:
        if any(err["type"] == "json_invalid" for err in e.errors()):
            raise HTTPException(400, "the body is not valid JSON") from None
        raise HTTPException(422, summary(e.errors())) from None
    texts = {k: _checked(getattr(req, k), k) for k in FIELDS if getattr(req, k) is not None}
    return Texts(**texts, source_lang=req.source_lang, ignore=req.ignore, glossary=req.glossary,
                 sensitivity=req.sensitivity, format=req.format, mt_engine=req.mt_engine)


async def _read_form(request: Request, max_body: int) -> Texts:
    # Each text may be a file (bytes in any encoding tcheck reads) or a plain field. A browser form
    # (the service's own page) sends every field, the ones left empty as "": those mean "not given".
    async with request.form(max_files=len(UPLOADS), max_fields=len(FORM_FIELDS), max_part_size=max_body) as form:
        unknown = set(form.keys()) - set(FORM_FIELDS)
        if unknown:
            raise HTTPException(422, f"unknown form field(s): {', '.join(sorted(unknown))}")
        texts, names = {}, {}
        for key in UPLOADS:
            # The page offers a box to paste into and a file to choose for each text, under one name:
            # a chosen file counts, else the pasted text (a file input left empty sends a nameless part).
            given = form.getlist(key)
            value = next((v for v in given if isinstance(v, UploadFile) and v.filename),
                         next((v for v in given if isinstance(v, str)), given[-1] if given else None))
            if isinstance(value, UploadFile):
                data = await value.read()
                if data or value.filename or key in REQUIRED:
                    texts[key] = decode(data, key)[0]
                    names[key] = value.filename or ""
            elif value or (value is not None and key in REQUIRED):
                texts[key] = _checked(value, key)
        options = {k: v.strip() for k in OPTIONS if isinstance(v := form.get(k), str) and v.strip()}
    terms = (glossary_file.parse(texts.pop("glossary"), names.pop("glossary", "") or "glossary")
             if "glossary" in texts else ())
    ignore = [i for i in re.split(r"[\s,]+", options.pop("ignore", "")) if i]
    try:
        return Texts(**texts, **options, ignore=ignore, glossary=[(t.english, t.other) for t in terms], filenames=names)
    except ValidationError as e:
        raise HTTPException(422, summary(e.errors())) from None


def _checked(text: str, name: str) -> str:
    """Apply the file reader's checks (empty, binary-looking) to text that arrived as a string."""
    if not text.strip():  # pasted or sent, not a file: decode would say "file is empty"
        raise InputError(f"{name}: is empty (nothing but white space)")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{name}: not valid Unicode text") from None
    return decode(data, name)[0]


# What a field that fails its pattern should hold, in words: an editor on the page reads no regular expression.
_PATTERNS = {"ignore": f"is no finding id ({FINDING_ID_HINT})",
             "source_lang": f"is no language code ({langid.CODE_HINT})"}


def summary(errors: list[dict]) -> str:
    """Validation errors (pydantic's) in one line: where each is, and what is wrong there."""
    return "; ".join(_said(err) for err in errors[:5])


def _said(err: dict) -> str:
    where = ".".join(str(p) for p in err["loc"] if p != "body") or "body"
    field = next((str(p) for p in err["loc"] if str(p) in _PATTERNS), None)
    if err.get("type") == "string_pattern_mismatch" and field:
        return f"{where}: {err.get('input')!r} {_PATTERNS[field]}"
    return f"{where}: {err['msg']}"


class BodyLimit:
    """ASGI middleware: refuse bodies over `max_body` bytes with 413, by header or while streaming, and
    bodies that do not arrive within `body_timeout` seconds with 408."""

    def __init__(self, app, max_body: int, body_timeout: float = 30.0):
        self.app, self.max_body, self.body_timeout = app, max_body, body_timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            status = 413 if length.isdigit() else 400
            if status == 413:
                await self._drain(receive)
            accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
            message = _too_large(self.max_body) if status == 413 else "bad Content-Length"
            return await answer(accept, status, message)(scope, receive, send)
        seen, arrived, deadline = 0, False, None

        async def limited():
            nonlocal seen, arrived, deadline
            if arrived:  # the body is in: what follows (a disconnect) may take as long as the check
                return await receive()
            # One deadline for the whole body: a client that stalls holds a connection, and so does one
            # that drips a byte a second (served after 117 s when each read had 30 s of its own).
            deadline = deadline or anyio.current_time() + self.body_timeout
            try:
                with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
                    message = await receive()
            except TimeoutError:
                raise HTTPException(408, f"the request body did not arrive within {self.body_timeout:g} s") from None
            arrived = message["type"] != "http.request" or not message.get("more_body", False)
            seen += len(message.get("body", b""))
            if seen > self.max_body:  # a chunked body has no Content-Length to check up front
                raise HTTPException(413, _too_large(self.max_body))
            return message

        await self.app(scope, limited, send)

    async def _drain(self, receive) -> None:
        """Read and drop the body before answering 413. A client that writes its whole body before it
        reads (Python's urllib, requests) sees a reset connection, not the 413, when the server closes
        first. Up to DRAIN_FACTOR times the limit, for at most body_timeout seconds; past that, close."""
        left = DRAIN_FACTOR * self.max_body
        with anyio.move_on_after(self.body_timeout):
            while left > 0:
                message = await receive()
                left -= len(message.get("body", b""))
                if message["type"] != "http.request" or not message.get("more_body"):
                    return


DRAIN_FACTOR = 8


def answer(accept: str, status: int, message: str, headers: dict | None = None) -> Response:
    """`{"error": message}`, or a page saying it where a browser asked (the service's own form): by the
    request's Accept header."""
    if "text/html" in accept:
        return HTMLResponse(web.error_page(status, message, __version__), status_code=status, headers=headers)
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _too_large(limit: int) -> str:
    return f"request body too large (the limit is {limit:,} bytes)"


def request_body_spec() -> dict:
    json_schema = CheckRequest.model_json_schema()
    upload = {"type": "string", "format": "binary"}
    form = {"type": "object", "required": list(REQUIRED),
            "properties": {"original": upload, "translation": upload, "mt": upload,
                           "glossary": {**upload, "description": "CSV or TSV, one term a line: the English form, "
                                                                 "then the other."},
                           "source_lang": {"type": "string", "pattern": rf"^{langid.CODE}$"},
                           **{name: {"type": "string", "enum": _choices(name)}
                              for name in ("format", "sensitivity", "mt_engine")},
                           "ignore": {"type": "string", "description": "Finding ids, separated by spaces or commas."},
                           "token": {"type": "string", "description": "The bearer token, for a browser form that "
                                                                     "cannot send an Authorization header."}}}
    return {"required": True, "content": {"application/json": {"schema": json_schema},
                                          "multipart/form-data": {"schema": form}}}


def _choices(field: str) -> list[str]:
    """The values a JSON request's Literal field takes: the form takes the same."""
    annotation = CheckRequest.model_fields[field].annotation
    literal = next((a for a in (annotation, *get_args(annotation)) if get_origin(a) is Literal), annotation)
    return list(get_args(literal))


def parse_size(text: str) -> int:
    """'2MB', '512k', '1000000' -> bytes (decimal units, as HTTP tools count)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text.lower())
    if not m:
        raise InputError(f"--max-body: cannot read {text!r} as a size (e.g. 2MB, 500k, 1000000)")
    size = int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2)])
    if size < 1:
        raise InputError(f"--max-body {text!r}: no request would fit; give a size of a byte or more")
    return size


# A request's fields, for the command-line options that the checker's messages name: a bot reads
# "give source_lang", not "give --source-lang". The server's own options (--html-selector) stay.
_FIELDS_FOR = {"--source-lang": "source_lang", "--mt-engine": "mt_engine", "--sensitivity": "sensitivity"}


def in_fields(message: str) -> str:
    return re.sub(r"--[a-z-]+", lambda m: _FIELDS_FOR.get(m.group(0), m.group(0)), message)
