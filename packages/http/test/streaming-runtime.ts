import type { Context } from 'aws-lambda';
import type { StreamingRuntime } from '../src/index.js';

/**
 * Lambda's `awslambda` streaming runtime exists only inside AWS Lambda, so it
 * is stood in for here with its documented wire format: the JSON prelude
 * (status, headers, cookies), eight NUL bytes, then the body.
 */
export const streamingRuntime: StreamingRuntime = {
  streamifyResponse: (handler) => handler,
  HttpResponseStream: {
    from(responseStream, metadata) {
      responseStream.write(JSON.stringify(metadata));
      responseStream.write(new Uint8Array(8));
      return responseStream;
    },
  },
};

/** What `streamifyResponse` hands Lambda: a handler writing to a response stream. */
export type StreamingEntry = (event: unknown, stream: NodeJS.WritableStream, context: Context) => Promise<void>;
