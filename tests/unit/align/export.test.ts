// @vitest-environment node
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { alignSegments, buildAlignment } from '../../../utils/align/align';
import { citationOf, toMarkdown, toTmx, toTsv, toVecalign } from '../../../utils/align/export';
import { segmentsFromLines } from '../../../utils/align/split';
import { EN, ZH, article, resources, segs } from './fixtures';

// Sentence 0 ↔ 0 and 1, sentence 1 dropped, English 2 only in the English.
const tricky = buildAlignment(
  segmentsFromLines(['问：A&B <公司> 的“回应”？', '今天天气很好。', '第三句。']),
  segmentsFromLines(['Q: What\'s A&B <Co.>\'s "reply"?', 'It\tsaid | no.', 'Extra.', 'Third.']),
  [
    { zh: [0], en: [0, 1], confidence: 0.876 },
    { zh: [2], en: [3], confidence: 0.5 },
  ],
);

describe('toTsv', () => {
  it('writes one row per link: zh, en, confidence, with tabs and line breaks flattened', () => {
    const tsv = toTsv(tricky);
    const rows = tsv.split('\n');
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(tricky.links.length);
    for (const row of rows) expect(row.split('\t')).toHaveLength(3);
    expect(rows[0]).toBe(
      '问：A&B <公司> 的“回应”？\tQ: What\'s A&B <Co.>\'s "reply"? It said | no.\t0.88',
    );
    expect(rows[1]).toBe('\tExtra.\t0.00');
    expect(rows[2]).toBe('今天天气很好。\t\t0.00');
    expect(toTsv(tricky, { header: true }).split('\n')[0]).toBe('zh\ten\tconfidence');
    const multiline = buildAlignment(segmentsFromLines(['一\n二']), segmentsFromLines(['a\r\nb']), [
      { zh: [0], en: [0], confidence: 1 },
    ]);
    expect(toTsv(multiline)).toBe('一 二\ta b\t1.00\n');
  });
});

describe('toTmx', () => {
  it('is a well-formed TMX 1.4 document with one tu per two-sided link', () => {
    const citation = {
      ...citationOf(article('zh', [], '标题 & “引号”'), article('en', [], 'Title <1>')),
    };
    const tmx = toTmx(tricky, citation, { created: new Date('2026-03-04T05:06:07.890Z') });
    const doc = new DOMParser().parseFromString(tmx, 'text/xml');
    const root = doc.documentElement;
    expect(root.tagName).toBe('tmx');
    expect(root.getAttribute('version')).toBe('1.4');
    const header = doc.querySelector('header')!;
    expect(header.getAttribute('srclang')).toBe('zh-CN');
    expect(header.getAttribute('adminlang')).toBe('en');
    expect(header.getAttribute('segtype')).toBe('sentence');
    expect(header.getAttribute('creationtool')).toBe('Duizhao');
    expect(header.getAttribute('datatype')).toBe('plaintext');
    expect(header.getAttribute('o-tmf')).toBeTruthy();
    expect(header.getAttribute('creationdate')).toBe('20260304T050607Z');
    const props = Object.fromEntries(
      [...header.querySelectorAll('prop')].map((p) => [p.getAttribute('type'), p.textContent]),
    );
    expect(props).toMatchObject({
      'x-title': '标题 & “引号”',
      'x-title-en': 'Title <1>',
      'x-date': '2026-03-04',
      'x-url-zh': 'https://www.example.gov/zh/statement.html',
    });
    const tus = [...doc.querySelectorAll('body > tu')];
    expect(tus).toHaveLength(2);
    const tuvs = [...tus[0]!.querySelectorAll('tuv')];
    expect(tuvs.map((t) => t.getAttribute('xml:lang'))).toEqual(['zh-CN', 'en']);
    expect(tuvs[0]!.querySelector('seg')!.textContent).toBe('问：A&B <公司> 的“回应”？');
    expect(tuvs[1]!.querySelector('seg')!.textContent).toBe(
      'Q: What\'s A&B <Co.>\'s "reply"? It\tsaid | no.',
    );
    expect(tus[0]!.querySelector('prop[type="x-confidence"]')!.textContent).toBe('0.88');
    // Nothing unescaped: every & starts an entity, no raw < inside text.
    expect(tmx).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(tmx).not.toMatch(/<(?![?/a-z])/);
  });

  it('drops characters XML cannot hold, and has a bare header without citation', () => {
    const a = buildAlignment(
      segmentsFromLines(['控制\u0001字符']),
      segmentsFromLines(['bell\u0007']),
      [{ zh: [0], en: [0], confidence: 1 }],
    );
    const tmx = toTmx(a);
    expect(tmx).toContain('<seg>控制字符</seg>');
    expect(tmx).toContain('<seg>bell</seg>');
    expect(tmx).not.toContain('creationdate');
    const doc = new DOMParser().parseFromString(tmx, 'text/xml');
    expect(doc.querySelectorAll('tu')).toHaveLength(1);
  });
});

describe('toMarkdown', () => {
  it('gives the citation, what the English leaves out and a two-column table', () => {
    const zh = article('zh', [], '关于 *北岛国* 的声明');
    const md = toMarkdown(tricky, citationOf(zh, article('en', [], 'Statement on Northisle')));
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 关于 \\*北岛国\\* 的声明');
    expect(md).toContain('*Statement on Northisle*');
    expect(md).toContain('- Speakers: 林雅');
    expect(md).toContain('- Date: 2026-03-04');
    expect(md).toContain('- Chinese: <https://www.example.gov/zh/statement.html>');
    expect(md).toContain('leaves out 1 of 3 Chinese sentences (40% of the characters) and adds 1');
    expect(md).toContain('| 中文 | English |');
    expect(md).toContain(
      '| 问：A&B \\<公司\\> 的“回应”？ | Q: What\'s A&B \\<Co.\\>\'s "reply"? It said \\| no. |',
    );
    expect(md).toContain('| 今天天气很好。 | *(not in the English version)* |');
    expect(md).toContain('| *(only in the English version)* | Extra. |');
    const tableRows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(tableRows).toHaveLength(1 + tricky.links.length);
  });
});

describe('toVecalign', () => {
  it('prints every link as [zh]:[en]:confidence', () => {
    expect(toVecalign(tricky)).toBe('[0]:[0,1]:0.88\n[]:[2]:0.00\n[1]:[]:0.00\n[2]:[3]:0.50\n');
    const a = alignSegments(segs(ZH), segs(EN), resources);
    expect(toVecalign(a).trim().split('\n')).toHaveLength(6);
  });
});
