import type { S3ObjectLambdaGetObjectEvent } from './schema.js';

/** A GetObject call through an Object Lambda access point that redacts documents. */
export function sampleS3ObjectLambdaEvent(): S3ObjectLambdaGetObjectEvent {
  return {
    xAmzRequestId: '4T9XQ2M7KD8R1VZC',
    getObjectContext: {
      inputS3Url:
        'https://invoices-ap-123456789012.s3-accesspoint.us-east-2.amazonaws.com/2024/05/inv-10293.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host&X-Amz-Expires=61&X-Amz-Signature=5f0c2b9e',
      outputRoute: 'io-use2-001',
      outputToken: 'AAAAAUEpXmwsbWTqGyn3C1bGf1e9a0ZuNj8xVHkLcQ',
    },
    configuration: {
      accessPointArn: 'arn:aws:s3-object-lambda:us-east-2:123456789012:accesspoint/invoices-redacted',
      supportingAccessPointArn: 'arn:aws:s3:us-east-2:123456789012:accesspoint/invoices-ap',
      payload: '{"redact":["email","iban"]}',
    },
    userRequest: {
      url: 'https://invoices-redacted-123456789012.s3-object-lambda.us-east-2.amazonaws.com/2024/05/inv-10293.txt',
      headers: {
        Host: 'invoices-redacted-123456789012.s3-object-lambda.us-east-2.amazonaws.com',
        'Accept-Encoding': 'identity',
        'X-Amz-Content-SHA256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    },
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROAQX3EXAMPLE5KD2NR:support-portal',
      arn: 'arn:aws:sts::123456789012:assumed-role/support-portal/support-portal',
      accountId: '123456789012',
      accessKeyId: 'ASIAQX3EXAMPLE7KD2NR',
      sessionContext: {
        attributes: { mfaAuthenticated: 'false', creationDate: '2024-05-14T09:02:11Z' },
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAQX3EXAMPLE5KD2NR',
          arn: 'arn:aws:iam::123456789012:role/support-portal',
          accountId: '123456789012',
          userName: 'support-portal',
        },
      },
    },
    protocolVersion: '1.00',
  };
}
