/**
 * Warnings for element names used but never declared: a child in a content model (one warning per
 * parent and child, at the first use), an `<!ATTLIST>` for an undeclared element, and a
 * `qspec:open` marker naming an undeclared element. Such names are kept (refs stay dangling), so
 * generation can go on; the warnings say what to declare.
 *
 * @see XML 1.0 (Fifth Edition) §3.2 (VC: an element type may be declared at most once; content
 *      models may name undeclared types, which a processor may warn about), §3.3
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { DtdDeclarations, DtdParticle } from './dtd-declarations.js';
import { type DtdPosition, dtdDiagnostic } from './dtd-diagnostics.js';

export function undeclaredElements(decls: DtdDeclarations, file: string): Diagnostic[] {
  const declared = new Set(decls.elements.map((e) => e.name));
  const warnings: Diagnostic[] = [];
  const warn = (message: string, at: DtdPosition) =>
    warnings.push(dtdDiagnostic('DtdUndeclaredElement', message, file, at, 'warning'));
  for (const element of decls.elements) {
    const uses: { name: string; at: DtdPosition }[] = [];
    if (element.content.kind === 'mixed') uses.push(...element.content.names);
    if (element.content.kind === 'children') collect(element.content.particle, uses);
    const reported = new Set<string>();
    for (const use of uses) {
      if (declared.has(use.name) || reported.has(use.name)) continue;
      reported.add(use.name);
      warn(
        `element ${use.name} (a child of ${element.name}) is never declared; add <!ELEMENT ${use.name} ...>`,
        use.at,
      );
    }
  }
  for (const [name, at] of decls.attlistAt) {
    if (!declared.has(name)) warn(`<!ATTLIST ${name}> is for an element that is never declared`, at);
  }
  for (const marker of decls.open) {
    if (!declared.has(marker.name)) warn(`qspec:open names ${marker.name}, which is never declared`, marker.at);
  }
  return warnings;
}

function collect(p: DtdParticle, out: { name: string; at: DtdPosition }[]): void {
  if (p.kind === 'name') out.push({ name: p.name, at: p.at });
  else for (const item of p.items) collect(item, out);
}
