import { build } from 'esbuild';

/**
 * Bundles `entry` as a Lambda deployment would (esbuild, minified ESM for
 * Node), running on the packages' TypeScript sources; the AWS SDK v3 stays
 * external when `sdkExternal` is set, as the Lambda runtime provides it.
 */
export async function bundle(entry: string, options: { readonly sdkExternal?: boolean } = {}): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['switchboard-source'],
    minify: true,
    external: options.sdkExternal ? ['@aws-sdk/*'] : [],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The source files that left code in `entry`'s bundle (bundled as `bundle`
 * does), as paths relative to the repository: what a tree-shaking test
 * asserts on when the code it looks for has no literal of its own.
 */
export async function bundledFiles(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions: ['switchboard-source'],
    minify: true,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}
