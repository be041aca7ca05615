/**
 * One synthetic `WebApp` record (`search/was/webapp` ServiceResponse data), valid against
 * specs/was/schemas/webapp.xsd: the `xs:all` children in a random order, a random subset of the
 * optional fields (owner, scope, domains, uris, attributes, profiles, scanner, URL black/white
 * lists with `regex` attributes, tags, comments, schedules, config choice, users, dates), CDATA
 * and escaped text (`&amp;`, `&lt;`) as in the recorded responses of specs/was/examples/.
 * Chosen so the naive peer (fast-xml-parser + ajv) also accepts it and does all of its work:
 * booleans are `true`/`false` (ajv cannot coerce the valid xs:boolean `1`/`0`) and every
 * attribute-bearing simple-content element carries its attribute (fast-xml-parser makes a bare
 * string of `<UrlEntry>x</UrlEntry>`, where the emitted JSON Schema wants `{ value, regex? }`).
 *
 * @see specs/was/schemas/webapp.xsd (WebApp, UrlList, TagList, CommentList, SchedulePlanification)
 */
import type { SeededPrng } from '../lib/seeded-prng.js';

const WORDS = ['portal', 'billing', 'api', 'shop', 'intranet', 'hr', 'crm', 'docs', 'status', 'auth', 'cdn', 'wiki'];
const TLDS = ['com', 'net', 'io', 'org', 'example'];
const FIRST = ['Ada', 'Linus', 'Grace', 'Ken', 'Barbara', 'Dennis', 'Margaret', 'Radia'];
const LAST = ['Lovelace', 'Torvalds', 'Hopper', 'Thompson', 'Liskov', 'Ritchie', 'Hamilton', 'Perlman'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const cdata = (s: string) => `<![CDATA[${s}]]>`;

function host(r: SeededPrng): string {
  return `${r.pick(WORDS)}${r.int(1, 999)}.${r.pick(WORDS)}.${r.pick(TLDS)}`;
}

function date(r: SeededPrng): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const frac = r.chance(0.2) ? `.${r.int(0, 999)}` : '';
  const zone = r.chance(0.8) ? 'Z' : `${r.pick(['+', '-'])}${p(r.int(0, 12))}:${r.pick(['00', '30'])}`;
  return `${r.int(2015, 2024)}-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}${frac}${zone}`;
}

function user(r: SeededPrng, tag: string): string {
  const parts = [`<id>${r.int(1000000, 99999999)}</id>`];
  if (r.chance(0.7)) parts.push(`<username>qualys_${r.pick(WORDS)}${r.int(1, 99)}</username>`);
  if (r.chance(0.6)) parts.push(`<firstName>${cdata(r.pick(FIRST))}</firstName>`);
  if (r.chance(0.6)) parts.push(`<lastName>${cdata(r.pick(LAST))}</lastName>`);
  return `<${tag}>${r.shuffle(parts).join('')}</${tag}>`;
}

function list(tag: string, item: string, n: number, body: () => string): string {
  const items = Array.from({ length: n }, () => `\n          <${item}>${body()}</${item}>`).join('');
  return `<${tag}>\n        <count>${n}</count>\n        <list>${items}\n        </list>\n      </${tag}>`;
}

function schedule(r: SeededPrng): string {
  const kind = r.pick(['hourly', 'daily', 'weekly'] as const);
  const occurrence =
    kind === 'hourly'
      ? `<hourlyOccurrence><everyNHours>${r.int(1, 12)}</everyNHours></hourlyOccurrence>`
      : kind === 'daily'
        ? `<dailyOccurrence><everyNDays>${r.int(1, 7)}</everyNDays><occurrenceCount>${r.int(1, 50)}</occurrenceCount></dailyOccurrence>`
        : `<weeklyOccurrence><everyNWeeks>${r.int(1, 4)}</everyNWeeks><onDays>${r
            .shuffle(DAYS)
            .slice(0, r.int(1, 3))
            .map((d) => `<WeekDay>${d}</WeekDay>`)
            .join('')}</onDays></weeklyOccurrence>`;
  return `<malwareScheduling><startDate>${date(r)}</startDate><timeZone><code>America/New_York</code><offset>-05:00</offset></timeZone><occurrenceType>${kind.toUpperCase()}</occurrenceType><occurrence>${occurrence}</occurrence></malwareScheduling>`;
}

