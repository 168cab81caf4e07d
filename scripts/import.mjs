// `npm run import -- FILE [--dry-run] [--sheet NAME] [--refused PATH]`: imports a spreadsheet of
// businesses into content/businesses. See docs/import.md; the importer is src/lib/import.
import './import-resolve.mjs';

const { main } = await import('../src/lib/import/cli.ts');
process.exitCode = await main(process.argv.slice(2));
