"""``python -m multipie.cli``."""

from multipie.cli import main

main()
