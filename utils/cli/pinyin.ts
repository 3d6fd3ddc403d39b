/**
 * `duizhao pinyin`: stdin lines of Chinese → one JSON array of tokens per line,
 * `{"text": "...", "pinyin": ["..."]}` with one tone-marked syllable per Han character and []
 * for other tokens. Concatenating the texts gives the line back unchanged.
 * Options: --numbers (tone numbers), --sandhi (tone sandhi of 一 and 不), --orthography (instead
 * of JSON, each line written in pinyin as the Hanyu Pinyin orthography writes it: word spaces,
 * capitalised names and sentences, Western punctuation; utils/reading/orthography.ts).
 */
import { loadNodeEngine } from '../reading/reader-node';
import { writeLine } from '../reading/orthography';
import { HAN_RE } from '../reading/segment';
import { formatSyllable } from '../reading/syllable';
import { CliError, parseArgs, readStdin, type Command } from './common';

const pinyin: Command = async (args) => {
  const { positional, options } = parseArgs(args, []);
  if (positional.length > 0) throw new CliError('pinyin reads stdin and takes no file arguments');
  for (const name of Object.keys(options)) {
    if (!['numbers', 'sandhi', 'orthography'].includes(name))
      throw new CliError(`unknown option --${name}`);
  }
  const style = options.numbers ? 'numbers' : 'marks';
  const input = await readStdin();
  const engine = await loadNodeEngine();
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const raw of lines) {
    // Keep a CR of CRLF input out of the tokens; the line content is returned unchanged.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const read = engine.read(line);
    if (options.orthography) {
      const readings = read.map((t) => ({
        ...t,
        py: options.sandhi && t.sandhi ? t.sandhi : t.py,
      }));
      out.push(writeLine(readings, style));
      continue;
    }
    const tokens = read.map((t) => {
      const chars = Array.from(t.text);
      const py = options.sandhi && t.sandhi ? t.sandhi : t.py;
      return {
        text: t.text,
        // One per Han character (a set phrase's 、 or digits have none).
        pinyin: py.flatMap((s, i) =>
          HAN_RE.test(chars[i] ?? '') ? [s ? formatSyllable(s, style) : chars[i]!] : [],
        ),
      };
    });
    out.push(JSON.stringify(tokens));
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return 0;
};

export default pinyin;
