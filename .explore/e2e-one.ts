import { launchBrowser, openPage, startTestPreview, screenshot } from '../preview/e2e/helpers.ts';
import { FLOWS } from '../preview/e2e/flows.ts';
async function main(): Promise<void> {
  const preview = await startTestPreview();
  const browser = await launchBrowser();
  const flow = FLOWS[FLOWS.length - 1];
  const manager = preview.org.users().find((u) => u.persona === 'manager')!.id;
  const p = await openPage(browser.context, `${preview.url}${flow.path}?as=${manager}`);
  try {
    await flow.run(p, preview);
    console.log('flow passed');
  } catch (e) {
    console.error('flow failed', e);
    console.log('errors', p.errors);
  } finally {
    await screenshot(p.page, 'explore-flow');
    await browser.close();
    await preview.close();
  }
}
main();
