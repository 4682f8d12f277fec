/**
 * The floor under every gateway in bench/peer.ts: what each contender must do for its workloads
 * and nothing more, on plain node:http. Per request: read the body; give the caller's signed
 * context (signedContextHeaders: the access token verified, the context signed, reused 30 s per
 * token, as every contender here does); send each root field of the operation to the subgraph
 * that owns it (RELAY_OWNERS: root field -> subgraph URL, side by side over keep-alive
 * connections); merge their data in the operation's order. An operation's text is parsed and
 * split once and kept. No validation, query planning, permissions, limits or logs.
 *
 * Environment: RELAY_OWNERS (JSON), SYNCAD_JWT_SECRET, SYNCAD_INTERNAL_KEY. Prints a "listening"
 * line with its URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { signedContextHeaders } from './hive/signedContextHeaders';

/** One subgraph's share of an operation: its root fields as an operation of their own, and the variables they use. */
interface Part {
  url: string;
  query: string;
  variables: string[];
}

const owners: Record<string, string> = JSON.parse(process.env.RELAY_OWNERS ?? '{}');
const signed = signedContextHeaders(process.env.SYNCAD_JWT_SECRET ?? '', process.env.SYNCAD_INTERNAL_KEY ?? '');
const agent = new http.Agent({ keepAlive: true });

/** The operation split by owner (its root fields' response keys in order come first). */
function planOf(text: string): { keys: string[]; parts: Part[] } {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const byOwner = new Map<string, typeof operation.selectionSet.selections>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error('the relay takes root fields only');
    const url = owners[selection.name.value];
    if (!url) throw new Error(`no subgraph owns ${selection.name.value}`);
    byOwner.set(url, [...(byOwner.get(url) ?? []), selection]);
  }
  const parts = [...byOwner].map(([url, selections]): Part => {
    const used = new Set<string>();
    visit({ kind: Kind.SELECTION_SET, selections } as never, { Variable: (v) => void used.add(v.name.value) });
    const own: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...operation,
          variableDefinitions: operation.variableDefinitions?.filter((d) => used.has(d.variable.name.value)),
          selectionSet: { kind: Kind.SELECTION_SET, selections },
        },
      ],
    };
    return { url, query: print(own), variables: [...used] };
  });
  const keys = (operation.selectionSet.selections as readonly FieldNode[]).map((field) => (field.alias ?? field.name).value);
  return { keys, parts };
}
const planned = new Map<string, ReturnType<typeof planOf>>();

function readBody(stream: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function post(url: string, body: string, headers: Record<string, string>): Promise<any> {
  return new Promise((resolve, reject) => {
    const out = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } }, async (res) => {
      try {
        resolve(JSON.parse(await readBody(res)));
      } catch (err) {
        reject(err);
      }
    });
    out.on('error', reject);
    out.end(body);
  });
}

async function handle(req: http.IncomingMessage): Promise<unknown> {
  const { query, variables = {} } = JSON.parse(await readBody(req));
  let plan = planned.get(query);
  if (!plan) planned.set(query, (plan = planOf(query)));
  const context = signed({
    request: { headers: { get: (name: string) => (req.headers[name.toLowerCase()] as string) ?? null } } as Request,
  });
  if (!context) return { errors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }] };
  const answers = await Promise.all(
    plan.parts.map((part) =>
      post(
        part.url,
        JSON.stringify({ query: part.query, variables: Object.fromEntries(part.variables.map((v) => [v, variables[v]])) }),
        context,
      ),
    ),
  );
  const errors = answers.flatMap((a) => a.errors ?? []);
  const merged = Object.assign({}, ...answers.map((a) => a.data ?? {}));
  const data = Object.fromEntries(plan.keys.map((k) => [k, merged[k] ?? null]));
  return errors.length > 0 ? { errors, data } : { data };
}

const server = http.createServer((req, res) => {
  handle(req).then(
    (answer) => {
      const body = JSON.stringify(answer);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
    (err: unknown) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
});
// A bench process: exit at once (which also writes a CPU profile, if one is taken).
process.once('SIGTERM', () => process.exit(0));
