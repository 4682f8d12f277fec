// The containers' health check: GET /health on this service's port (the slim image has no curl).
// Plain JavaScript, so a check costs no TypeScript compilation.
const port = process.env.PORT || 4000;
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_500) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
