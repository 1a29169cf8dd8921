"""`python -m callvault …` runs the CLI."""

from callvault.cli.main import app

app()
