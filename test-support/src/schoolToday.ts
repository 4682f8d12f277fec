import { central } from '@syncad/shared-db';
import { today } from '@syncad/subgraph-kit';

/** Today at the test schools, which keep the default time zone. */
export function schoolToday(now?: Date): string {
  return today(central.DEFAULT_SCHOOL_TIMEZONE, now);
}
