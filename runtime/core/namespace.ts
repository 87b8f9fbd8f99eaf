// Namespaces: JS objects that hold Python names (module globals, instance and class attributes).

/** A namespace object: property lookups never reach Object.prototype, so `constructor` or
 *  `__proto__` are ordinary names here, and V8 keeps these objects in fast mode. */
export type Namespace = Record<string, unknown>;

function NamespaceCtor(this: Namespace) {}
NamespaceCtor.prototype = Object.create(null);

export function newNamespace(): Namespace {
  return new (NamespaceCtor as unknown as new () => Namespace)();
}

/** The property key that stores Python attribute `name`: internal keys start with `$`, so a
 *  Python name that starts with `$` gets one more. */
export function attrKey(name: string): string {
  return name.charCodeAt(0) === 36 /* $ */ ? '$' + name : name;
}

/** The Python name stored under property key `key`, or null for an internal key. */
export function keyName(key: string): string | null {
  if (key.charCodeAt(0) !== 36) return key;
  return key.charCodeAt(1) === 36 ? key.slice(1) : null;
}
