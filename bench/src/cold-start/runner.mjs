// One cold start: a fresh node process imports a bundled handler, invokes it
// once with the event file, and prints the answer for the parent to check.
// Usage: node runner.mjs <bundle.mjs> <event.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, eventFile] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const context = { functionName: 'cold-start', awsRequestId: 'cold-start', getRemainingTimeInMillis: () => 30_000 };
const answer = await handler(event, context);
process.stdout.write(JSON.stringify(answer));
