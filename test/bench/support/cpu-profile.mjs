// A CPU profiler for a process under load, preloaded with `node --import <this file> main.js`
// and CPU_PROFILE_DIR set. SIGWINCH (ignored by default, and not among the signals Nest's shutdown
// hooks end the process on, as SIGUSR2 is) starts the profiler; the next one stops it and writes
// `<CPU_PROFILE_DIR>/<pid>-<n>.cpuprofile` (open it in Chrome DevTools, or summarise it with
// profile-summary.mjs). Unlike `--cpu-prof` it covers only the load, not the start-up, and it
// does not depend on how the process ends (Nest's shutdown hooks end it by its own signal, and
// then `--cpu-prof` writes nothing).
import { Session } from 'node:inspector/promises';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.on('SIGWINCH', async () => {
    if (!running) {
      running = true;
      await session.post('Profiler.enable');
      // 1 ms: enough samples in 20 s for percentages, without the profiler becoming the load.
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
      return;
    }
    running = false;
    const { profile } = await session.post('Profiler.stop');
    const file = join(dir, `${process.pid}-${++written}.cpuprofile`);
    writeFileSync(`${file}.tmp`, JSON.stringify(profile));
    // Renamed once complete, so whoever waits for the file never reads half of it.
    renameSync(`${file}.tmp`, file);
  });
}
