// Progress of a job over a file on disk (scan from disk, redact to a new file), in the editor's
// notification: cancellable, with bytes read of the file's size.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { formatBytes } from '../engine/io';

export interface FileProgress {
  /** For the job's onProgress: the share of the file read, and how much that is. */
  onProgress: (bytesRead: number) => void;
  /** Aborted when the user cancels. */
  signal: AbortSignal;
  done(): void;
}

export async function fileProgress(connection: Connection, title: string, size: number): Promise<FileProgress> {
  const progress: WorkDoneProgressServerReporter = await connection.window.createWorkDoneProgress();
  progress.begin(title, 0, formatBytes(size), true);
  const controller = new AbortController();
  progress.token.onCancellationRequested(() => controller.abort());
  return {
    onProgress: (read) => progress.report(size ? Math.min(100, Math.floor((read / size) * 100)) : 0, `${formatBytes(read)} of ${formatBytes(size)}`),
    signal: controller.signal,
    done: () => progress.done(),
  };
}
