/**
 * Annotator's tool for tests/bench/pinyin-gold.json: lists occurrences of polyphonic characters
 * in the real statements (../shared/corpus), in varied contexts, with the readings of raw
 * pinyin-pro and of Duizhao for reference. The expected reading of each case is decided by a
 * human annotator and written into pinyin-gold.json; this script only finds candidates.
 *   node --import tsx tests/bench/pinyin-gold-candidates.ts [perChar] > candidates.tsv
 */
import { pinyin } from 'pinyin-pro';
import { loadNodeEngine } from '../../utils/reading/reader-node';
import { loadCorpusDocs } from './lib/reading-corpus';

export const POLYPHONES = Array.from(
  '应为行重长发还会着了得地都数参调相和将强少当种差更间处量分朝乐率省曾给干好只称传转血薄角觉结降便背奔',
);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function main() {
  const perChar = Number(process.argv[2] ?? 12);
  const engine = await loadNodeEngine();
  const docs = loadCorpusDocs().filter((d) => d.lang === 'zh');
  for (const ch of POLYPHONES) {
    const seenContexts = new Set<string>();
    const found: { ref: string; p: number; at: number; ctx: string }[] = [];
    for (const doc of docs) {
      doc.paragraphs.forEach((para, p) => {
        for (let at = para.indexOf(ch); at >= 0; at = para.indexOf(ch, at + 1)) {
          const key = para.slice(Math.max(0, at - 1), at + 2);
          if (seenContexts.has(key)) continue;
          seenContexts.add(key);
          found.push({ ref: doc.ref, p, at, ctx: para });
        }
      });
    }
    found.sort((a, b) => hash(a.ref + a.p + a.at) - hash(b.ref + b.p + b.at));
    for (const c of found.slice(0, perChar)) {
      const from = Math.max(0, c.at - 12);
      const text = c.ctx.slice(from, c.at + 12);
      const raw = pinyin(c.ctx.slice(Math.max(0, c.at - 30), c.at + 30), {
        type: 'array',
        toneType: 'num',
        toneSandhi: false,
      });
      const rawAt = raw[Math.min(c.at, 30)];
      const tokens = engine.read(c.ctx);
      let pos = 0;
      let dz = '';
      for (const t of tokens) {
        const n = t.text.length;
        if (c.at < pos + n) {
          dz = t.py[Array.from(t.text.slice(0, c.at - pos)).length] ?? '';
          break;
        }
        pos += n;
      }
      const marked = `${text.slice(0, c.at - from)}【${ch}】${text.slice(c.at - from + 1)}`;
      process.stdout.write(
        [ch, c.ref, c.p, c.at, marked.replace(/\s+/g, ' '), rawAt, dz].join('\t') + '\n',
      );
    }
  }
}

void main();
