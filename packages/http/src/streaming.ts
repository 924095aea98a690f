import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DefinitionError } from '@switchboard/core';
import { toFunctionUrlResult } from '@switchboard/sources/function-url';
import type { Context } from 'aws-lambda';
import type { HttpApp } from './app.js';
import { functionUrlDialect } from './dialects/payload-v2.js';
import { streamingResponseLimit } from './response-limit.js';
import type { StreamingResponse } from './streaming-body.js';
import { fitToStream, limitPieces } from './streaming-limit.js';

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

export interface StreamingOptions {
  /** The most bytes one response may stream, prelude included. Default: 200 MB, Lambda's documented cap. */
  readonly responseLimitBytes?: number;
}

/**
 * The handler to export for a function URL in RESPONSE_STREAM invoke mode:
 * status, headers and cookies go first, then the body as the route yields it
 * (`reply.stream`), so the client sees bytes before the route has finished.
 *
 * @example
 * export const handler = toStreamingHandler(app)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/config-rs-write-functions.html
 */
export function toStreamingHandler(
  app: HttpApp,
  runtime: StreamingRuntime | undefined = globalRuntime(),
  options: StreamingOptions = {},
): unknown {
  const limitBytes = options.responseLimitBytes ?? streamingResponseLimit;
  if (runtime === undefined) {
    throw new DefinitionError(
      'Response streaming needs the `awslambda` global of the Lambda Node.js runtime; pass a runtime to run it elsewhere',
    );
  }
  return runtime.streamifyResponse(async (event, responseStream, context) => {
    const answered = (await app.respond(functionUrlDialect, event, context)) as StreamingResponse;
    const response = fitToStream(answered, limitBytes);
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
    const limited = limitPieces(body, metadata, limitBytes);
    await pipeline(Readable.from(limited), out as NodeJS.WritableStream & import('node:stream').Writable);
  });
}

function globalRuntime(): StreamingRuntime | undefined {
  return typeof awslambda === 'undefined' ? undefined : awslambda;
}
