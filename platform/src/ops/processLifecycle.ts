/**
 * What every service process does around its server: stop gracefully on SIGTERM or SIGINT
 * (stop accepting, let in-flight requests finish within the drain time, close the database
 * pools), exit anyway if that takes too long, and log a crash before exiting (so a supervisor,
 * `npm start` or Docker, restarts a process it can explain).
 */
import type { Logger } from '../log/logger';
import { DRAIN_MILLIS } from './closeGracefully';

/** After the drain time, closing pools and listeners gets this long before the process exits regardless. */
const CLOSE_GRACE_MILLIS = 5_000;

/** SYNCAD_SHUTDOWN_DRAIN_MS: how long in-flight requests may run on after SIGTERM (default 10 s). */
export function drainMillisFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SYNCAD_SHUTDOWN_DRAIN_MS;
  if (raw === undefined || raw === '') return DRAIN_MILLIS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`SYNCAD_SHUTDOWN_DRAIN_MS must be a number of milliseconds, got "${raw}"`);
  return n;
}

export function stopOnSignals(logger: Logger, drainMillis: number, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal, drainMillis }, 'stopping: no new connections, finishing in-flight requests');
    const deadline = setTimeout(() => {
      logger.error({ afterMillis: Date.now() - started }, 'shutdown took too long; exiting anyway');
      process.exit(1);
    }, drainMillis + CLOSE_GRACE_MILLIS);
    deadline.unref();
    stop().then(
      () => {
        logger.info({ durationMs: Date.now() - started }, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Node's own warnings (deprecations of a dependency, experimental features) as structured `warn`
 * lines, so a log shipper never receives a plain-text line. Processes start with --no-warnings,
 * which stops Node printing them to stderr but still emits each one here.
 */
export function logProcessWarnings(logger: Logger): void {
  process.on('warning', (warning) => {
    const { code } = warning as Error & { code?: string };
    logger.warn({ warning: { name: warning.name, code, message: warning.message } }, 'node warning');
  });
}

/** An exception nothing caught: log it as the process's last line and exit 1; Node's warnings as log lines too. */
export function exitOnFatalErrors(logger: Logger): void {
  logProcessWarnings(logger);
  const die = (err: unknown, origin: string) => {
    logger.fatal({ err, origin }, 'crashed');
    process.exit(1);
  };
  process.on('uncaughtException', (err) => die(err, 'uncaughtException'));
  process.on('unhandledRejection', (reason) => die(reason, 'unhandledRejection'));
}
