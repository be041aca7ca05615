/**
 * Datasets over the real specs with hand-written example bodies, for the seeding tests: a QPS
 * Tag record and ServiceResponse, example metadata, and a Dataset whose schema-generated
 * fallback body is scripted (and every call to it recorded).
 */
import { Dataset, type DatasetSource } from '../../../../conformance/mock/dataset/dataset.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import type { IrExample } from '../../../../generator/ir/ir-endpoint.js';

export const TAG = (id: string, extra = '') => `<Tag><id>${id}</id><name>t${id}</name>${extra}</Tag>`;

export const SR = (records: string, code = 'SUCCESS', root = 'ServiceResponse') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root}><responseCode>${code}</responseCode><count>1</count><data>${records}</data></${root}>`;

export const example = (name: string, status = 200, expect_: 'valid' | 'invalid' = 'valid') =>
  ({ name, status, expect: expect_, kind: 'response', file: '', contentType: 'x' }) as IrExample;

/** A dataset of `doc` answering from `bodies` (examples per endpoint id); `generated` scripts the fallback. */
export function scriptedDataset(
  doc: IrDocument,
  bodies: Record<string, [IrExample, string][]>,
  generated: string[] = [],
  records = 4,
) {
  const calls: string[] = [];
  const source: Omit<DatasetSource, 'doc'> = {
    examples: new Map(Object.entries(bodies).map(([k, v]) => [k, v.map(([e, body]) => ({ example: e, body }))])),
    records,
    generated: (e, r) => {
      calls.push(`${e.id} ${r.status}`);
      const g = generated.shift();
      if (g === undefined) throw new Error('generated asked once too often');
      return g;
    },
  };
  return { d: new Dataset({ doc, ...source }), calls };
}
