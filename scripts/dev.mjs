// @ts-check
// `npm start`: the site (astro dev, http://localhost:4321/) and the CMS's local backend
// (decap-server, which writes entries into content/) side by side; Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';

// Search reads the Pagefind index of a built site; build once so search works in dev too
// (the index reflects content at start; restart to refresh it).
const build = spawnSync('astro', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('astro', ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
  spawn('decap-server', [], { stdio: 'inherit', env: { ...process.env, PORT: process.env.DECAP_PORT ?? '8081' } }),
];

console.log('\n  Site: http://localhost:4321/   CMS: http://localhost:4321/admin/ (local backend, no login)\n');

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
