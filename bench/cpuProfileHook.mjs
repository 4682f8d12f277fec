// Preloaded with NODE_OPTIONS="--import <this file>" (node 20 refuses --cpu-prof there): profiles
// the whole process with the inspector and writes the profile to $CPU_PROFILE_FILE on exit, or
// into $CPU_PROFILE_DIR named after the script and pid (several services sharing one environment).
// An in-process inspector session answers synchronously, so this works in an 'exit' handler.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.CPU_PROFILE_DIR;
const script = path.basename(process.argv[1] ?? 'node').replace(/\.[^.]+$/, '');
const file = process.env.CPU_PROFILE_FILE ?? (dir && path.join(dir, `${script}-${process.pid}.cpuprofile`));
if (file) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.once('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) fs.writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
