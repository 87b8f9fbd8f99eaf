// The ES module text for a .py program that cannot start: it prints python3's message and exits.

/** A module that prints `text` to stderr and exits with `status`. */
export function failureModuleSource(text: string, status: number): string {
  return `process.stderr.write(${JSON.stringify(text)});\nprocess.exitCode = ${status};\nprocess.exit(${status});\n`;
}

/** What python3 says (status 2) for a script file it cannot open; here the interpreter is node. */
export function cannotOpenText(path: string): string {
  return `${process.execPath}: can't open file '${path}': [Errno 2] No such file or directory\n`;
}
