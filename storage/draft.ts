/**
 * Copy-on-write drafts of the (frozen) store document, in the manner of immer: a transaction's `mutate`
 * gets a proxy that looks and behaves like the plain document, but copies only the objects it changes.
 * Finishing returns the base itself when nothing changed, otherwise a new document that shares every
 * untouched entity with the base. That keeps a transaction on a 5 MB store cheap (no deep clone), lets
 * the audit diff and validation look only at entities whose identity changed, and leaves the base
 * untouched if `mutate` throws.
 */
import { noteWritten } from './changed-items';
import { isSearch, searchOf } from './draft-searches';

type Node = Record<PropertyKey, unknown>;

const STATE = Symbol('storeDraftState');

interface Scope {
  done: boolean;
}

interface DraftState {
  base: Node;
  copy: Node | undefined;
  modified: boolean;
  parent: DraftState | undefined;
  scope: Scope;
  finalized?: Node;
  /** Arrays: the lowest and highest positions written in `copy` (drafts placed or values set). */
  first?: number;
  last?: number;
}

export interface Draft<T> {
  draft: T;
  /** The new document (or the base, unchanged); later writes through the draft throw. */
  finish(): T;
  /** Abandon the draft: later writes through it throw. */
  discard(): void;
  /** After finish(): a value `mutate` returned, with a returned draft swapped for its final plain value. */
  plain<R>(value: R): R;
}

export function createDraft<T extends object>(base: T): Draft<T> {
  const scope: Scope = { done: false };
  const root = createState(base as unknown as Node, undefined, scope);
  return {
    draft: createProxy(root) as T,
    finish() {
      const result = finalizeState(root) as unknown as T;
      scope.done = true;
      return result;
    },
    discard() {
      scope.done = true;
    },
    plain<R>(value: R): R {
      if (!scope.done || !isDraft(value)) return value;
      return finalizeState((value as Node)[STATE] as DraftState) as R;
    },
  };
}

/** A draft array's frozen base, what it holds now, and the positions the transaction wrote (if any). */
export interface DraftArrayView {
  base: readonly unknown[];
  current: readonly unknown[];
  first: number;
  last: number;
}

/** For a draft array of an open transaction, its view; otherwise undefined. */
export function draftArrayView(value: unknown): DraftArrayView | undefined {
  if (!Array.isArray(value)) return undefined;
  const state = (value as unknown as Node)[STATE] as DraftState | undefined;
  if (!state || state.scope.done || !Array.isArray(state.base)) return undefined;
  return { base: state.base, current: latest(state) as unknown as unknown[], first: state.first ?? Number.POSITIVE_INFINITY, last: state.last ?? -1 };
}

/** True for a draft the transaction has written to (reading an entity through the draft does not count). */
export function isModifiedDraft(value: unknown): boolean {
  const state = typeof value === 'object' && value !== null ? ((value as Node)[STATE] as DraftState | undefined) : undefined;
  return !!state?.modified;
}

export function isDraft(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Node)[STATE] !== undefined;
}

function createState(base: Node, parent: DraftState | undefined, scope: Scope): DraftState {
  return { base, copy: undefined, modified: false, parent, scope };
}

