// The hash table behind set and frozenset, laid out as CPython's (open addressing, linear probes
// then perturbation, the same growth rule), so sets iterate and print in CPython's order.
import { hash } from '../ops/hash.js';
import { pyEquals } from '../ops/compare.js';

/** Marks a deleted slot (CPython's `dummy`). */
const DUMMY: unique symbol = Symbol('dummy');
const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

type Hash = number | bigint;

/** The low and high 32 bits of a hash as size_t (what CPython's index arithmetic sees). */
function low32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function high32(h: Hash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

/** The Python hash of a set key, fast for ints. */
export function keyHash(k: unknown): Hash {
  if (typeof k === 'number' && Number.isSafeInteger(k)) return k === -1 ? -2 : k;
  return hash(k);
}

export class SetTable {
  /** Slots in use, including deleted ones. */
  fill = 0;
  /** Live keys. */
  used = 0;
  mask = MIN_SIZE - 1;
  /** Slot keys: undefined when never used, DUMMY when deleted. */
  keys: unknown[] = new Array(MIN_SIZE);
  hashes: Hash[] = new Array(MIN_SIZE);
  /** Where pop() looks next. */
  finger = 0;

  /** The slot holding a key equal to `k` (hash `h`), or -1. */
  find(k: unknown, h: Hash): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = low32(h) & mask;
    // Most lookups end at the first slot: an int key met by identity, or an empty slot.
    const first = keys[i];
    if (first === undefined) return -1;
    if (first === k) return i;
    let pLo = low32(h), pHi = high32(h);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const key = keys[j];
        if (key === undefined) return -1;
        if (key !== DUMMY && this.hashes[j] === h && (key === k || pyEquals(key, k))) return j;
        j++;
      } while (probes--);
      pLo = ((pLo >>> 5) | ((pHi & 31) << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  has(k: unknown): boolean {
    return this.find(k, keyHash(k)) >= 0;
  }

  /** Add `k` unless an equal key is present (CPython's set_add_entry). */
  add(k: unknown, h: Hash = keyHash(k)): void {
    for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      let i = low32(h) & mask;
      let pLo = low32(h), pHi = high32(h);
      let free = -1;
      let restart = false;
      search: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const key = keys[j];
          if (key === undefined) {
            if (free >= 0) {
              this.used++;
              keys[free] = k;
              this.hashes[free] = h;
              return;
            }
            this.fill++;
            this.used++;
            keys[j] = k;
            this.hashes[j] = h;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (key === DUMMY) {
            // CPython reuses the last deleted slot met on the probe path (measured, see
            // fixtures/runtime-containers/set-order.json), not the first.
            free = j;
          } else if (this.hashes[j] === h) {
            if (key === k) return;
            const table = this.keys;
            if (pyEquals(key, k)) return;
            // __eq__ may have changed the table: start again, as CPython does.
            if (table !== this.keys || keys[j] !== key) { restart = true; break search; }
          }
          j++;
        } while (probes--);
        pLo = ((pLo >>> 5) | ((pHi & 31) << 27)) >>> 0;
        pHi >>>= 5;
        i = (i * 5 + 1 + pLo) & mask;
      }
      if (!restart) return;
    }
  }

  /** Remove `k`; false when absent. */
  discard(k: unknown, h: Hash = keyHash(k)): boolean {
    const j = this.find(k, h);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  /** Put `k` in the first free slot of its probe sequence (no equality checks, no dummies). */
  private insertClean(keys: unknown[], hashes: Hash[], mask: number, k: unknown, h: Hash): void {
    let i = low32(h) & mask;
    let pLo = low32(h), pHi = high32(h);
    for (;;) {
      if (keys[i] === undefined) { keys[i] = k; hashes[i] = h; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) { keys[i + j] = k; hashes[i + j] = h; return; }
        }
      }
      pLo = ((pLo >>> 5) | ((pHi & 31) << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** Grow (or shrink) to the smallest power of two above `minUsed`, dropping deleted slots. */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys = new Array(size), hashes = new Array(size);
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hashes, size - 1, k, oldHashes[i]!);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = size - 1;
    this.fill = this.used;
  }

  /** Add every key of `other` (CPython's set_merge, with its shortcuts into an empty table). */
  merge(other: SetTable): void {
    if (other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    const ok = other.keys, oh = other.hashes;
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i < ok.length; i++) {
        const k = ok[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(this.keys, this.hashes, this.mask, k, oh[i]!);
      }
      return;
    }
    for (let i = 0; i < ok.length; i++) {
      const k = ok[i];
      if (k !== undefined && k !== DUMMY) this.add(k, oh[i]!);
    }
  }

  /** Make room for `n` more keys at once (what CPython does before adding a dict's keys). */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  clear(): void {
    this.fill = 0;
    this.used = 0;
    this.mask = MIN_SIZE - 1;
    this.keys = new Array(MIN_SIZE);
    this.hashes = new Array(MIN_SIZE);
    this.finger = 0;
  }

  /** Remove and return an arbitrary key (CPython's choice), or undefined when empty. */
  pop(): unknown {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) break;
      i = i === this.mask ? 0 : i + 1;
    }
    const k = this.keys[i];
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return k;
  }

  /** Live slots in table order: [key, hash] through a callback-free cursor. */
  nextSlot(from: number): number {
    const keys = this.keys;
    for (let i = from; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) return i;
    }
    return -1;
  }

  *[Symbol.iterator](): IterableIterator<unknown> {
    for (let i = this.nextSlot(0); i >= 0; i = this.nextSlot(i + 1)) yield this.keys[i];
  }
}
