import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DefinitionError } from '@switchboard/core';
import { toFunctionUrlResult } from '@switchboard/sources/function-url';
import type { Context } from 'aws-lambda';
import type { HttpApp } from './app.js';
import { functionUrlDialect } from './dialects/payload-v2.js';
import type { StreamingResponse } from './streaming-body.js';

/** The streaming API of Lambda's Node.js runtime (the `awslambda` global). */
export interface StreamingRuntime {
  streamifyResponse(
    handler: (event: unknown, responseStream: NodeJS.WritableStream, context: Context) => Promise<void>,
  ): unknown;
  readonly HttpResponseStream: {
    from(
      responseStream: NodeJS.WritableStream,
      metadata: { statusCode: number; headers?: Record<string, string>; cookies?: string[] },
    ): NodeJS.WritableStream;
  };
}

declare const awslambda: StreamingRuntime | undefined;

/**
 * The handler to export for a function URL in RESPONSE_STREAM invoke mode:
 * status, headers and cookies go first, then the body as the route yields it
 * (`reply.stream`), so the client sees bytes before the route has finished.
 *
 * @example
 * export const handler = toStreamingHandler(app)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/config-rs-write-functions.html
 */
export function toStreamingHandler(app: HttpApp, runtime: StreamingRuntime | undefined = globalRuntime()): unknown {
  if (runtime === undefined) {
    throw new DefinitionError(
      'Response streaming needs the `awslambda` global of the Lambda Node.js runtime; pass a runtime to run it elsewhere',
    );
  }
  return runtime.streamifyResponse(async (event, responseStream, context) => {
    const response = (await app.respond(functionUrlDialect, event, context)) as StreamingResponse;
    // The function URL builder checks the headers (no CR/LF) and splits out cookies.
    const { body: _whole, stream: _pieces, ...head } = response;
    const { statusCode, headers, cookies } = toFunctionUrlResult(head);
    const metadata = {
      statusCode: statusCode ?? 200,
      ...(headers && { headers: headers as Record<string, string> }),
      ...(cookies && { cookies: [...cookies] }),
    };
    const out = runtime.HttpResponseStream.from(responseStream, metadata);
    const body = response.stream ?? (response.body === undefined ? [] : [response.body]);
    await pipeline(Readable.from(body), out as NodeJS.WritableStream & import('node:stream').Writable);
  });
}

function globalRuntime(): StreamingRuntime | undefined {
  return typeof awslambda === 'undefined' ? undefined : awslambda;
}
