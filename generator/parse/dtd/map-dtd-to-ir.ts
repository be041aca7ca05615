/**
 * Maps parsed DTD declarations to an `IrSchema` (format 'dtd'): every `<!ELEMENT X>` becomes a
 * named type `<schemaId>#X` and a root element.
 *
 * - `(#PCDATA)` without attributes → primitive string; with attributes → object 'simple' with a
 *   text field `value` and the attribute fields.
 * - element content → object 'sequence'/'choice' (the top group) with the exact particle tree and
 *   one field per distinct child (a ref to `<schemaId>#child`, aggregated occurrence), then attributes.
 * - `(#PCDATA | a | b)*` → object 'mixed': a choice {0, unbounded} of the names, element fields
 *   (unbounded), a text field (optional), then attributes.
 * - `EMPTY` → object 'empty', no particle; `ANY` → object 'mixed' with a lax `any` particle and
 *   an optional text field.
 * - Attributes: CDATA → string, ID…ENTITIES → that builtin, `(a|b)` → enum over NMTOKEN,
 *   `NOTATION (a|b)` → enum over NOTATION; `#REQUIRED` {1,1}, otherwise {0,1}; `#FIXED` → fixed,
 *   plain default → default. An attribute whose name collides with another field gets `Attr`.
 * - `<!-- qspec:open X -->` marks X's object type `open` (a text-only X becomes object 'simple').
 * Types and roots are sorted by name (code-unit order); the output is plain and deterministic.
 *
 * @see XML 1.0 (Fifth Edition) §3.2, §3.3; IR contract generator/ir/ir-types.ts
 */
import type { IrOrigin } from '../../ir/ir-origin.js';
import type { IrField, IrNamedType, IrObjectType, IrParticle, IrSchema, IrType } from '../../ir/ir-types.js';
import type { DtdAttributeDef, DtdDeclarations, DtdElementDecl, DtdParticle } from './dtd-declarations.js';
import type { DtdPosition } from './dtd-diagnostics.js';
import { fieldOccurs } from './field-occurs.js';

export interface MapDtdInput {
  readonly file: string;
  readonly schemaId: string;
}

const STRING: IrType = { kind: 'primitive', builtin: 'string', facets: {} };

export function mapDtdToIr(decls: DtdDeclarations, input: MapDtdInput): IrSchema {
  const open = new Set(decls.open.map((o) => o.name));
  const origin = (at: DtdPosition): IrOrigin => ({ file: input.file, line: at.line, column: at.column });
  const ref = (name: string): IrType => ({ kind: 'ref', target: `${input.schemaId}#${name}` });

  const mapElement = (e: DtdElementDecl): IrNamedType => {
    const attrs = decls.attributes.get(e.name) ?? [];
    const text = (occurs: IrField['occurs'], at: DtdPosition, taken: ReadonlySet<string>): IrField => ({
      name: taken.has('value') ? 'valueText' : 'value',
      xml: { local: '', node: 'text' },
      type: STRING,
      occurs,
      nillable: false,
      origin: origin(at),
    });
    const elementField = (name: string, occurs: IrField['occurs'], at: DtdPosition): IrField => ({
      name,
      xml: { local: name, node: 'element' },
      type: ref(name),
      occurs,
      nillable: false,
      origin: origin(at),
    });
    const object = (content: IrObjectType['content'], particle: IrParticle | null, fields: IrField[]): IrObjectType => {
      const taken = new Set(fields.map((f) => f.name));
      const all = [...fields, ...attrs.map((a) => attributeField(a, taken, origin(a.at)))];
      return { kind: 'object', fields: all, content, particle, ...(open.has(e.name) ? { open: true } : {}) };
    };

    let type: IrType;
    const c = e.content;
    switch (c.kind) {
      case 'empty':
        type = object('empty', null, []);
        break;
      case 'any':
        type = object('mixed', { kind: 'any', process: 'lax', occurs: { min: 0, max: 'unbounded' } }, [
          text({ min: 0, max: 1 }, e.at, new Set()),
        ]);
        break;
      case 'mixed': {
        if (c.names.length === 0) {
          type =
            attrs.length === 0 && !open.has(e.name)
              ? STRING
              : object('simple', null, [text({ min: 1, max: 1 }, c.at, new Set())]);
          break;
        }
        const names = [...new Map(c.names.map((n) => [n.name, n] as const)).values()];
        const fields = names.map((n) => elementField(n.name, { min: 0, max: 'unbounded' }, n.at));
        const particle: IrParticle = {
          kind: 'choice',
          items: names.map((n) => ({ kind: 'element', name: n.name, occurs: { min: 1, max: 1 } })),
          occurs: { min: 0, max: 'unbounded' },
        };
        fields.push(text({ min: 0, max: 1 }, c.at, new Set(names.map((n) => n.name))));
        type = object('mixed', particle, fields);
        break;
      }
      case 'children': {
        const fields = fieldOccurs(c.particle).map((o) => elementField(o.name, o.occurs, o.at));
        type = object(c.particle.kind, toIrParticle(c.particle), fields);
        break;
      }
    }
    return {
      id: `${input.schemaId}#${e.name}`,
      name: e.name,
      type,
      ...(e.doc === undefined ? {} : { doc: e.doc }),
      origin: origin(e.at),
    };
  };

  const sorted = [...decls.elements].sort((a, b) => compare(a.name, b.name));
  return {
    id: input.schemaId,
    format: 'dtd',
    file: input.file,
    types: sorted.map(mapElement),
    roots: sorted.map((e) => ({ name: e.name, type: ref(e.name), origin: origin(e.at) })),
    ...(decls.doc === undefined ? {} : { doc: decls.doc }),
  };
}

function attributeField(a: DtdAttributeDef, taken: ReadonlySet<string>, origin: IrOrigin): IrField {
  let type: IrType;
  switch (a.type.kind) {
    case 'builtin':
      type = a.type.name === 'CDATA' ? STRING : { kind: 'primitive', builtin: a.type.name, facets: {} };
      break;
    case 'enumeration':
      type = { kind: 'enum', base: 'NMTOKEN', values: [...a.type.values] };
      break;
    case 'notation':
      type = { kind: 'enum', base: 'NOTATION', values: [...a.type.values] };
      break;
  }
  const d = a.defaultDecl;
  return {
    name: taken.has(a.name) ? `${a.name}Attr` : a.name,
    xml: { local: a.name, node: 'attribute' },
    type,
    occurs: d.kind === 'required' ? { min: 1, max: 1 } : { min: 0, max: 1 },
    nillable: false,
    ...(d.kind === 'default' ? { default: d.value } : {}),
    ...(d.kind === 'fixed' ? { fixed: d.value } : {}),
    origin,
  };
}

function toIrParticle(p: DtdParticle): IrParticle {
  if (p.kind === 'name') return { kind: 'element', name: p.name, occurs: p.occurs };
  return { kind: p.kind, items: p.items.map(toIrParticle), occurs: p.occurs };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
