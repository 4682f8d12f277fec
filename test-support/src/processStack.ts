/**
 * The whole system as real processes, the way `npm start` and the containers run it: each
 * subgraph and the gateway is its esbuild bundle (`node --enable-source-maps dist/<name>.cjs`,
 * built once per run when the sources changed) with its configuration in the environment, over a
 * test estate. Fault tests stop, hang (SIGSTOP), kill and restart them, and read their JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadSubgraphs } from '@syncad/subgraph-kit';
import { subgraphUrlVariable } from '@syncad/platform';
import { bundleArgs, ensureBundles } from '@syncad/scripts/build';
import type { TestEstate } from './estate';
import { postJson, type HttpAnswer } from './stackHttp';

const ROOT = path.resolve(__dirname, '..', '..');
const READY_MILLIS = 60_000;

/** One JSON log line of a service. */
export type LogLine = Record<string, any> & { level: string; msg: string; service: string };

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Where it listens (a subgraph's root, or the gateway's /graphql). */
  url: string;
  /** The gateway's operations listener (/ready, /metrics), when its ready line names one. */
  opsUrl?: string;
  port: number;
  /** Everything it printed so far, line by line (stdout and stderr). */
  output: string[];
  /** Its JSON log lines so far. */
  logs(): LogLine[];
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal (SIGSTOP hangs it, SIGCONT resumes it, SIGKILL kills it). */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then waits for the exit (SIGKILL after 20 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ProcessStackOptions {
  /** The subgraphs to run (default: all); the others get an address where nothing listens. */
  subgraphs?: string[];
  /** Extra environment for every service (e.g. SYNCAD_SUBGRAPH_TIMEOUT_MS). */
  env?: Record<string, string>;
}

export interface ProcessStack {
  gatewayUrl: string;
  services: Record<string, ServiceProcess>;
  jwtSecret: string;
  internalKey: string;
  /** The gateway's environment (without PORT), to start another gateway over the same subgraphs. */
  gatewayEnv: NodeJS.ProcessEnv;
  /** Starts a stopped or killed service again on the same port. */
  restart(name: string): Promise<ServiceProcess>;
  login(email: string, password: string, subdomain: string): Promise<string>;
  graphql(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** Every service's log lines so far, in the order each printed them. */
  logs(): LogLine[];
  stop(): Promise<void>;
}

function parseLine(line: string): LogLine | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    return null;
  }
}

/**
 * Spawns one service (its bundle: a subgraph's name or 'gateway'; or `node <nodeArgs>`) and waits
 * for its "listening"/"ready" line, which names its URL.
 */
export async function spawnService(name: string, env: NodeJS.ProcessEnv, nodeArgs?: string[]): Promise<ServiceProcess> {
  if (!nodeArgs) await ensureBundles();
  const child: ChildProcess = spawn(process.execPath, nodeArgs ?? bundleArgs(name), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const waiters: Array<() => void> = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      output.push(...parts);
      for (const wake of waiters.splice(0)) wake();
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      for (const wake of waiters.splice(0)) wake();
      resolve({ code, signal });
    }),
  );
  const logs = () => output.map(parseLine).filter((l): l is LogLine => l !== null);
  const deadline = Date.now() + READY_MILLIS;
  let url: string | undefined;
  let opsUrl: string | undefined;
  while (!url) {
    const ready = logs().find((l) => typeof l.url === 'string' && /listening|ready/.test(l.msg));
    url = ready?.url;
    opsUrl = ready?.opsUrl;
    if (url) break;
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited before it was ready:\n${output.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${READY_MILLIS / 1000} s:\n${output.join('\n')}`);
    }
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 200).unref();
    });
  }
  const port = Number(new URL(url).port);
  return {
    name,
    pid: child.pid!,
    url: name === 'gateway' ? `http://127.0.0.1:${port}/graphql` : `http://127.0.0.1:${port}/`,
    port,
    opsUrl,
    output,
    logs,
    exited,
    signal: (signal) => child.kill(signal),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
        const result = await exited;
        clearTimeout(kill);
        return result;
      }
      return exited;
    },
  };
}

