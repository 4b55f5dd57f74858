export interface AddinConfig {
  devUrl: string;
  productionUrl: string;
}
export function readAddinConfig(): AddinConfig;
export function productionUrl(env?: Record<string, string | undefined>): string;
export function devUrl(): string;
export function rewriteUrls(text: string, prodUrl: string, dev?: string): string;
