import type { EmbeddedServer } from './embeddedPostgres';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __EMBEDDED_PG__?: EmbeddedServer }).__EMBEDDED_PG__;
  await server?.stop();
}
