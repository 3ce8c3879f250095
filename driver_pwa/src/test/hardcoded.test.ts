import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * No English text hard-coded in the app's screens and components: every word a driver reads goes
 * through the dictionaries (`t(...)`), so the language test above covers it in every language.
 *
 * Flags JSX text, the text attributes of elements (title, label, placeholder, alt, aria-label) and
 * sentence-like string literals (a capital, then a space and another word), outside imports, class
 * names and the few names that are the same in every language.
 */
const ROOT = join(__dirname, "..");
const DIRS = ["screens", "components"];
/** Texts that are the same in every language: the brand, units, standards, map credits. */
const SAME_IN_EVERY_LANGUAGE = new Set(["PlagSini", "kWh", "kW", "CCS2", "Type 2", "CHAdeMO", "GB/T", "OpenStreetMap", "RM"]);
const TEXT_ATTRIBUTES = new Set(["title", "label", "placeholder", "alt", "aria-label"]);

function sourceFiles(): string[] {
  const files = DIRS.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith(".tsx")).map((f) => join(ROOT, d, f)));
  return [...files, join(ROOT, "App.tsx")];
}

const words = (s: string) => s.replace(/\$\{[^}]*\}/g, " ").trim();
const wordy = (s: string) => /[A-Za-z]{2,}/.test(s) && !SAME_IN_EVERY_LANGUAGE.has(s.trim());
const sentence = (s: string) => /^[A-Z][A-Za-z'’]*[ ,][^{}<>=;]*[a-z]{2,}/.test(s.trim()) && !SAME_IN_EVERY_LANGUAGE.has(s.trim());

export function hardCodedTexts(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (n: ts.Node, text: string) => found.push(`${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${text.trim()}`);
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isJsxText(n) && wordy(n.text)) at(n, n.text);
    else if (ts.isJsxAttribute(n) && n.initializer && ts.isStringLiteral(n.initializer)) {
      const name = n.name.getText(sf);
      if (TEXT_ATTRIBUTES.has(name) && wordy(n.initializer.text)) at(n, n.initializer.text);
      return;
    } else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && sentence(n.text)) at(n, n.text);
    else if (ts.isTemplateExpression(n) && sentence(words(n.getText(sf).slice(1, -1)))) at(n, n.getText(sf));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("no hard-coded English in the app", () => {
  it("finds none in the screens and components", () => {
    const found = sourceFiles().flatMap((f) => hardCodedTexts(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
  it("would notice one (the check itself)", () => {
    const f = join(ROOT, "screens", "X.tsx");
    const src = `export const X = () => <Page title="Invite friends"><p>\n  Give friends points\n</p><b>{t("ok")}</b></Page>;\nconst m = { text: "Could not apply the code." };\nconst n = \`You're on \${plan}. Paid from wallet.\`;`;
    expect(hardCodedTexts(f, src).length).toBe(4);
  });
});
