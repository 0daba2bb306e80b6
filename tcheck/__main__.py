"""python -m tcheck: the same command as `tcheck`."""
from .cli import main

main()
