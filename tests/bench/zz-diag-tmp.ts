import { launch } from '/work/main/tests/e2e/harness';
const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const session = await launch();
const page = await session.context.newPage();
await page.goto(URL);
await page.waitForFunction(() => document.querySelectorAll('#News_Body_Txt_A ruby.dz-word').length > 100);
await page.waitForTimeout(1500);
await page.evaluate(`(() => { window.__lat = []; let t = 0;
  document.addEventListener('pointermove', () => { t = performance.now(); }, true);
  const host = document.getElementById('dz-popup-host');
  new MutationObserver(() => { if (t && host.shadowRoot.querySelector('[role=dialog]')) { window.__lat.push([t, performance.now()]); t = 0; } }).observe(host.shadowRoot, { subtree: true, childList: true });
})()`);
const rubies = page.locator('#News_Body_Txt_A ruby.dz-word');
const count = await rubies.count();
for (let i = 0; i < 40; i++) {
  const word = rubies.nth((i * 13) % count);
  const b = await word.boundingBox(); if (!b) continue;
  await page.keyboard.press('Escape');
  await page.mouse.move(1, b.y + b.height - 4);
  await page.waitForTimeout(100);
  await page.mouse.move(b.x + 3, b.y + b.height - 4);
  await page.waitForTimeout(100);
}
const marks = await page.evaluate(() => performance.getEntriesByName('dz').map((m: any) => m.detail));
const lat = await page.evaluate('window.__lat');
console.log(JSON.stringify(lat.map(([a,b]: number[]) => (b-a).toFixed(1))));
console.log(marks.map((d: any) => d && `hit ${(d[1]-d[0]).toFixed(1)} pre ${(d[2]-d[1]).toFixed(1)} render ${(d[3]-d[2]).toFixed(1)} miss ${d[4]}`).join('\n'));
await session.close();
