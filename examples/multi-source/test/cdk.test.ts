import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { events, lambdaContext } from '@switchboard/testing';
import { App } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { MultiSourceStack } from '../infra/multi-source-stack.js';

// Synth is offline: the stack has no `env` (no account/region lookups), so no credentials or network
// are needed. Deleting them here proves it instead of hoping the machine has none.
for (const name of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
  delete process.env[name];
}
process.env.CDK_DISABLE_VERSION_CHECK = '1';

/** Synthesises the stack; `bundle: false` makes NodejsFunction use a placeholder asset (no esbuild, no Docker). */
function synth(bundle: boolean, outdir: string) {
  const context = bundle ? {} : { 'aws:cdk:bundling-stacks': [] };
  const app = new App({ context, outdir });
  const stack = new MultiSourceStack(app, 'MultiSource', { stage: 'prod' });
  return { app, template: Template.fromStack(stack) };
}

describe('the CDK app wires every source of the router to one function', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'switchboard-cdk-'));
  let template: Template;
  let fnArn: { 'Fn::GetAtt': [string, 'Arn'] };
  let fnId: string;
  let synthMs: number;

  beforeAll(() => {
    const started = performance.now();
    template = synth(false, outdir).template;
    synthMs = performance.now() - started;
    const appFunctions = Object.keys(
      template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }),
    );
    expect(appFunctions).toHaveLength(1);
    fnId = appFunctions[0] ?? '';
    fnArn = { 'Fn::GetAtt': [fnId, 'Arn'] };
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesises offline in well under the test budget', () => {
    // Synth alone; loading aws-cdk-lib comes before and takes most of the suite's 4 to 10 s on 2 busy cores.
    expect(synthMs).toBeLessThan(30_000);
  });

  it('has exactly one application function: Node 22, arm64, handler index.handler', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Architectures: ['arm64'],
      Timeout: 30,
      MemorySize: 512,
    });
    // The only other function is CDK's own handler behind Custom::S3BucketNotifications.
    const others = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id !== fnId);
    expect(others.map(([, resource]) => resource.Properties.Description)).toEqual([
      expect.stringContaining('Custom::S3BucketNotifications'),
    ]);
  });

  it('polls the payments queue with ReportBatchItemFailures, and dead-letters after three receives', () => {
    const queueArn = new Capture();
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId },
      EventSourceArn: queueArn,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const [queueId] = queueArn.asObject()['Fn::GetAtt'];
    const queue = template.findResources('AWS::SQS::Queue')[queueId];
    expect(queue?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
      maxReceiveCount: 3,
    });
    // Lambda rejects a mapping whose queue hides messages for less than the function may run.
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(30);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['sqs:ReceiveMessage']), Resource: queueArn.asObject() }),
        ]),
      },
    });
  });

  it('sends ObjectCreated notifications of the bucket to the function, with S3 allowed to invoke it', () => {
    const bucket = new Capture();
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: bucket,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{ Events: ['s3:ObjectCreated:*'], LambdaFunctionArn: fnArn }],
      },
    });
    const bucketId = (bucket.asObject() as { Ref: string }).Ref;
    expect(template.findResources('AWS::S3::Bucket')[bucketId]).toBeDefined();
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: fnArn,
      Principal: 's3.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [bucketId, 'Arn'] },
    });
  });

  it('makes the function the user pool pre sign-up trigger, with Cognito allowed to invoke it', () => {
    const pools = Object.entries(template.findResources('AWS::Cognito::UserPool'));
    expect(pools).toHaveLength(1);
    const [poolId, pool] = pools[0] ?? ['', {}];
    expect(pool.Properties.LambdaConfig).toEqual({ PreSignUp: fnArn });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: fnArn,
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [poolId, 'Arn'] },
    });
  });

  it('declares the custom resource with the function as ServiceToken and the stage passed in', () => {
    template.resourceCountIs('Custom::OrdersConfig', 1);
    template.hasResourceProperties('Custom::OrdersConfig', Match.objectEquals({ ServiceToken: fnArn, Stage: 'prod' }));
  });

  it('routes every HTTP API request to the function with payload format 2.0, and outputs the URL', () => {
    const integrationId = new Capture();
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
    });
    const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId.asString()];
    expect(integration?.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: fnArn,
      PayloadFormatVersion: '2.0',
    });
    const apiId: string = integration?.Properties?.ApiId?.Ref;
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: fnArn,
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Join': ['', Match.arrayWith([{ Ref: apiId }])] },
    });
    template.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [apiId, 'ApiEndpoint'] } });
  });
});

describe('the CDK app bundles the handler with the local esbuild', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'switchboard-cdk-bundle-'));
  let bundle: string;

  beforeAll(() => {
    const { app, template } = synth(true, outdir);
    const assembly = app.synth();
    const code = new Capture();
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Code: { S3Key: code } });
    // The asset directory is named by the hash the template's S3 key carries.
    const assetDir = join(assembly.directory, `asset.${code.asString().replace(/\.zip$/, '')}`);
    expect(readdirSync(assetDir)).toContain('index.mjs');
    bundle = join(assetDir, 'index.mjs');
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('emits an ESM index.mjs whose handler answers an HTTP API request', async () => {
    const mod = (await import(pathToFileURL(bundle).href)) as { handler?: unknown };
    expect(typeof mod.handler).toBe('function');
    const handler = mod.handler as (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
    const result = await handler(
      events.http({ dialect: 'apigw-http', method: 'GET', path: '/health' }),
      lambdaContext(),
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ ok: true });
  });
});
