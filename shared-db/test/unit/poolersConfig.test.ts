/** SYNCAD_DB_POOLERS: a PgBouncer per configured server, refused clearly when it names no server or is not a map of URLs. */
import { DbConfigError, loadDbConfig } from '../../src/config';

const base = { DATABASE_URL: 'postgres://app@db:5432/central', SYNCAD_DB_SERVERS: '{"second":"postgres://app@db2:5432"}' };

it('maps servers to their poolers, and leaves the rest direct', () => {
  const config = loadDbConfig({ ...base, SYNCAD_DB_POOLERS: '{"second":"postgres://app@bouncer2:6432"}' });
  expect(config.poolers).toEqual({ second: 'postgres://app@bouncer2:6432' });
  expect(config.servers.second).toBe('postgres://app@db2:5432');
  expect(loadDbConfig(base).poolers).toBeUndefined();
});

it.each([
  ['{"third":"postgres://x"}', /names "third", which is not a configured server/],
  ['["postgres://x"]', /JSON object of server name to PgBouncer URL/],
  ['not json', /JSON object of server name to PgBouncer URL/],
  ['{"default": 6432}', /"default" must be a URL/],
])('refuses SYNCAD_DB_POOLERS=%s', (value, message) => {
  expect(() => loadDbConfig({ ...base, SYNCAD_DB_POOLERS: value })).toThrow(DbConfigError);
  expect(() => loadDbConfig({ ...base, SYNCAD_DB_POOLERS: value })).toThrow(message);
});
