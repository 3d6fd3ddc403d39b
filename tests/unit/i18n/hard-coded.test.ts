/**
 * No string the user sees is hard-coded: every text of the interface (JSX text, labels, titles,
 * placeholders, and sentences built in code: statuses, errors, menu titles) goes through `t`.
 * The check reads the interface's sources with the TypeScript parser. What it flags: JSX text
 * with letters or Chinese; aria-label / title / placeholder / alt / label attributes given as
 * literals; and any other literal that reads as prose (a capital, a space and a second word, or
 * a sentence's punctuation). A literal that is not interface text and still looks like prose
 * (a file name, a format's own English field name) carries `i18n-ignore` in a comment on its line
 * or the line before, with the reason.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where interface text is written: the components and the entrypoints. */
const DIRS = ['components', 'entrypoints'];
/** Stylesheets in TS (CSS text, not interface text). */
const SKIP = /(^|\/)styles\.ts$|\.d\.ts$/;

const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const LETTERS = /[A-Za-z\u3400-\u9fff]/;
const HAN = /[\u3400-\u9fff]/;
/** Prose: "Save to glossary", "saved.", "Could not …" — not "dz-entry muted" or "text/html". */
const PROSE = /^[A-Z][a-z']*\s+\S*[A-Za-z]|[A-Za-z]{2,}[^\n]*\s[A-Za-z]{2,}[^\n]*[.…?!:]\s*$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !SKIP.test(full) ? [full] : [];
  });
}

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The hard-coded interface strings of one source text. */
export function findHardCoded(fileName: string, text: string): Finding[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const out: Finding[] = [];
  const ignored = (line: number) =>
    /i18n-ignore/.test(lines[line] ?? '') || /i18n-ignore/.test(lines[line - 1] ?? '');
  const report = (node: ts.Node, value: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (!ignored(line)) out.push({ file: fileName, line: line + 1, text: value.trim() });
  };
  /** Literals that are never interface text: imports, console, test ids, class names, keys. */
  const exempt = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
      if (ts.isJsxAttribute(p)) {
        const name = p.name.getText(source);
        return !TEXT_ATTRIBUTES.has(name) && name !== 'children';
      }
      if (ts.isCallExpression(p)) {
        const callee = p.expression.getText(source);
        if (/^console\.|^(t|i18n\.t)$|querySelector|closest|matches|getElementById/.test(callee))
          return true;
      }
      if (ts.isPropertyAssignment(p) && p.name === node) return true;
      if (ts.isElementAccessExpression(p)) return true;
      if (ts.isTypeNode(p)) return true;
      if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const value = node.getText(source);
      if (LETTERS.test(value)) report(node, value);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteralLike(init.expression)
            ? init.expression
            : undefined;
      if (literal && LETTERS.test(literal.text)) report(node, literal.text);
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const value = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
        : node.text;
      const parentAttribute = node.parent && ts.isJsxAttribute(node.parent);
      if (!parentAttribute && (PROSE.test(value) || HAN.test(value)) && !exempt(node))
        report(node, value);
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('interface strings', () => {
  it('the check finds what it should and leaves the rest', () => {
    const found = findHardCoded(
      'x.tsx',
      [
        `const a = <p className="dz-entry muted" data-testid="x">Saved</p>;`,
        `const b = <button aria-label="Close the popup" title={t('common.close')} />;`,
        `const c = status === 'ok' ? 'The site could not be reached.' : t('common.retry');`,
        `const d = document.querySelector('article.dz-entry p');`,
        `const e = <span lang="zh">对照</span>;`,
        `console.warn('Duizhao could not do it.');`,
        `const f = 'text/html; charset=utf-8';`,
        `// i18n-ignore: Anki's own field name`,
        `const g = 'Back Side';`,
        `const h = \`Saved \${n} entries.\`;`,
      ].join('\n'),
    );
    expect(found.map((f) => [f.line, f.text])).toEqual([
      [1, 'Saved'],
      [2, 'Close the popup'],
      [3, 'The site could not be reached.'],
      [5, '对照'],
      [10, 'Saved   entries.'],
    ]);
  });

  for (const dir of DIRS) {
    it(`are all translated in ${dir}/`, () => {
      const found = files(path.join(root, dir)).flatMap((file) =>
        findHardCoded(path.relative(root, file), readFileSync(file, 'utf8')),
      );
      expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
    });
  }
});
