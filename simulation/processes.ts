// deltafeed service processes for the scale tests and the benchmark: `deltafeed run --role R` as real child
// processes, with their pino JSON logs (stderr) parsed and kept, their exit awaited, and their peak memory
// and CPU read from /proc while they live.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LogLine {
  msg?: string;
  level?: number;
  pid?: number;
  time?: number;
  [field: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

export interface ServiceProcess {
  role: string;
  pid: number;
  child: ChildProcess;
  logs: LogLine[];
  /** Lines of stderr that were not JSON (stack traces, warnings). */
  other: string[];
  exited: Promise<Exit>;
  exit: Exit | null;
  /** Log lines with this message. */
  count(msg: string, since?: number): number;
  /** SIGTERM, then wait for the exit (SIGKILL after `timeoutMs`); returns the exit and how long it took. */
  stop(timeoutMs?: number): Promise<Exit & { ms: number }>;
  /** Peak resident memory (VmHWM) in bytes, while the process lives. */
  peakRss(): number | null;
  /** User + system CPU seconds so far, while the process lives. */
  cpuSeconds(): number | null;
}

export interface StartOptions {
  role: 'all' | 'api' | 'worker' | 'scheduler';
  config: string;
  env?: NodeJS.ProcessEnv;
  /** The built CLI; default dist/src/cli.js under the working directory (`npm run build` makes it). */
  cli?: string;
  /** Options for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

export function startService(opts: StartOptions): ServiceProcess {
  const cli = opts.cli ?? resolve('dist/src/cli.js');
  const child = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), cli, 'run', '--role', opts.role, '--config', opts.config],
    {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const logs: LogLine[] = [];
  const other: string[] = [];
  let rest = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        other.push(line);
      }
    }
  });
  const proc: ServiceProcess = {
    role: opts.role,
    pid: child.pid ?? -1,
    child,
    logs,
    other,
    exit: null,
    exited: new Promise<Exit>((res) => {
      child.once('exit', (code, signal) => {
        proc.exit = { code, signal, at: Date.now() };
        res(proc.exit);
      });
    }),
    count: (msg, since = 0) => logs.filter((l) => l.msg === msg && (l.time ?? 0) >= since).length,
    async stop(timeoutMs = 30_000) {
      const t0 = Date.now();
      if (!proc.exit) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const e = await proc.exited;
      clearTimeout(timer);
      return { ...e, ms: e.at - t0 };
    },
    peakRss: () => procStatusBytes(child.pid, 'VmHWM'),
    cpuSeconds: () => procCpuSeconds(child.pid),
  };
  return proc;
}

function procStatusBytes(pid: number | undefined, field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function procCpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

/** Poll `check` until it returns a value other than undefined/false, at most `timeoutMs`; throws with `what`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  opts: { timeoutMs: number; everyMs?: number },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 200));
  }
}
