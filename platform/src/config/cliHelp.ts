/** Every CLI of the repository answers `--help` (or `-h`): its usage on stdout, exit code 0, nothing else done. */
export function answerHelp(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}
