// Barrel of runtime/system: exceptions, tracebacks, the module registry, sys and the program's start.
export {};
