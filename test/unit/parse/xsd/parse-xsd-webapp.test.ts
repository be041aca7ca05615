/**
 * The real WAS webapp.xsd from the shared corpus converts completely: 40 named complex types and
 * 2 named simple types (counted in the file), every ref resolves, the QPS envelope roots exist,
 * and spot checks of WebApp, Criteria and ResponseCode. Skipped with a notice without the corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { IrObjectType, IrParticle, IrSchema, IrType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { itWith, sharedPath } from '../../../support/requirements.js';

const webapp = sharedPath('corpus', 'schemas', 'was', 'webapp.xsd');
const WEBAPP = webapp.path;
const itWebapp = itWith(webapp);

const ID = 'was/schemas/webapp.xsd';

describe('parseXsd: corpus webapp.xsd', () => {
  const load = (): IrSchema => parseXsd({ source: readFileSync(WEBAPP, 'utf8'), file: ID, schemaId: ID });

  itWebapp('yields 40 named complex types and 2 named simple types, matching the file', () => {
    const source = readFileSync(WEBAPP, 'utf8');
    const s = load();
    const objects = s.types.filter((t) => t.type.kind === 'object');
    const simples = s.types.filter((t) => t.type.kind !== 'object');
    expect(objects).toHaveLength((source.match(/<xs:complexType\s+name=/g) ?? []).length);
    expect(simples).toHaveLength((source.match(/<xs:simpleType\s+name=/g) ?? []).length);
    expect(objects).toHaveLength(40);
    expect(simples.map((t) => t.name)).toEqual(['ResponseCode', 'WeekDay']);
  });

  itWebapp('every ref target resolves to a type in `types`', () => {
    const s = load();
    const ids = new Set(s.types.map((t) => t.id));
    const targets = new Set<string>();
    const walk = (t: IrType): void => {
      if (t.kind === 'ref') targets.add(t.target);
      else if (t.kind === 'object') for (const f of t.fields) walk(f.type);
      else if (t.kind === 'list') walk(t.item);
      else if (t.kind === 'union') for (const m of t.members) walk(m);
    };
    for (const t of [...s.types, ...s.roots]) walk(t.type);
    expect(targets.size).toBeGreaterThan(30);
    expect([...targets].filter((x) => !ids.has(x))).toEqual([]);
  });

  itWebapp('ServiceRequest and ServiceResponse are the roots', () => {
    const s = load();
    expect(s.roots.map((r) => r.name)).toEqual(['ServiceRequest', 'ServiceResponse']);
    const response = s.roots[1]!.type as IrObjectType;
    expect(response.content).toBe('sequence');
    expect(response.fields.map((f) => [f.name, f.occurs.min])).toEqual([
      ['responseCode', 1],
      ['responseErrorDetails', 0],
      ['count', 0],
      ['hasMoreRecords', 0],
      ['lastId', 0],
      ['data', 0],
    ]);
    expect(response.fields[0]!.type).toEqual({ kind: 'ref', target: `${ID}#ResponseCode` });
  });

  itWebapp('WebApp: 42 optional single fields in xs:all, defaults and inline enums kept', () => {
    const webApp = load().types.find((t) => t.name === 'WebApp')!.type as IrObjectType;
    expect(webApp.content).toBe('all');
    expect(webApp.fields).toHaveLength(42);
    expect(webApp.fields.every((f) => f.occurs.min === 0 && f.occurs.max === 1 && f.xml.node === 'element')).toBe(true);
    const field = (n: string) => webApp.fields.find((f) => f.name === n)!;
    expect(field('id').type).toEqual({ kind: 'primitive', builtin: 'long', facets: {} });
    expect(field('owner').type).toEqual({ kind: 'ref', target: `${ID}#User` });
    expect(field('scope')).toMatchObject({
      default: 'ALL',
      type: { kind: 'enum', base: 'string', values: ['ALL', 'LIMIT', 'SUBDOMAIN', 'DOMAINS'] },
    });
    expect(field('useSitemap')).toMatchObject({ default: 'false', type: { builtin: 'boolean' } });
    expect(webApp.fields.at(-1)!.name).toBe('crawlingScripts');
  });

  itWebapp('list wrappers: repeated children are unbounded; bounded WeekDay keeps max 7', () => {
    const s = load();
    const urlList = s.types.find((t) => t.name === 'UrlList')!.type as IrObjectType;
    const list = urlList.fields.find((f) => f.name === 'list')!.type as IrObjectType;
    expect(list.fields).toMatchObject([{ name: 'Url', occurs: { min: 0, max: 'unbounded' }, type: { kind: 'ref' } }]);
    const weekly = s.types.find((t) => t.name === 'WeeklyOccurrence')!.type as IrObjectType;
    const onDays = weekly.fields.find((f) => f.name === 'onDays')!.type as IrObjectType;
    expect(onDays.fields[0]).toMatchObject({ name: 'WeekDay', occurs: { min: 1, max: 7 } });
  });

  itWebapp('Criteria: simple content string with an enum `operator` attribute', () => {
    const criteria = load().types.find((t) => t.name === 'Criteria')!.type as IrObjectType;
    expect(criteria.content).toBe('simple');
    expect(criteria.fields.map((f) => [f.name, f.xml.node])).toEqual([
      ['field', 'attribute'],
      ['name', 'attribute'],
      ['operator', 'attribute'],
      ['value', 'text'],
    ]);
    expect(criteria.fields[2]!.type).toEqual({
      kind: 'enum',
      base: 'string',
      values: ['CONTAINS', 'IN', 'EQUALS', 'NOT EQUALS', 'GREATER', 'LESSER', 'NONE'],
    });
    expect(criteria.fields[3]!.type).toEqual({ kind: 'primitive', builtin: 'string', facets: {} });
  });

  itWebapp('ResponseCode enum values; UrlEntry inherits Cdata text and keeps its regex default', () => {
    const s = load();
    const rc = s.types.find((t) => t.name === 'ResponseCode')!.type;
    expect(rc.kind === 'enum' && rc.values).toHaveLength(20);
    expect(rc).toMatchObject({ kind: 'enum', base: 'string' });
    expect(rc.kind === 'enum' && [rc.values[0], rc.values.at(-1)]).toEqual([
      'AUTH_CREDENTIALS_NEEDED',
      'UNKNOWN_OBJECT',
    ]);
    expect(rc.kind === 'enum' && rc.values).toContain('SUCCESS');
    const entry = s.types.find((t) => t.name === 'UrlEntry')!.type as IrObjectType;
    expect(entry).toMatchObject({ content: 'simple', base: `${ID}#Cdata` });
    expect(entry.fields).toMatchObject([
      { name: 'regex', default: 'false', occurs: { min: 0, max: 1 } },
      { name: 'value', type: { kind: 'primitive', builtin: 'string' } },
    ]);
  });

  itWebapp('WebAppConfig keeps its sequence(choice) particle exactly', () => {
    const config = load().types.find((t) => t.name === 'WebAppConfig')!.type as IrObjectType;
    const p = config.particle as Extract<IrParticle, { items: unknown }>;
    expect(p.items.map((i) => i.kind)).toEqual(['choice']);
    expect(config.fields.map((f) => f.name)).toEqual(['cancelScansAfterNHours', 'cancelScansAt', 'defaultAuthRecord']);
  });
});
