/** The Lightning page check catches what App Builder would reject on deploy: planted failures, one per rule. */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureProject, jsMeta, type FixtureProject } from '../../test/fixture-project.ts';
import * as flexipages from '../flexipages.check.ts';

const PAGE_DIR = 'force-app/main/app/flexipages';
const LWC = 'force-app/main/ui/lwc/widgetCard';

const page = (type: string, template: string, region: string, component: string, sobject = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
  <flexiPageRegions>
    <itemInstances><componentInstance><componentName>${component}</componentName><identifier>one</identifier></componentInstance></itemInstances>
    <name>${region}</name>
    <type>Region</type>
  </flexiPageRegions>
  <masterLabel>Test</masterLabel>
${sobject ? `  <sobjectType>${sobject}</sobjectType>\n` : ''}  <template><name>${template}</name></template>
  <type>${type}</type>
</FlexiPage>
`;

let project: FixtureProject;
beforeEach(() => (project = createFixtureProject()));
afterEach(() => project.dispose());

/** Writes a valid Home page that places c:widgetCard; returns its path. */
const writeHomePage = (): string =>
  project.write(`${PAGE_DIR}/Home.flexipage-meta.xml`, page('HomePage', 'home:desktopTemplate', 'top', 'c:widgetCard'));
const messages = (): string[] => flexipages.run(project.root).map((f) => `${f.file}: ${f.message}`);

describe('flexipages check', () => {
  test('an exposed Home component on a Home page passes', () => {
    writeHomePage();
    assert.deepEqual(messages(), []);
  });

  test('a component without the page target is reported with the page file', () => {
    project.write(
      `${PAGE_DIR}/App.flexipage-meta.xml`,
      page('AppPage', 'flexipage:defaultAppHomeTemplate', 'main', 'c:widgetCard')
    );
    assert.deepEqual(messages(), [
      `${PAGE_DIR}/App.flexipage-meta.xml: component "c:widgetCard" does not declare the lightning__AppPage target`
    ]);
  });

  test('a missing component, a wrong region and a wrong template are reported', () => {
    project.write(
      `${PAGE_DIR}/Home.flexipage-meta.xml`,
      page('HomePage', 'home:desktopTemplat', 'main', 'c:widgetCrad')
    );
    const found = messages();
    assert.ok(
      found.some((m) => m.endsWith('component "c:widgetCrad" does not exist in force-app')),
      found.join('\n')
    );
    assert.ok(found.some((m) => m.endsWith('region "main" is not a region of home:desktopTemplate')));
    assert.ok(
      found.some((m) => m.endsWith('a HomePage uses template "home:desktopTemplate", not "home:desktopTemplat"'))
    );
  });

  test('a record component limited to other objects is reported', () => {
    const configs =
      '  <targetConfigs><targetConfig targets="lightning__RecordPage"><objects><object>Opportunity</object></objects></targetConfig></targetConfigs>';
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__RecordPage'], configs));
    project.write(
      `${PAGE_DIR}/User.flexipage-meta.xml`,
      page('RecordPage', 'flexipage:recordHomeTemplateDesktop', 'main', 'c:widgetCard', 'User')
    );
    assert.deepEqual(messages(), [
      `${PAGE_DIR}/User.flexipage-meta.xml: component "c:widgetCard" is not available on User record pages`
    ]);
  });

  test('an unexposed component is reported', () => {
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta([]));
    writeHomePage();
    const found = messages();
    assert.ok(
      found.some((m) => m.endsWith('component "c:widgetCard" is not exposed (isExposed false)')),
      found.join('\n')
    );
  });

  test('a tab must point at an App page', () => {
    writeHomePage();
    project.write(
      'force-app/main/app/tabs/Home.tab-meta.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata"><flexiPage>Home</flexiPage><label>Home</label><motif>Custom15: People</motif></CustomTab>\n'
    );
    assert.deepEqual(messages(), [
      'force-app/main/app/tabs/Home.tab-meta.xml: tab points at "Home", which is not an App page'
    ]);
  });
});
