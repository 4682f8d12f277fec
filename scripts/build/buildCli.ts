/** `npm run build`: bundles every service and the migrate job into dist/ (scripts/build/serviceBundles.ts). */
import { answerHelp } from '@syncad/platform';
import { buildBundles } from './serviceBundles';

answerHelp('usage: npm run build\n  Bundles every service and the migrate job into dist/ (npm start rebuilds them when a source changes).');

buildBundles().then(
  (report) => {
    for (const b of report.bundles) console.log(`dist/${b.name}.cjs  ${(b.bytes / 1e6).toFixed(1)} MB`);
    console.log(`built ${report.bundles.length} bundles in ${(report.millis / 1000).toFixed(1)} s`);
  },
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
