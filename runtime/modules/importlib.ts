// The `importlib` module: import_module, reload and invalidate_caches over the module registry.
import { exc, raise } from '../core/exceptions.js';
import { builtinFunction } from '../core/function.js';
import { typeOf } from '../core/type.js';
import { findDefinition, findSpec, importAbsolute, PyModule, registerBuiltinModule, resolveRelative, sysModules } from '../system/modules.js';

registerBuiltinModule('importlib', (m) => {
  const d = m.$d;
  // A package, so that `import importlib.util` finds its submodule.
  d.__path__ = [];
  d.import_module = builtinFunction('import_module(name, package=None)', (name: unknown, pkg: unknown) => {
    if (typeof name !== 'string') raise(exc.TypeError!, `module name must be str, not ${typeOf(name).$name}`);
    let level = 0;
    while (name[level] === '.') level++;
    if (level === 0) return importAbsolute(name);
    if (pkg === undefined || pkg === null) {
      raise(exc.TypeError!, `the 'package' argument is required to perform a relative import for ${JSON.stringify(name).replace(/^"|"$/g, "'")}`);
    }
    const g = { __package__: pkg } as Record<string, unknown>;
    return importAbsolute(resolveRelative(name.slice(level), g, level));
  });
  d.reload = builtinFunction('reload(module)', (mod: unknown) => {
    if (!(mod instanceof PyModule)) raise(exc.TypeError!, 'reload() argument must be a module');
    const name = mod.$d.__name__ as string;
    if (sysModules.$get(name) !== mod) raise(exc.ImportError!, `module ${name} not in sys.modules`);
    const def = findDefinition(name);
    if (def === undefined) return mod;
    mod.$initializing = true;
    try {
      def.body(mod, mod.$d);
    } finally {
      mod.$initializing = false;
    }
    return mod;
  });
  d.invalidate_caches = builtinFunction('invalidate_caches()', () => null);
});

registerBuiltinModule('importlib.util', (m) => {
  m.$d.find_spec = builtinFunction('find_spec(name, package=None)', (name: unknown, pkg: unknown) => {
    if (typeof name !== 'string') raise(exc.TypeError!, `module name must be str, not ${typeOf(name).$name}`);
    let level = 0;
    while (name[level] === '.') level++;
    if (level === 0) return findSpec(name);
    if (pkg === undefined || pkg === null) raise(exc.ImportError!, `no package specified for '${name}' (required for relative module names)`);
    return findSpec(resolveRelative(name.slice(level), { __package__: pkg }, level));
  });
});
