/**
 * CDK app entry (`cdk.json` runs it with tsx): `npx aws-cdk deploy` from `examples/multi-source`,
 * or `npm run synth -w examples/multi-source` to write the template to `cdk.out/` offline.
 *
 * @see https://docs.aws.amazon.com/cdk/v2/guide/apps.html
 */
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { MultiSourceStack } from './multi-source-stack.js';

// The CDK CLI names the output directory in CDK_OUTDIR; run directly, write beside cdk.json.
const outdir = process.env.CDK_OUTDIR ?? fileURLToPath(new URL('../cdk.out', import.meta.url));
const app = new App({ outdir });
// No `env`: the stack is environment-agnostic, so synth needs neither credentials nor lookups.
new MultiSourceStack(app, 'SwitchboardMultiSource', { stage: app.node.tryGetContext('stage') ?? 'dev' });
app.synth();
