/** How the school CLIs report a failure: one line, never a stack trace; exit 2 for the caller's mistake, 1 otherwise. */
import { DbConfigError } from '@syncad/shared-db';
import { ProvisionError } from './provisionError';

export function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .replace(/\s+/g, ' ')
    .trim();
}

export function reportFailure(command: string, err: unknown): number {
  const callersMistake = err instanceof DbConfigError || (err instanceof ProvisionError && err.code !== 'INTERNAL_SERVER_ERROR');
  const code = err instanceof ProvisionError ? `${err.code}: ` : '';
  console.error(`${command}: ${code}${oneLine(err)}`);
  return callersMistake ? 2 : 1;
}
