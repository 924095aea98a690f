import type { HttpApp } from '@switchboard/http';
import { toOpenApi } from '@switchboard/http/openapi';
import { ExitCode } from '../io.js';
import { loadExport } from '../load-export.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/**
 * `switchboard openapi MODULE[#EXPORT] [--title T] [--api-version V]`: prints the
 * OpenAPI 3.1 document of the HTTP app a module exports (default export name `app`).
 */
export const openapi: Command = {
  usage: [
    {
      synopsis: 'openapi MODULE[#EXPORT] [--title T] [--api-version V]',
      summary: 'Print the OpenAPI 3.1 document of an HTTP app (export `app` by default).',
    },
  ],
  options: { title: { type: 'string' }, 'api-version': { type: 'string' } },
  async run({ values, positionals }, io) {
    const [spec, ...extra] = positionals;
    if (spec === undefined || extra.length > 0) throw new UsageError('takes exactly one MODULE[#EXPORT]');
    const app = await loadExport(spec, 'app');
    if (!isHttpApp(app))
      throw new UsageError(`${spec} is not an HTTP app (made with httpApp() from @switchboard/http)`);
    const title = typeof values.title === 'string' ? values.title : 'API';
    const version = typeof values['api-version'] === 'string' ? values['api-version'] : '1.0.0';
    io.stdout(JSON.stringify(toOpenApi(app, { title, version }), null, 2));
    return ExitCode.ok;
  },
};

function isHttpApp(value: unknown): value is Pick<HttpApp, 'routes'> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { routes?: unknown }).routes);
}
