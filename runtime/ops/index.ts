// Barrel of runtime/ops: the names compiled code and other runtime areas import from here.
export {};
