/**
 * Soak: one router, many sources mounted (an HTTP app served to API Gateway
 * and ALB, an SQS batch, S3, EventBridge, a Cognito trigger, an HTTP API
 * authorizer), invoked 100,000 times in one process with the events taking
 * turns. Every answer is checked against the answer its kind expects, and
 * the live heap must not grow with the number of invocations. A second test
 * proves the measurement catches a leak of ~100 bytes per invocation.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { albDialect, apigwHttpDialect, httpApp, reply } from '@switchboard/http';
import { apigwHttpAuthorizer, toHttpSimpleResponse } from '@switchboard/sources/apigw-http-authorizer';
import { cognitoUserPool } from '@switchboard/sources/cognito-user-pool';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { s3 } from '@switchboard/sources/s3';
import { sqs } from '@switchboard/sources/sqs';
import { lambdaContext } from '@switchboard/testing';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { describeFigures, type SoakFigures, soak } from './heap.js';
import { type Kind, kinds } from './kinds.js';

const total = 100_000;
const warmup = 10_000;
/**
 * The growth allowed per invocation between the warmed-up start and the
 * end. A leak of 100 bytes per invocation grows the heap 9 MB over the
 * 90,000 measured invocations, well above the 3.6 MB this allows; noise (a
 * JIT tier-up, a pool filling) stays far below it.
 */
const maxBytesPerInvocation = 40;

const context = lambdaContext({ timeoutMs: 900_000 });

/** Counts handler runs by kind: each must run exactly as often as its events were sent. */
const runs = new Map<string, number>();
const count = (kind: string) => runs.set(kind, (runs.get(kind) ?? 0) + 1);

const itemSchema = z.object({ name: z.string(), qty: z.number().int() });

function mixedRouter() {
  const app = httpApp()
    .get('/items/{id}', (req) => {
      count('http');
      return { id: req.params.id };
    })
    .post('/items', { body: itemSchema }, (req) => {
      count('http');
      return reply.json(201, req.body);
    });
  return app
    .mount(router(), [apigwHttpDialect, albDialect])
    .on(
      sqs,
      sqsBatch(async (body: { fail?: boolean }) => {
        count('sqs');
        if (body.fail === true) throw new Error('refused');
      }),
    )
    .on(s3, async () => void count('s3'))
    .on(eventbridge, async () => void count('eventbridge'))
    .on(cognitoUserPool.variant('PreSignUp_SignUp'), async (event) => {
      count('cognito');
      return { autoConfirmUser: event.request.userAttributes.email?.endsWith('@example.com') ?? false };
    })
    .on(apigwHttpAuthorizer.variant('v2'), async (event) => {
      count('authorizer');
      return toHttpSimpleResponse(event.headers?.authorization === 'Bearer good', { user: 'u-1' });
    });
}

/** Invokes `kinds[index % kinds.length]`; a wrong answer is counted with the first one described. */
function rotating(handler: (event: unknown, context: Context) => Promise<unknown>) {
  const wrong = { count: 0, first: '' };
  const invoke = async (index: number) => {
    const kind = kinds[index % kinds.length] as Kind;
    const answer = await handler(kind.event, context);
    const problem = kind.check(answer);
    if (problem !== undefined && wrong.count++ === 0) wrong.first = `${kind.name}: ${problem}`;
  };
  return { invoke, wrong };
}

/** Throws when the heap grew more per invocation than a leak-free router allows. */
function assertNoLeak(figures: SoakFigures): void {
  if (figures.bytesPerInvocation > maxBytesPerInvocation) {
    throw new Error(`The heap grows with invocations: ${describeFigures(figures)}`);
  }
}

/**
 * Switchboard logs refused requests (the 404 and 422 kinds) on the console.
 * Jest keeps every console line until the file ends, which would read as a
 * leak; Lambda writes them out. So lines are counted and dropped.
 */
const logged = { lines: 0 };
const originalConsole = { warn: console.warn, error: console.error };
beforeAll(() => {
  console.warn = () => void logged.lines++;
  console.error = () => void logged.lines++;
});
afterAll(() => {
  Object.assign(console, originalConsole);
});

describe('soak', () => {
  it(`answers ${total.toLocaleString('en')} mixed invocations right, and the heap does not grow with them`, async () => {
    runs.clear();
    const { invoke, wrong } = rotating(mixedRouter().handler);
    const figures = await soak(invoke, { warmup, total });
    console.log(`soak: ${describeFigures(figures)}; ${logged.lines.toLocaleString('en')} log lines dropped`);
    expect(wrong).toEqual({ count: 0, first: '' });
    expect(Object.fromEntries(runs)).toEqual(expectedRuns(total));
    assertNoLeak(figures);
  }, 120_000);

  it('catches a handler that keeps ~100 bytes per invocation', async () => {
    const kept: string[] = [];
    const { handler } = mixedRouter();
    // The leak this soak exists to catch: every invocation keeps a new 100-character string.
    const leaking = (event: unknown, lambda: Context) => {
      kept.push(String(kept.length).padStart(100, '-'));
      return handler(event, lambda);
    };
    const { invoke, wrong } = rotating(leaking);
    const figures = await soak(invoke, { warmup: 2_000, total: 32_000 });
    console.log(`soak with a leak: ${describeFigures(figures)}`);
    expect(wrong.count).toBe(0);
    expect(figures.bytesPerInvocation).toBeGreaterThan(100);
    expect(() => assertNoLeak(figures)).toThrow('The heap grows with invocations');
  }, 60_000);
});

function expectedRuns(invocations: number): Record<string, number> {
  const expected: Record<string, number> = {};
  for (let index = 0; index < invocations; index++) {
    const kind = kinds[index % kinds.length] as Kind;
    for (const [name, times] of Object.entries(kind.runs)) expected[name] = (expected[name] ?? 0) + times;
  }
  return expected;
}
