/**
 * Generates an XML document that a compiled schema model accepts, for endpoints that have no
 * example: required elements and attributes always, optional ones by a seeded coin near the
 * root (never past a depth budget, so recursive types terminate), one pick per choice, simple
 * values from `sampleSimpleValue`. Deterministic for a seed. DTD documents get a DOCTYPE naming
 * the schema file, XSD documents an `xsi:noNamespaceSchemaLocation`, as the real servers send.
 *
 * @see XSD 1.1 Part 1 §3.9 (particles); XML 1.0 §3.2 (element content)
 */

import type { ParticleModel, XmlSchemaModel, XmlTypeModel } from '../../runtime/schema-model.js';
import { trimTrailingSlashes } from '../routing/compile-path.js';
import { sampleSimpleValue } from './sample-simple-value.js';
import type { SeededRandom } from './seeded-random.js';

export interface SampleXmlOptions {
  readonly root: string;
  /** Schema file base name for the DOCTYPE / schemaLocation (`simple_return.dtd`). */
  readonly schemaFile: string;
  /** Base URL the DOCTYPE / schemaLocation points into (never fetched by anyone). */
  readonly baseUrl: string;
  /** Optional content is considered only this deep (default 6). */
  readonly optionalDepth?: number;
}

const MAX_DEPTH = 40;

/**
 * Optional elements a generated body never has: the continuation markers (FO WARNING 1980, QPS
 * hasMoreRecords/lastId). A generated answer is one whole page; paging adds them where they
 * are true.
 */
const CONTINUATION = new Set(['WARNING', 'hasMoreRecords', 'lastId']);

export function sampleXml(model: XmlSchemaModel, rng: SeededRandom, options: SampleXmlOptions): string {
  const rootType = model.roots[options.root];
  if (rootType === undefined) throw new Error(`sampleXml: ${model.id} has no root ${options.root}`);
  let counter = 0;
  const unique = () => ++counter;
  const optionalDepth = options.optionalDepth ?? 6;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" ?>\n'];
  const location = `${trimTrailingSlashes(options.baseUrl)}/qspec-mock/${options.schemaFile}`;
  if (model.format === 'dtd') out.push(`<!DOCTYPE ${options.root} SYSTEM "${location}">\n`);

  const element = (name: string, typeIndex: number, depth: number, rootAttrs = ''): void => {
    const type: XmlTypeModel = model.types[typeIndex]!;
    if (type.k === 'simple') {
      out.push(`<${name}${rootAttrs}>${esc(sampleSimpleValue(type.s, rng, unique))}</${name}>`);
      return;
    }
    let attrs = rootAttrs;
    for (const a of type.attrs) {
      if (!a.required && a.fixed === undefined && (depth > optionalDepth || rng.next() < 0.5)) continue;
      const v = a.fixed ?? a.default ?? sampleSimpleValue(a.type, rng, unique);
      attrs += ` ${a.name}="${esc(v)}"`;
    }
    const inner: string[] = [];
    const saved = out.length;
    if (type.content) particle(type.content, depth + 1, true);
    const children = out.splice(saved).join('');
    if (type.text) inner.push(esc(sampleSimpleValue(type.text, rng, unique)));
    inner.push(children);
    const body = inner.join('');
    out.push(body === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`);
  };

  const count = (min: number, max: number, depth: number): number => {
    if (min > 0) return Math.min(min, 3);
    if (depth > optionalDepth || depth > MAX_DEPTH) return 0;
    const upper = max === -1 ? 2 : Math.min(max, 2);
    return rng.next() < 0.6 ? Math.max(1, rng.int(upper + 1)) : 0;
  };

  const particle = (p: ParticleModel, depth: number, required: boolean): void => {
    const n = required && p.min === 0 ? count(0, p.max, depth) : count(p.min, p.max, depth);
    for (let i = 0; i < n; i++) {
      switch (p.k) {
        case 'el':
          if (p.min === 0 && CONTINUATION.has(p.name)) break;
          element(p.name, p.type, depth);
          break;
        case 'seq':
        case 'all':
          for (const item of p.items) particle(item, depth, true);
          break;
        case 'choice': {
          const viable = p.items.filter((item) => item.k !== 'any');
          const item = viable.length > 0 ? viable[rng.int(viable.length)]! : p.items[0];
          if (item) particle(item.min === 0 ? { ...item, min: 1 } : item, depth, true);
          break;
        }
        case 'any':
          break;
      }
    }
  };

  const rootAttrs =
    model.format === 'xsd'
      ? ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${location}"`
      : '';
  element(options.root, rootType, 0, rootAttrs);
  out.push('\n');
  return out.join('');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
