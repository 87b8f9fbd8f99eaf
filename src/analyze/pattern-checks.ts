// The SyntaxErrors CPython's compiler raises for match patterns: unreachable cases, repeated or mismatched capture names, duplicate keys.
import type { expr, match_case, pattern, Position } from '../ast/index.js';
import { constantRepr } from '../ast/dump.js';
import type { ConstantValue } from '../ast/index.js';
import { MSG, raiseSyntaxError } from './messages.js';

/** What compiling one pattern carries along (CPython's pattern_context). */
interface PatternContext {
  /** Names captured so far, in order. */
  stores: string[];
  /** False when a pattern that always matches would make later cases or alternatives unreachable. */
  allowIrrefutable: boolean;
}

/**
 * Checks the cases of a match statement in CPython's compilation order. CPython reports these errors at
 * the location of the last pattern it started compiling, so that location is tracked as it goes.
 */
export class PatternChecker {
  private last: Position | null = null;

  constructor(private readonly filename: string) {}

  checkCase(matchCase: match_case, isLast: boolean): void {
    const context = { stores: [], allowIrrefutable: matchCase.guard !== null || isLast };
    this.pattern(matchCase.pattern, context);
  }

  private error(message: string): never {
    if (this.last === null) throw new Error('internal: pattern error before any pattern');
    return raiseSyntaxError(this.filename, message, this.last);
  }

  private pattern(p: pattern, pc: PatternContext): void {
    this.last = p;
    switch (p._type) {
      case 'MatchValue':
      case 'MatchSingleton':
        return;
      case 'MatchSequence': {
        const stars = p.patterns.filter((sub) => sub._type === 'MatchStar').length;
        if (stars > 1) this.error(MSG.multipleStarredPatterns());
        for (const sub of p.patterns) this.subpattern(sub, pc);
        return;
      }
      case 'MatchStar':
        if (p.name !== null) this.store(p.name, pc);
        return;
      case 'MatchMapping':
        this.checkDuplicateKeys(p.keys);
        for (const sub of p.patterns) this.subpattern(sub, pc);
        if (p.rest !== null) this.store(p.rest, pc);
        return;
      case 'MatchClass':
        this.checkKeywordAttributes(p.kwd_attrs, p.kwd_patterns);
        for (const sub of p.patterns) this.subpattern(sub, pc);
        for (const sub of p.kwd_patterns) this.subpattern(sub, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) this.error(p.name !== null ? MSG.captureUnreachable(p.name) : MSG.wildcardUnreachable());
        } else {
          this.pattern(p.pattern, pc);
        }
        if (p.name !== null) this.store(p.name, pc);
        return;
      case 'MatchOr':
        this.alternatives(p.patterns, pc);
        return;
    }
  }

  /** Inside sequences, mappings and class patterns any sub-pattern may always match. */
  private subpattern(p: pattern, pc: PatternContext): void {
    const allowIrrefutable = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allowIrrefutable;
  }

  /** Each alternative must bind the same names; only the last may always match. */
  private alternatives(patterns: readonly pattern[], outer: PatternContext): void {
    let control: string[] | null = null;
    patterns.forEach((alternative, index) => {
      const context: PatternContext = {
        stores: [],
        allowIrrefutable: index === patterns.length - 1 && outer.allowIrrefutable,
      };
      this.pattern(alternative, context);
      if (control === null) {
        control = context.stores;
      } else if (control.length !== context.stores.length || control.some((name) => !context.stores.includes(name))) {
        this.error(MSG.alternativesBindDifferently());
      }
    });
    for (const name of control ?? []) this.store(name, outer);
  }

  private store(name: string, pc: PatternContext): void {
    if (name === '__debug__') this.error(MSG.assignDebug());
    if (pc.stores.includes(name)) this.error(MSG.multipleCaptures(name));
    pc.stores.push(name);
  }

  private checkDuplicateKeys(keys: readonly expr[]): void {
    const seen = new Set<string>();
    for (const key of keys) {
      const value = foldedConstant(key);
      if (value === undefined) continue;
      const identity = keyIdentity(value);
      if (seen.has(identity)) this.error(MSG.duplicateMappingKey(constantRepr(value)));
      seen.add(identity);
    }
  }

  private checkKeywordAttributes(attrs: readonly string[], patterns: readonly pattern[]): void {
    attrs.forEach((attr, i) => {
      this.last = patterns[i] ?? this.last;
      if (attr === '__debug__') this.error(MSG.assignDebug());
      const j = attrs.indexOf(attr, i + 1);
      if (j !== -1) {
        this.last = patterns[j] ?? this.last;
        this.error(MSG.repeatedClassAttribute(attr));
      }
    });
  }
}

/** The key's value after CPython's constant folding (`-1` is a constant by then); undefined for attribute lookups. */
function foldedConstant(key: expr): ConstantValue | undefined {
  if (key._type === 'Constant') return key.value;
  if (key._type === 'UnaryOp' && key.op === 'USub' && key.operand._type === 'Constant') {
    const value = key.operand.value;
    if (typeof value === 'bigint') return -value;
    if (typeof value === 'number') return -value;
  }
  return undefined;
}

/** Keys equal in Python (1, 1.0 and True; 0 and -0.0) get one identity. */
function keyIdentity(value: ConstantValue): string {
  if (typeof value === 'boolean') return `n:${value ? 1 : 0}`;
  if (typeof value === 'bigint') return `n:${value}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `n:${BigInt(value)}` : `f:${value}`;
  if (typeof value === 'string') return `s:${value}`;
  return `r:${constantRepr(value)}`;
}
