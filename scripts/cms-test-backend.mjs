// @ts-check
// For the CMS browser tests: decap-server on a fresh copy of content/ (see cms-repo.mjs).
import { spawn } from 'node:child_process';
import { CMS_REPO, resetCmsRepo } from './cms-repo.mjs';

resetCmsRepo();

const server = spawn('decap-server', [], {
  stdio: 'inherit',
  env: { ...process.env, GIT_REPO_DIRECTORY: CMS_REPO, PORT: '8081', LOG_LEVEL: 'warn' },
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
