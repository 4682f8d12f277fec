// The architecture's own floor for bench/floor.ts: the same two processes and two loopback HTTP
// hops as gateway -> subgraph, with nothing else in them. `node bareChain.cjs server` runs one
// prepared statement (BARE_STATEMENT: {name, text}) on BARE_DATABASE_URL with the posted JSON
// array as its values and answers, for each row whose first cell is not null, the cells at the
// indexes BARE_CELLS lists (what the gateway's answer is made of, no more bytes), as JSON; `node bareChain.cjs proxy` forwards each
// body to BARE_UPSTREAM over a keep-alive connection and relays the answer. No GraphQL, no
// authentication, no logs: the gateway's answer can come no closer to pg than this chain's.
'use strict';
const http = require('node:http');

const role = process.argv[2];
const readBody = (stream) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
const answer = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
};

let handle;
if (role === 'server') {
  const pg = require('pg');
  const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 5 });
  const { name, text } = JSON.parse(process.env.BARE_STATEMENT);
  const cells = JSON.parse(process.env.BARE_CELLS);
  handle = async (req, res) => {
    const values = JSON.parse((await readBody(req)).toString('utf8'));
    const result = await pool.query({ name, text, values, rowMode: 'array' });
    const rows = result.rows.filter((r) => r[cells[0]] !== null).map((r) => cells.map((i) => r[i]));
    answer(res, 200, Buffer.from(JSON.stringify(rows)));
  };
} else if (role === 'proxy') {
  const upstream = new URL(process.env.BARE_UPSTREAM);
  const agent = new http.Agent({ keepAlive: true });
  handle = async (req, res) => {
    const body = await readBody(req);
    const headers = { 'content-type': 'application/json', 'content-length': body.length };
    const reply = await new Promise((resolve, reject) => {
      const out = http.request({ host: upstream.hostname, port: upstream.port, path: '/', method: 'POST', agent, headers }, resolve);
      out.on('error', reject);
      out.end(body);
    });
    answer(res, reply.statusCode, await readBody(reply));
  };
} else {
  throw new Error('usage: node bareChain.cjs server|proxy');
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) =>
    res.headersSent ? res.destroy() : answer(res, 500, Buffer.from(JSON.stringify({ error: String(err) }))),
  );
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${server.address().port}/` }));
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
