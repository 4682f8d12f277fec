/**
 * What the load run watches while the clients work: each service process's resident memory
 * (/proc/<pid>/status, every second) and the PostgreSQL connections to the run's databases
 * (pg_stat_activity, every 250 ms, the sampler's own session excluded).
 */
import fs from 'node:fs';
import pg from 'pg';
import { mean } from '../stats';

export interface MemorySeries {
  /** RSS in MB, one sample a second. */
  samples: number[];
  start: number;
  peak: number;
  end: number;
  /** Mean of the middle third and of the last third of the samples. */
  middleMean: number;
  lastMean: number;
  /** lastMean / middleMean - 1: steady growth shows as a clearly positive number. */
  growth: number;
}

function rssMegabytes(pid: number): number | null {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function summarizeMemory(samples: number[]): MemorySeries {
  const third = Math.floor(samples.length / 3);
  const middleMean = mean(samples.slice(third, 2 * third));
  const lastMean = mean(samples.slice(2 * third));
  return {
    samples,
    start: samples[0],
    peak: Math.max(...samples),
    end: samples[samples.length - 1],
    middleMean,
    lastMean,
    growth: lastMean / middleMean - 1,
  };
}

/** Samples each named process's RSS every second until stop(). */
export function sampleMemory(pids: Record<string, number>): { stop(): Record<string, MemorySeries> } {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((name) => [name, []]));
  const take = () => {
    for (const [name, pid] of Object.entries(pids)) {
      const mb = rssMegabytes(pid);
      if (mb !== null) samples[name].push(mb);
    }
  };
  take();
  const timer = setInterval(take, 1000);
  return {
    stop() {
      clearInterval(timer);
      take();
      return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summarizeMemory(s)]));
    },
  };
}

export interface ConnectionFigures {
  samples: number;
  peak: number;
  /** The peak of each application_name (LISTEN connections have none: ""), each at its own moment. */
  peakByApplication: Record<string, number>;
}

/** Counts the sessions on `databases` every 250 ms until stop(), through one connection to `adminUrl`. */
export async function sampleConnections(adminUrl: string, databases: string[]): Promise<{ stop(): Promise<ConnectionFigures> }> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'load-sampler' });
  await client.connect();
  const figures: ConnectionFigures = { samples: 0, peak: 0, peakByApplication: {} };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ app: string; n: number }>(
        `SELECT coalesce(application_name, '') AS app, count(*)::int AS n FROM pg_stat_activity
         WHERE datname = ANY($1) AND pid <> pg_backend_pid() GROUP BY 1`,
        [databases],
      );
      figures.samples++;
      figures.peak = Math.max(
        figures.peak,
        rows.reduce((sum, r) => sum + r.n, 0),
      );
      for (const r of rows) figures.peakByApplication[r.app] = Math.max(figures.peakByApplication[r.app] ?? 0, r.n);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.finally(() => client.end());
      return figures;
    },
  };
}
