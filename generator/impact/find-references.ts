/**
 * Finds, in a user's TypeScript project loaded through ts-morph, every use of a member an
 * `ImpactTarget` names: property reads and writes (`x.field`, `x['field']`), destructuring
 * (`const { field } = x`), object literals typed as the generated type, references to a removed
 * type, and string literals compared with (or assigned to) a value whose type carries a removed
 * enum value. Matching is by symbol, through the type checker: a `field` of some other type is not
 * a use.
 *
 * @see generator/impact/impact-targets.ts
 */
import path from 'node:path';
import type { Node, Project, SourceFile, Symbol as TsSymbol, Type } from 'ts-morph';
import type { ImpactTarget } from './impact-targets.js';
import type { TsMorphModule } from './load-ts-morph.js';

export interface ImpactUse {
  readonly target: ImpactTarget;
  /** Absolute path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  /** The source text of the use (one line, trimmed). */
  readonly text: string;
}

interface Resolved {
  readonly target: ImpactTarget;
  /** Declarations (compiler nodes) of the member, or of the type itself when `members` is empty. */
  readonly decls: ReadonlySet<unknown>;
  /** The declared type of the member (enum-value-removed: the literal union). */
  readonly memberType?: Type;
}

export function findReferences(tm: TsMorphModule, project: Project, targets: readonly ImpactTarget[]): ImpactUse[] {
  const { Node: N, SyntaxKind } = tm;
  const resolved: Resolved[] = [];
  const generated = new Set<SourceFile>();
  for (const t of targets) {
    const file = project.getSourceFiles().find((s) => s.getFilePath().endsWith(`/${t.module}`));
    if (!file) continue;
    generated.add(file);
    const decl = t.factory ? file.getFunction(t.type) : (file.getInterface(t.type) ?? file.getTypeAlias(t.type));
    if (!decl) continue;
    if (t.members.length === 0) {
      resolved.push({ target: t, decls: new Set([decl.compilerNode]) });
      continue;
    }
    let type: Type | undefined = tm.Node.isFunctionDeclaration(decl) ? decl.getReturnType() : decl.getType();
    let symbol: TsSymbol | undefined;
    for (const m of t.members) {
      symbol = type && propertyOf(type, m);
      if (!symbol) break;
      type = symbol.getTypeAtLocation(decl);
    }
    if (!symbol) continue;
    resolved.push({
      target: t,
      decls: new Set(symbol.getDeclarations().map((d) => d.compilerNode)),
      ...(type ? { memberType: type } : {}),
    });
  }
  const uses: ImpactUse[] = [];
  const checker = project.getTypeChecker();
  const declsOf = (s: TsSymbol | undefined): unknown[] => {
    if (!s) return [];
    const a = s.isAlias() ? (s.getAliasedSymbol() ?? s) : s;
    return a.getDeclarations().map((d) => d.compilerNode);
  };
  const report = (r: Resolved, node: Node) => {
    const sf = node.getSourceFile();
    const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
    const text = sf.getFullText().split('\n')[line - 1]?.trim() ?? '';
    uses.push({ target: r.target, file: sf.getFilePath(), line, column, text });
  };
  for (const sf of project.getSourceFiles()) {
    if (generated.has(sf) || sf.isDeclarationFile() || sf.getFilePath().includes('/node_modules/')) continue;
    sf.forEachDescendant((node) => {
      if (N.isPropertyAccessExpression(node)) {
        const name = node.getNameNode();
        matchSymbol(name.getSymbol(), name);
      } else if (N.isElementAccessExpression(node)) {
        const arg = node.getArgumentExpression();
        if (arg && N.isStringLiteral(arg)) {
          const prop = propertyOf(node.getExpression().getType(), arg.getLiteralValue());
          matchSymbol(prop, arg);
        }
      } else if (N.isBindingElement(node) && N.isObjectBindingPattern(node.getParent())) {
        const key = node.getPropertyNameNode() ?? node.getNameNode();
        const prop = propertyOf(node.getParent().getType(), key.getText());
        matchSymbol(prop, key);
      } else if (N.isPropertyAssignment(node) || N.isShorthandPropertyAssignment(node)) {
        const literal = node.getParent();
        const contextual = N.isObjectLiteralExpression(literal) ? literal.getContextualType() : undefined;
        if (contextual) matchSymbol(propertyOf(contextual, node.getName()), node.getNameNode());
      } else if (N.isIdentifier(node) && !N.isPropertyAccessExpression(node.getParent())) {
        const ds = declsOf(node.getSymbol());
        for (const r of resolved)
          if (r.target.members.length === 0 && ds.some((d) => r.decls.has(d)) && !isDeclarationName(node))
            report(r, node);
      } else if (N.isStringLiteral(node)) {
        enumUse(node);
      }
    });
  }
  return uses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));

  function matchSymbol(s: TsSymbol | undefined, at: Node): void {
    const ds = declsOf(s);
    if (ds.length === 0) return;
    for (const r of resolved) {
      if (r.target.members.length === 0 || r.target.enumValue !== undefined) continue;
      if (ds.some((d) => r.decls.has(d))) report(r, at);
    }
  }

  function isDeclarationName(node: Node): boolean {
    const p = node.getParent();
    return p !== undefined && (N.isInterfaceDeclaration(p) || N.isTypeAliasDeclaration(p));
  }

  /** `x.kind === 'c'`, `case 'c':`, `kind: 'c'` where the other side's type is a target enum member. */
  function enumUse(lit: Node): void {
    if (!N.isStringLiteral(lit)) return;
    const value = lit.getLiteralValue();
    const parent = lit.getParent();
    let other: Node | undefined;
    if (parent && N.isBinaryExpression(parent)) {
      const op = parent.getOperatorToken().getKind();
      if (
        op === SyntaxKind.EqualsEqualsEqualsToken ||
        op === SyntaxKind.ExclamationEqualsEqualsToken ||
        op === SyntaxKind.EqualsEqualsToken ||
        op === SyntaxKind.ExclamationEqualsToken
      )
        other = parent.getLeft() === lit ? parent.getRight() : parent.getLeft();
    } else if (parent && N.isCaseClause(parent)) {
      const sw = parent.getParent()?.getParent();
      if (sw && N.isSwitchStatement(sw)) other = sw.getExpression();
    }
    const otherSymbols = other ? declsOf(other.getSymbol()) : [];
    const contextual = checker.compilerObject.getContextualType(lit.compilerNode as never);
    for (const r of resolved) {
      if (r.target.enumValue !== value) continue;
      const viaOther = otherSymbols.some((d) => r.decls.has(d));
      const viaContext =
        r.target.members.length > 0 &&
        contextual !== undefined &&
        r.memberType !== undefined &&
        sameType(contextual, r.memberType.compilerType);
      if (viaOther || viaContext) report(r, lit);
    }
  }
}

function sameType(a: unknown, b: unknown): boolean {
  return a === b;
}

/** A property of a type, looking through arrays, `| undefined` / `| null` and unions of objects. */
function propertyOf(type: Type, name: string): TsSymbol | undefined {
  let t = type;
  if (t.isArray()) t = t.getArrayElementTypeOrThrow();
  const direct = t.getProperty(name);
  if (direct) return direct;
  if (t.isUnion()) {
    for (const u of t.getUnionTypes()) {
      const inner = u.isArray() ? u.getArrayElementTypeOrThrow() : u;
      const p = inner.getProperty(name);
      if (p) return p;
    }
  }
  return undefined;
}

/** A path relative to the project folder, with forward slashes. */
export function relativeTo(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}
