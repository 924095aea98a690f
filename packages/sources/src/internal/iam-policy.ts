/**
 * The pure builders of the IAM policy answer of API Gateway Lambda
 * authorizers, re-exported by each authorizer source. The schemas are in
 * `./iam-policy-schema.ts`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export type { HttpAuthorizerPolicy, RestAuthorizerPolicy } from './iam-policy-schema.js';

/** What a policy covers: ARNs, or the ARN of the event being authorized (`methodArn` or `routeArn`). */
export type PolicyResource =
  | string
  | readonly string[]
  | { readonly methodArn: string }
  | { readonly routeArn: string };

/** Optional parts of a policy answer. */
export interface PolicyOptions<Context> {
  /** Key-value pairs the integration sees as `requestContext.authorizer`. */
  readonly context?: Context;
  /** REST APIs only: the usage plan's API key, when the API's key source is `AUTHORIZER`. */
  readonly usageIdentifierKey?: string;
}

/** A policy answer as the builders make it: one `execute-api:Invoke` statement. */
export interface AuthorizerPolicy<Context> {
  principalId: string;
  policyDocument: {
    Version: '2012-10-17';
    Statement: [{ Action: 'execute-api:Invoke'; Effect: 'Allow' | 'Deny'; Resource: string | string[] }];
  };
  context?: Context;
  usageIdentifierKey?: string;
}

/**
 * Allows `principalId` to call `resource`: the event itself (its `methodArn`
 * or `routeArn`) or ARNs. With authorizer caching on, the answer is reused for
 * every method the same identity calls, so allow the whole stage
 * (`toStageWildcardArn`) rather than the one method that asked first.
 *
 * @example
 * return toAllowPolicy('user-1842', toStageWildcardArn(event.methodArn), { context: { tenant: 'acme' } })
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export function toAllowPolicy<Context extends Record<string, unknown> = Record<string, never>>(
  principalId: string,
  resource: PolicyResource,
  options: PolicyOptions<Context> = {},
): AuthorizerPolicy<Context> {
  return toPolicy('Allow', principalId, resource, options);
}

/**
 * Denies `principalId` the call to `resource` (the event, or ARNs): the
 * client gets a 403.
 *
 * @example
 * return toDenyPolicy('user-1842', event)
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export function toDenyPolicy<Context extends Record<string, unknown> = Record<string, never>>(
  principalId: string,
  resource: PolicyResource,
  options: PolicyOptions<Context> = {},
): AuthorizerPolicy<Context> {
  return toPolicy('Deny', principalId, resource, options);
}

/**
 * The ARN of every method and route of the stage an ARN belongs to:
 * `arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/orders` becomes
 * `arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/*`. Use it to allow
 * when authorizer caching is on, so a cached answer fits every route.
 *
 * @example
 * return toAllowPolicy('user-1842', toStageWildcardArn(event.methodArn))
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
 */
export function toStageWildcardArn(arn: string): string {
  const [api, stage = '*'] = arn.split('/', 2);
  return `${api}/${stage}/*`;
}

function toPolicy<Context>(
  effect: 'Allow' | 'Deny',
  principalId: string,
  resource: PolicyResource,
  options: PolicyOptions<Context>,
): AuthorizerPolicy<Context> {
  const policy: AuthorizerPolicy<Context> = {
    principalId,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: toResourceArns(resource) }],
    },
  };
  if (options.context !== undefined) policy.context = options.context;
  if (options.usageIdentifierKey !== undefined) policy.usageIdentifierKey = options.usageIdentifierKey;
  return policy;
}

function toResourceArns(resource: PolicyResource): string | string[] {
  if (typeof resource === 'string') return resource;
  if (isArnList(resource)) return [...resource];
  return 'methodArn' in resource ? resource.methodArn : resource.routeArn;
}

function isArnList(resource: PolicyResource): resource is readonly string[] {
  return Array.isArray(resource);
}
