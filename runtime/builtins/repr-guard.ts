// The recursion guard of container reprs: a container met again inside itself prints as `[...]`.

/** Objects whose repr is being built: a container met again inside itself prints as `...`. */
const reprActive = new Set<unknown>();

/** Build a container's repr with CPython's recursion guard (`[[...]]`, `{...}`). */
export function guardedRepr(o: unknown, recursive: string, build: () => string): string {
  if (reprActive.has(o)) return recursive;
  reprActive.add(o);
  try {
    return build();
  } finally {
    reprActive.delete(o);
  }
}
