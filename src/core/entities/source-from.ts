/**
 * "a statement from Zorvex", "analysts from Kelvara", "a spokesperson from the Norvik Group": a name after the
 * "from" of something said or written speaks, so it is an organisation (or a person), not a place, though
 * "from" usually opens a place. The caller keeps gazetteer places ("a report from Kabul").
 */
import type { Doc } from '../doc/document';

/** Nouns of something said or written, or of the people who say it, that take their source with "from". */
const SOURCE_NOUNS = new Set([
  'statement', 'statements', 'comment', 'comments', 'response', 'responses', 'reply', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'representative', 'representatives', 'executive', 'executives', 'lawyer', 'lawyers',
  'email', 'emails', 'letter', 'announcement', 'filing', 'report', 'data', 'figures', 'analysts', 'analyst', 'memo',
]);

/** True when token `i` follows "<source noun> from" (optionally "the") in its sentence. */
export function afterSourceFrom(doc: Doc, i: number): boolean {
  let k = i - 1;
  if (k >= 0 && doc.fold(k) === 'the') k--;
  if (k < 1 || doc.fold(k) !== 'from') return false;
  const s = doc.sentenceOf[i];
  return doc.sentenceOf[k - 1] === s && SOURCE_NOUNS.has(doc.fold(k - 1));
}
