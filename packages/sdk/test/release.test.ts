// The Changesets release flow, in a temporary copy of the workspace so the repository is untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('changeset version', () => {
  it('turns the pending changesets into a version bump and a CHANGELOG for @bangfu/sdk', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bangfu-release-'));
    for (const f of ['.changeset', 'package.json', 'pnpm-workspace.yaml']) cpSync(join(ROOT, f), join(tmp, f), { recursive: true });
    for (const dir of ['packages/sdk', 'packages/content', 'apps/site']) {
      if (!existsSync(join(ROOT, dir, 'package.json'))) continue;
      mkdirSync(join(tmp, dir), { recursive: true });
      cpSync(join(ROOT, dir, 'package.json'), join(tmp, dir, 'package.json'));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
    const pending = readdirSync(join(tmp, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pending.length).toBeGreaterThan(0);
    const before = JSON.parse(readFileSync(join(tmp, 'packages/sdk/package.json'), 'utf8')).version as string;

    spawnSync('git', ['init', '-q'], { cwd: tmp });
    const r = spawnSync(join(ROOT, 'node_modules/.bin/changeset'), ['version'], { cwd: tmp, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const after = JSON.parse(readFileSync(join(tmp, 'packages/sdk/package.json'), 'utf8')).version as string;
    expect(after).not.toBe(before);
    const changelog = readFileSync(join(tmp, 'packages/sdk/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${after}`);
    expect(changelog).toContain('First release');
    // consumed changesets are removed; the private site is never versioned
    expect(readdirSync(join(tmp, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md')).toEqual([]);
  });
});
