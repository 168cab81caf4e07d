/// <reference types="astro/client" />

/** What Astro's <Font> component reads (src/lib/fonts.ts writes it into one stylesheet). */
declare module 'virtual:astro:assets/fonts/internal' {
  export const componentDataByCssVariable: Map<
    string,
    { css: string; preloads: { url: string; type: string; weight?: string; style?: string; subset?: string }[] }
  >;
}
