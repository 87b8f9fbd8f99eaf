// Docstrings: the leading string constant of a module, class or function body.
import type * as py from '../ast/index.js';

export function docstringOf(body: readonly py.stmt[]): string | null {
  const first = body[0];
  if (first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value;
  }
  return null;
}
