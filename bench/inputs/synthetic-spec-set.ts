/**
 * Builds a synthetic spec set N times larger than specs/ for the `qspec generate` scaling bench:
 * the original folder plus N-1 copies of every resource, inside the same module folders (the spec
 * format only allows am|was|vm|pc|csam|easm|pci), each copy with a suffixed resource name
 * (`webapp-copy3`), endpoint ids in a suffixed namespace (`was.webappCopy3.search`), a suffixed path (routes stay
 * unique), its own copy of the module's schemas (`schemas/webapp-copy3.xsd`, flat as the loader
 * wants; no schema here includes another, so copies stay self-contained: schema work grows too)
 * and of its endpoints' examples (`examples/<new id>/`).
 *
 * @see generator/parse/spec/spec-format.schema.json (resource and id patterns)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

export interface SpecSetStats {
  readonly dir: string;
  readonly specFiles: number;
  readonly endpoints: number;
  readonly schemaFiles: number;
}

const SCHEMA_FILE = /\.(xsd|dtd|schema\.json)$/;

function countFiles(dir: string, test: (f: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? countFiles(p, test) : test(e.name) ? 1 : 0;
  }
  return n;
}

/** `webapp.xsd` → `webapp-copy3.xsd`; `a.schema.json` → `a-copy3.schema.json`. */
function copyName(file: string, suffix: string): string {
  return file.replace(SCHEMA_FILE, (ext) => `-${suffix}${ext}`);
}

/** Copies `specsDir` to `outDir` and adds `factor - 1` renamed copies of every resource. */
export function buildSyntheticSpecSet(specsDir: string, outDir: string, factor: number): SpecSetStats {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(specsDir, outDir, { recursive: true });
  let endpoints = 0;
  const modules = readdirSync(specsDir).filter((m) => statSync(path.join(specsDir, m)).isDirectory());
  for (const module of modules) {
    const from = path.join(specsDir, module);
    const yamls = readdirSync(from).filter((f) => f.endsWith('.yaml'));
    for (let copy = 1; copy < factor; copy++) {
      const suffix = `copy${copy}`;
      const schemas = path.join(from, 'schemas');
      if (existsSync(schemas)) {
        for (const f of readdirSync(schemas).filter((n) => SCHEMA_FILE.test(n))) {
          cpSync(path.join(schemas, f), path.join(outDir, module, 'schemas', copyName(f, suffix)));
        }
      }
      for (const file of yamls) {
        const doc = parseDocument(readFileSync(path.join(from, file), 'utf8'));
        const resource = String(doc.get('resource'));
        doc.set('resource', `${resource}-${suffix}`);
        visit(doc, {
          Pair(_key, pair) {
            if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
            const value = pair.value.value;
            if (pair.key.value === 'file' && SCHEMA_FILE.test(value) && value.startsWith('schemas/')) {
              pair.value.value = `schemas/${copyName(value.slice('schemas/'.length), suffix)}`;
            }
          },
        });
        const list = doc.get('endpoints');
        if (isMap(list) || !list || typeof list !== 'object' || !('items' in list)) continue;
        for (const item of (list as { items: unknown[] }).items) {
          if (!isMap(item)) continue;
          const id = String(item.get('id'));
          // A new namespace per copy (`was.webappCopy3.search`): a suffix on the last segment would
          // turn an existing method into a namespace.
          const [head, second, ...rest] = id.split('.');
          const newId = [head, `${second}Copy${copy}`, ...rest].join('.');
          item.set('id', newId);
          item.set('path', `${String(item.get('path')).replace(/\/$/, '')}/${suffix}`);
          endpoints++;
          const examples = path.join(from, 'examples', id);
          if (existsSync(examples)) cpSync(examples, path.join(outDir, module, 'examples', newId), { recursive: true });
        }
        writeFileSync(path.join(outDir, module, `${resource}-${suffix}.yaml`), doc.toString());
      }
    }
  }
  mkdirSync(outDir, { recursive: true });
  return {
    dir: outDir,
    specFiles: countFiles(outDir, (f) => f.endsWith('.yaml') && f !== 'platforms.yaml'),
    endpoints,
    schemaFiles: countFiles(outDir, (f) => SCHEMA_FILE.test(f)),
  };
}
