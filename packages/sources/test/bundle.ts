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
