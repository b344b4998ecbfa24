/**
 * A temporary copy of the repository for tests that change content and build (sixth-document,
 * incremental-build): the repository's own files (tracked, or new and not ignored — what a clean clone
 * would hold), the third-party store shared by a link, each workspace package's own node_modules
 * (relative links, e.g. @bangfu/sdk → ../../../packages/sdk) copied so that it points into the copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The repository's own files, relative to it. */
export const repoFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(REPO, f)));

/** Copy the repository into a new temporary directory (prefix e.g. `bangfu-sixth-`); returns it and the files copied. */
export function copyRepo(prefix: string): { copy: string; files: string[] } {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const files = repoFiles();
  for (const f of files) cpSync(join(REPO, f), join(copy, f), { recursive: false, force: true });
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
  for (const pkg of ['packages/sdk', 'packages/content', 'apps/site']) cpSync(join(REPO, pkg, 'node_modules'), join(copy, pkg, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  return { copy, files };
}

/** Run Node (this process's) with a script and arguments in a directory; its stdout. */
export const nodeIn = (cwd: string, args: string[], env: Record<string, string> = {}): string =>
  execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', ...args], { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, ...env } });
