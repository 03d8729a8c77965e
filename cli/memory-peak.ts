/**
 * The most memory the export used, sampled every 100 ms (and after every page): resident set, heap
 * and buffers; and the resident set's high-water mark as the OS counted it, which also catches the
 * moments between samples (start-up, a garbage collector's compaction). Reported in the summary
 * line, so a scheduler — and the memory test — can see that a large export costs no more than a
 * small one.
 */
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
    return { peakRssBytes: this.rss, peakHeapUsedBytes: this.heapUsed, peakExternalBytes: this.external, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
}
