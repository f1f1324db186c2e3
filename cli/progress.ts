/** A run shorter than this shows no bar at all. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;
const BAR_WIDTH = 24;

interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

/**
 * Progress and messages on standard error. On a terminal a long run shows one redrawn line
 * (share of bytes read, ads, rate, time left); elsewhere (a pipe, a log file, CI) only the messages.
 */
export class Progress {
  private bytes = 0;
  private ads = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly live: boolean;

  /** `totalBytes` is undefined when an input's size is unknown (standard input): no share, no ETA. */
  constructor(
    private readonly out: Terminal,
    private readonly totalBytes: number | undefined,
  ) {
    this.live = out.isTTY === true;
  }

  get bytesRead(): number {
    return this.bytes;
  }

  addBytes(n: number): void {
    this.bytes += n;
  }

  addAd(): void {
    this.ads++;
    if (!this.live) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** A message on its own line; the bar, if any, is drawn again below it. */
  message(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
    if (this.shown) this.draw(Date.now());
  }

  done(): void {
    this.clear();
    this.shown = false;
  }

  private clear(): void {
    if (this.shown) this.out.write('\r\x1b[2K');
  }

  private draw(now: number): void {
    const elapsed = now - this.started;
    const rate = this.ads / (elapsed / 1000);
    let line = `${this.ads.toLocaleString('en')} ads  ${rate.toFixed(0)} ads/s  ${formatDuration(elapsed)}`;
    if (this.totalBytes && this.totalBytes > 0) {
      const share = Math.min(1, this.bytes / this.totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      const eta = share > 0 ? (elapsed * (1 - share)) / share : Number.NaN;
      line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${Number.isFinite(eta) ? formatDuration(eta) : '?'}`;
    }
    const width = this.out.columns ?? 80;
    this.out.write(`\r\x1b[2K${line.slice(0, Math.max(10, width - 1))}`);
    this.shown = true;
  }
}
