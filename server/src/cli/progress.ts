// A progress bar on stderr for long runs: only on a terminal, never under CI or when piped.
import { formatBytes } from '../engine/io';

export function progressWanted(): boolean {
  return !!process.stderr.isTTY && !process.env.CI;
}

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly total: number,
    private label: string,
    private readonly enabled = progressWanted(),
  ) {}

  update(bytes: number, label = this.label): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && label === this.label) return;
    this.last = now;
    this.label = label;
    const frac = this.total ? Math.min(1, bytes / this.total) : 0;
    const secs = (now - this.started) / 1000;
    const mbps = secs > 0 ? bytes / 1024 / 1024 / secs : 0;
    const eta = frac > 0 && frac < 1 ? Math.round(secs / frac - secs) : 0;
    const width = Math.max(10, Math.min(40, (process.stderr.columns ?? 80) - 60));
    const filled = Math.round(frac * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${this.label} ${bar} ${String(Math.floor(frac * 100)).padStart(3)}%  ${formatBytes(bytes)} / ${formatBytes(this.total)}  ${mbps.toFixed(1)} MB/s${eta ? `  ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}` : ''}`;
    process.stderr.write(`\r\u001b[2K${line}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}
