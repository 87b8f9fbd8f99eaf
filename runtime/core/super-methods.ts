// super's Python-visible methods and attributes (installed once the core modules are loaded).
import { raise, exc } from './exceptions.js';
import { defineMethods } from './function.js';
import { defineGetSet } from './descriptors.js';
import { initSuper, superGetattr, superOf, superType, PySuper } from './super.js';

defineMethods(superType, {
  '__init__(self, type=None, obj=None, /)': (self: PySuper, type: unknown, obj: unknown) => {
    if (type === undefined) raise(exc.RuntimeError!, 'super(): no arguments');
    initSuper(self, type, obj ?? null);
    return null;
  },
  '__getattribute__(self, name, /)': (self: PySuper, name: string) => superGetattr(self, name),
  '__get__(self, instance, owner=None, /)': (self: PySuper, inst: unknown) => {
    if (inst === null || inst === undefined || self.$obj !== null) return self;
    return superOf(self.$type, inst);
  },
  '__repr__(self, /)': (self: PySuper) => {
    const t = self.$type === null ? 'NULL' : `<class '${self.$type.$qualname}'>`;
    if (self.$objType === null) return `<super: ${t}, NULL>`;
    return `<super: ${t}, <${self.$objType.$name} object>>`;
  },
});
defineGetSet(superType, '__thisclass__', (s: PySuper) => s.$type);
defineGetSet(superType, '__self__', (s: PySuper) => s.$obj);
defineGetSet(superType, '__self_class__', (s: PySuper) => s.$objType);
