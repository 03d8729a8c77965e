/**
 * The most memory the export used, sampled every 100 ms (and after every page): resident set, heap
 * and buffers; and the resident set's high-water mark as the OS counted it, which also catches the
 * moments between samples. Reported in the summary line, so a scheduler — and the memory test —
 * can see that a large export costs no more than a small one.
 */
import fs from 'node:fs';

/**
 * This process's own high-water mark: Linux's VmHWM. getrusage's maxrss (process.resourceUsage)
 * is not that: Linux carries it across execve, so a job spawned by a process of 190 MB reported
 * 190 MB however little it used itself. Elsewhere maxrss is all there is.
 */
export function highWaterMarkBytes(status: string | null = readStatus()): number {
  const kb = status?.match(/^VmHWM:\s+(\d+) kB$/m)?.[1];
  return kb ? Number(kb) * 1024 : process.resourceUsage().maxRSS * 1024;
}

function readStatus(): string | null {
  try {
    return fs.readFileSync('/proc/self/status', 'utf8');
  } catch {
    return null;
  }
}

export class MemoryPeak {
  private rss = 0;
  private heapUsed = 0;
  private external = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heapUsed = Math.max(this.heapUsed, usage.heapUsed);
    this.external = Math.max(this.external, usage.external); // Buffers included
  }

  stop(): { peakRssBytes: number; peakHeapUsedBytes: number; peakExternalBytes: number; maxRssBytes: number } {
    clearInterval(this.timer);
    this.sample();
    return { peakRssBytes: this.rss, peakHeapUsedBytes: this.heapUsed, peakExternalBytes: this.external, maxRssBytes: highWaterMarkBytes() };
  }
}
