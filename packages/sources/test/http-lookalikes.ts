/**
 * Events that look like HTTP requests but are not proxy requests: authorizer
 * calls, WebSocket routes, VPC Lattice. Built here from the AWS docs' shapes
 * (never copied from the corpus) so each HTTP source's tests can check that
 * its detector refuses them.
 */
const arn = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders';

const restContext = {
  accountId: '123456789012',
  apiId: 'a1b2c3d4e5',
  httpMethod: 'GET',
  identity: { sourceIp: '203.0.113.24', userAgent: 'curl/8.5.0' },
  path: '/prod/orders',
  requestId: '4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f',
  resourceId: 'k3x9pd',
  resourcePath: '/orders',
  stage: 'prod',
};

const v2Context = {
  accountId: '123456789012',
  apiId: 'a1b2c3d4e5',
  domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
  domainPrefix: 'a1b2c3d4e5',
  http: { method: 'GET', path: '/orders', protocol: 'HTTP/1.1', sourceIp: '203.0.113.24', userAgent: 'curl/8.5.0' },
  requestId: 'JKJaXmPLvHcESHA=',
  routeKey: 'GET /orders',
  stage: '$default',
  time: '13/Mar/2024:09:41:56 +0000',
  timeEpoch: 1710322916481,
};

/** Lookalikes by name; none is a request any HTTP source serves. */
export const httpLookalikes: Readonly<Record<string, unknown>> = {
  'REST TOKEN authorizer': { type: 'TOKEN', authorizationToken: 'Bearer eyJhbGciOi', methodArn: arn },
  'REST REQUEST authorizer': {
    type: 'REQUEST',
    methodArn: arn,
    resource: '/orders',
    path: '/orders',
    httpMethod: 'GET',
    headers: { authorization: 'Bearer eyJhbGciOi' },
    queryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: restContext,
  },
  'HTTP API authorizer, format 1.0': {
    version: '1.0',
    type: 'REQUEST',
    methodArn: arn,
    identitySource: 'Bearer eyJhbGciOi',
    httpMethod: 'GET',
    path: '/orders',
    headers: { authorization: 'Bearer eyJhbGciOi' },
    requestContext: { ...restContext, http: v2Context.http },
  },
  'HTTP API authorizer, format 2.0': {
    version: '2.0',
    type: 'REQUEST',
    routeArn: arn,
    identitySource: ['Bearer eyJhbGciOi'],
    routeKey: 'GET /orders',
    rawPath: '/orders',
    rawQueryString: '',
    headers: { authorization: 'Bearer eyJhbGciOi' },
    requestContext: v2Context,
  },
  'WebSocket $connect with proxy fields': {
    resource: '/',
    path: '/',
    httpMethod: 'GET',
    headers: { host: 'ws.example.com' },
    isBase64Encoded: false,
    requestContext: {
      ...restContext,
      routeKey: '$connect',
      eventType: 'CONNECT',
      connectionId: 'L0SM9cOFvHcCIhw=',
      messageDirection: 'IN',
    },
  },
  'VPC Lattice, version 2.0': {
    version: '2.0',
    path: '/orders',
    method: 'GET',
    headers: { 'user-agent': ['curl/8.5.0'] },
    body: '',
    isBase64Encoded: false,
    requestContext: {
      serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:servicenetwork/sn-0bf3f2882e9cc805a',
      serviceArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:service/svc-0a40eebed65f8d69c',
      targetGroupArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:targetgroup/tg-6d0ecf831eec9f09',
      identity: { sourceVpcArn: 'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0b8276c84697e7339' },
      region: 'us-east-2',
      timeEpoch: '1710322916481000',
    },
  },
  'VPC Lattice, version 1.0': {
    raw_path: '/orders',
    method: 'GET',
    headers: { 'user-agent': 'curl/8.5.0' },
    query_string_parameters: {},
    body: '',
    is_base64_encoded: false,
  },
  null: null,
  'an array': [],
  'an empty object': {},
  'a string': 'GET /orders',
};

/** `[name, event]` rows for `it.each`. */
export const httpLookalikeRows = Object.entries(httpLookalikes);
