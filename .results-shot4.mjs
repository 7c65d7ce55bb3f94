import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const a = await ctx.newPage();
const logs = [];
a.on('console', (m) => logs.push(`A ${m.type()}: ${m.text()}`));
a.on('pageerror', (e) => logs.push(`A pageerror: ${e.message}`));
await a.goto('http://localhost:4133/#/');
await a.waitForTimeout(800);
await a.locator('input[type=file]').first().setInputFiles('/tmp/results-shot/many.json');
await a.waitForTimeout(1500);
await a.goto('http://localhost:4133/#/a/many-vendors/results');
await a.waitForTimeout(1200);
for (const name of ['Litware', 'Tailspin', 'Wingtip', 'Adatum']) {
  const box = a.getByRole('checkbox', { name: new RegExp(name) });
  if (await box.isEnabled() && !(await box.isChecked())) await box.check();
}
await a.waitForTimeout(400);
console.log(await a.getByRole('checkbox').evaluateAll((els) => els.map((e) => `${e.labels[0].textContent.trim()} checked=${e.checked} disabled=${e.disabled}`)));
await a.getByRole('region', { name: 'Category scores' }).screenshot({ path: '/tmp/results-radar5.png' });
await a.getByText('Show as table').first().click();
await a.getByRole('region', { name: 'Why the winner wins' }).getByText('Show as table').click();
await a.waitForTimeout(300);
await a.screenshot({ path: '/tmp/results-many.png', fullPage: true });
await browser.close();
console.log(logs.join('\n'));
