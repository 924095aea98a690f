import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './usage-error.js';

const typescriptFile = /\.[cm]?tsx?$/;

/**
 * Loads `MODULE[#EXPORT]` (a path relative to the working directory) and
 * returns that export. TypeScript modules load through tsx, since Node 20
 * cannot import them; JavaScript through plain `import()`. A `fresh` token
 * is added to the module's URL as a query, so that a reload gets new code
 * (tsx's `tsImport` also loads the module's own TypeScript imports afresh).
 *
 * @example
 * const app = await loadExport('src/app.ts#app', 'handler')
 */
export async function loadExport(spec: string, defaultExport: string, fresh?: string): Promise<unknown> {
  const hash = spec.lastIndexOf('#');
  const path = hash === -1 ? spec : spec.slice(0, hash);
  const name = hash === -1 ? defaultExport : spec.slice(hash + 1);
  if (path === '' || name === '') throw new UsageError(`"${spec}" is not MODULE[#EXPORT]`);
  const url = pathToFileURL(resolve(path)).href;
  const query = fresh === undefined ? '' : `?switchboard-reload=${encodeURIComponent(fresh)}`;
  const module = (await importModule(url, query, typescriptFile.test(path))) as Record<string, unknown>;
  if (!(name in module)) {
    const available = Object.keys(module).join(', ') || '(none)';
    throw new UsageError(`${path} has no export "${name}"; its exports are: ${available}`);
  }
  return module[name];
}

async function importModule(url: string, query: string, isTypeScript: boolean): Promise<unknown> {
  try {
    if (!isTypeScript) return await import(url + query);
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport(url + query, import.meta.url);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(url)) {
      throw new UsageError(`cannot find the module ${url}`);
    }
    throw error;
  }
}
