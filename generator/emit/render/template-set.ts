/**
 * Compiles the handlebars templates (`templates/*.hbs`) and renders a view model through one of
 * them. The policy is explicit and the same for every template:
 *
 * - `noEscape: true`: the output is TypeScript, not HTML, so handlebars never rewrites `<`, `&`
 *   or quotes. Every value a view model hands over is already safe where the template prints it
 *   (doc comments with `*\/` escaped, string literals through JSON.stringify, identifiers made
 *   safe), see `generator/emit/types/ts-source.ts`.
 * - `strict: true`, and every path given to a block helper (`{{#if x}}`, `{{#each xs}}`) made
 *   strict too: a field the view model does not have is an error naming the template file, line
 *   and column, never a silently empty string.
 * - Helpers: only handlebars' block helpers `if`, `unless`, `each` and `with`; `lookup` and `log`
 *   are removed (a `lookup` of a missing key would print nothing without an error).
 *
 * A compile or render error becomes a `UsageError` of one line, `FILE:LINE[:COLUMN]: reason`.
 */
import Handlebars from 'handlebars';
import { UsageError } from '../../errors.js';
import type { TemplateName, TemplateViews } from './template-names.js';

/** One template's text and where it was read from (for error messages). */
export interface TemplateSource {
  readonly name: TemplateName;
  /** Path shown in errors: the built-in file or the user's override. */
  readonly file: string;
  readonly text: string;
}

type Render = (view: unknown) => string;

// knownHelpers: the removed built-ins compile as ordinary (missing) names, so using one is a located error.
const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpers: { lookup: false, log: false } } as const;

export class TemplateSet {
  private readonly compiled = new Map<TemplateName, { file: string; render: Render }>();

  constructor(sources: readonly TemplateSource[]) {
    const hb = Handlebars.create();
    hb.unregisterHelper('lookup');
    hb.unregisterHelper('log');
    for (const s of sources) {
      let ast: hbs.AST.Program;
      try {
        // Parsing finds syntax errors and mismatched blocks before anything renders; the code
        // generation runs at the first render (running it twice costs 0.2-0.4 s on a cold start).
        ast = hb.parse(s.text);
        strictBlockParams(ast);
      } catch (e) {
        throw templateError(s.file, e);
      }
      this.compiled.set(s.name, { file: s.file, render: hb.compile(ast, COMPILE_OPTIONS) as Render });
    }
  }

  /** Renders `view` through the template `name`. */
  render<N extends TemplateName>(name: N, view: TemplateViews[N]): string {
    const t = this.compiled.get(name);
    if (t === undefined) throw new Error(`template ${name} was not loaded`);
    try {
      return t.render(view);
    } catch (e) {
      throw templateError(t.file, e, name);
    }
  }
}

type PathLike = { type?: string; data?: boolean; strict?: boolean };

/** Marks the paths passed to helpers and partials as strict: `{{#if missing}}` fails like `{{missing}}`. */
function strictBlockParams(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) strictBlockParams(n);
    return;
  }
  const n = node as Record<string, unknown> & { params?: PathLike[]; hash?: { pairs?: { value: PathLike }[] } };
  const args = [...(Array.isArray(n.params) ? n.params : []), ...(n.hash?.pairs ?? []).map((p) => p.value)];
  for (const a of args) if (a.type === 'PathExpression' && !a.data) a.strict = true;
  for (const [key, value] of Object.entries(n)) if (key !== 'loc') strictBlockParams(value);
}

/** `FILE:LINE[:COLUMN]: reason`, one line, from a handlebars parse, compile or render error. */
export function templateError(file: string, e: unknown, name?: TemplateName): UsageError {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err?.message ?? e);
  const parse = /^Parse error on line (\d+):[\s\S]*\n(Expecting [^\n]*|[^\n]*)$/.exec(message);
  if (parse) return new UsageError(`${file}:${parse[1]}: template syntax error: ${parse[2]}`);
  const missing = /^"([^"]+)" not defined in /.exec(message);
  const where =
    typeof err.lineNumber === 'number'
      ? `${file}:${err.lineNumber}${typeof err.column === 'number' ? `:${err.column + 1}` : ''}`
      : file;
  if (missing) {
    const context = name === undefined ? 'its context' : `the ${name} context`;
    return new UsageError(`${where}: unknown field '${missing[1]}' in ${context} (docs/templates.md lists the fields)`);
  }
  const reason = message.replace(/ - \d+:\d+$/, '').split('\n')[0];
  return new UsageError(`${where}: template error: ${reason}`);
}
