"""The service's page for editors without a terminal (`GET /`), and its error page. Pure.

A plain HTML form, with no script: it posts to /v1/check as multipart/form-data with `format=html`,
and the browser shows the HTML report that comes back. Its back button returns to the form with the
texts still in it. Like the report, the page fetches nothing: inline CSS only, so it works offline.
"""
from __future__ import annotations

import re
from html import escape

from .render.html import page

# The placeholder's colour is set, at 4.5:1 on white: browsers' own greys differ, and not all reach it.
# The text areas take dir="auto": a translation in Arabic or Hebrew then reads right to left as it is typed.
_CSS = """
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}
p.lead{color:#57606a;margin:0 0 18px}
.texts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:800px){.texts{grid-template-columns:1fr}}
label{display:block;font-weight:600;margin:0 0 4px}
label .hint{font-weight:400;color:#57606a;font-size:13px}
textarea,input,select{font:inherit;width:100%;border:1px solid #d0d7de;border-radius:6px;padding:6px 8px}
textarea{min-height:260px;resize:vertical}
::placeholder{color:#57606a;opacity:1}
input[type=file]{border:0;padding:6px 0}
details{margin:16px 0;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px}
summary{cursor:pointer;font-weight:600}
.options{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px 16px;margin:12px 0 4px}
.options textarea{min-height:80px}
button{font:inherit;font-weight:600;margin-top:16px;padding:8px 22px;border:1px solid #1a7f37;border-radius:6px;
background:#1f883d;color:#fff;cursor:pointer}
.error{border:1px solid #cf222e;border-left:6px solid #cf222e;border-radius:6px;padding:14px 18px}
"""


def form_page(version: str, token_required: bool) -> str:
    token = ("""
<p><label for="token">API token <span class="hint">(this server requires one)</span></label>
<input id="token" name="token" type="password" autocomplete="current-password" required></p>"""
             if token_required else "")
    body = f"""<h1>tcheck</h1>
<p class="lead">Paste an English original and its translation, or choose their files: tcheck reports
each claim that the translation added, dropped or altered (numbers, dates, names, negations, hedges,
quotes).</p>
<form method="post" action="v1/check" enctype="multipart/form-data">
<input type="hidden" name="format" value="html">
<div class="texts">
<p><label for="original">English original</label>
<textarea dir="auto" id="original" name="original"></textarea>
<input id="original_file" name="original" type="file" aria-label="English original, as a file"
accept=".txt,.md,.html,.htm,text/*"></p>
<p><label for="translation">Translation
<span class="hint">(any language with an installed model, or English)</span></label>
<textarea dir="auto" id="translation" name="translation"></textarea>
<input id="translation_file" name="translation" type="file" aria-label="Translation, as a file"
accept=".txt,.md,.html,.htm,text/*"></p>
</div>
<details>
<summary>Options</summary>
<div class="options">
<p><label for="source_lang">Language of the translation <span class="hint">(ISO code; detected if empty)</span></label>
<input id="source_lang" name="source_lang" maxlength="3" placeholder="e.g. nb"></p>
<p><label for="sensitivity">Sensitivity</label>
<select id="sensitivity" name="sensitivity">
<option value="normal" selected>normal</option>
<option value="low">low: fewer false alarms</option>
<option value="high">high: fewer misses</option>
</select></p>
<p><label for="mt_engine">Machine translation</label>
<select id="mt_engine" name="mt_engine">
<option value="" selected>the server's</option>
<option value="argos">Argos Translate</option>
<option value="apertium">Apertium</option>
</select></p>
<p><label for="mt">English rendering of the translation
<span class="hint">(optional: used instead of machine translation)</span></label>
<textarea dir="auto" id="mt" name="mt"></textarea></p>
<p><label for="glossary">Glossary
<span class="hint">(one term a line: the English form, a comma, the other form)</span></label>
<textarea dir="auto" id="glossary" name="glossary"
placeholder="Norwegian Public Roads Administration,Statens vegvesen"></textarea></p>
<p><label for="ignore">Findings to ignore
<span class="hint">(ids from an earlier report, such as f-0123456789ab)</span></label>
<input id="ignore" name="ignore"></p>
</div>
</details>{token}
<button type="submit">Check</button>
</form>"""
    return page("tcheck", _CSS, body, f"tcheck {version}")


# The checker's messages name a request's fields and the commands of whoever runs tcheck; an editor on
# the page has the form's options instead, and no shell on the server.
_ON_THE_PAGE = (
    (re.compile(r"\(mt_engine apertium; on the service's page, Machine translation\)"),
     "(Options, Machine translation: Apertium)"),
    (re.compile(r"\bgive source_lang\b"), "give it under Options, Language of the translation"),
    (re.compile(r"\bmt_engine\b"), "Machine translation (under Options)"),
    (re.compile(r"\bsource_lang\b"), "Language of the translation (under Options)"),
    (re.compile(r"\brun (`tcheck models install [^`]+`)"), r"ask whoever runs this server to run \1"),
)


def for_page(message: str) -> str:
    """An error message in the words of the page's form."""
    for pattern, said in _ON_THE_PAGE:
        message = pattern.sub(said, message)
    return message


def error_page(status: int, message: str, version: str) -> str:
    """The message in the page's words; the status stays in the title, for whoever reads the log."""
    body = f"""<h1>tcheck could not check this</h1>
<div class="error"><p>{escape(for_page(message))}</p>
<p>Go back to change the texts or the options (your browser's Back button keeps them), or
<a href="../">start again</a>.</p></div>"""
    return page(f"tcheck: error {status}", _CSS, body, f"tcheck {version}")
