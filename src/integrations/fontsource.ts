/**
 * An Astro font provider for Fontsource variable-font packages installed from npm, read from
 * node_modules only. Astro's own npm provider reads the package's CSS locally but points the
 * font files at a CDN (unifont resolves relative URLs against it), which breaks an offline
 * build and self-hosting; this one hands Astro the files on disk, one face per subset with the
 * package's unicode ranges, so `subsets` and `<Font preload={[{ subset }]}>` work as documented.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontProvider } from 'astro';

export interface FontsourceOptions {
  /** e.g. `@fontsource-variable/fraunces` */
  package: string;
}

interface Metadata {
  id: string;
  variable: Record<string, { min: string; max: string }>;
}

export function fontsource(): FontProvider<FontsourceOptions> {
  let root: URL | undefined;
  return {
    name: 'fontsource-local',
    init(context) {
      root = context.root;
    },
    resolveFont({ subsets, styles, options }) {
      if (!options) throw new Error('fontsource(): set options.package for each family');
      // The packages export only their CSS; its folder holds the metadata and the files.
      const dir = dirname(createRequire(root ?? import.meta.url).resolve(options.package));
      const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
      const { id, variable } = read<Metadata>('metadata.json');
      const ranges = read<Record<string, string>>('unicode.json');
      const wght = variable['wght'];
      if (!wght) throw new Error(`${options.package} has no variable weight axis`);
      return {
        fonts: styles.flatMap((style) =>
          subsets.map((subset) => {
            const range = ranges[subset];
            if (!range)
              throw new Error(
                `${options.package} has no subset "${subset}" (it has ${Object.keys(ranges).join(', ')})`,
              );
            return {
              src: [{ url: join(dir, 'files', `${id}-${subset}-wght-${style}.woff2`), format: 'woff2' }],
              weight: `${wght.min} ${wght.max}`,
              style,
              unicodeRange: range.split(','),
              meta: { subset },
            };
          }),
        ),
      };
    },
  };
}
