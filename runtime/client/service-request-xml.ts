/**
 * QPS `ServiceRequest` bodies from typed input: `filters` become `<filters><Criteria field=".."
 * operator="..">value</Criteria></filters>`, `preferences` (startFromId, limitResults, verbose...)
 * become `<preferences>`, and `data` (an object tree: arrays repeat an element, `@name` keys are
 * attributes) becomes `<data>`. Every text and attribute value is XML-escaped and every element
 * name is checked, so no input can inject markup.
 *
 * @see specs/was/schemas/webapp.xsd (ServiceRequest, Criteria, operators); the CSAM API guide (FilterRequest)
 */

export type CriteriaOperator =
  | 'EQUALS'
  | 'NOT EQUALS'
  | 'GREATER'
  | 'LESSER'
  | 'IN'
  | 'CONTAINS'
  | 'NONE'
  | 'BETWEEN'
  | 'ENDS WITH'
  | 'STARTS WITH';

export interface Criteria<F extends string = string> {
  readonly field: F;
  readonly operator: CriteriaOperator;
  readonly value: string | number | boolean | Date;
}

export interface ServicePreferences {
  readonly startFromId?: number | string;
  readonly startFromOffset?: number;
  readonly limitResults?: number;
  readonly verbose?: boolean;
}

/** An XML element tree: scalars become text, arrays repeat the element, `@x` keys are attributes. */
export type XmlData = {
  readonly [name: string]: XmlData | readonly XmlData[] | string | number | boolean | Date | null | undefined;
};

export interface ServiceRequestInput {
  readonly filters?: readonly Criteria[];
  readonly preferences?: ServicePreferences;
  readonly data?: XmlData;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function element(name: string, value: unknown, out: string[]): void {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${JSON.stringify(name)}`);
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const v of value) element(name, v, out);
    return;
  }
  if (value === null) {
    out.push(`<${name}/>`);
    return;
  }
  if (typeof value !== 'object' || value instanceof Date) {
    out.push(`<${name}>${escapeXml(scalar(value))}</${name}>`);
    return;
  }
  const attrs: string[] = [];
  const children: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.startsWith('@')) {
      const a = k.slice(1);
      if (!NAME.test(a)) throw new Error(`not an XML attribute name: ${JSON.stringify(a)}`);
      if (v !== undefined) attrs.push(` ${a}="${escapeXml(scalar(v))}"`);
    } else if (k === '#text') children.push(escapeXml(scalar(v)));
    else element(k, v, children);
  }
  out.push(`<${name}${attrs.join('')}>${children.join('')}</${name}>`);
}

/** Serialises the request; `root` is `ServiceRequest` (QPS) or the schema's root (`FilterRequest`). */
export function serviceRequestXml(input: ServiceRequestInput, root = 'ServiceRequest'): string {
  const parts: string[] = [];
  if (input.filters !== undefined && input.filters.length > 0) {
    const criteria = input.filters.map(
      (c) =>
        `<Criteria field="${escapeXml(c.field)}" operator="${escapeXml(c.operator)}">${escapeXml(scalar(c.value))}</Criteria>`,
    );
    parts.push(`<filters>${criteria.join('')}</filters>`);
  }
  if (input.preferences !== undefined) element('preferences', input.preferences, parts);
  if (input.data !== undefined) element('data', input.data, parts);
  if (!NAME.test(root)) throw new Error(`not an XML element name: ${JSON.stringify(root)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${parts.join('')}</${root}>`;
}
