import type { DelegationScheme } from "./delegation-scheme";
import { loadScheme } from "./load-scheme";
import bundled from "./schemes/mopac.json";

let cached: DelegationScheme | undefined;

/** MOPAC's scheme of delegation as its decisions cite it (schemes/mopac.json), validated once. */
export function mopacScheme(): DelegationScheme {
  cached ??= loadScheme(bundled, "mopac.json");
  return cached;
}
