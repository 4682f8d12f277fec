/**
 * Every process logs through pino: one JSON object per line on stdout (service, level, time,
 * message and fields), or a readable line when a terminal is attached and pino-pretty is
 * installed (a dev dependency: production images print JSON). SYNCAD_LOG_LEVEL sets the level
 * (default info); SYNCAD_LOG_FORMAT=json|pretty overrides the choice of format.
 *
 * What may be logged: request ids, operation names and types, school ids, role names, codes,
 * statuses, durations, subgraph names. Never tokens, passwords, variables' values, error messages
 * a client caused, or personal data. Errors are logged through `err` (safeError below), which
 * drops the parameters drizzle puts in its messages and anything pg attaches (detail, where).
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

export interface LoggerSetup {
  level?: string;
  /** Where lines go (tests capture them); stdout by default. */
  destination?: DestinationStream;
  /** Force pretty (true) or JSON (false); by default pretty only on a terminal with pino-pretty installed. */
  pretty?: boolean;
}

/** Belt and braces: fields that must never reach a log line even if someone passes them. */
const REDACTED = [
  'authorization',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'variables',
  'headers.authorization',
  'headers["x-syncad-context"]',
  '*.authorization',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.variables',
];

/** What an access line redacts: its fields are fixed and scalar (accessLogger), so the top-level names suffice. */
const REDACTED_AT_TOP = REDACTED.filter((path) => !path.includes('.') && !path.includes('['));

const MAX_MESSAGE = 500;
const MAX_FRAMES = 12;

/** An error as a log may show it: type, code, the first line of its message without values, stack frames, cause. */
export function safeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err).slice(0, MAX_MESSAGE) };
  const message = err.message
    // drizzle: "Failed query: <sql>\nparams: <values>": the values are the callers' data.
    .replace(/\nparams:[\s\S]*$/, '')
    .slice(0, MAX_MESSAGE);
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, MAX_FRAMES)
    .map((l) => l.trim());
  const code = (err as { code?: unknown }).code;
  const out: Record<string, unknown> = { type: err.name || err.constructor?.name, message, stack: frames };
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (err.cause !== undefined && depth < 2) out.cause = safeError(err.cause, depth + 1);
  return out;
}

function loadPretty(): ((options: Record<string, unknown>) => DestinationStream) | null {
  try {
    // Optional by design: a dev dependency of the repository, absent from production images.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, import-x/no-extraneous-dependencies
    return require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  } catch {
    return null;
  }
}

function prettyWanted(setup: LoggerSetup, env: NodeJS.ProcessEnv): boolean {
  if (setup.pretty !== undefined) return setup.pretty;
  if (env.SYNCAD_LOG_FORMAT === 'json') return false;
  if (env.SYNCAD_LOG_FORMAT === 'pretty') return true;
  return process.stdout.isTTY === true;
}

/** The logger of one service (gateway, identity, academics, start, migrate). */
export function createLogger(service: string, setup: LoggerSetup = {}, env: NodeJS.ProcessEnv = process.env): Logger {
  const options: LoggerOptions = {
    level: setup.level ?? env.SYNCAD_LOG_LEVEL ?? 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: (e: unknown) => safeError(e) },
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  let destination = setup.destination;
  if (!destination && prettyWanted(setup, env)) {
    const pretty = loadPretty();
    // Synchronous, in this thread: no worker transport whose last lines a process.exit could lose.
    if (pretty)
      destination = pretty({ sync: true, colorize: process.stdout.isTTY === true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss.l' });
  }
  // Asynchronous, buffered writes to stdout: lines wait until 4 KB have gathered or 250 ms have
  // passed, then go out in one write. pino's default (a synchronous write per line) was 7-12% of
  // a subgraph's CPU per roster request in a profile; one asynchronous write per line still cost
  // the gateway ~7% of its CPU on distinct traffic (a profile at 800 requests/s). pino flushes
  // what is pending on exit; a process killed outright loses at most the last 250 ms of lines.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 }));
}

const accessLoggers = new WeakMap<Logger, Logger>();

/**
 * The logger of the one access line per request, whose fields are built from known names and
 * scalar values: it redacts only top-level names. The wildcard paths above make pino's redaction
 * walk every field of every line: ~20 us a line, measured 8% of the gateway's CPU for a small query.
 */
export function accessLogger(logger: Logger): Logger {
  if (logger.level === 'silent') return logger;
  let access = accessLoggers.get(logger);
  if (!access) accessLoggers.set(logger, (access = logger.child({}, { redact: { paths: REDACTED_AT_TOP, censor: '[redacted]' } })));
  return access;
}

/** A logger that writes nothing (the default of in-process test stacks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
