import { describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

/** The source files that left code in `entry`'s bundle (minified ESM for Node, as a deployment builds it). */
async function bundledFiles(entry: string): Promise<string[]> {
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

const usersApp = (options: string) => `
  import { router } from '@switchboard/core';
  import { apigwHttpDialect, cors, httpApp } from '@switchboard/http';
  const app = httpApp(${options}).get('/users/{id}', (req) => ({ id: req.params.id }));
  export const handler = app.mount(router(), [apigwHttpDialect]).handler;
`;

describe('tree-shaking of an HTTP app', () => {
  it('an app without CORS carries no CORS code, no other dialect, no streaming handler and no OpenAPI', async () => {
    const files = await bundledFiles(usersApp('{}'));
    expect(files).toContain('packages/http/src/app.ts');
    // A leak here usually means a static import where the option (`cors(...)`) or the dialect should bring the code.
    expect(
      files.filter((file) =>
        /http\/src\/(cors|openapi|streaming|streaming-limit|websocket)\.ts|dialects\/(alb|apigw-rest|vpc)/.test(file),
      ),
    ).toEqual([]);
  });

  it('an app with CORS carries it', async () => {
    const files = await bundledFiles(usersApp(`{ cors: cors({ origins: ['https://shop.example'] }) }`));
    expect(files).toContain('packages/http/src/cors.ts');
  });
});
