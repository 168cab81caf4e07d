// Lets Node run the importer's TypeScript (src/lib/import) with its type stripping: src/ imports
// modules without extensions, as Vite resolves them, so `./x` is tried as `./x.ts` and
// `./x/index.ts` when Node finds nothing. Imported first by scripts/import*.mjs.
import { registerHooks } from 'node:module';

const RETRY = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      if (!/^\.{1,2}\//.test(specifier) || !code || !RETRY.has(code)) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return next(specifier + suffix, context);
        } catch {
          // Try the next suffix.
        }
      }
      throw error;
    }
  },
});
