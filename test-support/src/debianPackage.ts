/**
 * A program from Debian's packages that tests need (Chromium, PgBouncer): installed with apt-get
 * when missing (CI runs as root); a machine where that fails makes the test fail loudly. Test
 * workers install side by side (Chromium for two suites, PgBouncer for another): apt-get waits for
 * the dpkg lock another holds (DPkg::Lock::Timeout) instead of failing at once, as it did in CI.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureDebianPackage(program: string, debianPackage: string): void {
  if (fs.existsSync(program)) return;
  try {
    execFileSync('apt-get', ['install', '-y', '-o', 'DPkg::Lock::Timeout=600', '--no-install-recommends', debianPackage], {
      stdio: 'pipe',
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    const output = String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).slice(-2000);
    throw new Error(`${program} is missing and "apt-get install ${debianPackage}" failed:\n${output}`, { cause: err });
  }
  if (!fs.existsSync(program)) throw new Error(`apt-get installed ${debianPackage} but ${program} is missing`);
}
