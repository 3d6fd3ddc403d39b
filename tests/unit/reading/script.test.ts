/** chineseTextLang: the script of a Chinese text, for the lang Duizhao declares on it. */
import { describe, expect, it } from 'vitest';
import { chineseTextLang } from '../../../utils/reading/script';

describe('chineseTextLang', () => {
  it('tells Simplified from Traditional by the characters whose forms differ', () => {
    expect(chineseTextLang(['外交部发言人说，中方一贯主张通过对话解决问题。'])).toBe('zh-Hans');
    expect(chineseTextLang(['外交部發言人說，中方一貫主張通過對話解決問題。'])).toBe('zh-Hant');
  });

  it('goes by the majority: a traditional name quoted in a simplified statement stays Simplified', () => {
    expect(chineseTextLang(['我们注意到《國際觀察》的报道，这个问题国际社会都关注。'])).toBe(
      'zh-Hans',
    );
  });

  it('is Simplified, the official sites’ script, when nothing tells', () => {
    expect(chineseTextLang([''])).toBe('zh-Hans');
    expect(chineseTextLang(['中方主张和平。Peace.'])).toBe('zh-Hans');
  });

  it('looks at the first 20,000 characters only', () => {
    const simplified = '这个问题'.repeat(5000);
    expect(chineseTextLang([simplified, '這個問題'.repeat(6000)])).toBe('zh-Hans');
    expect(chineseTextLang(['這個問題'.repeat(5000), simplified])).toBe('zh-Hant');
    // Counted across the texts: the traditional paragraphs outnumber the simplified title.
    expect(chineseTextLang(['这个问题', '這個問題', '這個問題'])).toBe('zh-Hant');
  });
});
