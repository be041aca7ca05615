/**
 * Streaming evaluation of identity constraints (xs:unique, xs:key, xs:keyref) over a document
 * fed element by element: `open` at each start tag (expanded name, expanded attribute names ->
 * values, the constraints declared on the element, if any), `close` at each end tag with the
 * element's value key (its typed or normalized text, or undefined when it has element content).
 * Nothing is built while no constraint is in scope: `open`/`close` return after one check.
 *
 * For each constraint in scope (from its element's start tag to its end tag) the selector picks
 * target elements on the path from the scope element; each field, relative to a target, picks at
 * most one element (its value key) or attribute (its value). When a target closes its tuple is
 * checked: unique, no two complete tuples equal; key, every field present, no duplicate; both
 * keep their tuples. A field that picks two nodes (a node its alternatives both select counts
 * once), or an element without simple content, is an error. Values are compared by the value
 * keys the caller gives (identity-values.ts: typed values, attributes without a type left out).
 * Keyref tuples are kept until the scope element closes and are then looked up in the node table
 * of the referred key/unique on that element (§3.11.5): the entries of the key/unique declared
 * there, and those its descendants' tables bring up as elements close, except a key-sequence two
 * of them give for different nodes (unless the element's own entry settles it).
 *
 * Issue codes (reported through the `report` callback, at the start tag of the target):
 * `DuplicateKey`, `MissingKeyField`, `InvalidKeyField`, `KeyrefNotFound`; `XmlLimit` when more
 * than `maxTuples` tuples would be kept (tracking stops: a refusal, never unbounded memory).
 *
 * @see XSD 1.0 Part 1 §3.11.4 (Identity-constraint Satisfied), §3.11.5 (Identity-constraint
 *      Table), §3.11.6 (the selector and field XPath subset)
 */
import { shownValue } from './identity-values.js';

/**
 * One identity constraint as the model carries it. Path steps are name tests: `.` the node
 * itself, `*` any name, `{uri}*` any name in a namespace, else an expanded name.
 */
export interface IdentityConstraintModel {
  readonly name: string;
  readonly kind: 'unique' | 'key' | 'keyref';
  /** keyref: the expanded name of the referred key or unique. */
  readonly refer?: string;
  readonly selector: readonly IdentityPath[];
  /** One entry per field, each a list of alternatives. */
  readonly fields: readonly (readonly IdentityPath[])[];
}

export interface IdentityPath {
  /** A leading `.//`. */
  readonly d?: boolean;
  /** Child steps (`.` steps allowed). */
  readonly s: readonly string[];
  /** The final attribute name test of a field. */
  readonly a?: string;
}

export type IdentityIssueCode = 'DuplicateKey' | 'MissingKeyField' | 'InvalidKeyField' | 'KeyrefNotFound' | 'XmlLimit';

export type IdentityReport = (code: IdentityIssueCode, message: string, line: number, col: number) => void;

interface Scope {
  readonly def: IdentityConstraintModel;
  readonly depth: number;
  /** Complete tuples of a unique/key: key-sequence -> the node (element number) it is of. */
  readonly tuples: Map<string, number>;
  /** Keyref tuples with their location, checked when the scope closes. */
  readonly refs: { readonly key: string; readonly line: number; readonly col: number }[];
}

interface Target {
  readonly scope: Scope;
  /** The selected element's number in the document (node identity in node tables). */
  readonly node: number;
  readonly depth: number;
  readonly line: number;
  readonly col: number;
  readonly values: (string | undefined)[];
  readonly counts: number[];
}

/** A field element waiting for its value: the target and field it fills. */
interface Pending {
  readonly target: Target;
  readonly field: number;
  readonly depth: number;
}

const SEP = '\u0000';

function testMatches(test: string, name: string): boolean {
  if (test === '*' || test === name) return true;
  return test.endsWith('}*') && name.startsWith(test.slice(0, -1));
}

/** Does `path` (its child steps) lead from names[from] (exclusive) to the last name? */
function pathMatches(path: IdentityPath, names: readonly string[], from: number): boolean {
  const steps = path.s.filter((s) => s !== '.');
  const rel = names.length - 1 - from;
  if (path.d === true ? rel < steps.length : rel !== steps.length) return false;
  const base = names.length - steps.length;
  for (let i = 0; i < steps.length; i++) if (!testMatches(steps[i]!, names[base + i]!)) return false;
  return true;
}

export class IdentityTracker {
  /** Expanded names of the open elements (only kept while a constraint is in scope). */
  private readonly names: string[] = [];
  private readonly scopes: Scope[] = [];
  private readonly targets: Target[] = [];
  private pending: Pending[] = [];
  /**
   * Key/unique node tables by element depth (key-sequence -> node, CONFLICT when two children gave
   * it for different nodes), merged into the parent's as elements close.
   */
  private readonly tables = new Map<number, Map<string, Map<string, number>>>();
  /** Elements opened while a constraint was in scope: their numbers identify nodes. */
  private elements = 0;
  private kept = 0;
  private stopped = false;

  constructor(
    private readonly report: IdentityReport,
    private readonly maxTuples = 1_000_000,
  ) {}

