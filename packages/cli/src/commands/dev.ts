import { type DevDialect, dialects } from '../dev/http-events.js';
import { startDevServer } from '../dev/server.js';
import { ExitCode } from '../io.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';
import { functionNameOf } from './invoke.js';

/**
 * `switchboard dev MODULE[#EXPORT] [--port N] [--host H] [--dialect D]`: serves
 * the handler on loopback until SIGINT or SIGTERM: ordinary HTTP requests as
 * events of the dialect, and the Lambda Invoke API on the same port.
 */
export const dev: Command = {
  usage: [
    {
      synopsis: `dev MODULE[#EXPORT] [--port N] [--host H] [--dialect ${dialects.join('|')}]`,
      summary: 'Serve a handler locally: HTTP requests as events, and the Lambda Invoke API.',
    },
  ],
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    dialect: { type: 'string' },
    'function-name': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const [spec, ...extra] = positionals;
    if (spec === undefined || extra.length > 0) throw new UsageError('takes exactly one MODULE[#EXPORT]');
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port takes 0 to 65535`);
    const dialect = typeof values.dialect === 'string' ? values.dialect : 'apigw-http';
    if (!(dialects as readonly string[]).includes(dialect)) {
      throw new UsageError(`unknown --dialect "${dialect}"; valid: ${dialects.join(', ')}`);
    }
    const functionName = typeof values['function-name'] === 'string' ? values['function-name'] : functionNameOf(spec);
    const server = await startDevServer({
      spec,
      port,
      host: typeof values.host === 'string' ? values.host : '127.0.0.1',
      dialect: dialect as DevDialect,
      functionName,
      log: io.stderr,
    });
    io.stdout(`switchboard dev: ${spec} (${dialect}) listening on ${server.url}`);
    io.stdout(`  Lambda Invoke API: ${server.url}/2015-03-31/functions/${functionName}/invocations`);
    io.stdout('Try:');
    io.stdout(`  curl -i ${server.url}/`);
    io.stdout(
      `  aws lambda invoke --endpoint-url ${server.url} --function-name ${functionName} --cli-binary-format raw-in-base64-out --payload "$(npx switchboard events generate sqs)" out.json`,
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    return ExitCode.ok;
  },
};
