/** The access line's logger: the same line as the service logger writes, top-level secrets still redacted, nested ones left to the service logger. */
import { accessLogger, createLogger } from '../../src/log/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('gateway', { pretty: false, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  return { logger, lines };
}

test('an access line is the service logger line, with top-level secrets redacted', () => {
  const { logger, lines } = capture();
  const access = accessLogger(logger);
  expect(accessLogger(logger)).toBe(access);
  access.info({ requestId: 'r1', status: 200, subgraphs: ['academics'], token: 'secret', variables: { a: 1 } }, 'request');
  logger.info({ requestId: 'r1', status: 200, subgraphs: ['academics'] }, 'request');
  const [line, plain] = lines;
  expect(line).toMatchObject({ service: 'gateway', level: 'info', msg: 'request', requestId: 'r1', status: 200, subgraphs: ['academics'] });
  expect(line.token).toBe('[redacted]');
  expect(line.variables).toBe('[redacted]');
  const rest = ({ time: _time, token: _token, variables: _variables, ...others }: Record<string, unknown>) => others;
  expect(rest(line)).toEqual(rest(plain));
});

test('other lines keep the nested redaction', () => {
  const { logger, lines } = capture();
  accessLogger(logger);
  logger.warn({ input: { password: 'p', name: 'n' } }, 'odd');
  expect(lines[0].input).toEqual({ password: '[redacted]', name: 'n' });
});

test('a silent logger is its own access logger', () => {
  const silent = createLogger('x', { level: 'silent', pretty: false });
  expect(accessLogger(silent)).toBe(silent);
});
