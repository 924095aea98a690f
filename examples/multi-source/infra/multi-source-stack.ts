/**
 * The multi-source example as a CDK stack: one Lambda function and the five AWS callers its
 * router answers (HTTP API, SQS, S3, Cognito, a CloudFormation custom resource).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda_nodejs-readme.html
 */
import { fileURLToPath } from 'node:url';
import { CfnOutput, CustomResource, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, PayloadFormatVersion } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccountRecovery, UserPool } from 'aws-cdk-lib/aws-cognito';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** Props of {@link MultiSourceStack}. */
export interface MultiSourceStackProps extends StackProps {
  /** Passed to the custom resource as `Stage`, echoed back in its `Data`. Default `dev`. */
  readonly stage?: string;
}

/** The function's own timeout; the queue's visibility timeout is derived from it. */
const functionTimeout = Duration.seconds(30);

/** Where the function's source lives, resolved from this file so synth works from any cwd. */
const handlerEntry = fileURLToPath(new URL('../src/handler.ts', import.meta.url));

/**
 * One `NodejsFunction` wired to every source `examples/multi-source/src/handler.ts` mounts.
 *
 * @example
 * const app = new App();
 * new MultiSourceStack(app, 'MultiSource', { stage: 'prod' });
 * app.synth();
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html
 */
export class MultiSourceStack extends Stack {
  /** The single function every resource below invokes. */
  readonly handler: NodejsFunction;

  constructor(scope: Construct, id: string, props: MultiSourceStackProps = {}) {
    super(scope, id, props);

    this.handler = new NodejsFunction(this, 'Handler', {
      entry: handlerEntry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: functionTimeout,
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // Workspace packages point this condition at their TypeScript source: no build step needed.
        esbuildArgs: { '--conditions': 'switchboard-source' },
        minify: true,
        sourceMap: true,
      },
      environment: { NODE_OPTIONS: '--enable-source-maps' },
    });

    // Feeds the `apigw-http` dialect of the HTTP app (payload 2.0); `$default` lets the app's route table 404.
    const api = new HttpApi(this, 'Api', {
      defaultIntegration: new HttpLambdaIntegration('HandlerIntegration', this.handler, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
    });

    // Feeds the `sqs` source through `sqsBatch`: poison messages land here after three receives.
    const paymentsDlq = new Queue(this, 'PaymentsDlq', { retentionPeriod: Duration.days(14) });
    // Feeds the `sqs` source; AWS advises a visibility timeout of six times the function timeout.
    const payments = new Queue(this, 'Payments', {
      visibilityTimeout: Duration.seconds(functionTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: paymentsDlq, maxReceiveCount: 3 },
    });
    // `sqsBatch` answers `batchItemFailures`; Lambda ignores them unless this flag is on.
    this.handler.addEventSource(new SqsEventSource(payments, { batchSize: 10, reportBatchItemFailures: true }));

    // Feeds the `s3` source's `ObjectCreated` variant.
    const uploads = new Bucket(this, 'Uploads', { enforceSSL: true });
    uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(this.handler));

    // Feeds `cognitoTriggers.preSignUp` (the `cognito-user-pool` source).
    new UserPool(this, 'Users', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      lambdaTriggers: { preSignUp: this.handler },
    });

    // Feeds the `cloudformation` source: CloudFormation invokes the function with the deployer's rights.
    const ordersConfig = new CustomResource(this, 'OrdersConfig', {
      serviceToken: this.handler.functionArn,
      resourceType: 'Custom::OrdersConfig',
      properties: { Stage: props.stage ?? 'dev' },
    });

    new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'PaymentsQueueUrl', { value: payments.queueUrl });
    new CfnOutput(this, 'UploadsBucketName', { value: uploads.bucketName });
    new CfnOutput(this, 'OrdersConfigStage', { value: ordersConfig.getAttString('Stage') });
  }
}
