// Barrel of runtime/types: the names compiled code and other runtime areas import from here.
export {};
