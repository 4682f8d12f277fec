/** Every error body a gateway test sees must be free of stack traces and SQL. */
import type { HttpAnswer } from './stackHttp';

const LEAKS = [
  /stacktrace/i,
  /"stack"/,
  /\n\s+at /,
  /\bat .+\.(ts|js):\d+/,
  /\bSELECT\b/i,
  /\bINSERT\b/i,
  /\bUPDATE\b.*\bSET\b/i,
  /postgres:\/\//i,
  /relation ".*"/,
];

export function expectNoLeaks(answer: HttpAnswer): void {
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

/** The answer is HTTP `status` with exactly one error coded `code`; returns that error. */
export function expectOneError(answer: HttpAnswer, status: number, code: string) {
  expectNoLeaks(answer);
  expect({ status: answer.status, codes: answer.body?.errors?.map((e: any) => e.extensions?.code) }).toEqual({ status, codes: [code] });
  expect(answer.body.data ?? null).toBeNull();
  return answer.body.errors[0];
}
