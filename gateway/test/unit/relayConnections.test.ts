/**
 * Every list of the API is a connection as the Relay specification has it, checked by
 * graphql-schema-linter's relay rules on the committed API schema (the one integrators and Relay's
 * compiler read): Connection types with edges and pageInfo, forward paging arguments (first,
 * after) on every field that returns one, and PageInfo with both ends.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const RELAY_RULES = ['relay-connection-types-spec', 'relay-connection-arguments-spec', 'relay-page-info-spec'];

test("graphql-schema-linter's relay rules pass on gateway/api-schema.graphql", () => {
  const cli = require.resolve('graphql-schema-linter/lib/cli.js');
  const schema = path.join(__dirname, '..', '..', 'api-schema.graphql');
  const lint = spawnSync(process.execPath, [cli, '--format', 'compact', '--rules', RELAY_RULES.join(','), schema], { encoding: 'utf8' });
  expect({ status: lint.status, problems: lint.stdout.trim() || lint.stderr.trim() }).toEqual({ status: 0, problems: '' });
});
