/** /ready: every dependency checked at once, each within a deadline, reporting which one failed. */
export type ReadyChecks = Record<string, () => Promise<unknown>>;

export interface ReadyReport {
  ready: boolean;
  /** Each dependency: "ok", or why not. */
  checks: Record<string, string>;
}

export async function checkReadiness(checks: ReadyChecks, timeoutMillis: number): Promise<ReadyReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(
    names.map(async (name) => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMillis} ms`)), timeoutMillis);
      });
      try {
        await Promise.race([checks[name](), deadline]);
        return 'ok';
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        // Messages of connection errors; never a URL (it may hold a password).
        return `unavailable: ${reason.replace(/\w+:\/\/\S+/g, '<url>').slice(0, 200)}`;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const report: Record<string, string> = {};
  names.forEach((name, i) => (report[name] = results[i]));
  return { ready: results.every((r) => r === 'ok'), checks: report };
}
