import { sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { apigwHttpDialect, functionUrlDialect } from '@switchboard/http';
import { cloudformation } from '@switchboard/sources/cloudformation';
import { cognitoTriggers } from '@switchboard/sources/cognito-user-pool';
import { decodeS3Key, s3 } from '@switchboard/sources/s3';
import { sqs } from '@switchboard/sources/sqs';
import { app } from './http-api.js';
import { paymentSchema } from './orders.js';

/** Sign-ups from this domain are confirmed without a code. */
const staffDomain = '@example.com';

/**
 * One Lambda function, five AWS callers: an HTTP API (or function URL), an
 * SQS queue of payments, S3 object notifications, a Cognito pre sign-up
 * trigger and a CloudFormation custom resource.
 */
const functionRouter = router()
  // One payment per message, validated: only the messages that fail are retried, the others deleted.
  .on(
    sqs,
    sqsBatch(async (payment) => console.log('settled', payment.orderId, payment.amount), { schema: paymentSchema }),
  )
  .on(s3.variant('ObjectCreated'), async (event) => {
    for (const record of event.Records) console.log('stored', decodeS3Key(record.s3.object.key));
  })
  .on(cognitoTriggers.preSignUp, async (event) => {
    const email = event.request.userAttributes.email ?? '';
    return email.endsWith(staffDomain) ? { autoConfirmUser: true, autoVerifyEmail: true } : {};
  })
  .on(cloudformation, async (event) => ({
    PhysicalResourceId: `orders-config-${event.LogicalResourceId}`,
    Data: { QueueName: 'orders', Stage: String(event.ResourceProperties.Stage ?? 'dev') },
  }));

export const handler = app.mount(functionRouter, [apigwHttpDialect, functionUrlDialect]).handler;
