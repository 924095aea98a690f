import { type BuildResult, build } from 'esbuild';

/**
 * Bundles `entry` as a Lambda deployment would (esbuild, minified ESM for
 * Node, the AWS SDK v3 external as the runtime provides it), running on the
 * packages' TypeScript sources. Shared by the tree-shaking tests.
 */
async function bundled(entry: string, sdkExternal: boolean): Promise<BuildResult<{ write: false; metafile: true }>> {
  return build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions: ['switchboard-source'],
    minify: true,
    external: sdkExternal ? ['@aws-sdk/*'] : [],
    logLevel: 'silent',
  });
}

/** The bundle's code; the AWS SDK is bundled too unless `sdkExternal` (a test that looks for it sets neither). */
export async function bundle(entry: string, options: { readonly sdkExternal?: boolean } = {}): Promise<string> {
  const result = await bundled(entry, options.sdkExternal ?? false);
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The source files that left code in `entry`'s bundle, as paths relative to
 * the repository: what a tree-shaking test asserts on when the code it
 * looks for has no literal of its own.
 */
export async function bundledFiles(entry: string): Promise<string[]> {
  const result = await bundled(entry, true);
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}
