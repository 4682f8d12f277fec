// autocannon setupClient for bench/peer.ts's distinct traffic (runs in autocannon's worker thread):
// SYNCAD_BENCH_REQUESTS names a JSON file of { host, requests: [{ token, body }] }; each connection
// starts at its own offset and sends the next request (its caller's token, its body) after every
// answer, so no two requests in flight are alike.
const fs = require('node:fs');

const { host, requests } = JSON.parse(fs.readFileSync(process.env.SYNCAD_BENCH_REQUESTS, 'utf8'));
let connections = 0;

module.exports = function setupClient(client) {
  let next = (connections++ * 97) % requests.length;
  const send = () => {
    const { token, body } = requests[next];
    next = (next + 1) % requests.length;
    client.setHeadersAndBody({ 'content-type': 'application/json', authorization: `Bearer ${token}`, host }, body);
  };
  send();
  client.on('response', send);
};
