import { describeSource } from '@switchboard/core';
import {
  type AppsyncResolverContext,
  type AppsyncResolverEvent,
  appsyncResolverEventSchema,
  appsyncResolverResponseSchema,
} from './schema.js';
import { appsyncResolver } from './source.js';

/** `appsyncResolver` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const appsyncResolverReference = describeSource(appsyncResolver, {
  schema: appsyncResolverEventSchema,
  response: appsyncResolverResponseSchema,
  sample: sampleAppsyncResolverBatch,
  docs: {
    service: 'AWS AppSync (direct Lambda resolvers)',
    summary:
      'A GraphQL field whose resolver is a Lambda data source without mapping templates invokes the function with the resolver context and returns what the function returns as the field. With batching, one invocation carries up to `maxBatchSize` contexts (an array) and the function returns an array of the same length, in order; `toAppsyncResolverItemError` fails one entry. The sample is a batch: a single context is one of its items.',
    detection:
      'The event (or, for a batch, its first element) has string `info.fieldName` and `info.parentTypeName`; an array is the `batch` variant.',
    retries:
      'None: the GraphQL request waits. A thrown error (or a timeout) fails the field, or every field of a batch, with a GraphQL error carrying its message; a batch answer of the wrong length fails every field.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 2,000 contexts per invocation (`maxBatchSize`)',
        link: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateResolver.html',
      },
      {
        name: 'Request execution time',
        value: '30 seconds for the whole GraphQL request',
        link: 'https://docs.aws.amazon.com/general/latest/gr/appsync.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB request and response (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Direct Lambda resolvers',
        url: 'https://docs.aws.amazon.com/appsync/latest/devguide/direct-lambda-reference.html',
      },
      {
        title: 'Using Lambda resolvers (batching, errors)',
        url: 'https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers.html',
      },
    ],
  },
});

/** The context of `Post.author` for one post of a `listPosts` query. */
function sampleContext(postId: string, authorId: string): AppsyncResolverContext {
  return {
    arguments: {},
    identity: {
      sub: '192879fc-a240-4bf1-ab5a-d6a00f3063f9',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Xv4Kb7pQz',
      username: 'jdoe',
      claims: { 'cognito:username': 'jdoe', token_use: 'id' },
      sourceIp: ['203.0.113.24'],
      defaultAuthStrategy: 'ALLOW',
      groups: null,
    },
    source: { id: postId, title: 'Batching resolvers', authorId },
    request: {
      headers: {
        host: 'qm3x7c2fnbd4lfyzbcxnmbkl6u.appsync-api.us-east-1.amazonaws.com',
        'content-type': 'application/json',
        'x-amzn-requestid': '7ada8740-bbf4-49e8-bf45-f10b3d67159b',
      },
      domainName: null,
    },
    info: {
      fieldName: 'author',
      parentTypeName: 'Post',
      selectionSetList: ['id', 'name'],
      selectionSetGraphQL: '{\n  id\n  name\n}',
      variables: {},
    },
    prev: null,
    stash: {},
  };
}

function sampleAppsyncResolverBatch(): AppsyncResolverEvent {
  return [sampleContext('p-1001', 'a-17'), sampleContext('p-1002', 'a-42')];
}
