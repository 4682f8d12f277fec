/**
 * The gateway's operations listener (SYNCAD_OPS_PORT, 127.0.0.1 by default): GET /health,
 * GET /ready (this process can serve: ops/readiness.ts), GET /status (every dependency, each
 * subgraph's circuit included) and GET /metrics (Prometheus). Kept off the public port: /metrics
 * names every school's operations and pools, and each report costs database queries and calls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalHttpError, sendError, sendJson, silentLogger, type Logger, type ServiceMetrics } from '@syncad/platform';
import type { GatewayReports } from './readiness';

export interface OpsOptions {
  isReady(): boolean;
  metrics: ServiceMetrics;
  reports: GatewayReports;
  logger?: Logger;
}

export async function handleOpsHttp(req: IncomingMessage, res: ServerResponse, options: OpsOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://gateway').pathname;
  try {
    if (req.method === 'GET' && path === '/health') {
      sendJson(res, options.isReady() ? 200 : 503, { status: options.isReady() ? 'ok' : 'starting' });
    } else if (req.method === 'GET' && path === '/ready') {
      const report = await options.reports.ready();
      sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
    } else if (req.method === 'GET' && path === '/status') {
      const report = await options.reports.status();
      sendJson(res, 200, { status: report.ready ? 'ok' : 'degraded', checks: report.checks });
    } else if (req.method === 'GET' && path === '/metrics') {
      const text = await options.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
      res.end(text);
    } else {
      sendError(res, 404, 'NOT_FOUND', `nothing is served at ${path} on the operations port: GET /health, /ready, /status or /metrics`);
    }
  } catch (err) {
    internalHttpError(res, options.logger ?? silentLogger(), err);
  }
}
