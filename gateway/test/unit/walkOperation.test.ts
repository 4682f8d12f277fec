/**
 * The shared walk itself (walkOperation), with a visitor that records and never stops on its own:
 * what each visit is told (meta fields and introspection carry no definition), that `stop` ends the
 * whole walk, that introspection's meta fields are descended into, and that a cyclic fragment
 * ends even when no limit would stop it. analyzeOperation's tests see the walk only through its limits.
 */
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { walkOperation, type FieldVisit, type VisitResult } from '../../src/permissions/walkOperation';
import { loadFixtureSchema } from './support/fixtureSchema';

let schema: GraphQLSchema;

beforeAll(async () => {
  ({ schema } = await loadFixtureSchema());
});

/** Every visit as "path parent.field|meta (introspection?)", stopping at `stopAt` when given. */
function visits(query: string, stopAt?: string): string[] {
  const document = parse(query);
  const seen: string[] = [];
  walkOperation(schema, document, getOperationAST(document)!, {}, null, (visit: FieldVisit): VisitResult<null> => {
    const what = visit.field ? `${visit.parent.name}.${visit.field.name}` : `meta ${visit.node.name.value}`;
    seen.push(`${visit.path} ${what}${visit.introspection ? ' (introspection)' : ''}`);
    return visit.path === stopAt ? 'stop' : { descend: null };
  });
  return seen;
}

test('a field carries its definition; __typename and everything under __schema / __type carry none', () => {
  expect(visits('{ people { name __typename } }')).toEqual([
    'people Query.people',
    'people.name Person.name',
    'people.__typename meta __typename',
  ]);
  expect(visits('{ __schema { queryType { name } } }')).toEqual([
    '__schema meta __schema (introspection)',
    '__schema.queryType meta queryType (introspection)',
    '__schema.queryType.name meta name (introspection)',
  ]);
  expect(visits('{ t: __type(name: "Person") { name } people { name } }')).toEqual([
    't meta __type (introspection)',
    't.name meta name (introspection)',
    'people Query.people',
    'people.name Person.name',
  ]);
});

test('stop ends the whole walk: no sibling, no field of an enclosing selection, no later fragment', () => {
  expect(visits('{ people { id name } search { __typename } }', 'people.id')).toEqual(['people Query.people', 'people.id Person.id']);
  expect(visits('{ people { ...P grades { score } } ping } fragment P on Person { id name }', 'people.id')).toEqual([
    'people Query.people',
    'people.id Person.id',
  ]);
});

test('a cyclic fragment (refused by validation) ends the walk even where no limit would stop it', () => {
  expect(visits('query { ...A } fragment A on Query { ping ...B } fragment B on Query { ...A whoami }')).toEqual([
    'ping Query.ping',
    'whoami Query.whoami',
  ]);
});
