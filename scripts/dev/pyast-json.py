#!/usr/bin/env python3
"""Print CPython's AST of a Python file as JSON in pyts's node shape (see src/ast/from-json.ts).

Usage: python3 scripts/dev/pyast-json.py FILE... [--mode exec|eval|single] [--indent N]

Each node is an object whose "_type" is the node kind, then its fields in CPython's order, then
its position attributes. Constant values that JSON cannot hold as Python holds them are tagged:
ints {"$int": "123"} (any size), floats {"$float": "1.5"} (repr, so "inf", "nan"), complex
{"$complex": "2.0"} (the imaginary part), bytes {"$bytes": "<hex>"}, and {"$ellipsis": true}.
Strings, None and booleans are plain JSON; operators and contexts are their names ("Load").
Given several files (without --indent), prints one JSON document per line, in order.
"""
import ast
import json
import sys

POSITION_ATTRIBUTES = ("lineno", "col_offset", "end_lineno", "end_col_offset")
# Operators and contexts (Load, Add, Eq, ...) are plain strings in pyts's nodes.
ENUM_BASES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def encode_constant(value):
    # bool is checked before int because it is an int subclass.
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"$int": str(value)}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, complex):
        return {"$complex": repr(value.imag)}
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    if value is Ellipsis:
        return {"$ellipsis": True}
    raise TypeError(f"unexpected constant {value!r}")


def encode(value):
    if isinstance(value, ENUM_BASES):
        return type(value).__name__
    if isinstance(value, ast.AST):
        node = {"_type": type(value).__name__}
        for field in value._fields:
            raw = getattr(value, field, None)
            if field == "value" and isinstance(value, (ast.Constant, ast.MatchSingleton)):
                node[field] = encode_constant(raw)
            else:
                node[field] = encode(raw)
        for attribute in value._attributes:
            if attribute in POSITION_ATTRIBUTES:
                node[attribute] = getattr(value, attribute, None)
        return node
    if isinstance(value, list):
        return [encode(item) for item in value]
    return value


def main(argv):
    args = list(argv)
    mode = "exec"
    indent = None
    if "--mode" in args:
        at = args.index("--mode")
        mode = args[at + 1]
        del args[at:at + 2]
    if "--indent" in args:
        at = args.index("--indent")
        indent = int(args[at + 1])
        del args[at:at + 2]
    if not args or (len(args) > 1 and indent is not None):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    for path in args:
        with open(path, "rb") as source_file:
            source = source_file.read()
        tree = ast.parse(source, filename=path, mode=mode)
        json.dump(encode(tree), sys.stdout, indent=indent)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
