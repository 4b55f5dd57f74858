import type { Server } from "node:http";

export const DEFAULT_PREVIEW_DIR: string;
export const DEFAULT_PORT: number;
export const PREVIEW_CSP: string;
export function newestSource(): number;
export function isFresh(dir: string): boolean;
export function buildPreview(options?: {
  outDir?: string;
  production?: boolean;
  sourceMaps?: boolean;
  quiet?: boolean;
}): Promise<number>;
export function servePreview(options?: {
  dir?: string;
  port?: number;
}): Promise<{ server: Server; url: string; stop(): Promise<void> }>;
