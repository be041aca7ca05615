/**
 * `generated/schema-registry.ts`: every schema's validator keyed by schema id, so the client, the
 * mock server and `qspec validate` find a validator from an endpoint's schema reference.
 */
import type { IrSchema } from '../../ir/ir-types.js';
import { type EmittedFile, GENERATED_HEADER } from '../emitted-file.js';
import { schemaOutputPath } from '../naming.js';
import { literal } from '../types/ts-source.js';

export function emitSchemaRegistry(schemas: readonly IrSchema[]): EmittedFile {
  const imports = schemas.map(
    (s, i) => `import * as S${i} from './${schemaOutputPath(s.id).replace(/\.ts$/, '.js')}';`,
  );
  const entries = schemas.map((s, i) =>
    s.format === 'json-schema'
      ? `  ${literal(s.id)}: { id: ${literal(s.id)}, format: 'json-schema', validate: S${i}.validate, schema: S${i}.jsonSchema },`
      : `  ${literal(s.id)}: { id: ${literal(s.id)}, format: ${literal(s.format)}, model: S${i}.model },`,
  );
  return {
    path: 'schema-registry.ts',
    content:
      `${GENERATED_HEADER}/** Every schema's compiled validator, keyed by schema id (path under specs/). */\n` +
      `import type { SchemaEntry } from './runtime/schema-entry.js';\n${imports.join('\n')}\n\n` +
      `export const schemaRegistry: Readonly<Record<string, SchemaEntry>> = {\n${entries.join('\n')}\n};\n`,
  };
}
