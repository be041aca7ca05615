// Stops a qspec process whose launcher went away. `npx qspec mock` (npm exec) and `npm run …` start
// qspec through `sh -c`; when npm is killed it signals that shell, which dies without passing the
// signal on, and qspec would keep running (a mock server holding its port) with no parent to stop
// it. So when npm launched us (npm sets npm_command) and our parent process changes (we were
// re-parented), qspec sends itself SIGTERM: `qspec mock` shuts down gracefully, other commands
// end as they would on the forwarded signal. A process started by hand (nohup, &) is left alone.
//
// Plain JavaScript on purpose: it runs before any TypeScript loader exists.
// @see docs/decisions/0006-npm-package.md

/**
 * Starts the watch (an unref'd timer: it never keeps the process alive) when `env` says npm
 * launched this process. Returns a function that stops it.
 * @param {Readonly<Record<string, string | undefined>>} env @param {number} [intervalMs]
 * @returns {() => void}
 */
export function stopWhenOrphaned(env, intervalMs = 500) {
  if (!env.npm_command) return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
