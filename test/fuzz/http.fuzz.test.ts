/**
 * The HTTP layer under fuzzing: one app served in every dialect, fed
 * hostile requests. Every event a dialect claims gets an answer that passes
 * that caller's response schema, with a real status, no CR/LF in a header,
 * and error bodies that are problem+json (4xx) or bare (5xx), quoting no
 * request value and no stack. Maps keyed by client-chosen names (query keys,
 * cookies, headers) keep names like `constructor` and `__proto__`.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { router, type Source, UnknownEventError } from '@switchboard/core';
import {
  albDialect,
  apigwHttpDialect,
  apigwRestDialect,
  cors,
  functionUrlDialect,
  httpApp,
  reply,
  vpcLatticeDialect,
} from '@switchboard/http';
import { lambdaContext } from '@switchboard/testing';
import fc from 'fast-check';
import * as z from 'zod';
import { marker } from './hostile.js';
import { expectSafeAnswer, expectValidAnswer } from './http-answer.js';
import { httpCaseArb, toHttpEvent } from './http-requests.js';
import { describeThrown, expectTypedError, outcomeOf } from './outcome.js';
import { assertNoPollution } from './pollution.js';
import { assertNoLoggedValues, useQuietConsole } from './quiet-console.js';
import { fuzz, propertyTimeoutMs } from './runs.js';

useQuietConsole();
afterEach(assertNoPollution);

const context = lambdaContext({ timeoutMs: 60_000 });

const itemSchema = z.object({ name: z.string().min(1), qty: z.number().int() });

const app = httpApp({ cors: cors({ origins: ['https://app.example.com'] }) })
  .get('/items/{id}', { params: z.object({ id: z.string().regex(/^[a-z0-9-]{1,20}$/) }) }, (req) => ({
    id: req.params.id,
  }))
  .post('/items', { body: itemSchema }, (req) => reply.json(201, req.body))
  .delete('/items/{id}', async () => undefined)
  .get('/files/{path+}', (req) => reply.text(200, `${req.params.path.length} characters`))
  // A route that fails with the request's values and a stack-like text in its message: none may reach the client.
  .get('/boom', async () => {
    throw new Error(`${marker}\n    at secret (/srv/app.ts:12:3)`);
  })
  // A header written from a request header: a CR/LF in it must not split the answer.
  .get('/go', (req) => reply.redirect(req.headers['x-trace'] ?? '/'))
  // Names only: what the maps built from client-chosen names hold.
  .get('/echo', (req) =>
    reply.json(200, {
      query: Object.keys(req.queryAll).sort(),
      firstQuery: Object.keys(req.query).sort(),
      cookies: Object.keys(req.cookies).sort(),
      headers: Object.keys(req.headersAll).sort(),
    }),
  );

const dialects = [apigwHttpDialect, apigwRestDialect, functionUrlDialect, albDialect, vpcLatticeDialect];
const handler = app.mount(router(), dialects);

const withoutBreaks = (value: string) => value.replace(/[\r\n]/g, ' ');

describe('the HTTP layer under fuzzing', () => {
  it(
    'answers every request a dialect claims in that caller’s valid shape, errors without values or stacks',
    async () => {
      await fuzz(
        'http answers',
        fc.asyncProperty(httpCaseArb, async (httpCase) => {
          const event = toHttpEvent(httpCase);
          const claimed: Source | undefined = handler.match(event)?.source;
          const outcome = await outcomeOf(() => handler.handler(event, context));
          assertNoPollution();
          assertNoLoggedValues();
          if (claimed === undefined) {
            if (outcome.ok) throw new Error('An event no dialect claims was answered');
            return expectTypedError(outcome.error, [UnknownEventError]);
          }
          // An HTTP caller turns a failed invocation into a bare 502: the app must always answer.
          if (!outcome.ok) throw new Error(`${claimed.id} rejected: ${describeThrown(outcome.error)}`);
          const answer = expectValidAnswer(claimed, outcome.value);
          // A mutated event may carry any method (or none): the HEAD rule applies to requests sent as HEAD.
          const method = httpCase.tamper.mutations === undefined ? httpCase.method.toUpperCase() : '(mutated)';
          expectSafeAnswer(answer, method);
        }),
      );
    },
    propertyTimeoutMs,
  );

  it(
    'keeps every query key, cookie name and header name a client sends, prototype names included',
    async () => {
      const cleanCaseArb = httpCaseArb.map((httpCase) => ({
        ...httpCase,
        method: 'GET' as const,
        path: '/echo',
        body: {},
        // Names are this property's subject: values lose their CR/LF (a route reading such a value gets a
        // 400, the bad-input matrix's row), and tampering is off.
        headers: Object.fromEntries(
          Object.entries(httpCase.headers).map(([name, value]) => [name, withoutBreaks(value)]),
        ),
        cookies: httpCase.cookies.map(([name, value]): [string, string] => [name, withoutBreaks(value)]),
        tamper: { flipBase64: false, badBase64: undefined, mutations: undefined },
      }));
      await fuzz(
        'http field names',
        fc.asyncProperty(cleanCaseArb, async (httpCase) => {
          const outcome = await outcomeOf(() => handler.handler(toHttpEvent(httpCase), context));
          assertNoPollution();
          assertNoLoggedValues();
          if (!outcome.ok) throw new Error(`rejected: ${describeThrown(outcome.error)}`);
          const source = dialects.find((dialect) => dialect.id === httpCase.dialect)?.source as Source;
          const answer = expectValidAnswer(source, outcome.value);
          expect(answer.status).toBe(200);
          const seen = JSON.parse(answer.body) as Record<string, string[]>;
          const sentQuery = Object.keys(httpCase.query).sort();
          expect(seen.query).toEqual(sentQuery);
          expect(seen.firstQuery).toEqual(sentQuery);
          expect(seen.cookies).toEqual([...new Set(httpCase.cookies.map(([name]) => name))].sort());
          for (const name of Object.keys(httpCase.headers)) expect(seen.headers).toContain(name.toLowerCase());
        }),
      );
    },
    propertyTimeoutMs,
  );
});
