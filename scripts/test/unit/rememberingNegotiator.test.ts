import Negotiator from 'negotiator';
import RememberingNegotiator from '../../build/rememberingNegotiator';

// The lists Apollo Server offers (single results; incremental delivery) and one of our own.
const LISTS = [
  ['application/json', 'application/graphql-response+json', 'application/json; charset=utf-8'],
  ['multipart/mixed;deferSpec=20220824', 'multipart/mixed; boundary="-"; incrementalSpec=v0.9'],
  ['application/json', 'application/graphql-response+json'],
];
const ACCEPTS = [
  undefined,
  '',
  '*/*',
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  'application/json;q=0.1, application/graphql-response+json',
  'multipart/mixed;deferSpec=20220824, application/json',
  'multipart/mixed; boundary="-"; incrementalSpec=v0.9',
  'text/html',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'garbage;;;,',
  `application/json;${'x'.repeat(300)}`,
];

test('answers every Accept header and list as negotiator does, asked once or again', () => {
  for (let round = 0; round < 2; round++) {
    for (const available of LISTS) {
      for (const accept of ACCEPTS) {
        const headers = accept === undefined ? {} : { accept };
        const expected = new Negotiator({ headers }).mediaType(available);
        expect({ accept, available, got: new RememberingNegotiator({ headers }).mediaType(available) }).toEqual({
          accept,
          available,
          got: expected,
        });
      }
    }
  }
  // The other questions are negotiator's own.
  const headers = { accept: 'application/json', 'accept-language': 'fr, en;q=0.5' };
  expect(new RememberingNegotiator({ headers }).languages()).toEqual(new Negotiator({ headers }).languages());
  expect(new RememberingNegotiator({ headers }).mediaTypes()).toEqual(new Negotiator({ headers }).mediaTypes());
});

test('remembers a bounded number of Accept headers: past them, each is negotiated anew and still right', () => {
  const available = ['application/json', 'application/graphql-response+json'];
  for (let i = 0; i < 600; i++) {
    const headers = { accept: `application/graphql-response+json;q=0.${i % 9}, application/json;q=0.5, x/${i}` };
    expect(new RememberingNegotiator({ headers }).mediaType(available)).toBe(new Negotiator({ headers }).mediaType(available));
  }
});
