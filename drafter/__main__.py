"""`python -m drafter` and the `drafter` script: the command. `drafter --version` (or -V) alone is
answered before click is imported (the same text and exit code as click's version option); every
other command line goes to drafter.cli."""

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from drafter import __version__
        sys.stdout.write(f"drafter {__version__}\n")
        return
    from drafter.cli import main as cli_main
    cli_main()


if __name__ == "__main__":
    main()
