/** lazyCount counts once, only when read or started; selectsField looks ahead through fragments. */
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { lazyCount, selectsField } from '../../src/paging/connection';

const schema = buildSchema(`
  type Query { students: StudentPage }
  type StudentPage { nodes: [Int!]! totalCount: Int! }
`);

/** What selectsField answers for the `students` field of `query`. */
async function asked(query: string): Promise<boolean> {
  let answer: boolean | undefined;
  const result = await execute({
    schema,
    document: parse(query),
    rootValue: {
      students: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = selectsField(info, 'totalCount');
        return { nodes: [1], totalCount: lazyCount(async () => 1) };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return answer!;
}

it('selectsField sees the field directly, in inline and named fragments, and not when absent', async () => {
  expect(await asked('{ students { nodes totalCount } }')).toBe(true);
  expect(await asked('{ students { ... on StudentPage { totalCount } } }')).toBe(true);
  expect(await asked('{ students { ...F } } fragment F on StudentPage { n: totalCount }')).toBe(true);
  expect(await asked('{ students { nodes } }')).toBe(false);
  expect(await asked('{ students { ...F } } fragment F on StudentPage { nodes }')).toBe(false);
});

it('a lazy count runs once for any number of reads, and not at all when never read', async () => {
  let runs = 0;
  const never = lazyCount(async () => ++runs);
  expect(runs).toBe(0);
  const count = lazyCount(async () => ++runs);
  expect(await Promise.all([count(), count()])).toEqual([1, 1]);
  expect(runs).toBe(1);
  void never;
});

it('a count started early runs at once, and its failure is reported where it is read, not as an unhandled rejection', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    let runs = 0;
    const failing = lazyCount(async () => {
      runs++;
      throw new Error('statement timeout');
    }, true);
    expect(runs).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).toEqual([]);
    await expect(failing()).rejects.toThrow('statement timeout');
    expect(runs).toBe(1);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
