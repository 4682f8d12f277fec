import { spawn } from 'node:child_process';
import { createSubgraphFetcher } from '../gateway/src/subgraphFetcher';
async function main() {
  const server = spawn(process.execPath, ['/tmp/pgx/server.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((r) => server.stdout!.once('data', (d) => r(String(d).trim())));
  const url = `http://127.0.0.1:${port}/`;
  const fetcher = createSubgraphFetcher('x');
  const init = { method: 'POST', headers: { 'content-type': 'application/json', 'x-syncad-context': 'a'.repeat(300) }, body: JSON.stringify({ query: 'query Q__academics__0($first:Int){students(first:$first){nodes{id}}}', variables: { first: 20 } }) };
  const CALLS = Number(process.env.CALLS ?? 2000);
  const once = async () => { const r = await fetcher(url, init); r.headers.get('content-type'); await r.json(); };
  const round = async (undici: boolean) => {
    (globalThis as any).__undici = undici;
    const before = process.cpuUsage();
    for (let i = 0; i < CALLS; i += 10) await Promise.all(Array.from({ length: 10 }, once));
    const d = process.cpuUsage(before);
    return (d.user + d.system) / CALLS;
  };
  await round(false); await round(true); await round(false); await round(true);
  const r: Record<string, number[]> = { plain: [], undici: [] };
  for (let i = 0; i < Number(process.env.ROUNDS ?? 6); i++) {
    for (const v of i % 2 ? [true, false] : [false, true]) r[v ? 'undici' : 'plain'].push(await round(v));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log('client CPU µs per call (10 concurrent):', JSON.stringify(r));
  console.log('median plain', med(r.plain).toFixed(1), 'undici', med(r.undici).toFixed(1), 'saving', (med(r.undici) - med(r.plain)).toFixed(1), 'µs; ratios per round', r.plain.map((p, i) => (p / r.undici[i]).toFixed(3)).join(' '));
  server.kill();
}
main();
