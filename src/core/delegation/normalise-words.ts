/**
 * Words compared the way a reader would: case, punctuation, "&" and runs of spaces ignored, so that
 * "Deputy Mayor, Policing and Crime" and "deputy mayor policing & crime" are the same words.
 */
export function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9£.]+/g, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `phrase` occurs in `text` as whole words (both already normalised). */
export function containsWords(text: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
}
