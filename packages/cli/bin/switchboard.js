#!/usr/bin/env node
// The installed command runs the compiled CLI; `npm run build` produces dist/.
// From source, without a build: node --conditions=switchboard-source --import tsx packages/cli/src/bin.ts
import { main } from '../dist/main.js';

await main(process.argv.slice(2));
