/** Stopping an HTTP server without dropping the requests it is answering. */
import type http from 'node:http';

/** How long stop() lets in-flight requests finish before it cuts their connections (SYNCAD_SHUTDOWN_DRAIN_MS). */
export const DRAIN_MILLIS = 10_000;

/**
 * Stops accepting, lets in-flight requests finish for up to `drainMillis`, then closes every
 * connection. Keep-alive connections are closed as soon as they fall idle, so a client's next
 * request goes to another instance instead of waiting on this one.
 */
export async function closeGracefully(server: http.Server, drainMillis = DRAIN_MILLIS): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), drainMillis);
  sweep.unref();
  cut.unref();
  await closed;
  clearInterval(sweep);
  clearTimeout(cut);
}
