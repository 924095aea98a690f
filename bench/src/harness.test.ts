import { describe, expect, it } from '@jest/globals';
import { checkAnswers, runScenario, type Scenario } from './harness.js';
import { median } from './stats.js';

const right = { name: 'right', invoke: async () => ({ ok: true }) };

describe('checkAnswers', () => {
  it('refuses to time a candidate whose answer differs from the expected one', async () => {
    const wrong = { name: 'fast but wrong', invoke: async () => ({ ok: false }) };
    const scenario: Scenario = { name: 's', expected: { ok: true }, baseline: right, candidates: [wrong] };
    await expect(checkAnswers(scenario)).rejects.toThrow('fast but wrong answered {"ok":false}');
  });

  it('compares through the scenario view when there is one', async () => {
    const extra = { name: 'extra field', invoke: async () => ({ ok: true, cookies: [] }) };
    const view = (answer: unknown) => ({ ok: (answer as { ok: boolean }).ok });
    await expect(
      checkAnswers({ name: 's', expected: { ok: true }, view, baseline: right, candidates: [extra] }),
    ).resolves.toBeUndefined();
  });
});

describe('runScenario', () => {
  it('catches a candidate whose answer drifts after its first invocation', async () => {
    let calls = 0;
    const drifting = { name: 'drifting', invoke: async () => ({ ok: calls++ === 0 }) };
    const scenario: Scenario = { name: 's', expected: { ok: true }, baseline: right, candidates: [drifting] };
    await expect(runScenario(scenario, { rounds: 1, roundMs: 1, warmupMs: 1 })).rejects.toThrow('drifting');
  });

  it('rates the baseline 1× and a slower candidate below it', async () => {
    const slow = { name: 'slow', invoke: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 1)) };
    const scenario: Scenario = { name: 's', expected: { ok: true }, baseline: right, candidates: [slow] };
    const [base, other] = await runScenario(scenario, { rounds: 3, roundMs: 5, warmupMs: 5 });
    expect(base?.ratio).toBe(1);
    expect(other?.ratio).toBeLessThan(0.5);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