/** The fields of one WebApp, each present with some probability, in xs:all (random) order. */
export function webappRecord(r: SeededPrng, index: number): string {
  const h = host(r);
  const fields: string[] = [
    `<id>${10000000 + index}</id>`,
    `<name>${cdata(`${r.pick(WORDS)} ${r.pick(WORDS)} & ${r.pick(WORDS)} <${index}>`)}</name>`,
    `<url>${cdata(`https://${h}/${r.pick(WORDS)}?a=1&b=${index}`)}</url>`,
  ];
  const maybe = (p: number, make: () => string) => {
    if (r.chance(p)) fields.push(make());
  };
  maybe(0.5, () => `<os>Linux 4.${r.int(0, 19)} &amp; nginx/1.${r.int(10, 25)}</os>`);
  maybe(0.9, () => user(r, 'owner'));
  maybe(0.6, () => `<scope>${r.pick(['ALL', 'LIMIT', 'SUBDOMAIN', 'DOMAINS'])}</scope>`);
  maybe(0.3, () => list('domains', 'Domain', r.int(1, 3), () => cdata(host(r))));
  maybe(0.4, () => list('uris', 'Url', r.int(1, 4), () => cdata(`https://${h}/${r.pick(WORDS)}/`)));
  maybe(0.3, () =>
    list(
      'attributes',
      'Attribute',
      r.int(1, 3),
      () => `<name>${cdata(r.pick(WORDS))}</name><value>${cdata(`v${r.int(0, 99)}`)}</value>`,
    ),
  );
  maybe(
    0.7,
    () =>
      `<defaultProfile><id>${r.int(100, 99999)}</id><name>${cdata(`Initial ${r.pick(WORDS)} profile`)}</name></defaultProfile>`,
  );
  maybe(0.6, () => `<defaultScanner><type>${r.pick(['EXTERNAL', 'INTERNAL'])}</type></defaultScanner>`);
  maybe(0.5, () => `<scannerLocked>${r.pick(['true', 'false'])}</scannerLocked>`);
  maybe(0.4, () => `<progressiveScanning>${r.pick(['true', 'false'])}</progressiveScanning>`);
  maybe(0.3, () => `<redundancyLinks>${r.int(0, 20)}</redundancyLinks>`);
  maybe(0.3, () =>
    list('urlBlacklist', 'UrlEntry', r.int(1, 3), () => cdata(`/${r.pick(WORDS)}/.*`)).replace(
      /<UrlEntry>/g,
      () => `<UrlEntry regex="${r.pick(['true', 'false'])}">`,
    ),
  );
  maybe(0.2, () =>
    list('urlWhitelist', 'UrlEntry', r.int(1, 2), () => cdata(`https://${h}/`)).replace(
      /<UrlEntry>/g,
      '<UrlEntry regex="false">',
    ),
  );
  maybe(0.3, () => `<useRobots>${r.pick(['IGNORE', 'ADD_PATHS', 'BLACKLIST'])}</useRobots>`);
  maybe(0.3, () => `<useSitemap>${r.pick(['true', 'false'])}</useSitemap>`);
  maybe(0.2, () => `<malwareMonitoring>${r.pick(['true', 'false'])}</malwareMonitoring>`);
  maybe(0.1, () => `<malwareTaskId>${r.int(1, 9999999)}</malwareTaskId>`);
  maybe(0.15, () => schedule(r));
  maybe(0.8, () => {
    const n = r.int(0, 3);
    return n === 0
      ? '<tags>\n        <count>0</count>\n      </tags>'
      : list('tags', 'Tag', n, () => `<id>${r.int(1000, 9999999)}</id><name>${cdata(`${r.pick(WORDS)}-tag`)}</name>`);
  });
  maybe(0.2, () =>
    list(
      'comments',
      'Comment',
      r.int(1, 2),
      () =>
        `<contents>${cdata(`checked by ${r.pick(FIRST)} &lt;ok&gt;`)}</contents>${user(r, 'author')}<createdDate>${date(r)}</createdDate>`,
    ),
  );
  maybe(0.5, () => `<isScheduled>${r.pick(['true', 'false'])}</isScheduled>`);
  maybe(
    0.4,
    () =>
      `<lastScan><id>${r.int(1000000, 9999999)}</id><name>${cdata(`Web Application Vulnerability Scan - ${h}`)}</name></lastScan>`,
  );
  maybe(0.6, () => user(r, 'createdBy'));
  maybe(0.9, () => `<createdDate>${date(r)}</createdDate>`);
  maybe(0.5, () => user(r, 'updatedBy'));
  maybe(0.9, () => `<updatedDate>${date(r)}</updatedDate>`);
  maybe(
    0.1,
    () =>
      `<proxy><id>${r.int(1, 999)}</id><name>${cdata('corp proxy')}</name><url>${cdata(`http://proxy.${h}:3128`)}</url></proxy>`,
  );
  maybe(0.2, () =>
    r.chance(0.5)
      ? `<config><cancelScansAfterNHours>${r.int(1, 24)}</cancelScansAfterNHours></config>`
      : `<config><defaultAuthRecord><id>${r.int(1, 99999)}</id><name>${cdata('form login')}</name></defaultAuthRecord></config>`,
  );
  return `    <WebApp>\n      ${r.shuffle(fields).join('\n      ')}\n    </WebApp>\n`;
}

export const webappDocument = {
  head: (countDigits: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://qualysapi.qualys.com/qps/xsd/3.0/was/webapp.xsd">\n  <responseCode>SUCCESS</responseCode>\n  <count>${'0'.repeat(countDigits)}</count>\n  <hasMoreRecords>false</hasMoreRecords>\n  <data>\n`,
  tail: '  </data>\n</ServiceResponse>\n',
  record: webappRecord,
};
