/**
 * Parts of the payload 1.0 authorizer request, shared by REST REQUEST
 * authorizers and HTTP API authorizers in format 1.0: the request's
 * parameters as proxy integrations see them, and REST's request context.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format
 */
import * as z from 'zod/mini';

// The console's test invoke sends null for empty maps; captures and SAM omit the multi-value ones.
const stringMap = z.exactOptional(z.nullable(z.record(z.string(), z.string())));
const stringListMap = z.exactOptional(z.nullable(z.record(z.string(), z.array(z.string()))));

/** The request parameters an authorizer may read. */
export const requestParametersShape = {
  headers: stringMap,
  multiValueHeaders: stringListMap,
  queryStringParameters: stringMap,
  multiValueQueryStringParameters: stringListMap,
  stageVariables: stringMap,
};

export { restRequestContextSchema } from './rest-request-context.js';
