/**
 * Example: launch a VM scan report, wait until it is finished, fetch it as typed XML
 * (ASSET_DATA_REPORT) and delete it. Reports run asynchronously: a fetch before the report is
 * Finished answers SIMPLE_RETURN CODE 7001 ("Report cannot be fetched."), which the client
 * raises as QualysSimpleReturnError.
 * Run: `QSPEC_BASE_URL=http://127.0.0.1:8080 npx tsx examples/report-launch-fetch.ts [ip]`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { QualysSimpleReturnError } from '../generated/index.js';
import { exampleClient } from './example-client.js';

const q = exampleClient();
const launched = await q.vm.report.launch({
  templateId: Number(process.env.QSPEC_REPORT_TEMPLATE ?? 91078695),
  reportTitle: 'Generated_by_Ruby_Qualys_gem',
  reportType: 'Scan',
  outputFormat: 'xml',
  ips: process.argv[2] ?? '203.0.113.62',
});
const id = launched.RESPONSE.ITEM_LIST?.ITEM.find((i) => i.KEY === 'ID')?.VALUE?.[0];
if (id === undefined) throw new Error(`no report ID in: ${launched.RESPONSE.TEXT}`);
console.log(`${launched.RESPONSE.TEXT}: report ${id}`);

let state = 'Submitted';
for (let attempt = 0; attempt < 30 && state !== 'Finished'; attempt++) {
  if (attempt > 0) await sleep(Number(process.env.QSPEC_POLL_MS ?? 10_000));
  const list = await q.vm.report.list({ id: Number(id) });
  const report = list.RESPONSE.REPORT_LIST?.REPORT.find((r) => r.ID === id);
  state = report?.STATUS.STATE ?? 'Unknown';
  console.log(`report ${id}: ${state}${report?.STATUS.PERCENT ? ` (${report.STATUS.PERCENT}%)` : ''}`);
  if (state === 'Errors' || state === 'Canceled') process.exit(1);
}

try {
  const fetched = await q.vm.report.fetch({ id: Number(id) });
  if (fetched instanceof ReadableStream || !('HEADER' in fetched)) throw new Error('expected an XML scan report');
  const hosts = fetched.HOST_LIST?.HOST ?? [];
  const vulns = hosts.reduce((n, h) => n + (h.VULN_INFO_LIST?.VULN_INFO.length ?? 0), 0);
  console.log(`${fetched.HEADER.TEMPLATE} by ${fetched.HEADER.USERNAME}: ${hosts.length} host(s), ${vulns} finding(s)`);
  for (const h of hosts) console.log(`  ${h.IP}\t${h.OPERATING_SYSTEM ?? ''}`);
} catch (e) {
  if (e instanceof QualysSimpleReturnError) console.error(`not fetchable yet: ${e.code} ${e.text}`);
  else throw e;
  process.exitCode = 1;
}
const deleted = await q.vm.report.delete({ id: Number(id) });
console.log(deleted.RESPONSE.TEXT);
