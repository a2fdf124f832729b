/** `npm start` rebuilds the bundle only when what it is built from changed (by content, not by time). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureProject } from '../../scripts/test/fixture-project.ts';
import { inputDigest } from '../build.ts';

test('the input digest changes with a component’s content, not with a rewrite of the same content', () => {
  const project = createFixtureProject();
  try {
    const template = 'force-app/main/ui/lwc/widgetCard/widgetCard.html';
    const before = inputDigest(project.root);
    project.write(template, '<template><p>Widget</p></template>\n');
    assert.equal(inputDigest(project.root), before, 'same content, same digest');
    project.write(template, '<template><p>Widgets</p></template>\n');
    assert.notEqual(inputDigest(project.root), before);
  } finally {
    project.dispose();
  }
});
