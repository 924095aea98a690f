import { describe, expect, it } from '@jest/globals';
import type { Context } from 'aws-lambda';
import { corpusAvailable, corpusDir, readManifest, readPayload } from '../../sources/test/corpus.js';
import {
  albDialect,
  apigwHttpDialect,
  apigwRestDialect,
  type Dialect,
  functionUrlDialect,
  httpApp,
} from '../src/index.js';
import { readAnswer } from './read-answer.js';

/**
 * Every real event of an HTTP source in the shared corpus, served by one
 * catch-all app: each answer must pass its caller's response schema and
 * carry what the request said, read through the normalised request.
 */
const dialects: Record<string, Dialect> = {
  'apigw-rest': apigwRestDialect,
  'apigw-http': apigwHttpDialect,
  'function-url': functionUrlDialect,
  alb: albDialect,
};
const context = {} as Context;

const echo = (req: { method: string; path: string; queryAll: unknown; cookies: unknown; rawBody: unknown }) => ({
  method: req.method,
  path: req.path,
  queryAll: req.queryAll,
  cookies: req.cookies,
  bodyLength: typeof req.rawBody === 'string' || req.rawBody instanceof Uint8Array ? req.rawBody.length : 0,
});
const app = httpApp();
for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const)
  app[method]('/', echo)[method]('/{proxy+}', echo);

if (!corpusAvailable) {
  describe('HTTP corpus matrix', () => {
    it.skip(`skipped: no corpus at ${corpusDir}`, () => {});
  });
} else {
  const entries = readManifest().filter((entry) => entry.kind === 'event' && entry.source in dialects);
  describe('HTTP corpus matrix', () => {
    it.each(entries.map((entry) => [entry.source, entry.file, entry] as const))(
      '%s %s',
      async (source, _file, entry) => {
        const dialect = dialects[source] as Dialect;
        const event = readPayload(entry);
        const answer = readAnswer(dialect.source, await app.serve(dialect, event, context));
        expect(answer.schemaIssues).toEqual([]);
        expect([200, 400]).toContain(answer.status);
        if (answer.status === 200) {
          const echoed = JSON.parse(answer.text);
          expect(echoed.method).toBe(dialect.method(event));
          expect(typeof echoed.path).toBe('string');
        }
      },
    );
  });
}
