import subprocess
import sys

import tcheck


def test_all_names_exist():
    for name in tcheck.__all__:
        assert hasattr(tcheck, name), name


def test_import_loads_no_model_and_no_torch():
    code = "import sys, tcheck; print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
