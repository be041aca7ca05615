/**
 * `streamRecords` edges: a record path that names nothing is refused before any input is read,
 * and a record that closes only when the input ends (the root itself as the record, its end tag
 * the last bytes) is still yielded, after the last chunk.
 */
import { describe, expect, it } from 'vitest';
import { streamRecords } from '../../../../runtime/xml/stream-records.js';
import { serviceResponseModel } from '../../../fixtures/runtime-xml/service-response-model.js';

const doc = '<ServiceResponse><responseCode>SUCCESS</responseCode><count>0</count></ServiceResponse>';

async function collect(gen: AsyncGenerator<unknown, unknown>): Promise<{ records: unknown[]; result: unknown }> {
  const records: unknown[] = [];
  for (;;) {
    const step = await gen.next();
    if (step.done) return { records, result: step.value };
    records.push(step.value);
  }
}

describe('streamRecords edges', () => {
  it('refuses an empty record path, naming the function', async () => {
    let read = false;
    const source = (function* () {
      read = true;
      yield doc;
    })();
    await expect(collect(streamRecords(source, serviceResponseModel, { recordPath: [] }))).rejects.toThrow(
      /^streamRecords: recordPath must name at least the root$/,
    );
    expect(read).toBe(false);
  });

  it('yields the root as a record when its end tag is the last input, in one chunk or byte by byte', async () => {
    for (const chunks of [[doc], [...doc]]) {
      const { records, result } = await collect(
        streamRecords(chunks, serviceResponseModel, { recordPath: ['ServiceResponse'] }),
      );
      expect(result).toMatchObject({ valid: true });
      expect(records).toEqual([{ responseCode: 'SUCCESS', count: 0 }]);
    }
  });
});
