/**
 * `pnpm run bench`: runs the SDK benchmark (sdk.ts) with the SDK resolved from its TypeScript source
 * (`--conditions=bangfu-source`; Node 24 strips the types). The site's weight benchmark is
 * site-weight.ts (run it on its own; it needs a built apps/site/dist).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('./sdk.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--conditions=bangfu-source', sdk, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
