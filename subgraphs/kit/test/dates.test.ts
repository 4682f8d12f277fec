import { assertNotFuture, today } from '../src/input/dates';

// 20:30 UTC on 25 November: already the 26th in India and on Kiritimati, still the 25th in New York.
const instant = new Date('2026-11-25T20:30:00Z');

it("today is the school's date in its own time zone, not the server's", () => {
  expect(today('Asia/Kolkata', instant)).toBe('2026-11-26');
  expect(today('Pacific/Kiritimati', instant)).toBe('2026-11-26');
  expect(today('America/New_York', instant)).toBe('2026-11-25');
  expect(today('UTC', instant)).toBe('2026-11-25');
});

it('a date is in the future only once it is after the school’s today', () => {
  const tomorrowInKiritimati = today('Pacific/Kiritimati', new Date(Date.now() + 86_400_000));
  expect(() => assertNotFuture(tomorrowInKiritimati, 'date', 'Pacific/Kiritimati')).toThrow(/in the future/);
  expect(() => assertNotFuture(today('Pacific/Kiritimati'), 'date', 'Pacific/Kiritimati')).not.toThrow();
});
