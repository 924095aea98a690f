import type { Plugin } from 'esbuild';
import { benchPath } from '../paths.js';

/** Which zod API the scenarios' schemas are written with. */
export type ZodFlavour = 'classic' | 'mini';

/**
 * Every candidate imports its schemas from `schemas/zod-classic.js`; for the
 * `mini` flavour this esbuild plugin swaps in `schemas/zod-mini.ts`, the same
 * schemas in `zod/mini`, so both flavours bundle the very same candidate code.
 */
export function zodFlavour(flavour: ZodFlavour): Plugin {
  return {
    name: `zod-${flavour}`,
    setup(build) {
      if (flavour === 'classic') return;
      build.onResolve({ filter: /\/schemas\/zod-classic\.js$/ }, () => ({
        path: benchPath('src/schemas/zod-mini.ts'),
      }));
    },
  };
}
