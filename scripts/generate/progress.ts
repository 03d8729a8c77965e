/** Progress lines of a long load: how far, how many rows, and the rate (rows/s), at most one a second. */

export class Progress {
  private readonly started = process.hrtime.bigint();
  private lastPrinted = 0;

  constructor(
    private readonly label: string,
    private readonly write: (line: string) => void,
  ) {}

  get seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  static rate(rows: number, seconds: number): number {
    return seconds > 0 ? Math.round(rows / seconds) : 0;
  }

  /** Prints when a second has passed since the last line, or when `force`. */
  report(phase: string, done: number, total: number, rows: number, force = false): void {
    const seconds = this.seconds;
    if (!force && seconds - this.lastPrinted < 1) return;
    this.lastPrinted = seconds;
    const pct = total > 0 ? ` (${Math.round((done / total) * 100)}%)` : '';
    this.write(`${this.label}: ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}${pct} · ${rows.toLocaleString('en')} rows · ${Progress.rate(rows, seconds).toLocaleString('en')} rows/s · ${seconds.toFixed(1)} s`);
  }
}
