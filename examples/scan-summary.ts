/**
 * Example: FO API 2.0 scan summary (`/api/2.0/fo/scan/vm/summary/?action=list`) with the
 * categories added in 2022, handling a SIMPLE_RETURN error as its typed class.
 * Run: `QSPEC_BASE_URL=http://127.0.0.1:8080 npx tsx examples/scan-summary.ts scan/1234567890.12345`.
 */
import { QualysSimpleReturnError } from '../generated/index.js';
import { exampleClient } from './example-client.js';

const q = exampleClient();
try {
  let n = 0;
  for await (const summary of q.vm.scan.summary.list({
    scanReference: process.argv[2] ?? 'scan/1234567890.12345',
    includeHostsSummaryCategories: ['failed_slice', 'exceeded_scan_duration'],
  })) {
    console.log(JSON.stringify(summary, null, 2));
    n++;
  }
  console.log(`${n} scan summary record(s)`);
} catch (e) {
  if (e instanceof QualysSimpleReturnError) console.error(`Qualys says ${e.code}: ${e.text}`);
  else throw e;
  process.exitCode = 1;
}
