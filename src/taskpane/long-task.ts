import { useCallback, useEffect, useRef, useState } from "react";
import { isReconcilerError } from "../core/errors";

/**
 * Long work (a large PDF, a large table, a reconciliation) runs as a task that reports its progress, gives the
 * browser a turn between pages, files and chunks, and stops when the analyst presses Cancel.
 */
export interface TaskProgress {
  /** What is happening, for the progress bar's label: "Reading page 3 of 40 of pcd-1307.pdf". */
  label: string;
  /** 0..1, or undefined while the amount of work is unknown. */
  fraction?: number;
}

export interface TaskControl {
  signal: AbortSignal;
  report(progress: TaskProgress): void;
}

export class TaskCancelled extends Error {
  override readonly name = "TaskCancelled";
  constructor() {
    super("cancelled");
  }
}

/** Gives the browser a turn (paint, input, the Cancel button), then throws TaskCancelled if the task was cancelled. */
export async function yieldToEventLoop(signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new TaskCancelled();
}

/** The text to show for a failure: a ReconcilerError's message with its place, else the error's message. */
export function problemText(e: unknown): string {
  if (isReconcilerError(e)) return e.describe();
  if (e instanceof Error) return e.message;
  return String(e);
}

export interface LongTask {
  running: boolean;
  progress: TaskProgress | null;
  /** Runs `work` unless a task is already running. Resolves to its result, or undefined if cancelled or failed. */
  run<T>(first: string, work: (control: TaskControl) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
  /** The last failure's text, or null. Cancellation is not a failure. */
  error: string | null;
  clearError(): void;
}

export function useLongTask(): LongTask {
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(async <T>(first: string, work: (control: TaskControl) => Promise<T>) => {
    if (controller.current) return undefined;
    const c = new AbortController();
    controller.current = c;
    setError(null);
    setProgress({ label: first });
    try {
      const result = await work({
        signal: c.signal,
        report: (p) => {
          if (mounted.current && !c.signal.aborted) setProgress(p);
        },
      });
      if (c.signal.aborted) return undefined;
      return result;
    } catch (e) {
      if (!(e instanceof TaskCancelled) && !c.signal.aborted && mounted.current) setError(problemText(e));
      return undefined;
    } finally {
      controller.current = null;
      if (mounted.current) setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearError = useCallback(() => setError(null), []);
  return { running: progress !== null, progress, run, cancel, error, clearError };
}
