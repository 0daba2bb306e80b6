"""HTTP service for newsroom bots: `POST /v1/check` answers with the same JSON as `tcheck check --format json`.

Models are loaded once, at start-up, and shared by every request. Checks run in worker threads, at
most `workers` at a time, so a burst of requests queues instead of multiplying memory. Every error is
a JSON body `{"error": "..."}`: bad input is a 4xx, and an unforeseen failure a 500 with no traceback.
"""
from __future__ import annotations

import hmac
import logging
import os
import threading
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Literal

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from . import glossary, ignore, pipeline, web
from .version import __version__
from .limits import BODY_TIMEOUT, CHECK_TIMEOUT, EMBED_CACHE, HEADER_TIMEOUT
from .backends.memo import Recent
from .backends.stored import StoredEmbedder, StoredVerifier
from .checker import Checker, Source
from .errors import Stopped, TcheckError
from .glossary import Term
from .ignore import Rule
from .render.json import to_dict
from .schema import report_schema
from .service_input import BodyLimit, answer, in_fields, parse_size, read_request, request_body_spec, summary

__all__ = ["MAX_BODY", "TOKEN_ENV", "create_app", "parse_size", "serve"]

log = logging.getLogger("tcheck")

MAX_BODY = 2_000_000  # bytes; a long feature article is ~100 kB, so 2 MB leaves room for HTML input
TOKEN_ENV = "TCHECK_API_TOKEN"


class ErrorBody(BaseModel):
    error: str


class TranslationModel(BaseModel):
    from_code: str
    to_code: str
    version: str = Field(description="An Argos package's version; Apertium's mode (spa-eng).")
    engine: Literal["argos", "apertium"] = Field("argos", description="The `mt_engine` a request names to use it.")


class ModelsBody(BaseModel):
    translation: list[TranslationModel]
    embedder: str | None = Field(description="The sentence-transformers model, once loaded.")
    verifier: str | None = Field(None, description="The learned verifier, once loaded; none when the rules run alone.")


class Health(BaseModel):
    status: str
    models_loaded: bool


class _Models:
    """Loads the checker's embedder and verifier once (at start-up, or on first use if the server skipped the
    lifespan)."""

    def __init__(self, checker: Checker, embed_cache: int = 0):
        self.checker, self.loaded, self._lock = checker, False, threading.Lock()
        self.embed_cache = embed_cache
        self._engines: dict[str, Checker] = {}

    def for_engine(self, engine: str | None) -> Checker:
        """The checker for a request's MT engine: the server's own, or a twin that shares its loaded
        embedder and verifier and keeps translators of its own."""
        checker = self.load()
        if engine is None or engine == checker.mt_engine:
            return checker
        with self._lock:
            if engine not in self._engines:
                self._engines[engine] = replace(checker, mt_engine=engine, _translators={}, _lock=threading.Lock())
            return self._engines[engine]

    def load(self) -> Checker:
        with self._lock:
            if not self.loaded:
                embedder, verifier = self.checker.embedder, self.checker.verifier  # loaded here, not on a request
                # The Checker's own slots for ready models.
                if self.embed_cache:
                    self.checker._embedder = StoredEmbedder.over(embedder, "embedder", Recent(self.embed_cache))
                    if verifier is not None:  # a pair's probabilities and its sharpened ones
                        self.checker._verifier = StoredVerifier.over(verifier, "verifier", Recent(2 * self.embed_cache))
                    if self.checker.output_store is None:
                        # The translators, made on first use, keep each sentence's English here, and
                        # the detector each text's language: an edited article is translated anew only
                        # where it changed, which costs more than embedding it.
                        self.checker.output_store = Recent(self.embed_cache)
                self.loaded = True
        return self.checker


class _Watch:
    """One request's stop hook (pipeline.check's `stop`): past the time limit, or once the client left."""

    def __init__(self, limit: float):
        self.gone = False
        self._deadline = pipeline.deadline(limit, "the server's --check-timeout")

    def stop(self) -> None:
        if self.gone:
            raise Stopped("the client went away")
        if self._deadline is not None:
            self._deadline()

    async def watch(self, request: Request) -> None:
        while not await request.is_disconnected():
            await anyio.sleep(0.25)
        self.gone = True


