/**
 * Wraps a statement (title, date, paragraphs) in Xinhua's current Chinese article template, in
 * memory, so evaluations can run the real text from ../shared through the real selectors without
 * the text ever being stored in the project. Structure after ../shared/corpus/sites/xinhua.
 */
export interface SeedStatement {
  title: string;
  date: string;
  source?: string;
  meta_line?: string;
  published?: string;
  paragraphs: string[];
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A www.news.cn detail page (2021– template) holding `s`. */
export function buildXinhuaPage(s: SeedStatement): string {
  const [year, month, day] = s.date.split('-');
  const time = /T(\d{2}:\d{2}:\d{2})/.exec(s.published ?? '')?.[1] ?? '09:10:53';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="source" content="${esc(s.source ?? '新华网')}"> <meta name="publishdate" content="${s.date}">
<meta name="contentid" content="${year}${month}${day}0a1b2c3d4e5f40718293a4b5c6d7e8f9">
<title>${esc(s.title)}-新华网</title></head><body>
<div class="header domPC"><div class="header-top clearfix"><div class="header-nav left">
<a href="https://www.news.cn/">新华网</a> &gt; <a class="curColumn" href="https://www.news.cn/politics/">时政</a> &gt; 正文</div></div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em>${year}</em></span>
<span class="day">${month}/${day}</span> <span class="time">${time}</span></div>
<div class="source">来源：${esc(s.source ?? '新华网')}</div>
<div class="head-line clearfix"><h1><span class="title">${esc(s.title)}</span> <span class="btn-audio"></span></h1>
<div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span> <span id="fontNormal" class="active">中</span> <span id="fontBig">大</span></div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx"></a></div></div></div></div></div>
<div class="mheader domMobile"><h1><span class="title">${esc(s.title)}</span></h1><div class="info">${s.date} ${time}<span>来源：${esc(s.source ?? '新华网')}</span></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">
${s.paragraphs.map((p) => `<p>&emsp;&emsp;${esc(p)}</p>`).join('\n')}
</span><div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)">【纠错】</a></span><span class="editor">【责任编辑:编辑】</span></div></div></div></div>
</body></html>`;
}

/** An english.news.cn article page holding `s` (its English version). Structure after the same. */
export function buildXinhuaEnglishPage(s: SeedStatement): string {
  const time = /T(\d{2}:\d{2}:\d{2})/.exec(s.published ?? '')?.[1] ?? '21:58:04';
  const contentId = `${s.date.replace(/-/g, '')}a4b5c6d7e8f94a0b1c2d3e4f5a6b7c8d`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="publishdate" content="${s.date}"> <meta name="source" content="${esc(s.source ?? 'Xinhua')}">
<meta name="contentid" content="${contentId}">
<title>${esc(s.title)}-Xinhua</title></head><body>
<div class="header"><div class="logo"><a href="https://english.news.cn/home.htm">Xinhua</a></div>
<div class="nav"><a href="https://english.news.cn/home.htm">Home</a> <a href="https://english.news.cn/china/index.htm">China</a> <a href="https://english.news.cn/world/index.htm">World</a></div></div>
<div class="conBox"><div class="conTop"><h1>${esc(s.title)}</h1>
<div class="infoBox"><div class="info"><span class="source">Source: ${esc(s.source ?? 'Xinhua')}</span> <span class="time">${s.date} ${time}</span></div>
<div class="editor">Editor: Editor</div></div></div>
<div class="conLeft"><div class="content"><div id="detail"><span id="detailContent">
${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</span></div></div></div></div>
<div class="footer"><p>Copyright © Xinhua News Agency. All rights reserved.</p></div>
</body></html>`;
}
