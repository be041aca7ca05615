/**
 * Loading templates (generator/load/load-templates.ts): the built-in set covers every template
 * name; a user folder replaces templates by file name and ignores files that are not `.hbs`; an
 * unknown `.hbs` name, a missing folder, a FIFO and an oversized file are one-line usage errors.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES, templateFileName } from '../../../generator/emit/render/template-names.js';
import { UsageError } from '../../../generator/errors.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplates, MAX_TEMPLATE_BYTES } from '../../../generator/load/load-templates.js';

const work = mkdtempSync(path.join(tmpdir(), 'qspec-load-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

function folder(files: Record<string, string | Buffer>): { dir: string; label: string } {
  const dir = path.join(work, `t${++n}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, label: `t${n}` };
}

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

const view = { header: '// H', stem: 'asset-schema-json' };

describe('loadTemplates', () => {
  it('ships one built-in file per template name, and nothing else', () => {
    const shipped = readdirSync(BUILTIN_TEMPLATES_DIR).sort();
    expect(shipped).toEqual(TEMPLATE_NAMES.map(templateFileName).sort());
    expect(loadTemplates().render('json-validator.d.ts', view)).toBe(
      "// H\nimport type { JsonValidateFunction } from '../../runtime/schema-entry.js';\nexport declare const validate: JsonValidateFunction;\nexport default validate;\n",
    );
  });

  it('a file of the same name replaces the built-in template; other files are ignored', () => {
    const o = folder({ 'json-validator.d.ts.hbs': '{{header}}\n// custom {{stem}}\n', 'notes.txt': '{{broken' });
    const set = loadTemplates(o);
    expect(set.render('json-validator.d.ts', view)).toBe('// H\n// custom asset-schema-json\n');
    const builtin = readFileSync(path.join(BUILTIN_TEMPLATES_DIR, 'index.ts.hbs'), 'utf8');
    expect(builtin).toContain('export class QualysClient');
  });

  it('an unknown .hbs name is refused, naming the known templates', () => {
    const o = folder({ 'client.ts.hbs': '', 'index.hbs': '' });
    expect(usageError(() => loadTemplates(o))).toBe(
      `qspec generate: --templates ${o.label}: unknown template 'client.ts.hbs', 'index.hbs' (known: ${TEMPLATE_NAMES.map(templateFileName).join(', ')})`,
    );
  });

  it('a missing folder is a usage error', () => {
    expect(usageError(() => loadTemplates({ dir: path.join(work, 'nope'), label: 'nope' }))).toBe(
      'qspec generate: --templates nope: no such folder',
    );
  });

  it('a template over the size bound is refused before it is read', () => {
    const o = folder({ 'index.ts.hbs': Buffer.alloc(MAX_TEMPLATE_BYTES + 1, 0x20) });
    expect(usageError(() => loadTemplates(o))).toBe(
      `${o.label}/index.ts.hbs: ${MAX_TEMPLATE_BYTES + 1} bytes, over the ${MAX_TEMPLATE_BYTES}-byte limit of a template`,
    );
  });

  it('a FIFO named like a template is refused instead of blocking', () => {
    const o = folder({});
    execFileSync('mkfifo', [path.join(o.dir, 'index.ts.hbs')]);
    expect(usageError(() => loadTemplates(o))).toBe(`${o.label}/index.ts.hbs: not a regular file (a FIFO)`);
  });
});
