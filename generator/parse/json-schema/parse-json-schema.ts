/**
 * JSON Schema (draft-07 subset used by the gateway/PCI specs) → IR.
 *
 * - The document root becomes the schema's single root, named after the file
 *   (`asset_search_response.schema.json` → `AssetSearchResponse`); `definitions`/`$defs` become
 *   named types (`<schema id>#<name>`) and local `$ref`s become `ref`s.
 * - `object` → IrObjectType with `property` fields (required → min 1, max 1); `array` → `list`;
 *   `additionalProperties` other than `false` leaves the object open.
 * - `enum` of strings → enum; `type: [T, 'null']` and `oneOf`/`anyOf` → union; `allOf` of
 *   objects → merged object; string facets (minLength, maxLength, pattern, format), numeric bounds.
 * - Anything else (remote `$ref`, `not`, `if/then`, `patternProperties`...) is `JsonSchemaUnsupported`,
 *   located at its line:column. JSON syntax errors are `JsonSyntax`.
 *
 * Positions come from parsing the JSON text as YAML 1.2 (a superset), which keeps node ranges.
 * Nesting deeper than `MAX_NESTING_DEPTH` is `JsonSchemaTooDeep`, found by a linear scan of the
 * text before anything is parsed; `$ref` chains are bounded by the load stage's depth check.
 *
 * @see JSON Schema draft-07 (json-schema-validation §6)
 */
import { DiagnosticError, fail } from '../../diagnostics.js';
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrNamedType, IrSchema, IrType, XsdBuiltin } from '../../ir/ir-types.js';
import { MAX_NESTING_DEPTH } from '../input-limits.js';
import { type LocatedYaml, parseLocatedYaml } from '../spec/parse-located-yaml.js';

type Json = Record<string, unknown>;

const SUPPORTED = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'definitions',
  '$defs',
  '$ref',
  'dependencies',
  'oneOf',
  'anyOf',
  'allOf',
  'default',
  'examples',
  'nullable',
  'multipleOf',
]);

export interface JsonSchemaInput {
  readonly source: string;
  readonly file: string;
  readonly schemaId: string;
}

export function parseJsonSchema(input: JsonSchemaInput): IrSchema {
  checkJsonNesting(input.source, input.file);
  let yaml: LocatedYaml;
  try {
    yaml = parseLocatedYaml(input.file, input.source);
  } catch (e) {
    if (e instanceof DiagnosticError) {
      throw new DiagnosticError(e.diagnostics.map((d) => ({ ...d, code: 'JsonSyntax' })));
    }
    throw e;
  }
  const root = yaml.data;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    fail('JsonSchemaInvalid', 'a JSON Schema must be an object', { file: input.file, line: 1, column: 1 });
  }
  const mapper = new JsonSchemaMapper(input, yaml);
  const doc = root as Json;
  const types: IrNamedType[] = [];
  for (const key of ['definitions', '$defs'] as const) {
    const defs = doc[key];
    if (defs === undefined) continue;
    for (const [name, def] of Object.entries(defs as Json)) {
      const pointer = `/${key}/${escapePointer(name)}`;
      types.push({
        id: `${input.schemaId}#${name}`,
        name,
        type: mapper.map(def, pointer),
        ...docOf(def),
        origin: mapper.origin(pointer),
      });
    }
  }
  types.sort((a, b) => a.name.localeCompare(b.name));
  const rootName = rootNameFor(input.schemaId);
  return {
    id: input.schemaId,
    format: 'json-schema',
    file: input.file,
    types,
    roots: [{ name: rootName, type: mapper.map(doc, ''), origin: mapper.origin('') }],
    ...(typeof doc.description === 'string' ? { doc: doc.description } : {}),
  };
}

/**
 * `JsonSchemaTooDeep` at the first '[' or '{' nested more than `MAX_NESTING_DEPTH` deep (outside
 * strings). A linear scan: malformed JSON is left to the parser.
 */
