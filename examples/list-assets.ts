/**
 * Example: page through CSAM assets (gateway v2 `search/am/asset`, JWT fetched and refreshed by
 * the client, paged by `lastSeenAssetId`), printing the cursor after each page so a run can be
 * resumed. Run: `QSPEC_BASE_URL=http://127.0.0.1:8080 npx tsx examples/list-assets.ts [cursor]`.
 */
import { exampleClient } from './example-client.js';

const q = exampleClient();
const cursor = process.argv[2];
for await (const page of q.csam.asset.search.v2({ pageSize: 100, ...(cursor ? { cursor } : {}) }).pages()) {
  for (const asset of page.records) console.log(JSON.stringify(asset));
  console.error(`page of ${page.records.length}; next cursor: ${page.next ?? '(last page)'}`);
}
