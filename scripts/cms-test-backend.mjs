// @ts-check
// For the CMS browser tests: a fresh copy of content/ in .cache/cms-repo, served by decap-server,
// so tests edit the copy and never the working tree.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const CMS_REPO = resolve('.cache/cms-repo');

rmSync(CMS_REPO, { recursive: true, force: true });
mkdirSync(CMS_REPO, { recursive: true });
cpSync('content', resolve(CMS_REPO, 'content'), { recursive: true });

const server = spawn('decap-server', [], {
  stdio: 'inherit',
  env: { ...process.env, GIT_REPO_DIRECTORY: CMS_REPO, PORT: '8081', LOG_LEVEL: 'warn' },
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
