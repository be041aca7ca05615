/**
 * Reads the handlebars templates `generate` renders: the built-in ones from `<package
 * root>/templates/<name>.hbs`, each replaced by the file of the same name in the user's template
 * folder (`qspec generate --templates DIR`) when there is one. Every file is read through the
 * bounded reader (regular files only, at most `MAX_TEMPLATE_BYTES`). A `.hbs` file in DIR whose
 * name is not a known template is refused, naming the known ones; other files in DIR are ignored.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../context.js';
import { TEMPLATE_NAMES, type TemplateName, templateFileName } from '../emit/render/template-names.js';
import { TemplateSet, type TemplateSource } from '../emit/render/template-set.js';
import { FileTooLargeError, NotRegularFileError, UsageError } from '../errors.js';
import { readRegularFile } from './regular-file.js';

/** Size bound of one template file (the largest built-in one is under 3 KiB). */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

/** The folder of the built-in templates. */
export const BUILTIN_TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

/** A user's template folder: `dir` (absolute) as read, `label` as shown in messages (the user's spelling). */
export interface TemplateOverrides {
  readonly dir: string;
  readonly label: string;
}

export function loadTemplates(overrides?: TemplateOverrides): TemplateSet {
  const replaced = overrides === undefined ? new Set<string>() : overrideNames(overrides);
  const sources: TemplateSource[] = TEMPLATE_NAMES.map((name) => {
    const file = templateFileName(name);
    return replaced.has(file)
      ? readTemplate(name, path.join(overrides!.dir, file), `${overrides!.label}/${file}`)
      : readTemplate(name, path.join(BUILTIN_TEMPLATES_DIR, file), path.join(BUILTIN_TEMPLATES_DIR, file));
  });
  return new TemplateSet(sources);
}

/** The `.hbs` file names in the user's folder; an unknown one is a usage error. */
function overrideNames(o: TemplateOverrides): Set<string> {
  let names: string[];
  try {
    names = readdirSync(o.dir, { withFileTypes: true })
      .filter((e) => e.name.endsWith('.hbs'))
      .map((e) => e.name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : String(code ?? e);
    throw new UsageError(`qspec generate: --templates ${o.label}: ${why}`);
  }
  const known = TEMPLATE_NAMES.map(templateFileName);
  const unknown = names.filter((n) => !known.includes(n)).sort();
  if (unknown.length > 0) {
    throw new UsageError(
      `qspec generate: --templates ${o.label}: unknown template ${unknown.map((n) => `'${n}'`).join(', ')} (known: ${known.join(', ')})`,
    );
  }
  return new Set(names);
}

function readTemplate(name: TemplateName, file: string, label: string): TemplateSource {
  try {
    return { name, file: label, text: readRegularFile(file, MAX_TEMPLATE_BYTES).toString('utf8') };
  } catch (e) {
    if (e instanceof FileTooLargeError) {
      throw new UsageError(`${label}: ${e.size} bytes, over the ${MAX_TEMPLATE_BYTES}-byte limit of a template`);
    }
    if (e instanceof NotRegularFileError) throw new UsageError(`${label}: not a regular file (${e.kind})`);
    throw e;
  }
}
