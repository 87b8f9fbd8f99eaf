// The core object model driven from TypeScript, as compiled code drives it: def + the binder,
// buildClass, attribute caches, descriptors and super.
import { describe, expect, it } from 'vitest';
import * as $ from '../runtime/index.js';

function pyFunction(name: string, args: string[], extra: Partial<$.DefSpec> = {}) {
  return $.def(function (...a: unknown[]) { return a; }, { name, args, ...extra });
}

function typeErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect($.typeOf(e).$name).toBe('TypeError');
    return $.str(e);
  }
  throw new Error('no TypeError');
}

describe('binder', () => {
  const f = pyFunction('f', ['a', 'b'], { defaults: [9], kwonly: ['k'], kwdefaults: { k: 1 }, kwarg: 'kw' });
  it('binds keywords, defaults and **kwargs', () => {
    const r = $.callKw(f, [1], ['k', 'z'], [5, 6]) as unknown[];
    expect(r.slice(0, 3)).toEqual([1, 9, 5]);
    expect($.callMethod(r[3], 'get', 'z')).toBe(6);
  });
  it.each([
    [() => $.callKw(f, [], [], []), "f() missing 1 required positional argument: 'a'"],
    [() => $.callKw(f, [1, 2, 3], [], []), 'f() takes from 1 to 2 positional arguments but 3 were given'],
    [() => $.callKw(f, [1], ['a'], [2]), "f() got multiple values for argument 'a'"],
    [() => $.callKw(pyFunction('g', ['x']), [], ['y'], [1]), "g() got an unexpected keyword argument 'y'"],
    [() => $.fixArgs(pyFunction('h', ['x', 'y', 'z']), []), "h() missing 3 required positional arguments: 'x', 'y', and 'z'"],
  ])('reports %#', (call, message) => {
    expect(typeErrorOf(call)).toBe(message);
  });
});

describe('classes', () => {
  const A = $.buildClass((ns: $.Namespace) => {
    ns.x = 1;
    ns.get = $.def(function get(self: unknown) { return $.getattr(self, 'x'); }, { name: 'get', qualname: 'A.get', args: ['self'] });
  }, 'A', [], null) as $.PyType;
  const B = $.buildClass(() => undefined, 'B', [A], null) as $.PyType;

  it('shares class attributes and sees changes through the cache', () => {
    const b = $.call(B);
    expect($.callMethod(b, 'get')).toBe(1);
    $.setattr(A, 'x', 2);
    expect($.callMethod(b, 'get')).toBe(2);
    $.setattr(B, 'x', 3);
    expect($.callMethod(b, 'get')).toBe(3);
    $.setattr(b, 'x', 4);
    expect($.getattr(b, 'x')).toBe(4);
    $.delattr(B, 'x');
    expect($.getattr(B, 'x')).toBe(2);
  });
  it('keeps JS names out of Python attributes', () => {
    const b = $.call(B);
    expect($.hasattr(b, 'constructor')).toBe(false);
    expect($.hasattr(b, 'toString')).toBe(false);
    expect($.hasattr(b, '__proto__')).toBe(false);
  });
  it('binds methods and compares bound methods', () => {
    const b = $.call(B);
    const m1 = $.getattr(b, 'get');
    expect(m1).toBeInstanceOf($.PyMethod);
    expect($.pyEquals(m1, $.getattr(b, 'get'))).toBe(true);
    expect($.call(m1)).toBe(2);
  });
  it('reports an inconsistent MRO', () => {
    expect(typeErrorOf(() => $.buildClass(() => undefined, 'C', [A, B], null)))
      .toBe('Cannot create a consistent method resolution\norder (MRO) for bases A, B');
  });
});

describe('fast-path markers', () => {
  const method = $.def(function m(self: unknown) { return self; }, { name: 'm', args: ['self'] });
  const Plain = $.buildClass((ns: $.Namespace) => { ns.m = method; }, 'Plain', [], null) as $.PyType;
  const proto = () => Plain.$ctor.prototype as Record<string, unknown>;

  it('allow own attributes and flatten methods for a plain class', () => {
    expect(proto().$fa).toBe(true);
    expect(proto().$fs).toBe(true);
    expect(proto().$m_m).toBe(method);
  });
  it('follow changes: a plain value hides the method, a property turns reads off', () => {
    const Sub = $.buildClass(() => undefined, 'Sub', [Plain], null) as $.PyType;
    const subProto = Sub.$ctor.prototype as Record<string, unknown>;
    expect(subProto.$m_m).toBe(method);
    $.setattr(Sub, 'm', 5);
    expect(subProto.$m_m).toBeUndefined();
    $.setattr(Plain, 'p', $.call($.builtins.property, method));
    expect(subProto.$fa).toBe(false);
    expect(subProto.$fs).toBe(false);
  });
});
