/** Benchmarks must not time wrong answers: an operation's data through a stack's gateway, or a throw. */
import type { Stack } from '@syncad/test-support';

/** Sends `query` as `token`'s holder (with `headers`, e.g. the school's Host) and returns its data; any error or non-200 answer throws. */
export async function gatewayData(
  stack: Pick<Stack, 'graphql'>,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers?: Record<string, string>,
): Promise<any> {
  const answer = await stack.graphql(query, variables, token, headers);
  if (answer.status !== 200 || answer.body?.errors)
    throw new Error(`gateway answered wrongly: ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body.data;
}
