import { describe, expect, it } from '@jest/globals';
import { allSources } from '@switchboard/sources';
import { runCli } from './fixtures.js';

describe('switchboard usage', () => {
  it('prints the usage on stdout for --help and exits 0, listing every command and every source', async () => {
    const ran = await runCli('--help');
    expect(ran.code).toBe(0);
    expect(ran.err).toEqual([]);
    const text = ran.out.join('\n');
    expect(text).toContain('switchboard detect [--json] FILE...');
    expect(text).toContain('switchboard validate [--json] FILE...');
    expect(text).toContain('switchboard validate --response SOURCE[:VARIANT] [--json] FILE...');
    for (const source of allSources) expect(text).toContain(source.id);
  });

  it('prints the usage on stderr and exits 2 when no command is given', async () => {
    const ran = await runCli();
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([]);
    expect(ran.err.join('\n')).toContain('switchboard detect [--json] FILE...');
  });

  it('names an unknown command and prints the usage on stderr, exit 2', async () => {
    const ran = await runCli('inspect', 'event.json');
    expect(ran.code).toBe(2);
    expect(ran.err[0]).toBe('switchboard: unknown command "inspect"');
    expect(ran.err.join('\n')).toContain('Usage:');
  });

  it('prints one command usage for COMMAND --help', async () => {
    const ran = await runCli('validate', '--help');
    expect(ran.code).toBe(0);
    expect(ran.out.join('\n')).toContain('--response SOURCE[:VARIANT]');
    expect(ran.out.join('\n')).not.toContain('switchboard detect');
  });

  it('treats an unknown option and a missing FILE as usage errors, exit 2', async () => {
    const unknown = await runCli('detect', '--yaml', 'event.json');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toContain("Unknown option '--yaml'");
    const none = await runCli('detect', '--json');
    expect(none).toEqual({
      code: 2,
      out: [],
      err: ['switchboard detect: detect needs at least one FILE', 'Run "switchboard detect --help" for usage.'],
    });
  });
});
