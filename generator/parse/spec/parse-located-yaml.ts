/**
 * YAML → plain data, validated by an ajv schema, with every problem located at file:line:column.
 *
 * YAML syntax errors come from the `yaml` package with their positions; schema errors carry an
 * ajv `instancePath` (JSON pointer) which is mapped back to the YAML node it names, so a wrong
 * enum value deep in an endpoint points at that value's line and column. One error line per
 * problem; the first (most specific) schema error is reported per failing node.
 *
 * Hostile input is bounded before it is turned into data: text above `MAX_INPUT_FILE_BYTES` is
 * refused; the node tree is checked (iteratively, aliases counted at the size they expand to)
 * for nesting deeper than `MAX_NESTING_DEPTH` and for aliases that refer to their own ancestor;
 * and more than `MAX_YAML_ALIASES` alias expansions (a billion-laughs document) is refused at the
 * first alias. Each is one located `SpecYamlSyntax` diagnostic.
 *
 * @see generator/parse/input-limits.ts
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLMap,
} from 'yaml';
import { type Diagnostic, DiagnosticError, diagnostic, fail } from '../../diagnostics.js';
import { formatBytes, MAX_INPUT_FILE_BYTES, MAX_NESTING_DEPTH, MAX_YAML_ALIASES } from '../input-limits.js';

export interface LocatedYaml {
  readonly data: unknown;
  /**
   * Position (1-based) of the node at a JSON pointer, or of the nearest existing ancestor. With
   * `key`, the position of the map key naming the pointer's last segment (an unknown key is
   * reported at the key, not at its value).
   */
  locate(pointer: string, key?: 'key'): { line: number; column: number };
}

/** Parses YAML text; throws `SpecYamlSyntax` with location on malformed YAML. */
export function parseLocatedYaml(file: string, text: string): LocatedYaml {
  if (text.length > MAX_INPUT_FILE_BYTES || Buffer.byteLength(text) > MAX_INPUT_FILE_BYTES) {
    fail(
      'SpecFileTooLarge',
      `file is larger than ${formatBytes(MAX_INPUT_FILE_BYTES)}; qspec refuses spec inputs above that size`,
      { file },
    );
  }
  const lineCounter = new LineCounter();
  // Duplicate keys are found by checkNodeTree (a set per map); the package's own check compares
  // every key with every other, minutes for a map of 20,000 keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const diags: Diagnostic[] = doc.errors.slice(0, 5).map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const msg =
        e.code === 'RESOURCE_EXHAUSTION'
          ? `the document nests too deeply to be read (qspec accepts at most ${MAX_NESTING_DEPTH} levels)`
          : (e.message.split('\n')[0] ?? e.message);
      // prettyErrors is off, so the package adds no "at line N, column M" of its own to cut off.
      return diagnostic('SpecYamlSyntax', msg, {
        file,
        line: pos.line,
        column: pos.col,
      });
    });
    throw new DiagnosticError(diags);
  }
  const at = (node: Node) => {
    const pos = lineCounter.linePos(node.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const firstAlias = checkNodeTree(doc, at);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (e) {
    // The package throws while it builds values: a ReferenceError past the alias budget, and
    // plain Errors for what only resolving shows (a YAML 1.1 merge `<<: *a` of a scalar). Each
    // becomes one located diagnostic, at the first alias, which is where both start.
    const where = firstAlias === undefined ? { file, line: 1, column: 1 } : at(firstAlias);
    if (e instanceof ReferenceError && firstAlias !== undefined) {
      fail(
        'SpecYamlSyntax',
        `aliases expand to more than ${MAX_YAML_ALIASES} copies (a "billion laughs" document); write the values out or use fewer aliases`,
        where,
      );
    }
    fail('SpecYamlSyntax', e instanceof Error ? e.message : String(e), where);
  }
  return {
    data,
    locate(pointer, key) {
      const segments = pointer
        .split('/')
        .slice(1)
        .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'));
      const last = key === 'key' ? segments.pop() : undefined;
      // Walk down as far as the pointer resolves; the deepest node reached is the answer.
      let found: Node | undefined = isNode(doc.contents) ? doc.contents : undefined;
      let resolved = true;
      for (const seg of segments) {
        const child = found === undefined ? undefined : childOf(found, seg);
        if (child === undefined) {
          resolved = false;
          break;
        }
        found = child;
      }
      if (last !== undefined && resolved && found !== undefined && isMap(found)) {
        const pair = found.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
        if (pair !== undefined && isNode(pair.key)) found = pair.key;
      }
      if (found?.range) {
        const pos = lineCounter.linePos(found.range[0]);
        return { line: pos.line, column: pos.col };
      }
      return { line: 1, column: 1 };
    },
  };
}

/** `SpecYamlSyntax` at the second occurrence of a key in `map` (scalar keys; one pass with a set). */
function checkUniqueKeys(map: YAMLMap, at: (node: Node) => { file: string; line: number; column: number }): void {
  const seen = new Set<string>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    // Compared as the property names they become: `1:` and `"1":` are distinct YAML keys but one
    // property of the data, where the later would silently replace the earlier.
    const key = String(pair.key.value);
    if (seen.has(key)) fail('SpecYamlSyntax', `Map keys must be unique ('${key}' appears twice)`, at(pair.key));
    seen.add(key);
  }
}

