import { launchBrowser, openPage, startTestPreview, screenshot, viewAs } from '../preview/e2e/helpers.ts';

async function main(): Promise<void> {
  const preview = await startTestPreview();
  const browser = await launchBrowser();
  try {
    const p = await openPage(browser.context, `${preview.url}/lightning/page/home`);
    await viewAs(p, preview, 'manager');
    const t0 = Date.now();
    await p.page.waitForSelector('c-coaching-cockpit [data-cockpit-ready]', { state: 'attached', timeout: 30000 });
    console.log('cockpit ready in', Date.now() - t0, 'ms; engine ms', await p.page.getAttribute('c-coaching-cockpit [data-cockpit-ready]', 'data-engine-ms'));
    await screenshot(p.page, 'explore-cockpit');
    console.log('errors', p.errors);
    const text = await p.page.textContent('c-coaching-cockpit');
    console.log(text?.slice(0, 1500));
    await p.page.click('c-coaching-cockpit [data-id="open-agenda"]');
    await p.page.waitForSelector('c-coaching-agenda [data-agenda-ready]', { state: 'attached', timeout: 30000 });
    await p.page.waitForTimeout(1500);
    await screenshot(p.page, 'explore-agenda');
    console.log('errors', p.errors);
    console.log((await p.page.textContent('c-coaching-agenda'))?.slice(0, 3000));
  } finally {
    await browser.close();
    await preview.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