function checkJsonNesting(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING_DEPTH) {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        fail('JsonSchemaTooDeep', `nests more than ${MAX_NESTING_DEPTH} levels deep; qspec refuses deeper schemas`, {
          file,
          line,
          column: i - before.lastIndexOf('\n'),
        });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** `pci/schemas/compliance_summary.schema.json` → `ComplianceSummary`. */
export function rootNameFor(schemaId: string): string {
  const base = (schemaId.split('/').at(-1) ?? schemaId).replace(/\.schema\.json$/, '').replace(/\.json$/, '');
  return base
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function docOf(node: unknown): { doc?: string } {
  const d = (node as Json | undefined)?.description;
  return typeof d === 'string' ? { doc: d } : {};
}

class JsonSchemaMapper {
  constructor(
    private readonly input: JsonSchemaInput,
    private readonly yaml: LocatedYaml,
  ) {}

  origin(pointer: string): IrOrigin {
    const pos = this.yaml.locate(pointer);
    return { file: this.input.file, line: pos.line, column: pos.column };
  }

  private unsupported(what: string, pointer: string): never {
    fail('JsonSchemaUnsupported', `${what} is not supported by qspec's JSON Schema front end`, {
      ...this.origin(pointer),
      path: pointer || '/',
    });
  }

  map(node: unknown, pointer: string): IrType {
    // An empty object, not an empty array: a schema is an object or a boolean (draft-07 core §4.3.1).
    const emptyObject =
      typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 0;
    if (node === true || emptyObject) {
      return { kind: 'any' };
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      this.unsupported(`schema value ${JSON.stringify(node)}`, pointer);
    }
    const s = node as Json;
    for (const key of Object.keys(s)) {
      if (!SUPPORTED.has(key)) this.unsupported(`keyword '${key}'`, `${pointer}/${escapePointer(key)}`);
    }
    if (typeof s.$ref === 'string') {
      const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(s.$ref);
      if (!m) this.unsupported(`$ref '${s.$ref}' (only local #/definitions/... refs)`, `${pointer}/$ref`);
      return { kind: 'ref', target: `${this.input.schemaId}#${m[2]!.replace(/~1/g, '/').replace(/~0/g, '~')}` };
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(s[key])) {
        return { kind: 'union', members: (s[key] as unknown[]).map((m, i) => this.map(m, `${pointer}/${key}/${i}`)) };
      }
    }
    if (Array.isArray(s.allOf)) return this.mapAllOf(s, pointer);
    if (Array.isArray(s.enum)) {
      const values = s.enum as unknown[];
      if (values.every((v) => typeof v === 'string')) {
        return { kind: 'enum', base: 'string', values: values as string[] };
      }
      return { kind: 'enum', base: 'anySimpleType', values: values.map((v) => JSON.stringify(v)) };
    }
    if (s.const !== undefined) {
      return {
        kind: 'enum',
        base: typeof s.const === 'string' ? 'string' : 'anySimpleType',
        values: [typeof s.const === 'string' ? s.const : JSON.stringify(s.const)],
      };
    }
    const type = s.type;
    if (Array.isArray(type)) {
      return {
        kind: 'union',
        members: (type as string[]).map((t) => this.map({ ...s, type: t }, pointer)),
      };
    }
    if (s.nullable === true && typeof type === 'string') {
      const { nullable: _n, ...rest } = s;
      return { kind: 'union', members: [this.map(rest, pointer), primitive('null')] };
    }
    switch (type) {
      case 'object':
      case undefined:
        if (type === undefined && s.properties === undefined) return { kind: 'any' };
        return this.mapObject(s, pointer);
      case 'array':
        return { kind: 'list', item: s.items === undefined ? { kind: 'any' } : this.map(s.items, `${pointer}/items`) };
      case 'string':
        return { kind: 'primitive', builtin: 'string', facets: stringFacets(s) };
      case 'integer':
        return { kind: 'primitive', builtin: 'integer', facets: numberFacets(s) };
      case 'number':
        return { kind: 'primitive', builtin: 'number', facets: numberFacets(s) };
      case 'boolean':
        return primitive('boolean');
      case 'null':
        return primitive('null');
      default:
        this.unsupported(`type '${String(type)}'`, `${pointer}/type`);
    }
  }

  private mapObject(s: Json, pointer: string): IrType {
    const props = (s.properties ?? {}) as Json;
    const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    const fields: IrField[] = Object.entries(props).map(([name, def]) => {
      const p = `${pointer}/properties/${escapePointer(name)}`;
      const d = def as Json;
      return {
        name,
        xml: { local: name, node: 'property' as const },
        type: this.map(def, p),
        occurs: { min: required.has(name) ? 1 : 0, max: 1 },
        nillable: false,
        ...(d && d.default !== undefined ? { default: String(d.default) } : {}),
        ...docOf(def),
        origin: this.origin(p),
      };
    });
    for (const r of required) {
      if (!Object.hasOwn(props, r))
        fail(
          'JsonSchemaInvalid',
          `required property '${r}' is not declared in properties`,
          this.origin(`${pointer}/required`),
        );
    }
    const requiredWith = this.dependencies(s, pointer, props);
    const ap = s.additionalProperties;
    const additional =
      ap === undefined || ap === true ? true : ap === false ? false : this.map(ap, `${pointer}/additionalProperties`);
    return {
      kind: 'object',
      fields,
      content: 'all',
      particle: null,
      additional,
      open: ap !== false,
      ...(requiredWith ? { requiredWith } : {}),
    };
  }

  /** draft-07 `dependencies`, array form only (schema form is unsupported). */
  private dependencies(s: Json, pointer: string, props: Json): Record<string, string[]> | undefined {
    if (s.dependencies === undefined) return undefined;
    const out: Record<string, string[]> = {};
    for (const [key, dep] of Object.entries(s.dependencies as Json)) {
      const at = `${pointer}/dependencies/${escapePointer(key)}`;
      if (!Array.isArray(dep) || !dep.every((d) => typeof d === 'string'))
        this.unsupported('schema-valued dependencies', at);
      for (const name of [key, ...(dep as string[])]) {
        if (!Object.hasOwn(props, name))
          fail('JsonSchemaInvalid', `dependencies name '${name}', which is not a declared property`, this.origin(at));
      }
      out[key] = [...(dep as string[])];
    }
    return out;
  }

  private mapAllOf(s: Json, pointer: string): IrType {
    const parts = (s.allOf as unknown[]).map((m, i) => this.map(m, `${pointer}/allOf/${i}`));
    const fields: IrField[] = [];
    let open = true;
    for (const part of parts) {
      if (part.kind !== 'object') this.unsupported('allOf of non-object schemas (or $refs)', `${pointer}/allOf`);
      fields.push(...part.fields);
      open = open && part.open !== false;
    }
    return { kind: 'object', fields, content: 'all', particle: null, additional: open, open };
  }
}

function primitive(builtin: XsdBuiltin): IrType {
  return { kind: 'primitive', builtin, facets: {} };
}

function stringFacets(s: Json): Record<string, unknown> {
  return {
    ...(typeof s.minLength === 'number' ? { minLength: s.minLength } : {}),
    ...(typeof s.maxLength === 'number' ? { maxLength: s.maxLength } : {}),
    ...(typeof s.pattern === 'string' ? { patterns: [s.pattern] } : {}),
    ...(typeof s.format === 'string' ? { format: s.format } : {}),
  };
}

function numberFacets(s: Json): Record<string, unknown> {
  return {
    ...(typeof s.minimum === 'number' ? { minInclusive: String(s.minimum) } : {}),
    ...(typeof s.maximum === 'number' ? { maxInclusive: String(s.maximum) } : {}),
    ...(typeof s.exclusiveMinimum === 'number' ? { minExclusive: String(s.exclusiveMinimum) } : {}),
    ...(typeof s.exclusiveMaximum === 'number' ? { maxExclusive: String(s.exclusiveMaximum) } : {}),
  };
}
