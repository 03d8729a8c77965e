/**
 * Progress on stderr (stdout may carry the rows): on a terminal, one redrawn line with a bar, rows,
 * rate and ETA; elsewhere (CI, a scheduler's log), JSON lines like every other coopgraph process —
 * at most one a second while pages come in, and every retry, warning and the summary.
 */
export interface ProgressSnapshot {
  page: number;
  /** Rows written, this run and before it. */
  rows: number;
  /** Items fetched at the rows path (what totalCount counts). */
  items: number;
  total: number | null;
  /** Rows and items already there when this run started (a resumed export). */
  rowsAtStart: number;
  itemsAtStart: number;
  startedAt: number;
}

export type ProgressMode = 'bar' | 'log' | 'none';

const integer = new Intl.NumberFormat('en-US');

export function rate(snapshot: ProgressSnapshot, now: number): number {
  const seconds = Math.max((now - snapshot.startedAt) / 1000, 0.001);
  return (snapshot.rows - snapshot.rowsAtStart) / seconds;
}

/** Seconds left, from the item rate so far; null without a total. */
export function etaSeconds(snapshot: ProgressSnapshot, now: number): number | null {
  if (snapshot.total === null) return null;
  const done = snapshot.items - snapshot.itemsAtStart;
  if (done <= 0) return null;
  const perSecond = done / Math.max((now - snapshot.startedAt) / 1000, 0.001);
  return Math.max(0, (snapshot.total - snapshot.items) / perSecond);
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}

/** What a progress line counts in: an export's pages, or an import's batches. */
export interface ProgressJob {
  name: 'export' | 'import';
  step: 'page' | 'batch';
}

const EXPORT_JOB: ProgressJob = { name: 'export', step: 'page' };

export function barLine(snapshot: ProgressSnapshot, now: number, width = 24, step: ProgressJob['step'] = 'page'): string {
  const parts: string[] = [];
  if (snapshot.total !== null && snapshot.total > 0) {
    const share = Math.min(1, snapshot.items / snapshot.total);
    const filled = Math.round(share * width);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`);
  }
  parts.push(`${integer.format(snapshot.rows)} rows`);
  parts.push(`${integer.format(Math.round(rate(snapshot, now)))} rows/s`);
  const eta = etaSeconds(snapshot, now);
  if (eta !== null) parts.push(`ETA ${clock(eta)}`);
  parts.push(`${step} ${snapshot.page}`);
  return parts.join(' · ');
}

export interface ProgressSink {
  write(text: string): unknown;
}

export class Progress {
  private lastLine = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly mode: ProgressMode,
    private readonly report: string,
    private readonly now: () => number = Date.now,
    private readonly job: ProgressJob = EXPORT_JOB,
  ) {}

  private log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown>): void {
    if (this.mode === 'none' && level === 'info') return;
    if (this.mode === 'bar') {
      // A person reads this: words, not JSON.
      this.clearBar();
      const details = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
      this.sink.write(`${level === 'info' ? '' : `${level}: `}${msg}${details ? ` (${details})` : ''}\n`);
      return;
    }
    this.sink.write(`${JSON.stringify({ time: new Date(this.now()).toISOString(), level, service: `coopgraph-${this.job.name === 'export' ? 'report' : 'import'}`, msg, [this.job.name === 'export' ? 'report' : 'file']: this.report, ...fields })}\n`);
  }

  private clearBar(): void {
    if (this.drawn) this.sink.write('\r\x1b[2K');
    this.drawn = false;
  }

  start(fields: Record<string, unknown>): void {
    if (this.mode !== 'bar') this.log('info', `${this.job.name} started`, fields);
  }

  page(snapshot: ProgressSnapshot, final = false): void {
    const now = this.now();
    if (!final && now - this.lastLine < (this.mode === 'bar' ? 100 : 1000) && snapshot.page !== 1) return;
    this.lastLine = now;
    if (this.mode === 'bar') {
      this.sink.write(`\r\x1b[2K${this.report} ${barLine(snapshot, now, 24, this.job.step)}`);
      this.drawn = true;
    } else if (this.mode === 'log') {
      const eta = etaSeconds(snapshot, now);
      this.log('info', this.job.step, {
        [this.job.step]: snapshot.page,
        rows: snapshot.rows,
        items: snapshot.items,
        total: snapshot.total,
        rowsPerSecond: Math.round(rate(snapshot, now) * 10) / 10,
        etaSeconds: eta === null ? null : Math.round(eta),
        rssBytes: process.memoryUsage.rss(),
      });
    }
  }

  warn(msg: string, fields: Record<string, unknown> = {}): void {
    this.log('warn', msg, fields);
  }

  error(msg: string, fields: Record<string, unknown> = {}): void {
    this.log('error', msg, fields);
  }

  done(fields: Record<string, unknown>): void {
    if (this.mode === 'bar' && this.drawn) this.sink.write('\n');
    this.drawn = false;
    this.log('info', `${this.job.name} finished`, fields);
  }
}
