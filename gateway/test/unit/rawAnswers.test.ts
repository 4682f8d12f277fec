import { GraphQLError } from 'graphql';
import { answerText, dataOnlyText, mergedObjectText, parsedData, RawJson } from '../../src/execution/rawAnswers';

/** Apollo Server's own answer text (runHttpQuery's prettyJSONStringify of orderExecutionResultFields). */
const apolloText = (result: { errors?: unknown; data?: unknown; extensions?: unknown }) =>
  `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;

describe('a subgraph answer passed on as text', () => {
  const data = { me: { id: 'VXNlcjox', name: 'Asha "Ash" Rao} has no "errors"' }, students: { edges: [{ node: { id: '1' } }] } };

  it('is the data object of an answer of data only, as Apollo Server writes it or without its newline', () => {
    const body = JSON.stringify({ data });
    expect(JSON.parse(dataOnlyText(`${body}\n`)!)).toEqual(data);
    expect(dataOnlyText(body)).toBe(JSON.stringify(data));
  });

  it('is refused for anything that may hold more than data: errors (written first), extensions, null data, trailing text', () => {
    const refused = [
      JSON.stringify({ errors: [{ message: 'x' }], data }),
      JSON.stringify({ data, extensions: { cost: 1 } }),
      JSON.stringify({ data: null }),
      `${JSON.stringify({ data })} trailing`,
      // Data with a key or a string of that very name: parsed, not passed on (the scan cannot tell).
      JSON.stringify({ data: { extensions: 3 } }),
      JSON.stringify({ data: { note: 'extensions' } }),
    ];
    for (const body of refused) expect(dataOnlyText(body)).toBeNull();
  });

  it('merges objects in the order given, each keeping its own key order; refuses an empty one', () => {
    expect(mergedObjectText(['{"b":1,"a":{"x":[1]}}', '{"c":"}"}'])).toBe('{"b":1,"a":{"x":[1]},"c":"}"}');
    expect(mergedObjectText(['{"a":1}', '{}'])).toBeNull();
  });

  it('writes the same answer text as Apollo Server with the data spliced in, with or without errors and extensions', () => {
    const errors = [new GraphQLError('late', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }).toJSON()];
    const extensions = { dryRun: false };
    for (const result of [{ data }, { errors, data }, { data, extensions }, { errors, data, extensions }]) {
      const raw = { ...result, data: new RawJson(JSON.stringify(result.data)) } as unknown as Parameters<typeof answerText>[0];
      expect(answerText(raw)).toBe(apolloText(result));
      // Any other stringification of it gives the same value too.
      expect(apolloText(raw)).toBe(apolloText(result));
    }
    expect(answerText({ errors })).toBe(apolloText({ errors }));
    expect(answerText({ data: null, errors })).toBe(apolloText({ data: null, errors }));
  });

  it('is parsed where an answer is changed (filter mode)', () => {
    expect(parsedData(new RawJson(JSON.stringify(data)))).toEqual(data);
    expect(parsedData(data)).toBe(data);
  });
});
