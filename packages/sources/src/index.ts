/**
 * @switchboard/sources: every AWS caller of Lambda as a Switchboard source.
 * Apps import one source per subpath (`@switchboard/sources/sqs`) so a
 * bundle carries only what it mounts; tools import `allSources` from here.
 *
 * @module
 */
import type { Source } from '@switchboard/core';
// group: http
import { alb } from './alb.js';
import { apigwHttp } from './apigw-http.js';
import { apigwRest } from './apigw-rest.js';
import { functionUrl } from './function-url.js';
// group: records
import { dynamodb } from './dynamodb.js';
import { eventbridge } from './eventbridge.js';
import { kinesis } from './kinesis.js';
import { s3 } from './s3.js';
import { sns } from './sns.js';
import { sqs } from './sqs.js';
// group: cognito (imports)
// group: authorizers (imports)
// group: web (imports)
// group: conversation (imports)
// group: transforms (imports)
// group: custom-resources (imports)
// group: api-answers (imports)
// group: async-poll (imports)

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
// group: cognito (exports)
// group: authorizers (exports)
// group: web (exports)
// group: conversation (exports)
// group: transforms (exports)
// group: custom-resources (exports)
// group: api-answers (exports)
// group: async-poll (exports)

/** Every built-in source, for tools that look at all of them (the CLI, docs, tests). */
export const allSources: readonly Source[] = [
  // http
  apigwRest,
  apigwHttp,
  functionUrl,
  alb,
  // records
  sqs,
  sns,
  s3,
  eventbridge,
  dynamodb,
  kinesis,
  // cognito (sources)
  // authorizers (sources)
  // web (sources)
  // conversation (sources)
  // transforms (sources)
  // custom-resources (sources)
  // api-answers (sources)
  // async-poll (sources)
];
