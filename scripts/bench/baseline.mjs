// @ts-check
// The baseline: a bare Astro project that builds the same Markdown with one plain layout (no
// schemas, no cross-references, no listings, no Pagefind), so the site's own cost shows as a
// ratio. It lives in a temporary folder and borrows this repo's node_modules (same Astro).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTRY_DIR } from './corpus.mjs';

const COLLECTIONS = ['businesses', 'classes', 'timetables', 'mentors', 'programmes', 'rooms'];

const config = `import { defineConfig } from 'astro/config';
export default defineConfig({
  // Its own content-layer cache, apart from the site's in node_modules/.astro.
  cacheDir: './.cache',
  markdown: { syntaxHighlight: false },
});
`;

const contentConfig = (/** @type {string} */ contentDir) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
// Businesses are filed by regency (businesses/<regency>/${ENTRY_DIR}/); ids are the file names, as the site's.
const at = (folder) => defineCollection({ loader: folder === 'businesses'
  ? glob({ pattern: '*/${ENTRY_DIR}/*.md', base: ${JSON.stringify(contentDir)} + '/' + folder, generateId: ({ entry }) => entry.split('/').pop().replace(/\\.md$/, '') })
  : glob({ pattern: '**/*.md', base: ${JSON.stringify(contentDir)} + '/' + folder + '/${ENTRY_DIR}' }) });
export const collections = { ${COLLECTIONS.map((c) => `${c}: at('${c}')`).join(', ')} };
`;

const layout = `---
const { title } = Astro.props;
---
<html lang="id">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`;

const entryPage = `---
import { getCollection, render } from 'astro:content';
import Plain from '../../layouts/Plain.astro';
export async function getStaticPaths() {
  const all = await Promise.all(${JSON.stringify(COLLECTIONS)}.map((name) => getCollection(name)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Plain title={entry.data.title ?? entry.data.name}><Content /></Plain>
`;

/**
 * Writes the bare project into `dir`; returns its root.
 * @param {string} dir
 * @param {{ contentDir: string, repoRoot?: string }} options
 */
export function writeBaseline(dir, { contentDir, repoRoot = '.' }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src/content.config.ts'), contentConfig(resolve(contentDir)));
  writeFileSync(join(dir, 'src/layouts/Plain.astro'), layout);
  writeFileSync(join(dir, 'src/pages/[collection]/[slug].astro'), entryPage);
  return dir;
}
