/**
 * Emits `generated/platforms.ts`: the Qualys platforms of `specs/platforms.yaml` (API server and
 * gateway URL per platform; `{base}` placeholders for private cloud), keyed by id, sorted.
 *
 * @see specs/platforms.yaml; runtime/client/platform-model.ts
 */
import type { IrDocument } from '../../ir/ir-document.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { docComment, literal } from '../types/ts-source.js';

export function emitPlatforms(doc: IrDocument): EmittedFile {
  const entries = [...doc.platforms]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const json = JSON.stringify({ id: p.id, name: p.name, apiUrl: p.apiUrl, gatewayUrl: p.gatewayUrl });
      return `${docComment(p.name, '  ')}  ${literal(p.id)}: ${json},`;
    });
  const content = [
    GENERATED_HEADER + docComment('Qualys platforms: API server and gateway URLs.').trimEnd(),
    "import type { PlatformModel } from './runtime/client/platform-model.js';",
    `export const platforms = {\n${entries.join('\n')}\n} as const satisfies Readonly<Record<string, PlatformModel>>;`,
    'export type PlatformId = keyof typeof platforms;',
  ].join('\n\n');
  return { path: 'platforms.ts', content: `${content}\n` };
}
