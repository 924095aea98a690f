import { router } from '@switchboard/core';
import { albDialect, apigwHttpDialect, apigwRestDialect, functionUrlDialect } from '@switchboard/http';
import { sqs, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { app } from './http-app.js';

/**
 * The app answers whichever HTTP callers it is mounted for, each in its own
 * shape (multi-value headers for an ALB that sent them, `cookies` for
 * payload 2.0, base64 for binary bodies); other sources share the function.
 */
export const handler = app.mount(
  router().on(sqs, async () => toSqsBatchResponse([])),
  [apigwHttpDialect, apigwRestDialect, functionUrlDialect, albDialect],
).handler;