  /** A start tag at `depth` (0 = root). */
  open(
    depth: number,
    name: string,
    attrs: Readonly<Record<string, string>>,
    constraints: readonly IdentityConstraintModel[] | undefined,
    line: number,
    col: number,
  ): void {
    if (this.stopped || (this.scopes.length === 0 && constraints === undefined)) return;
    this.names.length = depth;
    this.names.push(name);
    const node = ++this.elements;
    for (const def of constraints ?? []) this.scopes.push({ def, depth, tuples: new Map(), refs: [] });
    for (const scope of this.scopes) {
      if (scope.def.selector.some((p) => pathMatches(p, this.names, scope.depth))) {
        const n = scope.def.fields.length;
        this.targets.push({ scope, node, depth, line, col, values: new Array(n), counts: new Array(n).fill(0) });
      }
    }
    for (const t of this.targets) {
      t.scope.def.fields.forEach((alternatives, i) => {
        // The alternatives of a field are an XPath union: a node two of them select counts once.
        let element = false;
        let picked: Set<string> | undefined;
        for (const p of alternatives) {
          if (!pathMatches(p, this.names, t.depth)) continue;
          if (p.a === undefined) {
            if (!element) this.pending.push({ target: t, field: i, depth });
            element = true;
            continue;
          }
          for (const attr in attrs) {
            if (!testMatches(p.a, attr) || picked?.has(attr) === true) continue;
            picked ??= new Set();
            picked.add(attr);
            this.fill(t, i, attrs[attr]!);
          }
        }
      });
    }
  }

  /** The end tag of the element at `depth`; `value` its value key (undefined: not simple content). */
  close(depth: number, value: string | undefined): void {
    if (this.stopped || this.scopes.length === 0) return;
    if (this.pending.length > 0) {
      const rest: Pending[] = [];
      for (const p of this.pending) {
        if (p.depth !== depth) rest.push(p);
        else this.fill(p.target, p.field, value);
      }
      this.pending = rest;
    }
    while (this.targets.length > 0 && this.targets[this.targets.length - 1]!.depth === depth) {
      this.finishTarget(this.targets.pop()!);
      if (this.stopped) return;
    }
    const own: Scope[] = [];
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1]!.depth === depth) own.push(this.scopes.pop()!);
    for (const s of own) if (s.def.kind !== 'keyref') this.ownEntries(depth, s);
    for (const s of own) if (s.def.kind === 'keyref') this.resolve(s, depth);
    const mine = this.tables.get(depth);
    if (mine !== undefined) {
      this.tables.delete(depth);
      for (const entries of mine.values()) dropConflicts(entries);
      if (depth > 0 && this.scopes.length > 0) {
        const up = this.table(depth - 1);
        for (const [name, entries] of mine) {
          const into = up.get(name);
          if (into === undefined) up.set(name, entries);
          else for (const [k, node] of entries) into.set(k, into.has(k) && into.get(k) !== node ? CONFLICT : node);
        }
      } else this.kept = 0;
    }
    this.names.length = depth;
  }

  /** A unique/key declared on the element at `depth`: its entries win over its children's. */
  private ownEntries(depth: number, s: Scope): void {
    const t = this.table(depth);
    const children = t.get(s.def.name);
    if (children === undefined) t.set(s.def.name, s.tuples);
    else for (const [k, node] of s.tuples) children.set(k, node);
  }

  private table(depth: number): Map<string, Map<string, number>> {
    let t = this.tables.get(depth);
    if (t === undefined) {
      t = new Map();
      this.tables.set(depth, t);
    }
    return t;
  }

  private fill(t: Target, field: number, value: string | undefined): void {
    t.counts[field]!++;
    t.values[field] = value;
    if (value === undefined) {
      const def = t.scope.def;
      this.report(
        'InvalidKeyField',
        `field ${field + 1} of ${def.kind} "${def.name}" selects an element without simple content`,
        t.line,
        t.col,
      );
    }
  }

  private finishTarget(t: Target): void {
    const def = t.scope.def;
    let complete = true;
    for (let i = 0; i < def.fields.length; i++) {
      if (t.counts[i]! > 1) {
        this.report(
          'InvalidKeyField',
          `field ${i + 1} of ${def.kind} "${def.name}" selects more than one node`,
          t.line,
          t.col,
        );
        return;
      }
      if (t.counts[i] === 0 || t.values[i] === undefined) complete = false;
    }
    if (!complete) {
      if (def.kind === 'key') {
        this.report('MissingKeyField', `key "${def.name}" needs a value for every field`, t.line, t.col);
      }
      return;
    }
    const key = t.values.join(SEP);
    if (!this.keep(t.line, t.col)) return;
    if (def.kind === 'keyref') t.scope.refs.push({ key, line: t.line, col: t.col });
    else if (t.scope.tuples.has(key)) {
      this.report('DuplicateKey', `duplicate value ${show(t.values)} for ${def.kind} "${def.name}"`, t.line, t.col);
    } else t.scope.tuples.set(key, t.node);
  }

  private resolve(s: Scope, depth: number): void {
    const table = this.tables.get(depth)?.get(s.def.refer ?? '');
    for (const r of s.refs) {
      const node = table?.get(r.key);
      if (node !== undefined && node !== CONFLICT) continue;
      const found = node === undefined ? 'matches no' : 'matches more than one node (in different scopes) of';
      this.report(
        'KeyrefNotFound',
        `keyref "${s.def.name}" value ${show(r.key.split(SEP))} ${found} "${s.def.refer}"`,
        r.line,
        r.col,
      );
    }
  }

  /** Counts one more kept tuple; past the cap, reports once and stops tracking. */
  private keep(line: number, col: number): boolean {
    if (++this.kept <= this.maxTuples) return true;
    this.stopped = true;
    this.report('XmlLimit', `more than ${this.maxTuples} identity-constraint values; not checked further`, line, col);
    return false;
  }
}

/** A key-sequence two children's tables give for different nodes. */
const CONFLICT = -1;

/** Leaves out the conflicting entries that no own entry settled (§3.11.5: they owe their place to children). */
function dropConflicts(entries: Map<string, number>): void {
  for (const [k, node] of entries) if (node === CONFLICT) entries.delete(k);
}

function show(values: readonly (string | undefined)[]): string {
  return values.map((v) => `'${v === undefined ? '' : shownValue(v)}'`).join(', ');
}
