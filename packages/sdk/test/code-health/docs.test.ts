/**
 * Every value and type the package root exports carries a doc comment (what an editor shows on
 * hover), and none of the calculators' internal shorthands is exported from the root.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

describe('the root of @bangfu/sdk', () => {
  const program = ts.createProgram([ROOT], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, allowImportingTsExtensions: true, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(ROOT)!)!);

  it('documents every export with a doc comment', () => {
    const undocumented = exports.filter((sym) => {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      return !ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    });
    expect(exports.length).toBeGreaterThan(150);
    expect(undocumented.map((s) => s.getName())).toEqual([]);
  });

  it('exports no internal (_Trace, the money shorthands d, ZERO, plain, minOf, maxOf)', () => {
    const names = new Set(exports.map((s) => s.getName()));
    expect(['_Trace', 'd', 'ZERO', 'plain', 'minOf', 'maxOf'].filter((n) => names.has(n))).toEqual([]);
    expect([...names].filter((n) => n.startsWith('_'))).toEqual([]);
  });
});
