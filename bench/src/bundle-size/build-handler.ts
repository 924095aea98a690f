import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchPath } from '../paths.js';
import { type ZodFlavour, zodFlavour } from './zod-flavour.js';

/** One deployable handler: a candidate's factory for one scenario, bundled as a Lambda would be. */
export interface HandlerBundle {
  readonly scenario: 'http' | 'sqs';
  /** The candidate's module file name under `src/peers/<scenario>/`. */
  readonly module: string;
  /** The factory it exports for that scenario (`apigwHttp`, `sqs`). */
  readonly factory: string;
  readonly flavour: ZodFlavour;
}

export interface BuiltBundle extends HandlerBundle {
  readonly file: string;
  readonly gzipBytes: number;
}

/**
 * Bundles a two-line entry (`export const handler = factory()`) with esbuild:
 * minified ESM for node20, as most Lambda deployments build. The AWS SDK v3
 * stays external, as the Node.js runtimes provide it (CDK's `NodejsFunction`
 * default): lambda-api imports `@aws-sdk/client-s3` for its S3 helpers. The banner gives
 * CommonJS dependencies (lambda-api) the `require` that ESM lacks; every
 * bundle carries it, so it cancels out of the differences.
 */
export async function buildHandler(bundle: HandlerBundle): Promise<BuiltBundle> {
  const { scenario, module, factory, flavour } = bundle;
  const file = benchPath(`.bench-out/bundles/${flavour}/${scenario}-${module}.mjs`);
  const result = await build({
    stdin: {
      contents: `import { ${factory} } from './peers/${scenario}/${module}.js';\nexport const handler = ${factory}();\n`,
      resolveDir: benchPath('src'),
      sourcefile: `${scenario}-${module}-entry.ts`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['switchboard-source'],
    external: ['@aws-sdk/*'],
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    plugins: [zodFlavour(flavour)],
    write: false,
    outfile: file,
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${file}`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, output.contents);
  return { ...bundle, file, gzipBytes: gzipSync(output.contents, { level: 9 }).length };
}
