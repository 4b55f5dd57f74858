import { scanMoney } from "../money/scan-money";
import type { DecisionDocument } from "./decision-document";
import { findDecisionRefs, findOwnRef } from "./decision-ref";
import { readParagraphs } from "./read-paragraphs";
import { readSections } from "./read-sections";
import { readSignatures } from "./read-signatures";
import { readTables } from "./read-table";
import { textLines } from "./text-lines";

/**
 * Reads the structure of a decision's text once, for the field extractor and the checks alike: sections by heading,
 * numbered paragraphs, signature blocks with role and date, tables, every money figure and every decision
 * reference. Never throws on any text; every span and quote refers to `text` as given.
 */
export function readDecisionDocument(text: string, file: string): DecisionDocument {
  const lines = textLines(text);
  const sections = readSections(text, lines);
  const paragraphs = readParagraphs(text, lines, sections);
  const signatures = readSignatures(text, lines, sections);
  const tables = readTables(text, lines);
  const money = scanMoney(text);
  const refs = findDecisionRefs(text);
  const own = findOwnRef(text, refs, lines);
  return { file, text, sections, paragraphs, signatures, tables, money, ref: own?.ref ?? null, refs };
}
