"""`python -m audit` runs the ehcp-audit command."""

from audit.cli import main

main()
