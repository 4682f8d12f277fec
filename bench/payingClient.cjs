// autocannon setupClient for bench/finance.ts (runs in autocannon's worker thread): connection n
// records payments for student n (of SYNCAD_BENCH_PAYERS, a JSON list of student ids), each with a
// fresh idempotency key ([<id>], replaced by autocannon on every request).
const payers = JSON.parse(process.env.SYNCAD_BENCH_PAYERS || '[]');
const query = 'mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo balanceAfter } }';
let next = 0;

module.exports = function setupClient(client) {
  const studentId = payers[next++ % payers.length];
  client.setBody(JSON.stringify({ query, variables: { i: { studentId, amount: '1.00', mode: 'CASH', idempotencyKey: 'bench-[<id>]' } } }));
};
