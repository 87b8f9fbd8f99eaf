// Barrel of runtime/builtins: the names compiled code and other runtime areas import from here.
export {};
