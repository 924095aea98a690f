import { handler } from './handler.js';
import { startLocalServer } from './local-server.js';

const port = Number(process.env.PORT ?? 3000);
const server = await startLocalServer(handler, port);
const address = server.address();
const bound = typeof address === 'object' && address !== null ? address.port : port;
console.log(`examples/multi-source: http://localhost:${bound}`);
console.log(
  `  try: curl -s -X POST http://localhost:${bound}/orders -H 'content-type: application/json' -d '{"item":"book","quantity":2}'`,
);
