import { launchBrowser, screenshot, startTestPreview } from '../../preview/e2e/helpers.ts';

async function main() {
  const preview = await startTestPreview();
  const browser = await launchBrowser();
  try {
    const vp = preview.org.users().find((u) => u.persona === 'leader' && !preview.org.store.get(u.id)?.ManagerId)!;
    const page = await browser.context.newPage();
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack?.slice(0, 1500)));
    await page.goto(`${preview.url}/preview/leader-oversight?as=${vp.id}`);
    await page.waitForTimeout(4000);
    await screenshot(page, process.argv[2] ?? 'leader-look');
    if (process.argv[3]) {
      await page.click(process.argv[3]);
      await page.waitForTimeout(2500);
      await screenshot(page, `${process.argv[2]}-2`);
    }
  } finally {
    await browser.close();
    await preview.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
