#!/usr/bin/env node
// Fails when an export of a package's public entry (src/index.ts) has no TSDoc comment.
//   node scripts/check-tsdoc.mjs [packageDir]   (default: the current directory)
import { resolve } from "node:path";
import ts from "typescript";

const dir = resolve(process.argv[2] ?? ".");
const entry = resolve(dir, "src/index.ts");
const config = ts.getParsedCommandLineOfConfigFile(resolve(dir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram([entry], { ...config.options, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
const moduleSymbol = checker.getSymbolAtLocation(source);
const missing = [];
for (const exp of checker.getExportsOfModule(moduleSymbol)) {
  const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
  const decls = target.declarations ?? [];
  const documented =
    target.getDocumentationComment(checker).length > 0 ||
    decls.some((d) => ts.getJSDocCommentsAndTags(d).length > 0 || (ts.isVariableDeclaration(d) && ts.getJSDocCommentsAndTags(d.parent.parent).length > 0));
  if (!documented) {
    const where = decls[0] ? `${decls[0].getSourceFile().fileName.replace(dir + "/", "")}` : "?";
    missing.push(`${exp.getName()} (${where})`);
  }
}
if (missing.length > 0) {
  console.error(`${missing.length} export(s) of ${entry} without TSDoc:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(`tsdoc: every export of ${dir.split("/").slice(-2).join("/")} is documented`);