function isDraftable(value: unknown): value is Node {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const latest = (state: DraftState): Node => state.copy ?? state.base;

/** Records a write at `prop` of a draft array (a length change counts as a write at the new end). */
function touch(state: DraftState, prop: PropertyKey, value?: unknown): void {
  if (!Array.isArray(state.base) || typeof prop !== 'string') return;
  const index = prop === 'length' ? Number(value) : Number(prop);
  if (!Number.isInteger(index) || index < 0) return;
  state.first = Math.min(state.first ?? index, index);
  state.last = Math.max(state.last ?? index, index);
}

function prepareCopy(state: DraftState): Node {
  // Spread, not slice(): slice() of a frozen array takes V8's slow path (~0.3 ms for 10,000 items, 80× spread).
  state.copy ??= (Array.isArray(state.base) ? [...state.base] : { ...state.base }) as Node;
  return state.copy;
}

function markModified(state: DraftState): void {
  for (let s: DraftState | undefined = state; s && !s.modified; s = s.parent) {
    s.modified = true;
    prepareCopy(s);
  }
}

function assertOpen(state: DraftState): void {
  if (state.scope.done) throw new TypeError('This store draft belongs to a finished transaction; change the store inside transact().');
}

/** One handler for every draft; each proxy's state rides on its target (cheaper than a handler per proxy). */
const handler: ProxyHandler<Node> = {
  get(target, prop, receiver) {
    const state = stateOf(target);
    if (prop === STATE) return state;
    if (isSearch(prop) && Array.isArray(state.base) && !state.scope.done) return searchOf(prop as string, receiver as unknown[], () => latest(state) as unknown as unknown[]);
    const source = latest(state);
    const value = source[prop];
    if (state.scope.done || !isDraftable(value) || !Object.hasOwn(source, prop) || value !== state.base[prop]) return value;
    const child = createProxy(createState(value, state, state.scope));
    prepareCopy(state)[prop] = child;
    touch(state, prop);
    return child;
  },
  set(target, prop, value) {
    const state = stateOf(target);
    assertOpen(state);
    const source = latest(state);
    if (source[prop] === value && (value !== undefined || Object.hasOwn(source, prop))) return true;
    markModified(state);
    touch(state, prop, value);
    state.copy![prop] = value;
    return true;
  },
  deleteProperty(target, prop) {
    const state = stateOf(target);
    assertOpen(state);
    if (!Object.hasOwn(latest(state), prop)) return true;
    markModified(state);
    touch(state, prop);
    delete state.copy![prop];
    return true;
  },
  defineProperty(target, prop, descriptor) {
    const state = stateOf(target);
    assertOpen(state);
    markModified(state);
    touch(state, prop, descriptor.value);
    return Reflect.defineProperty(state.copy!, prop, { ...descriptor, configurable: true });
  },
  has: (target, prop) => prop in latest(stateOf(target)),
  ownKeys: (target) => Reflect.ownKeys(latest(stateOf(target))),
  getOwnPropertyDescriptor(target, prop) {
    const source = latest(stateOf(target));
    const descriptor = Reflect.getOwnPropertyDescriptor(source, prop);
    if (!descriptor) return undefined;
    const isLength = Array.isArray(source) && prop === 'length';
    return { writable: true, configurable: !isLength, enumerable: descriptor.enumerable, value: source[prop] };
  },
  getPrototypeOf: (target) => Object.getPrototypeOf(stateOf(target).base),
  setPrototypeOf: () => false,
};

const stateOf = (target: Node) => target[STATE] as DraftState;

function createProxy(state: DraftState): object {
  // The target is a stand-in carrying the state: the base is frozen, and proxy invariants would bind us to it.
  const target = (Array.isArray(state.base) ? [] : {}) as Node;
  target[STATE] = state;
  return new Proxy(target, handler);
}

function finalizeState(state: DraftState): Node {
  if (!state.modified) return state.base;
  if (state.finalized) return state.finalized;
  const copy = state.copy!;
  state.finalized = copy;
  if (Array.isArray(copy) && Array.isArray(state.base)) {
    // Only written positions can hold drafts; the rest are the base's own items.
    const first = state.first ?? Math.min(copy.length, state.base.length);
    const last = state.last ?? -1;
    replaceArrayDrafts(copy, state.base, first, Math.min(last, copy.length - 1));
    noteWritten(state.base, copy, first, last);
  } else replaceDrafts(copy);
  return copy;
}

/** Like replaceDrafts, over the written positions only, skipping items still the base's own (frozen, draft-free). */
function replaceArrayDrafts(copy: unknown[], base: readonly unknown[], first: number, last: number): void {
  for (let i = first; i <= last; i++) {
    const value = copy[i];
    if (value !== base[i]) copy[i] = finalizeValue(value);
  }
}

/** Swap every draft inside a changed node (or a new object built by `mutate`) for its final value. */
function replaceDrafts(node: Node): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = finalizeValue(node[i]);
    return;
  }
  for (const key of Object.keys(node)) node[key] = finalizeValue(node[key]);
}

function finalizeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const state = (value as Node)[STATE] as DraftState | undefined;
  if (state) return finalizeState(state);
  if (!Object.isFrozen(value)) replaceDrafts(value as Node);
  return value;
}
