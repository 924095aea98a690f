// A direct Lambda resolver for `Post.author` with batching on: one invocation resolves the author of
// every post in the query, in order, and an unknown author fails only its own field.
import { router } from '@switchboard/core';
import { appsyncResolver, toAppsyncResolverItemError } from '@switchboard/sources/appsync-resolver';

// Stands in for the authors table the resolver would read.
const authors = new Map([
  ['a-17', { id: 'a-17', name: 'Jane Doe' }],
  ['a-42', { id: 'a-42', name: 'Ravi Patel' }],
]);

export const handler = router().on(appsyncResolver.variant('batch'), async (event) =>
  event.map((field) => {
    const authorId = String(field.source?.authorId);
    return authors.get(authorId) ?? toAppsyncResolverItemError(`No author ${authorId}`, 'NotFound');
  }),
).handler;
