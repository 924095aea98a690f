import { describe, expect, it } from '@jest/globals';
import { SwitchboardError } from '@switchboard/core';
import { collectHeaderFields, collectJoinedHeaders } from './http-headers.js';

describe('collectJoinedHeaders', () => {
  it('lower-cases names, joins repeats with ", " and sets Set-Cookie apart, like collectHeaderFields', () => {
    const response = {
      status: 200,
      headers: { 'X-Trace': 'a', 'x-trace': ['b', 'c'], 'Set-Cookie': 'sid=1', vary: [] },
      cookies: ['theme=dark'],
    };
    const joined = collectJoinedHeaders(response);
    const fields = collectHeaderFields(response);
    expect(joined.headers).toEqual({ 'x-trace': 'a, b, c' });
    expect(joined.cookies).toEqual(['sid=1', 'theme=dark']);
    expect(Object.fromEntries([...fields.fields].map(([name, values]) => [name, values.join(', ')]))).toEqual(
      joined.headers,
    );
  });

  it('keeps headers named like Object.prototype members as own headers', () => {
    const headers = JSON.parse('{"__proto__":"a","constructor":"b","toString":"c"}') as Record<string, string>;
    const joined = collectJoinedHeaders({ status: 200, headers });
    expect(Object.getPrototypeOf(joined.headers)).toBe(Object.prototype);
    expect(Object.entries(joined.headers)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['tostring', 'c'],
    ]);
  });

  it.each([
    [{ 'x-a': 'one\r\ntwo' }, 'value'],
    [{ 'x-a\n': 'one' }, 'name'],
    [{ 'x-a': ['ok', 'bad\n'] }, 'value'],
  ])('refuses CR or LF in a header %#, naming no value', (headers, where) => {
    const attempt = () => collectJoinedHeaders({ status: 200, headers });
    expect(attempt).toThrow(SwitchboardError);
    expect(attempt).toThrow(where === 'name' ? /name contains CR or LF/ : /value containing CR or LF/);
    expect(attempt).not.toThrow(/one|two|bad/);
  });
});
