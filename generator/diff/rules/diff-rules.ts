/**
 * The catalogue of diff rules: every stable rule id, its default severity for each direction,
 * what it detects and a one-line example. `qspec diff --list-rules` prints this list and
 * `docs/diff-rules.md` documents it; a test checks that every id has a fixture pair.
 *
 * Severity follows the direction: a narrower request type breaks callers (they send what is now
 * refused), a wider response can break readers (a new enum value hits an exhaustive switch).
 *
 * @see docs/diff-rules.md
 */
import type { DiffDirection, DiffSeverity } from '../diff-finding.js';

export interface DiffRule {
  readonly id: string;
  readonly severity: Readonly<Record<DiffDirection, DiffSeverity>>;
  readonly summary: string;
  readonly example: string;
}

const both = (s: DiffSeverity): Record<DiffDirection, DiffSeverity> => ({ request: s, response: s });
const dir = (request: DiffSeverity, response: DiffSeverity): Record<DiffDirection, DiffSeverity> => ({
  request,
  response,
});

/** Sorted by id. Ids are never renamed; new rules are added here with a fixture pair. */
export const diffRules: readonly DiffRule[] = [
  {
    id: 'attribute-added',
    severity: both('info'),
    summary: 'An optional attribute was added.',
    example: '<DAILY frequency_days="1"/> gains optional `timezone`',
  },
  {
    id: 'attribute-became-optional',
    severity: dir('info', 'breaking'),
    summary: 'A required attribute became optional: readers can no longer rely on it.',
    example: '`@id` use="required" → use="optional"',
  },
  {
    id: 'attribute-became-required',
    severity: dir('breaking', 'info'),
    summary: 'An optional attribute became required: callers that omit it are refused.',
    example: '`@frequency_days` #IMPLIED → #REQUIRED',
  },
  {
    id: 'attribute-removed',
    severity: both('breaking'),
    summary: 'An attribute was removed.',
    example: '`Criteria/@operator` removed',
  },
  {
    id: 'content-model-changed',
    severity: both('warning'),
    summary: 'The compositor of a content model changed (sequence, choice, all, mixed, empty, simple).',
    example: '`(a, b)` → `(a | b)`',
  },
  {
    id: 'default-changed',
    severity: both('warning'),
    summary: 'A default (or fixed) value was added, removed or changed.',
    example: '`sendOneMail` default="false" → default="true"',
  },
  {
    id: 'element-added',
    severity: both('info'),
    summary: 'An optional element (or JSON property) was added.',
    example: '`AzureAssetSourceSimple` gains optional `virtualNetwork`',
  },
  {
    id: 'element-became-optional',
    severity: dir('info', 'breaking'),
    summary: 'A required element became optional: readers can no longer rely on it.',
    example: '`SCAN/TARGET` → `TARGET?`',
  },
  {
    id: 'element-became-required',
    severity: dir('breaking', 'info'),
    summary: 'An optional element became required: requests without it are refused.',
    example: '`name` minOccurs="0" → minOccurs="1"',
  },
  {
    id: 'element-removed',
    severity: both('breaking'),
    summary: 'An element (or JSON property) was removed.',
    example: '`HostAsset/ipv6` removed',
  },
  {
    id: 'endpoint-added',
    severity: both('info'),
    summary: 'A new endpoint.',
    example: '`easm.profile.status` GET /easm/v1/profile/status',
  },
  {
    id: 'endpoint-removed',
    severity: both('breaking'),
    summary: 'An endpoint was removed.',
    example: '`was.wasscan.download` removed',
  },
  {
    id: 'enum-value-added',
    severity: dir('info', 'warning'),
    summary: 'A new enumeration value: harmless in a request, can break an exhaustive switch in a response.',
    example: 'FromAddressOption gains `OWNER`',
  },
  {
    id: 'enum-value-removed',
    severity: dir('breaking', 'info'),
    summary: 'An enumeration value was removed: callers sending it are refused.',
    example: 'ResponseCode loses `NOT_FOUND`',
  },
  {
    id: 'facet-narrowed',
    severity: dir('breaking', 'info'),
    summary: 'A facet got stricter (length, range, digits, pattern added or changed).',
    example: 'maxLength 256 → 128',
  },
  {
    id: 'facet-widened',
    severity: dir('info', 'warning'),
    summary: 'A facet got looser (bound raised or removed): readers may see values they did not expect.',
    example: 'maxInclusive 100 → 1000',
  },
  {
    id: 'method-changed',
    severity: both('breaking'),
    summary: 'The HTTP method of an endpoint changed.',
    example: 'GET → POST',
  },
  {
    id: 'occurrence-narrowed',
    severity: dir('breaking', 'info'),
    summary: 'An element may occur fewer times (maxOccurs lowered, minOccurs raised above 1).',
    example: 'maxOccurs="10" → maxOccurs="5"',
  },
  {
    id: 'occurrence-widened',
    severity: dir('info', 'warning'),
    summary: 'An element may occur more times (maxOccurs raised, above 1 already).',
    example: 'maxOccurs="5" → maxOccurs="unbounded"',
  },
  {
    id: 'param-added',
    severity: both('info'),
    summary: 'A new optional parameter.',
    example: '`show_cloud_details` added to vm.schedule.scan.list',
  },
  {
    id: 'param-became-optional',
    severity: both('info'),
    summary: 'A required parameter became optional.',
    example: '`title` required → optional',
  },
  {
    id: 'param-became-required',
    severity: both('breaking'),
    summary: 'An optional parameter became required.',
    example: '`scan_ref` optional → required',
  },
  {
    id: 'param-enum-value-added',
    severity: both('info'),
    summary: 'A parameter accepts a new value.',
    example: '`include_hosts_summary_categories` gains `failed_slice`',
  },
  {
    id: 'param-enum-value-removed',
    severity: both('breaking'),
    summary: 'A parameter no longer accepts a value.',
    example: '`output_format` loses `csv`',
  },
  {
    id: 'param-removed',
    severity: both('breaking'),
    summary: 'A parameter was removed.',
    example: '`echo_request` removed',
  },
  {
    id: 'param-type-changed',
    severity: both('breaking'),
    summary: 'The type, location or list-ness of a parameter changed, or it became constrained.',
    example: '`id` string → integer',
  },
  {
    id: 'path-changed',
    severity: both('breaking'),
    summary: 'The URL path of an endpoint changed.',
    example: '/pci/compliance/summary → /pci/reporting/complianceSummary',
  },
  {
    id: 'repeated-became-single',
    severity: dir('breaking', 'warning'),
    summary: 'A repeating element became single (maxOccurs > 1 → 1).',
    example: '`DNS+` → `DNS`',
  },
  {
    id: 'required-attribute-added',
    severity: dir('breaking', 'info'),
    summary: 'A new required attribute: requests without it are refused.',
    example: '`Criteria` gains required `field`',
  },
  {
    id: 'required-element-added',
    severity: dir('breaking', 'info'),
    summary: 'A new required element (or JSON property): requests without it are refused.',
    example: '`WasScanSchedule` gains required `name`',
  },
  {
    id: 'required-param-added',
    severity: both('breaking'),
    summary: 'A new required parameter.',
    example: '`yourName` (required) added',
  },
  {
    id: 'response-schema-changed',
    severity: both('breaking'),
    summary: 'A request or response body now points at another schema or root element, or its body kind changed.',
    example: '200 body schema `old.xsd#A` → `new.xsd#B`',
  },
  {
    id: 'schema-added',
    severity: both('info'),
    summary: 'A new schema file.',
    example: '`easm/schemas/profile-status.schema.json` added',
  },
  {
    id: 'schema-removed',
    severity: both('warning'),
    summary: 'A schema file was removed.',
    example: '`vm/schemas/old_output.dtd` removed',
  },
  {
    id: 'single-became-repeated',
    severity: dir('warning', 'breaking'),
    summary: 'A single element may now repeat (maxOccurs 1 → more): a value becomes an array.',
    example: '`DNS` → `DNS+`',
  },
  {
    id: 'type-added',
    severity: both('info'),
    summary: 'A new named type.',
    example: 'complexType `WebAppFindingHistory` added',
  },
  {
    id: 'type-changed',
    severity: both('breaking'),
    summary: 'The type of an element, attribute or property changed (different builtin, named type or kind).',
    example: '`base` xs:string → xs:float',
  },
  {
    id: 'type-removed',
    severity: both('warning'),
    summary: 'A named type was removed.',
    example: 'complexType `WasScanRef` removed',
  },
];

const byId = new Map(diffRules.map((r) => [r.id, r]));

/** The rule for an id; throws (a bug) for an unknown id. */
export function diffRule(id: string): DiffRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown diff rule '${id}'`);
  return rule;
}

export function isDiffRuleId(id: string): boolean {
  return byId.has(id);
}
