#!/usr/bin/env node
// Completes package-lock.json with the other platforms' optional binaries.
//
// Why: the npm registry mirror of this workplace serves only the builds of its own
// platform for some packages (esbuild, swc, biome, TypeScript 7, jest's resolver):
// the others answer 404, so `npm install` leaves them out of the lock, and `npm ci`
// then refuses the lock as out of sync with package.json. Each missing optional
// package is recorded with the `os`/`cpu`/`libc` its name states, so npm skips it
// on other machines exactly as it would with a complete lock.
//
// Run after changing dependencies: `npm install && node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const osNames = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const cpuNames = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

function platformOf(name) {
  const tokens = name.split('/').pop().split(/[-_.]/);
  const os = osNames.find(
    (candidate) => tokens.includes(candidate) || (candidate === 'win32' && tokens.includes('windows')),
  );
  const cpu = cpuNames.find(
    (candidate) => tokens.includes(candidate) || (candidate === 'arm' && tokens.includes('armv7')),
  );
  const libc = tokens.includes('musl')
    ? 'musl'
    : tokens.includes('gnu') || (os === 'linux' && !tokens.includes('musl'))
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location === '' ? '' : `${location}/`;
    const nested = `${base}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (os === undefined) continue; // not a platform binary: leave it to npm
    packages[hoisted] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(cpu && { cpu: [cpu] }),
      ...(entry.dev && { dev: true }),
      ...(os === 'linux' && libc && { libc: [libc] }),
      optional: true,
      os: [os],
    };
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: recorded ${added} optional platform packages`);
