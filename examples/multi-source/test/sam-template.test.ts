import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { type CollectionTag, parse, type ScalarTag } from 'yaml';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));
const templateText = readFileSync(resolve(exampleDir, 'template.yaml'), 'utf8');

/** A parsed CloudFormation template is untyped JSON; the assertions check its shape. */
type Json = any;

/** CloudFormation's short forms (`!Ref X`, `!GetAtt X.Arn`, `!Sub [...]`), parsed into their long JSON forms. */
function cloudFormationTags(): (ScalarTag | CollectionTag)[] {
  const functions = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub'];
  const conditions = ['And', 'Equals', 'If', 'Not', 'Or'];
  const longForms: Record<string, string> = { Ref: 'Ref', Condition: 'Condition' };
  for (const name of [...functions, ...conditions, 'GetAtt']) longForms[name] = `Fn::${name}`;
  return Object.entries(longForms).flatMap(([short, long]): (ScalarTag | CollectionTag)[] => {
    const tag = `!${short}`;
    const toLongForm: CollectionTag['resolve'] = (node) => ({ [long]: node.toJSON() });
    return [
      // `!GetAtt Fn.Arn` is the one scalar short form whose long form is a list.
      { tag, resolve: (text) => ({ [long]: short === 'GetAtt' ? text.split(/\.(.*)/s, 2) : text }) },
      { tag, collection: 'seq', resolve: toLongForm },
      { tag, collection: 'map', resolve: toLongForm },
    ];
  });
}

const parseTemplate = (text: string): Json => parse(text, { customTags: cloudFormationTags() });

/** Every logical id a `Ref`, `Fn::GetAtt` or `${...}` of `Fn::Sub` names, found anywhere in `node`. */
function referencedIds(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) referencedIds(item, found);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return found;
  for (const [key, value] of Object.entries(node as Record<string, Json>)) {
    if (key === 'Ref' && typeof value === 'string') found.add(value);
    if (key === 'Fn::GetAtt') found.add(Array.isArray(value) ? value[0] : String(value).split('.')[0]);
    if (key === 'Fn::Sub') {
      const text: string = Array.isArray(value) ? value[0] : value;
      const ownVariables = Array.isArray(value) ? Object.keys(value[1] ?? {}) : [];
      // `${!Literal}` is an escape, not a reference; `${X.Attr}` references X.
      for (const match of text.matchAll(/\$\{(?!!)([^}.]+)[^}]*\}/g)) {
        if (match[1] !== undefined && !ownVariables.includes(match[1])) found.add(match[1]);
      }
    }
    referencedIds(value, found);
  }
  return found;
}

/** Logical ids that a reference in `template` names but neither a resource, a parameter nor a pseudo parameter. */
function danglingReferences(template: Json): string[] {
  const known = new Set([...Object.keys(template.Resources ?? {}), ...Object.keys(template.Parameters ?? {})]);
  return [...referencedIds(template)].filter((id) => !id.startsWith('AWS::') && !known.has(id));
}

