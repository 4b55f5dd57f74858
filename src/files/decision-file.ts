import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ReconcilerError } from "../core/errors";
import {
  documentExtensions,
  extensionOf,
  readDecisionTextFromBuffer,
  type DecisionText,
} from "./decision-bytes";

export { readDecisionTextFromBuffer, type DecisionText, type DecisionFormat } from "./decision-bytes";

/**
 * Reads a decision record from disk (.pdf, .html/.htm, .txt, .md; other names are sniffed) into the text the
 * extractor reads. A missing or unreadable file throws ReconcilerError naming it.
 */
export async function readDecisionText(path: string): Promise<DecisionText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw unreadable(e, path);
  }
  return readDecisionTextFromBuffer(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * Reads every decision record named: files as given, folders by their documents (.pdf, .html, .htm, .txt, .md, in
 * name order, not descending into sub-folders; expected.json and other files are skipped).
 */
export async function readDecisionFiles(paths: readonly string[]): Promise<DecisionText[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await documentsAt(path)));
  const out: DecisionText[] = [];
  for (const file of files) out.push(await readDecisionText(file));
  return out;
}

/** The document files a path names: itself, or a folder's documents. */
export async function documentsAt(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw unreadable(e, path);
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((d) => d.isFile() && documentExtensions[extensionOf(d.name)] !== undefined)
    .map((d) => d.name)
    .sort();
  if (names.length === 0) {
    throw new ReconcilerError(
      "NOT_FOUND",
      "the folder holds no decision records; expected .pdf, .html, .htm, .txt or .md files",
      {
        file: path,
      },
    );
  }
  return names.map((n) => join(path, n));
}

function unreadable(e: unknown, path: string): ReconcilerError {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  if (code === "ENOENT") return new ReconcilerError("NOT_FOUND", "no such file or folder", { file: path });
  if (code === "EISDIR")
    return new ReconcilerError("BAD_DOCUMENT", "is a folder; expected a decision record file", {
      file: path,
    });
  if (code === "EACCES" || code === "EPERM")
    return new ReconcilerError("BAD_DOCUMENT", "permission denied reading the file", { file: path });
  return new ReconcilerError("BAD_DOCUMENT", `cannot read the file (${code || String(e)})`, { file: path });
}
