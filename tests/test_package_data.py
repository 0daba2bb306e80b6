"""Every file of the package that is not Python ships in the wheel: pyproject's package-data names it."""
import subprocess
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_of_the_package_is_package_data():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    tracked = subprocess.run(["git", "ls-files", "tcheck"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    data = [Path(p) for p in tracked if not p.endswith(".py")]
    assert data, "git lists no data files under tcheck/"

    def shipped(path: Path) -> bool:
        for package, patterns in listed.items():
            folder = Path(*package.split("."))
            if path.is_relative_to(folder) and any(fnmatch(str(path.relative_to(folder)), p) for p in patterns):
                return True
        return False

    assert [str(p) for p in data if not shipped(p)] == []