describe('the SAM template', () => {
  let template: Json;
  let fnId: string;
  let fn: Json;
  const resourceOf = (ref: Json, type: string) => {
    const id: string = ref?.Ref ?? ref?.['Fn::GetAtt']?.[0];
    expect(template.Resources[id]?.Type).toBe(type);
    return template.Resources[id];
  };

  beforeAll(() => {
    template = parseTemplate(templateText);
    const functions = Object.entries<Json>(template.Resources).filter(
      ([, r]) => r.Type === 'AWS::Serverless::Function',
    );
    expect(functions).toHaveLength(1);
    [fnId, fn] = functions[0] ?? ['', {}];
  });

  it('is a SAM template: the Serverless transform and a Node 22 arm64 function', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });

  it('names a handler `<file>.<export>` that the esbuild build emits as ESM and src/handler.ts exports', async () => {
    const [file, exportName] = String(fn.Properties.Handler).split('.');
    const { BuildMethod, BuildProperties } = fn.Metadata;
    expect(BuildMethod).toBe('esbuild');
    expect(BuildProperties).toMatchObject({ Format: 'esm', OutExtension: ['.js=.mjs'], Target: 'es2022' });
    // esbuild names a single entry's bundle after the entry file: src/handler.ts -> handler.mjs.
    const entry = (BuildProperties.EntryPoints as string[]).find((e) => basename(e, extname(e)) === file);
    expect(entry).toBeDefined();
    const entryPath = resolve(exampleDir, fn.Properties.CodeUri, entry ?? '');
    expect(existsSync(entryPath)).toBe(true);
    const mod = (await import(pathToFileURL(entryPath).href)) as Record<string, unknown>;
    expect(typeof mod[exportName ?? '']).toBe('function');
  });

  it('routes every HTTP API request to the function as payload format 2.0', () => {
    const { HttpApi } = fn.Properties.Events;
    expect(HttpApi.Type).toBe('HttpApi');
    expect(HttpApi.Properties.PayloadFormatVersion).toBe('2.0');
    // No Path/Method: the `$default` route, so the app's own route table decides (and 404s).
    expect(HttpApi.Properties).not.toHaveProperty('Path');
    resourceOf(HttpApi.Properties.ApiId, 'AWS::Serverless::HttpApi');
  });

  it('polls the payments queue reporting batch item failures, with a dead-letter queue', () => {
    const sqsEvents = Object.values<Json>(fn.Properties.Events).filter((e) => e.Type === 'SQS');
    expect(sqsEvents).toHaveLength(1);
    const [payments] = sqsEvents;
    expect(payments.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const queue = resourceOf(payments.Properties.Queue, 'AWS::SQS::Queue');
    expect(payments.Properties.Queue['Fn::GetAtt'][1]).toBe('Arn');
    resourceOf(queue.Properties.RedrivePolicy.deadLetterTargetArn, 'AWS::SQS::Queue');
    expect(queue.Properties.RedrivePolicy.maxReceiveCount).toBe(3);
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(fn.Properties.Timeout);
  });

  it('receives ObjectCreated from a bucket and PreSignUp from a user pool declared in the template', () => {
    const events = Object.values<Json>(fn.Properties.Events);
    const s3 = events.find((e) => e.Type === 'S3');
    expect([s3?.Properties.Events].flat()).toEqual(['s3:ObjectCreated:*']);
    resourceOf(s3?.Properties.Bucket, 'AWS::S3::Bucket');
    const cognito = events.find((e) => e.Type === 'Cognito');
    expect([cognito?.Properties.Trigger].flat()).toEqual(['PreSignUp']);
    resourceOf(cognito?.Properties.UserPool, 'AWS::Cognito::UserPool');
    expect(events.map((e) => e.Type).sort()).toEqual(['Cognito', 'HttpApi', 'S3', 'SQS']);
  });

  it('declares the custom resource with the function as ServiceToken and the Stage parameter', () => {
    const custom = Object.values<Json>(template.Resources).filter((r) => r.Type === 'Custom::OrdersConfig');
    expect(custom).toHaveLength(1);
    expect(custom[0].Properties).toEqual({ ServiceToken: { 'Fn::GetAtt': [fnId, 'Arn'] }, Stage: { Ref: 'Stage' } });
    expect(template.Parameters.Stage.Default).toBe('dev');
  });

  it('references only resources and parameters it declares', () => {
    const expected = ['Api', 'PaymentsQueue', 'PaymentsDeadLetterQueue', 'UploadsBucket', 'UserPool'];
    expected.push('HandlerFunction', 'OrdersConfig', 'Stage', 'AWS::Region', 'AWS::URLSuffix');
    expect([...referencedIds(template)].sort()).toEqual(expected.sort());
    expect(danglingReferences(template)).toEqual([]);
  });

  it('catches a dangling !Ref, !GetAtt or !Sub variable (the check above can fail)', () => {
    const broken = templateText
      .replace('!Ref UploadsBucket', '!Ref UploadBucket')
      .replace('!GetAtt HandlerFunction.Arn', '!GetAtt Handler.Arn')
      .replace(`https://\${Api}.`, `https://\${HttpApi}.`);
    expect(danglingReferences(parseTemplate(broken)).sort()).toEqual(['Handler', 'HttpApi', 'UploadBucket']);
  });
});
