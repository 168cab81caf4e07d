// @ts-check
// The CMS tests' repository: a copy of content/ in .cache/cms-repo that decap-server serves, so
// tests edit the copy and never the working tree. Reset before each run of the CMS tests (and
// so before a retry), so a retry never meets entries an earlier attempt saved.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const CMS_REPO = resolve('.cache/cms-repo');

export function resetCmsRepo() {
  rmSync(resolve(CMS_REPO, 'content'), { recursive: true, force: true });
  mkdirSync(CMS_REPO, { recursive: true });
  cpSync('content', resolve(CMS_REPO, 'content'), { recursive: true });
}
