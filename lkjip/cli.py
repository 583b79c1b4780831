"""Command-line interface (placeholder until the foundation issue wires the commands)."""

import typer

app = typer.Typer(help="lkjip — kompilator LKjIP.")


@app.command()
def version() -> None:
    """Tampilkan versi."""
    from lkjip import __version__

    typer.echo(__version__)


def main() -> None:
    app()
