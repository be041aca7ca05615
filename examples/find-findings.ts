/**
 * Example: search WAS findings of one QID (QPS `search/was/finding`, paged by `id GREATER lastId`)
 * and print id, QID and name of each. Run: `QSPEC_BASE_URL=http://127.0.0.1:8080 npx tsx examples/find-findings.ts [qid]`.
 */
import { exampleClient } from './example-client.js';

const q = exampleClient();
const qid = process.argv[2] ?? '150210';
let n = 0;
for await (const finding of q.was.finding.search({ filters: [{ field: 'qid', operator: 'EQUALS', value: qid }] })) {
  console.log(`${finding.id ?? '?'}\t${finding.qid ?? '?'}\t${finding.name ?? ''}`);
  n++;
}
console.log(`${n} finding(s) for QID ${qid}; rate limit: ${JSON.stringify(q.lastRateLimit ?? {})}`);
