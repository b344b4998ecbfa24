#!/usr/bin/env node
// Start-up is mostly parsing JavaScript: V8's compile cache (Node >= 22.1; a no-op before) keeps the
// compiled CLI between runs, in the system's temporary directory.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli.js');
