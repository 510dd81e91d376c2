"""``python -m multipie``."""

from multipie.cli import main

main()
