/**
 * Datelines: the place a news story was filed from, printed at the start of its first paragraph and
 * followed by a dash ("GENEVA — …", "LAGOS, Nigeria – …", "OTTAWA (Reuters) - …"). The place there is
 * where the reporter stood, never a team or a government, even when the tagger reads the capitals as an
 * organisation.
 */
import { lineBreakBefore, type Doc } from '../doc/document';

/** Dash tokens that end a dateline, as the tokenizer folds them. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--', '―']);

/** At most this many tokens of a region or country after the comma ("Kyiv, Ukraine", "Austin, Texas"). */
const MAX_REGION_TOKENS = 3;
/** At most this many tokens inside the agency's brackets ("(AP)", "(Thomson Reuters Foundation)"). */
const MAX_AGENCY_TOKENS = 4;

/** True when token `i` starts the text or a line. */
function startsLine(doc: Doc, i: number): boolean {
  return i === 0 || lineBreakBefore(doc, i);
}

/** True when token `k` is on the same line as token `k - 1`. */
function sameLine(doc: Doc, k: number): boolean {
  return k < doc.n && !lineBreakBefore(doc, k);
}

/**
 * True when tokens [i, j) open a dateline: they start a line, and after them, on the same line, come an
 * optional ", Region" of capitalised words, an optional "(Agency)", and a dash.
 */
export function opensDateline(doc: Doc, i: number, j: number): boolean {
  if (!startsLine(doc, i)) return false;
  let k = j;
  if (sameLine(doc, k) && doc.fold(k) === ',') {
    let m = k + 1;
    while (m < doc.n && m - k - 1 < MAX_REGION_TOKENS && sameLine(doc, m) && doc.cap(m)) m++;
    if (m === k + 1) return false;
    k = m;
  }
  if (sameLine(doc, k) && doc.fold(k) === '(') {
    let m = k + 1;
    while (m < doc.n && m - k - 1 < MAX_AGENCY_TOKENS && sameLine(doc, m) && doc.fold(m) !== ')') m++;
    if (m >= doc.n || doc.fold(m) !== ')' || m === k + 1) return false;
    k = m + 1;
  }
  return sameLine(doc, k) && DATELINE_DASHES.has(doc.fold(k));
}
