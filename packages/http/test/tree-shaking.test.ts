import { describe, expect, it } from '@jest/globals';
import { bundledFiles } from '../../../test/support/bundle.js';

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
