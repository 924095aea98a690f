import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './usage-error.js';

const typescriptFile = /\.[cm]?tsx?$/;

/**
 * Loads `MODULE[#EXPORT]` (a path relative to the working directory) and
 * returns that export. TypeScript modules load through tsx, since Node 20
 * cannot import them; JavaScript through plain `import()`.
 *
 * @example
 * const app = await loadExport('src/app.ts#app', 'handler')
 */
export async function loadExport(spec: string, defaultExport: string): Promise<unknown> {
  const hash = spec.lastIndexOf('#');
  const path = hash === -1 ? spec : spec.slice(0, hash);
  const name = hash === -1 ? defaultExport : spec.slice(hash + 1);
  if (path === '' || name === '') throw new UsageError(`"${spec}" is not MODULE[#EXPORT]`);
  const url = pathToFileURL(resolve(path)).href;
  const module = (await importModule(url, typescriptFile.test(path))) as Record<string, unknown>;
  if (!(name in module)) {
    const available = Object.keys(module).join(', ') || '(none)';
    throw new UsageError(`${path} has no export "${name}"; its exports are: ${available}`);
  }
  return module[name];
}

async function importModule(url: string, isTypeScript: boolean): Promise<unknown> {
  try {
    if (!isTypeScript) return await import(url);
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport(url, import.meta.url);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(url)) {
      throw new UsageError(`cannot find the module ${url}`);
    }
    throw error;
  }
}
