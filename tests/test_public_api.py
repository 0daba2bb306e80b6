import ast
import subprocess
import sys
from pathlib import Path

import tcheck


def test_all_names_exist():
    for name in tcheck.__all__:
        assert hasattr(tcheck, name), name


def test_import_loads_no_model_and_no_torch():
    code = "import sys, tcheck; print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_type_checkers_see_the_names_that_are_imported_lazily():
    # Static tools cannot read _WHERE, so the TYPE_CHECKING block repeats it; the two must agree.
    tree = ast.parse(Path(tcheck.__file__).read_text())
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    seen = {alias.name: node.module for node in block.body for alias in node.names}
    assert seen == tcheck._WHERE
