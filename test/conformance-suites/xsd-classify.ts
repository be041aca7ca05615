/**
 * Groups the XSD suite cases where qspec is not right by the construct behind them, so the
 * committed expectations (xsd-expected.json) give one reason per construct instead of one per
 * test. A refusal is grouped by what its message names; a wrong verdict or a crash by the first
 * construct, in the order of `CONTENT_RULES`, that the test's schema documents (or, for
 * `xsi:type`/`xsi:nil`, its instance) use; failing that, by the suite's test set.
 *
 * The grouping is a heuristic over the test's text (a schema using wildcards and namespaces is
 * filed under wildcards); it explains counts, it does not prove a cause.
 */
import { readFileSync } from 'node:fs';
import type { XsdCase } from './xsd-catalog.js';
import type { CaseResult } from './xsd-run.js';

/** Refusal message → construct (first match wins). */
const REFUSAL_RULES: readonly (readonly [RegExp, string])[] = [
  [/xs:redefine/, 'redefine'],
  [/built-in type xs:g(Year|Month|Day)/, 'g* date types'],
  [/facets on a derived xs:(list|union)/, 'list/union facets'],
  [/xs:(key|keyref|unique)\b/, 'identity constraints'],
  [/XsdExternalRef/, 'external schema documents'],
  [/XsdPatternUnsupported|pattern/, 'xs:pattern'],
  [/XmlEntityDeclared/, 'entity declarations (policy)'],
  [/XsdTooDeep|XsdDerivationTooLong/, 'limits'],
  [/built-in type/, 'other built-in types'],
  [/facet xs:/, 'unknown facets'],
  [/ (next to|inside) xs:|at the top level/, 'misplaced schema elements'],
  [/refers to itself/, 'recursive definitions'],
];

/** The message of a wrong verdict → construct, before the markup rules. */
const DETAIL_RULES: readonly (readonly [RegExp, string])[] = [
  [/WrongRoot root element <[^>\s:]+:/, 'namespaces'],
  [/duplicate global xs:/, 'namespaces'],
  [/SpecFileMissing/, 'include/import'],
  [/circular type derivation|refers to itself|circular simple type/, 'recursive definitions'],
];

/** Markup in the schema documents (or instance) → construct; the first rule that matches wins. */
const CONTENT_RULES: readonly (readonly [where: 'schema' | 'instance', RegExp, string])[] = [
  ['schema', /<(\w+:)?redefine\b/, 'redefine'],
  ['instance', /\bxsi:type\s*=/, 'xsi:type'],
  ['schema', /\bsubstitutionGroup\s*=/, 'substitution groups'],
  ['schema', /<(\w+:)?(any|anyAttribute)\b/, 'wildcards'],
  ['schema', /<(\w+:)?(unique|key|keyref)\b/, 'identity constraints'],
  ['instance', /\bxsi:nil\s*=/, 'xsi:nil'],
  ['schema', /\b(abstract|block|final|blockDefault|finalDefault)\s*=/, 'abstract/block/final'],
  ['schema', /<(\w+:)?pattern\b/, 'xs:pattern'],
  ['schema', /<(\w+:)?(list|union)\b/, 'list/union types'],
  ['schema', /<(\w+:)?(import|include)\b/, 'include/import'],
  ['schema', /\b(targetNamespace|elementFormDefault|attributeFormDefault|form)\s*=/, 'namespaces'],
  ['schema', /\b(default|fixed)\s*=/, 'default/fixed values'],
  ['schema', /\btype\s*=\s*"[^"]*:(ID|IDREFS?|ENTIT(Y|IES)|NOTATION|QName)"/, 'ID/IDREF/ENTITY/NOTATION/QName'],
];

/** Test set (file name in *Meta/) → construct, the fallback. */
const SET_NAMES: Readonly<Record<string, string>> = {
  DataTypes: 'datatypes and facets',
  SimpleType: 'datatypes and facets',
  SType: 'datatypes and facets',
  Particles: 'content models',
  ModelGroups: 'content models',
  MGroup: 'content models',
  MGroupDef: 'content models',
  Group: 'content models',
  ComplexType: 'complex types',
  CType: 'complex types',
  Element: 'element declarations',
  ElemDecl: 'element declarations',
  Attribute: 'attribute declarations',
  AttrDecl: 'attribute declarations',
  AttrUse: 'attribute declarations',
  AttributeGroup: 'attribute declarations',
  AGroupDef: 'attribute declarations',
  Notations: 'notations',
  Notation: 'notations',
  Regex: 'xs:pattern',
};

const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The construct a failing case is filed under. */
export function constructOf(c: XsdCase, r: CaseResult): string {
  if (r.outcome === 'refused') {
    const detail = r.detail ?? '';
    for (const [re, name] of REFUSAL_RULES) if (re.test(detail)) return name;
    return 'other unsupported constructs';
  }
  if (r.warnings?.includes('XsdPatternUnsupported')) return 'xs:pattern';
  if (r.outcome !== 'valid') {
    for (const [re, name] of DETAIL_RULES) if (re.test(r.detail ?? '')) return name;
  }
  const schema = c.schemas.map(read).join('\n');
  const instance = c.instance ? read(c.instance) : '';
  for (const [where, re, name] of CONTENT_RULES) if (re.test(where === 'schema' ? schema : instance)) return name;
  const set = c.id.split('/')[1] ?? '';
  return SET_NAMES[set] ?? 'other';
}

/** How a case's outcome relates to its expected verdict. */
export type Agreement = 'agrees' | 'disagrees' | 'refused' | 'crashed';

export function agreement(c: XsdCase, r: CaseResult): Agreement {
  if (r.outcome === 'refused') return 'refused';
  if (r.outcome === 'crashed') return 'crashed';
  return r.outcome === c.expected ? 'agrees' : 'disagrees';
}
