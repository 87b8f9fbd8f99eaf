"""Loaded by python3 at startup when this folder is on PYTHONPATH (tests/support/cpython-syntax-error.ts):
prints an uncaught SyntaxError's location as JSON instead of the usual report."""
import json
import sys


def print_location(kind, error, traceback):
    location = [kind.__name__, error.msg, error.lineno, error.offset, error.end_lineno, error.end_offset]
    sys.stdout.write(json.dumps(location) + "\n")


sys.excepthook = print_location