def create_app(checker: Checker | None = None, *, max_body: int = MAX_BODY, token: str | None = None,
               workers: int = 2, embed_cache: int = EMBED_CACHE, check_timeout: float = CHECK_TIMEOUT,
               body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    """The ASGI app. `token` None reads TCHECK_API_TOKEN; "" turns authentication off. `embed_cache`:
    how many sentence vectors, verifier judgements of pairs and translated sentences to remember
    between requests (0: none; as `tcheck serve` by default). A check stops at its next stage after
    `check_timeout` seconds (503), or once its client has gone."""
    models = _Models(checker or Checker(), embed_cache)
    token = os.environ.get(TOKEN_ENV, "") if token is None else token
    limiter = anyio.CapacityLimiter(workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await anyio.to_thread.run_sync(models.load)
        yield

    # FastAPIOffline: /docs and /redoc from files in the package, where FastAPI's own fetch them from a CDN.
    app = FastAPIOffline(title="tcheck", version=__version__, lifespan=lifespan,
                         description="Flags claims a translation added, dropped or altered against its English "
                                     "original.")
    app.add_middleware(BodyLimit, max_body=max_body, body_timeout=body_timeout)
    _add_error_handlers(app)
    bearer = HTTPBearer(auto_error=False, description=f"Required when the server sets {TOKEN_ENV}.")

    def check_token(given: str) -> None:
        if token and not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    def authorised(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        check_token(credentials.credentials if credentials else "")

    def header_or_form(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> bool:
        """Whether the Authorization header settled it. A browser form cannot send one: a multipart
        request without it brings the token as a form field, checked once the form is read."""
        if credentials or not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
            check_token(credentials.credentials if credentials else "")
            return True
        return False

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(web.form_page(__version__, token_required=bool(token)))

    @app.post("/v1/check", response_class=JSONResponse,
              responses={200: {"description": "The report: JSON (see schema_version), or Markdown or HTML where the "
                                              "request's format asks for it.",
                               "content": {"application/json": {"schema": _report_schema()},
                                           "text/markdown": {"schema": {"type": "string"}},
                                           "text/html": {"schema": {"type": "string"}}}},
                         **_errors(400, 401, 408, 413, 415, 422, 500, 503)},
              openapi_extra={"requestBody": request_body_spec()}, summary="Check a translation against its original")
    async def check(request: Request, settled: bool = Depends(header_or_form)) -> JSONResponse:
        req = await read_request(request, max_body)
        if not settled:
            check_token(req.token)
        checker = await anyio.to_thread.run_sync(models.for_engine, req.mt_engine)
        o = Source(req.original, "original", None, req.filenames.get("original", ""))
        t = Source(req.translation, "translation", req.source_lang, req.filenames.get("translation", ""))
        mt = Source(req.mt, "mt", "en", req.filenames.get("mt", "")) if req.mt else None
        terms = glossary.terms(req.glossary)
        config = pipeline.Config.for_sensitivity(req.sensitivity) if req.sensitivity else None
        watch, outcome = _Watch(check_timeout), {}
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(watch.watch, request)
            try:  # caught here, or the task group would wrap it in an ExceptionGroup
                outcome["report"] = await anyio.to_thread.run_sync(checker.check, o, t, mt, watch.stop, terms, config,
                                                                   limiter=limiter)
            except Exception as e:
                outcome["error"] = e
            tasks.cancel_scope.cancel()
        if "error" in outcome:
            raise outcome["error"]
        asked = tuple(Rule("ignored by the request", id=i) for i in req.ignore)
        browser = "text/html" in request.headers.get("accept", "")  # the page's form: a way back to it
        return _formatted(ignore.apply(outcome["report"], asked), req.format, back="../" if browser else None)

    @app.get("/v1/models", dependencies=[Depends(authorised)], response_model=ModelsBody, responses=_errors(401),
             summary="Installed translation models and the embedder")
    def list_models() -> ModelsBody:
        from . import models as argos
        from .backends import apertium

        found = [TranslationModel(from_code=m.from_code, to_code=m.to_code, version=m.version)
                 for m in argos.installed()]
        found += [TranslationModel(from_code=code, to_code="en", version=mode, engine="apertium")
                  for code, mode in apertium.installed()]
        embedder = models.checker.embedder.name if models.loaded else None
        verifier = (getattr(models.checker.verifier, "name", "none") if models.loaded else None)
        return ModelsBody(translation=found, embedder=embedder, verifier=verifier)

    @app.get("/healthz", response_model=Health, summary="Liveness, and whether the models are loaded")
    def healthz() -> Health:
        return Health(status="ok", models_loaded=models.loaded)

    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Stopped)
    async def stopped(request: Request, e: Stopped) -> Response:
        log.warning("check stopped: %s", e)
        return _error(request, 503, str(e))

    @app.exception_handler(ClientDisconnect)
    async def client_left(request: Request, e: ClientDisconnect) -> Response:
        log.warning("client went away during %s %s", request.method, request.url.path)
        return Response(status_code=499)  # nginx's "client closed request"; nobody reads it

    @app.exception_handler(TcheckError)
    async def tcheck_error(request: Request, e: TcheckError) -> Response:
        # A bad text or a language with no installed model: the request cannot be served as sent.
        return _error(request, 422, in_fields(str(e)))

    # Starlette's own HTTPException (FastAPI's is a subclass): the multipart parser raises that one.
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, e: StarletteHTTPException) -> Response:
        return _error(request, e.status_code, str(e.detail), e.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, e: RequestValidationError) -> Response:
        return _error(request, 422, summary(e.errors()))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, e: Exception) -> Response:
        # The traceback goes to the server log, never to the client.
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=e)
        return _error(request, 500, f"internal error ({type(e).__name__})")


