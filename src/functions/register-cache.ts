import type { RegisterSnapshot } from "./register-query";

/**
 * Where the register comes from: `read` reads it once and arranges for `changed` to be called whenever the register
 * may have changed (in Excel: the table's onChanged event, registered in the same batch as the read).
 */
export interface RegisterSource {
  read(changed: () => void): Promise<RegisterSnapshot>;
}

/**
 * The register, read once and shared by every custom function in the shared runtime: ten thousand =DR.PCD_TOTAL
 * cells cost one read. A change to the register drops the copy and tells every subscriber (the streaming functions),
 * which ask again and push their new results; the first of them triggers the one new read.
 */
export class RegisterCache {
  private current: Promise<RegisterSnapshot> | null = null;
  private readonly listeners = new Set<() => void>();
  /** How many times the register was read (for tests and diagnostics). */
  reads = 0;

  constructor(private readonly source: RegisterSource) {}

  /** The register, reading it if no fresh copy is held. Concurrent callers share one read. */
  get(): Promise<RegisterSnapshot> {
    if (this.current === null) {
      this.reads++;
      const reading = this.source.read(() => this.invalidate());
      this.current = reading;
      // A failed read is not kept: the next call tries again.
      reading.catch(() => {
        if (this.current === reading) this.current = null;
      });
    }
    return this.current;
  }

  /** Forgets the copy and tells every subscriber the register changed. */
  invalidate(): void {
    this.current = null;
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}
