// An Object Lambda access point that redacts email addresses from text objects: the original comes from
// the event's presigned URL, and the redacted body goes to the caller with WriteGetObjectResponse.
import { router } from '@switchboard/core';
import { fetchS3ObjectLambdaInput, S3ObjectLambdaError, s3ObjectLambda } from '@switchboard/sources/s3-object-lambda';

const emailAddress = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export const handler = router().on(s3ObjectLambda.variant('get-object'), async (event) => {
  const original = await fetchS3ObjectLambdaInput(event);
  if (original.status === 404) throw new S3ObjectLambdaError(404, 'NoSuchKey', 'The object does not exist');
  if (!original.ok) throw new Error(`S3 answered ${original.status} for the original object`); // a 500 to the caller
  const text = await original.text();
  return { body: text.replace(emailAddress, '[redacted]'), headers: { ContentType: 'text/plain; charset=utf-8' } };
}).handler;
