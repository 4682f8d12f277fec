/**
 * Secrets for a local run: taken from the environment, else generated once and kept in
 * `.data/secrets.json` (git-ignored) so tokens survive a restart. Production sets them.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function devSecrets(dataRoot: string): { SYNCAD_JWT_SECRET: string; SYNCAD_INTERNAL_KEY: string } {
  const file = path.join(dataRoot, 'secrets.json');
  const stored = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const secrets = {
    SYNCAD_JWT_SECRET: process.env.SYNCAD_JWT_SECRET ?? stored.SYNCAD_JWT_SECRET ?? randomBytes(32).toString('hex'),
    SYNCAD_INTERNAL_KEY: process.env.SYNCAD_INTERNAL_KEY ?? stored.SYNCAD_INTERNAL_KEY ?? randomBytes(32).toString('hex'),
  };
  fs.mkdirSync(dataRoot, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
