/**
 * Example: the VM detection feed (`/api/2.0/fo/asset/host/vm/detection/?action=list`), streamed
 * host by host. The client follows the FO truncation (WARNING CODE 1980, next batch by `id_min`)
 * and, for pages above 64 KiB, yields each HOST as its end tag arrives, so memory stays flat
 * however many hosts the account has.
 * Run: `QSPEC_BASE_URL=http://127.0.0.1:8080 npx tsx examples/host-detections.ts [severities]`.
 */
import { exampleClient } from './example-client.js';

const q = exampleClient();
let hosts = 0;
let detections = 0;
for await (const host of q.vm.host.detection.list({
  showResults: true,
  showIgs: true,
  severities: process.argv[2] ?? '1-5',
  truncationLimit: 1000,
})) {
  const found = host.DETECTION_LIST.DETECTION;
  const worst = Math.max(...found.map((d) => Number(d.SEVERITY ?? 0)));
  const confirmed = found.filter((d) => d.TYPE === 'Confirmed').length;
  console.log(
    `${host.ID}\t${host.IP ?? host.DNS ?? '?'}\t${found.length} detection(s), ${confirmed} confirmed, worst severity ${worst}`,
  );
  hosts++;
  detections += found.length;
}
console.log(`${hosts} host(s), ${detections} detection(s)`);
