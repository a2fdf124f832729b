/** The demo:generate command line: flags, errors (one line, exit 2), byte-identical output, the summary line. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asFlagMessage, parseArgs, UsageError } from '../cli.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'demo-org/cli.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('parseArgs', () => {
  test('defaults leave everything to the generator', () => {
    assert.deepEqual(parseArgs([], '2030-01-02'), {
      generation: { seed: undefined, anchorDate: undefined, sizes: {}, snapshots: true, history: true },
      out: null
    });
  });

  test('--reps spreads reps over managers of up to five; --anchor today uses the given date', () => {
    // 9 reps → ceil(9 / 5) = 2 managers → [5, 4]; 200 → 40 managers of 5; 12 over 2 managers → [6, 6].
    assert.deepEqual(parseArgs(['--reps', '9'], 'x').generation.sizes, { managers: 2, repsPerManager: [5, 4] });
    assert.equal((parseArgs(['--reps', '200'], 'x').generation.sizes!.repsPerManager as number[]).length, 40);
    assert.deepEqual(parseArgs(['--reps', '12', '--managers', '2'], 'x').generation.sizes, {
      managers: 2,
      repsPerManager: [6, 6]
    });
    const all = parseArgs(
      [
        '--seed',
        '7',
        '--anchor',
        'today',
        '--quarters',
        '4',
        '--opps-per-rep-quarter',
        '3',
        '--accounts',
        '40',
        '--weeks',
        '6',
        '--no-snapshots',
        '--no-history',
        '--out',
        'f.json'
      ],
      '2031-05-06'
    );
    assert.deepEqual(all, {
      generation: {
        seed: 7,
        anchorDate: '2031-05-06',
        sizes: { quartersOfHistory: 4, opportunitiesPerRepPerQuarter: 3, accounts: 40, sessionWeeks: 6 },
        snapshots: false,
        history: false
      },
      out: 'f.json'
    });
  });

  test('the option names of the generator become the flags the user typed', () => {
    assert.equal(
      asFlagMessage('sessionWeeks must be a whole number from 1 to 52 (got 60)'),
      '--weeks must be a whole number from 1 to 52 (got 60)'
    );
    assert.equal(
      asFlagMessage('anchor date: "x" is not a date (YYYY-MM-DD)'),
      '--anchor: "x" is not a date (YYYY-MM-DD)'
    );
    assert.equal(asFlagMessage('something else'), 'something else');
  });

  test('bad flags are usage errors', () => {
    for (const argv of [
      ['--seed'],
      ['--seed', '-1'],
      ['--reps', 'many'],
      ['--colour'],
      ['--out'],
      ['--reps', '2', '--managers', '3']
    ])
      assert.throws(() => parseArgs(argv, 'x'), UsageError, argv.join(' '));
  });
});

describe('the command', () => {
  test('a bad flag prints one line and exits 2 without output', () => {
    const result = run(['--anchor', '2026-02-30']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^demo:generate: --anchor: "2026-02-30" is not a real calendar date\n$/);
  });

  test('--out twice gives byte-identical files and a one-line summary with the counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-org-'));
    try {
      const args = ['--seed', '3', '--reps', '5', '--quarters', '2', '--weeks', '3'];
      const first = run([...args, '--out', join(dir, 'a.json')]);
      const second = run([...args, '--out', join(dir, 'b.json')]);
      assert.equal(second.status, 0, second.stderr);
      assert.equal(first.status, 0, first.stderr);
      assert.equal(first.stdout, '');
      const a = readFileSync(join(dir, 'a.json'));
      assert.ok(a.equals(readFileSync(join(dir, 'b.json'))));
      const doc = JSON.parse(a.toString('utf8'));
      assert.equal(doc.meta.seed, 3);
      assert.equal(doc.meta.scenario.repIds.length, 5);
      assert.equal(first.stderr.split('\n').filter(Boolean).length, 1);
      assert.match(first.stderr, new RegExp(`${doc.meta.counts.Opportunity} opportunities`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
