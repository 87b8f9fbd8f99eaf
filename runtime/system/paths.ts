// POSIX path helpers for the import system and tracebacks (no dependency on Node's path module).

const proc = (globalThis as { process?: { cwd(): string } }).process;

/** `path` made absolute against the current directory and normalised (`.` and `..` resolved). */
export function absolutePath(path: string): string {
  const full = path.startsWith('/') ? path : `${proc?.cwd() ?? ''}/${path}`;
  const parts: string[] = [];
  for (const p of full.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

/** The directory part of `path` ('' when it has none). */
export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  return i === 0 ? '/' : path.slice(0, i);
}
