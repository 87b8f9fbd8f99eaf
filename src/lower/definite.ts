// Names a statement certainly binds once it completes normally: after a top-level statement of a
// function body, reads of them need no unbound-local check.
import type * as py from '../ast/index.js';

function targetNames(e: py.expr, out: string[]): void {
  switch (e._type) {
    case 'Name': out.push(e.id); break;
    case 'Tuple':
    case 'List': for (const el of e.elts) targetNames(el, out); break;
    case 'Starred': targetNames(e.value, out); break;
    default: break;
  }
}

export function namesBoundBy(s: py.stmt): string[] {
  const out: string[] = [];
  switch (s._type) {
    case 'Assign': for (const target of s.targets) targetNames(target, out); break;
    case 'AugAssign': targetNames(s.target, out); break;
    case 'AnnAssign': if (s.value) targetNames(s.target, out); break;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef': out.push(s.name); break;
    case 'Import': for (const a of s.names) out.push(a.asname ?? a.name.split('.')[0]!); break;
    case 'ImportFrom': for (const a of s.names) if (a.name !== '*') out.push(a.asname ?? a.name); break;
    case 'With':
    case 'AsyncWith': for (const item of s.items) if (item.optional_vars) targetNames(item.optional_vars, out); break;
    default: break;
  }
  return out;
}