def _error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    return answer(request.headers.get("accept", ""), status, message, headers)


def _errors(*codes: int) -> dict:
    return {c: {"model": ErrorBody} for c in codes}


def _report_schema() -> dict:
    # The report's JSON Schema, inlined (it has no $refs), so the OpenAPI spec documents the contract too.
    return {k: v for k, v in report_schema().items() if k not in ("$schema", "$id")}


def _formatted(report, fmt: str, back: str | None = None) -> Response:
    """The report in a request's format: JSON, or the Markdown or HTML report as text/markdown or text/html
    (for a browser, with a link `back` to the form)."""
    if fmt == "json":
        return JSONResponse(to_dict(report))
    if fmt == "html":
        from .render import html

        return Response(html.render(report, back), media_type="text/html; charset=utf-8")
    from .render import FORMATS

    return Response(FORMATS[fmt](report), media_type=f"text/{fmt}; charset=utf-8")


def serve(host: str, port: int, *, embedder: str | None = None, max_body: int = MAX_BODY, workers: int = 2,
          embed_cache: int = EMBED_CACHE, verifier: str | None = None, check_timeout: float = CHECK_TIMEOUT,
          body_timeout: float = BODY_TIMEOUT, ignore_rules: tuple[Rule, ...] = (), terms: tuple[Term, ...] = (),
          html_selector: str | None = None, sensitivity: str = "normal",
          header_timeout: float = HEADER_TIMEOUT, mt_engine: str = "argos") -> None:
    import uvicorn

    from . import http_deadline

    from .backends.onnx import share
    from .backends.prepared import threads

    # Each of the checks run at once gets its share of the cores for a named model; the packaged
    # models divide them batch by batch, and the Argos translator's workers take the parts of every
    # check's batches, so a check that runs alone gets them all.
    share(threads())
    checker = Checker(embedder_name=embedder, verifier_name=verifier, threads=threads(workers),
                      translator_threads=threads(), mt_engine=mt_engine, ignore=ignore_rules,
                      glossary=terms, html_selector=html_selector, config=pipeline.Config.for_sensitivity(sensitivity))
    uvicorn.run(create_app(checker, max_body=max_body, workers=workers, embed_cache=embed_cache,
                           check_timeout=check_timeout, body_timeout=body_timeout),
                host=host, port=port, log_level="info", http=http_deadline.protocol(header_timeout))


if __name__ == "__main__":  # python -m tcheck.service > docs/openapi.json
    import json

    print(json.dumps(create_app(token="").openapi(), indent=2, ensure_ascii=False))
