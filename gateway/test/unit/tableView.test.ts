/** The playground's table view (playground/tableView.js, plain browser JavaScript) run in Node. */
const table = require('../../playground/tableView.js');

const answer = {
  students: {
    totalCount: 3,
    pageInfo: { endCursor: 'c2', hasNextPage: true },
    edges: [{ cursor: 'c1', node: { fullName: 'Aarav Nair', class: { name: 'Grade 1' }, tags: ['a', 'b'] } }],
  },
  feeAggregate: {
    total: { paid: '10.00' },
    groups: [
      { key: { class: { name: 'Grade 1' }, mode: 'CASH' }, paid: '5.00' },
      { key: { class: null, mode: 'BANK' }, paid: '5.00', extra: [{ grade: 'A', count: 2 }] },
    ],
  },
};

it('finds every list of objects: a connection read through its edges, and an aggregate’s groups', () => {
  const lists = table.listsIn(answer);
  expect(lists.map((l: any) => l.path)).toEqual(['students.edges', 'feeAggregate.groups']);
  expect(lists[0].rows).toEqual([answer.students.edges[0].node]);
  expect(table.connectionOf(answer, 'students.edges').path).toBe('students');
  expect(table.connectionOf(answer, 'feeAggregate.groups')).toBeNull();
  // nodes, when the answer has both, once.
  expect(table.listsIn({ s: { nodes: [{ a: 1 }], edges: [{ node: { a: 1 } }], pageInfo: {} } }).map((l: any) => l.path)).toEqual([
    's.nodes',
  ]);
});

it('flattens rows into dotted columns in the order first met', () => {
  const t = table.tableOf(table.listsIn(answer)[1].rows);
  expect(t.columns).toEqual(['key.class.name', 'key.mode', 'paid', 'key.class', 'extra']);
  expect(t.rows[1]).toEqual({ 'key.class': null, 'key.mode': 'BANK', paid: '5.00', extra: '[{"grade":"A","count":2}]' });
  expect(table.tableOf(table.listsIn(answer)[0].rows).rows[0].tags).toBe('a; b');
});

it('writes RFC 4180 CSV and keeps formula-like text as text', () => {
  const csv = table.toCsv({
    columns: ['name', 'amount', 'note'],
    rows: [{ name: 'A, "B"', amount: '-5.00', note: '=HYPERLINK("x")' }, { name: null }],
  });
  expect(csv).toBe('name,amount,note\r\n"A, ""B""",-5.00,"\'=HYPERLINK(""x"")"\r\n,,\r\n');
});

it('finds the one variable a query passes as `after`', () => {
  expect(table.afterVariable('query($c: String) { students(first: 25, after: $c) { nodes { id } } }')).toBe('c');
  expect(table.afterVariable('{ students(first: 25) { nodes { id } } }')).toBeNull();
  expect(table.afterVariable('query($a: String, $b: String) { x(after: $a) { id } y(after: $b) { id } }')).toBeNull();
});

it('runs the operation a query declares, never a stale name', () => {
  expect(table.declaredOperation('query Roster { a }', 'Roster')).toBe('Roster');
  expect(table.declaredOperation('query Users { a }', 'Roster')).toBeNull();
  expect(table.declaredOperation('{ a }', null)).toBeNull();
  expect(table.firstOperationName('# x\nquery AllStudents($after: String) { a }')).toBe('AllStudents');
});