const mapIndexes = new WeakMap<YAMLMap, Map<string, unknown>>();

/** The child node of a map (by key) or sequence (by index); a map's keys are indexed once. */
function childOf(node: Node, segment: string): Node | undefined {
  let child: unknown;
  if (isMap(node)) {
    let index = mapIndexes.get(node);
    if (index === undefined) {
      index = new Map();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!index.has(key)) index.set(key, pair.value);
      }
      mapIndexes.set(node, index);
    }
    child = index.get(segment);
  } else if (isSeq(node) && /^(?:0|[1-9]\d*)$/.test(segment)) {
    child = node.items[Number(segment)];
  }
  return isNode(child) ? child : undefined;
}

/**
 * Walks the node tree without recursion: the height of every node (an alias counts as the node
 * it refers to) must stay within `MAX_NESTING_DEPTH`, and an alias must not refer to a node that
 * contains it. Returns the first alias in document order, if any.
 */
function checkNodeTree(
  doc: Document,
  at: (node: Node) => { file: string; line: number; column: number },
): Node | undefined {
  if (!isNode(doc.contents)) return undefined;
  const height = new Map<Node, number>();
  const onPath = new Set<Node>();
  let firstAlias: Node | undefined;
  const stack: { node: Node; children: Node[]; best: number }[] = [];
  const enter = (node: Node): void => {
    onPath.add(node);
    const children: Node[] = [];
    if (isAlias(node)) {
      firstAlias ??= node;
      const source = node.resolve(doc);
      if (source !== undefined) children.push(source);
    } else if (isCollection(node)) {
      if (isMap(node)) checkUniqueKeys(node, at);
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (isNode(item.key)) children.push(item.key);
          if (isNode(item.value)) children.push(item.value);
        } else if (isNode(item)) children.push(item);
      }
    }
    stack.push({ node, children: children.reverse(), best: 0 });
  };
  enter(doc.contents);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.children.pop();
    if (child === undefined) {
      stack.pop();
      onPath.delete(top.node);
      const h = isCollection(top.node) ? top.best + 1 : top.best;
      if (h > MAX_NESTING_DEPTH) {
        fail(
          'SpecYamlSyntax',
          `nests more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper documents`,
          at(top.node),
        );
      }
      height.set(top.node, h);
      const parent = stack[stack.length - 1];
      if (parent) parent.best = Math.max(parent.best, h);
      continue;
    }
    const known = height.get(child);
    if (known !== undefined) top.best = Math.max(top.best, known);
    else if (onPath.has(child)) {
      fail('SpecYamlSyntax', 'an alias refers to a node that contains it (a recursive structure)', at(top.node));
    } else enter(child);
  }
  return firstAlias;
}

/** Validates located YAML data; throws one located diagnostic per failing node (at most 10). */
export function validateLocatedYaml<T>(file: string, yaml: LocatedYaml, validate: ValidateFunction, code: string): T {
  if (validate(yaml.data)) return yaml.data as T;
  const errors = pickErrors(validate.errors ?? []);
  throw new DiagnosticError(
    errors.slice(0, 10).map((e) => {
      const extra =
        e.keyword === 'additionalProperties'
          ? (e.params as { additionalProperty?: unknown }).additionalProperty
          : undefined;
      const pos =
        typeof extra === 'string'
          ? yaml.locate(`${e.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key')
          : yaml.locate(e.instancePath);
      return diagnostic(code, describe(e), { file, line: pos.line, column: pos.column });
    }),
  );
}

/** One error per instance path: prefer the deepest, most specific one (enum/type over anyOf). */
function pickErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    const prev = byPath.get(e.instancePath);
    if (!prev || rank(e) > rank(prev)) byPath.set(e.instancePath, e);
  }
  const paths = [...byPath.keys()];
  // Drop an error whose path is a prefix of a deeper error's path (the deeper one is the cause).
  return paths
    .filter(
      (p) => !paths.some((q) => q !== p && q.startsWith(`${p}/`) && byPath.get(p)!.keyword !== 'additionalProperties'),
    )
    .map((p) => byPath.get(p)!);
}

function rank(e: ErrorObject): number {
  return ['additionalProperties', 'required', 'enum', 'type', 'pattern'].includes(e.keyword) ? 2 : 1;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? 'document' : `'${e.instancePath.slice(1).replace(/\//g, '.')}'`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at}: unknown key '${String(p.additionalProperty)}' (check the spelling; see generator/parse/spec/spec-format.schema.json)`;
    case 'required':
      return `${at}: missing required key '${String(p.missingProperty)}'`;
    case 'enum':
      return `${at}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `${at}: does not match the pattern ${String(p.pattern)}`;
    default:
      return `${at}: ${e.message ?? e.keyword}`;
  }
}
