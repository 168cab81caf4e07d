// Rewrites the table of accepted columns in docs/import.md from src/lib/import/columns.ts
// (tests/unit/import.test.ts fails while the two differ).
import './import-resolve.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const { columnsMarkdown } = await import('../src/lib/import/columns.ts');
const path = new URL('../docs/import.md', import.meta.url);
const docs = readFileSync(path, 'utf8');
const block = /(<!-- columns:start -->\n)[\s\S]*?(\n<!-- columns:end -->)/;
if (!block.test(docs)) throw new Error('docs/import.md has no <!-- columns:start --> … <!-- columns:end --> block');
writeFileSync(
  path,
  docs.replace(block, (_, start, end) => `${start}${columnsMarkdown()}${end}`),
);
