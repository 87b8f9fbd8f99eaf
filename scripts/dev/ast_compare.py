"""The form of CPython's ast.dump that pyts's dump() is compared with (parity and fixtures/parse).

ast.dump(tree, include_attributes=True, indent=1), without the positions of nodes inside
f-strings: 3.12 gives those nodes their own spans where 3.11 reuses the string's, so they do not
compare across versions (pyts's side: dump()'s omitFStringPositions option).
"""
import ast

POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def forget_fstring_positions(tree):
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if inner is node:
                continue
            # Nested f-strings are met twice; the instance dict says what is still there.
            for attribute in POSITIONS:
                if attribute in inner.__dict__:
                    delattr(inner, attribute)


def comparable_dump(tree):
    forget_fstring_positions(tree)
    return ast.dump(tree, include_attributes=True, indent=1)
