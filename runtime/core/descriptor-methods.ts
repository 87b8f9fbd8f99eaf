// The Python-visible side of property, classmethod, staticmethod and slot members: their
// constructors, __get__/__set__/__delete__, getter/setter/deleter, __func__, __doc__.
import { raise, exc } from './exceptions.js';
import { typeOf, PyType } from './type.js';
import { defineMethods } from './function.js';
import { defineGetSet, initProperty, PyClassMethod, PyMemberDescriptor, PyProperty, PyStaticMethod, PyGetSetDescriptor,
  classmethodType, getsetDescriptorType, memberDescriptorType, propertyType, staticmethodType } from './descriptors.js';
import { invoke, keywordArrays } from './call.js';
import { getattr, pyGetattr } from './attributes.js';
import { truthy } from '../ops/truthy.js';
import type { PyDict } from '../types/dict.js';

/** A copy of property `p` (of its own class) with one part replaced. */
function propertyCopy(p: PyProperty, fget: unknown, fset: unknown, fdel: unknown): PyProperty {
  const q = new (typeOf(p).$ctor)() as PyProperty;
  // A doc taken from the old getter follows the new getter.
  const docFromGetter = p.fget !== null && p.doc === pyGetattr(p.fget, '__doc__', null);
  initProperty(q, fget, fset, fdel, docFromGetter ? null : p.doc);
  q.$attrName = p.$attrName;
  return q;
}

function ownerOrType(owner: unknown, inst: unknown): PyType | null {
  if (owner instanceof PyType) return owner;
  return inst === null || inst === undefined ? null : typeOf(inst);
}

defineMethods(propertyType, {
  '__init__(self, fget=None, fset=None, fdel=None, doc=None)': (p: PyProperty, fget, fset, fdel, doc) => {
    initProperty(p, fget ?? null, fset ?? null, fdel ?? null, doc ?? null);
    return null;
  },
  '__get__(self, instance, owner=None, /)': (p: PyProperty, inst: unknown, owner: unknown) => p.$descGet(inst ?? null, ownerOrType(owner, inst)),
  '__set__(self, instance, value, /)': (p: PyProperty, inst: unknown, v: unknown) => { p.$descSet(inst, v); return null; },
  '__delete__(self, instance, /)': (p: PyProperty, inst: unknown) => { p.$descDel(inst); return null; },
  'getter(self, fget, /)': (p: PyProperty, f: unknown) => propertyCopy(p, f, p.fset, p.fdel),
  'setter(self, fset, /)': (p: PyProperty, f: unknown) => propertyCopy(p, p.fget, f, p.fdel),
  'deleter(self, fdel, /)': (p: PyProperty, f: unknown) => propertyCopy(p, p.fget, p.fset, f),
  '__set_name__(self, owner, name, /)': (p: PyProperty, _owner: unknown, name: unknown) => {
    if (typeof name === 'string') p.$attrName = name;
    return null;
  },
});
defineGetSet(propertyType, 'fget', (p: PyProperty) => p.fget);
defineGetSet(propertyType, 'fset', (p: PyProperty) => p.fset);
defineGetSet(propertyType, 'fdel', (p: PyProperty) => p.fdel);
defineGetSet(propertyType, '__doc__', (p: PyProperty) => p.doc, (p: PyProperty, v: unknown) => { p.doc = v; });
defineGetSet(propertyType, '__isabstractmethod__', (p: PyProperty) =>
  [p.fget, p.fset, p.fdel].some((f) => f !== null && truthy(pyGetattr(f, '__isabstractmethod__', false))));

for (const [t, kind] of [[classmethodType, 'classmethod'], [staticmethodType, 'staticmethod']] as const) {
  defineMethods(t, {
    '__init__(self, function, /)': (m: PyClassMethod | PyStaticMethod, f: unknown) => { m.$func = f; return null; },
    '__get__(self, instance, owner=None, /)': (m: PyClassMethod | PyStaticMethod, inst: unknown, owner: unknown) =>
      m.$descGet(inst ?? null, ownerOrType(owner, inst)),
    '__repr__(self, /)': (m: PyClassMethod | PyStaticMethod) => `<${kind}(${String(invoke(getattr(m.$func, '__repr__'), [], null, null))})>`,
  });
  defineGetSet(t, '__func__', (m: PyClassMethod | PyStaticMethod) => m.$func);
  defineGetSet(t, '__wrapped__', (m: PyClassMethod | PyStaticMethod) => m.$func);
  defineGetSet(t, '__isabstractmethod__', (m: PyClassMethod | PyStaticMethod) => truthy(pyGetattr(m.$func, '__isabstractmethod__', false)));
  defineGetSet(t, '__doc__', (m: PyClassMethod | PyStaticMethod) => pyGetattr(m.$func, '__doc__', null));
  defineGetSet(t, '__name__', (m: PyClassMethod | PyStaticMethod) => getattr(m.$func, '__name__'));
  defineGetSet(t, '__qualname__', (m: PyClassMethod | PyStaticMethod) => getattr(m.$func, '__qualname__'));
}
defineMethods(staticmethodType, {
  '__call__(self, /, *args, **kwargs)': (m: PyStaticMethod, args: unknown[], kw: PyDict) => invoke(m.$func, args, ...keywordArrays(kw)),
});

for (const t of [memberDescriptorType, getsetDescriptorType]) {
  defineMethods(t, {
    '__get__(self, instance, owner=None, /)': (d: PyMemberDescriptor | PyGetSetDescriptor, inst: unknown) => d.$descGet(inst ?? null, null),
    '__set__(self, instance, value, /)': (d: PyMemberDescriptor | PyGetSetDescriptor, inst: unknown, v: unknown) => { d.$descSet(inst, v); return null; },
    '__delete__(self, instance, /)': (d: PyMemberDescriptor | PyGetSetDescriptor, inst: unknown) => { d.$descDel(inst); return null; },
    '__repr__(self, /)': (d: PyMemberDescriptor | PyGetSetDescriptor) => {
      const kind = d instanceof PyMemberDescriptor ? 'member' : 'attribute';
      return `<${kind} '${d.$name}' of '${d.$owner.$name}' objects>`;
    },
  });
  defineGetSet(t, '__name__', (d: PyMemberDescriptor | PyGetSetDescriptor) => d.$name);
  defineGetSet(t, '__objclass__', (d: PyMemberDescriptor | PyGetSetDescriptor) => d.$owner);
}

