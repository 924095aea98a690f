import { cpus } from 'node:os';

/** The line above the table: when, on what, and how long each part ran. */
export function headerLine(details: string): string {
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `${date} UTC, Node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores; ${details}`;
}
