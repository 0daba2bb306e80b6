import sys
from pathlib import Path

# The training scripts import one another by name, as they run: `python training/train.py`.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
