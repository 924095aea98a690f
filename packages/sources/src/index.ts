/**
 * @switchboard/sources: every AWS caller of Lambda as a Switchboard source.
 * Apps import one source per subpath (`@switchboard/sources/sqs`) so a
 * bundle carries only what it mounts; tools import `allSources` from here.
 *
 * @module
 */
import type { Source } from '@switchboard/core';
import { alb } from './alb.js';
import { apigwHttp } from './apigw-http.js';
import { apigwRest } from './apigw-rest.js';
import { dynamodb } from './dynamodb.js';
import { eventbridge } from './eventbridge.js';
import { functionUrl } from './function-url.js';
import { kinesis } from './kinesis.js';
import { s3 } from './s3.js';
import { sns } from './sns.js';
import { sqs } from './sqs.js';

export * from './alb.js';
export * from './apigw-http.js';
export * from './apigw-rest.js';
export * from './dynamodb.js';
export * from './eventbridge.js';
export * from './function-url.js';
export * from './kinesis.js';
export * from './s3.js';
export * from './sns.js';
export * from './sqs.js';

/** Every built-in source, for tools that look at all of them (the CLI, docs, tests). */
export const allSources: readonly Source[] = [
  sqs,
  sns,
  s3,
  eventbridge,
  dynamodb,
  kinesis,
  apigwRest,
  apigwHttp,
  functionUrl,
  alb,
];