/** Starts the subgraphs, then the gateway told their URLs, all as processes on free ports. */
export async function startProcessStack(estate: TestEstate, options: ProcessStackOptions = {}): Promise<ProcessStack> {
  const jwtSecret = randomBytes(32).toString('hex');
  const internalKey = randomBytes(32).toString('hex');
  const { default: _default, ...otherServers } = estate.dbConfig.servers;
  const { limits } = estate.dbConfig;
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: estate.centralUrl,
    ...(Object.keys(otherServers).length ? { SYNCAD_DB_SERVERS: JSON.stringify(otherServers) } : {}),
    ...(estate.dbConfig.poolers ? { SYNCAD_DB_POOLERS: JSON.stringify(estate.dbConfig.poolers) } : {}),
    SYNCAD_SCHOOL_POOLS_MAX: String(limits.maxOpenPools),
    SYNCAD_SCHOOL_CONNECTIONS_MAX: String(limits.maxTotalConnections),
    SYNCAD_JWT_SECRET: jwtSecret,
    SYNCAD_INTERNAL_KEY: internalKey,
    SYNCAD_LOG_FORMAT: 'json',
    ...options.env,
  };
  const definitions = loadSubgraphs();
  const all = definitions.map((d) => d.name);
  const running = options.subgraphs ?? all;
  const services: Record<string, ServiceProcess> = {};
  const envs: Record<string, NodeJS.ProcessEnv> = {};
  const stopAll = async () => {
    const order = ['gateway', ...Object.keys(services).filter((n) => n !== 'gateway')];
    for (const name of order) await services[name]?.stop().catch(() => {});
  };
  try {
    // Subgraphs one after the other (on two cores, starting them at once is no faster), those
    // that call others last, told the URLs of those started before them (a subgraph not running:
    // a port nobody answers, as for the gateway).
    const callers = new Set(definitions.filter((d) => d.calls?.length).map((d) => d.name));
    for (const name of [...running].sort((a, b) => Number(callers.has(a)) - Number(callers.has(b)))) {
      const peers = Object.fromEntries(all.map((peer) => [subgraphUrlVariable(peer), services[peer]?.url ?? 'http://127.0.0.1:1/']));
      services[name] = await spawnService(name, { ...base, ...peers, PORT: '0' });
      envs[name] = { ...base, ...peers, PORT: String(services[name].port) };
    }
    const urls = Object.fromEntries(all.map((name) => [subgraphUrlVariable(name), services[name]?.url ?? 'http://127.0.0.1:1/']));
    const gatewayEnv = { ...base, ...urls, PORT: '0', SYNCAD_OPS_PORT: '0' };
    services.gateway = await spawnService('gateway', gatewayEnv);
    envs.gateway = { ...gatewayEnv, PORT: String(services.gateway.port) };
  } catch (err) {
    await stopAll();
    throw err;
  }
  const gatewayUrl = services.gateway.url;
  const graphql: ProcessStack['graphql'] = (query, variables, token, headers = {}) =>
    postJson(gatewayUrl, { query, variables }, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
  return {
    gatewayUrl,
    services,
    jwtSecret,
    internalKey,
    gatewayEnv: { ...envs.gateway, PORT: '0' },
    async restart(name) {
      services[name] = await spawnService(name, envs[name]);
      return services[name];
    },
    async login(email, password, subdomain) {
      const answer = await graphql(
        'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }',
        { login: email, password },
        undefined,
        { host: `${subdomain}.localhost` },
      );
      const token = answer.body?.data?.login?.accessToken;
      if (typeof token !== 'string') throw new Error(`login of ${email} failed: ${JSON.stringify(answer.body)}`);
      return token;
    },
    graphql,
    logs: () => Object.values(services).flatMap((s) => s.logs()),
    stop: stopAll,
  };
}
