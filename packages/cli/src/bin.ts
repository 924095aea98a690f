// Runs the CLI from source, without a build (tests and development):
//   node --conditions=switchboard-source --import tsx packages/cli/src/bin.ts detect event.json
// The installed command is bin/switchboard.js, which runs the compiled dist/main.js.
import { main } from './main.js';

await main(process.argv.slice(2));
