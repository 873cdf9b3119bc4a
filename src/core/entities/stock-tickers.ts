/**
 * "Boeing (NYSE: BA)", "Halvard Mining (ASX: HVM) said": a stock exchange's code, a colon and a ticker in brackets
 * quote a company's shares. The quote is page furniture, no mention: the ticker is no organisation "BA", and the
 * exchange is not the body a chief executive named next belongs to. The name right before the brackets is the
 * company's, whatever the tagger read ("Halvard Mining" a person).
 * Several listings may share the brackets ("(LSE: RIO; ASX: RIO)", "(NYSE American: XYZ)").
 */
import type { Doc } from '../doc/document';
import { STOCK_EXCHANGE_CODES } from '../lexicon/words';

/** The ticker quotes of a document. */
export interface TickerQuotes {
  /** 1 for the tokens of a quote's exchange codes and tickers ("NYSE", "BA", "BRK.B", "7203"). */
  quoted: Uint8Array;
  /** Tokens of opening brackets that hold a ticker quote, after a company's name. */
  opens: Set<number>;
}

/** Words that may follow an exchange's code before the colon ("NYSE American", "NYSE Arca"). */
const EXCHANGE_SEGMENTS: ReadonlySet<string> = new Set(['american', 'arca', 'mkt', 'growth']);
/** Quick test of the text before any token is read. */
const QUOTE_SHAPE = /\(\s*[A-Za-z][\w-]*(?:\s+[A-Za-z]+)?\s*:\s*[A-Z0-9]/;

/** The ticker quotes of `doc` (see the module comment); undefined when it has none. */
export function tickerQuotes(doc: Doc): TickerQuotes | undefined {
  if (!QUOTE_SHAPE.test(doc.text)) return undefined;
  let out: TickerQuotes | undefined;
  for (let o = 0; o + 3 < doc.n; o++) {
    if (doc.raw(o) !== '(') continue;
    const s = doc.sentenceOf[o];
    let k = o + 1;
    let quoted = false;
    // One listing or more: CODE [segment] ":" TICKER, separated by ";" or ",".
    for (;;) {
      if (k >= doc.n || doc.sentenceOf[k] !== s || !STOCK_EXCHANGE_CODES.has(doc.fold(k))) break;
      const code = k++;
      if (k < doc.n && EXCHANGE_SEGMENTS.has(doc.fold(k))) k++;
      if (k + 1 >= doc.n || doc.raw(k) !== ':' || !tickerWord(doc.raw(k + 1))) break;
      out ??= { quoted: new Uint8Array(doc.n), opens: new Set<number>() };
      out.quoted.fill(1, code, k);
      k++;
      while (k < doc.n && doc.sentenceOf[k] === s && (tickerWord(doc.raw(k)) || doc.raw(k) === '.')) out.quoted[k++] = 1;
      quoted = true;
      if (k < doc.n && (doc.raw(k) === ';' || doc.raw(k) === ',')) k++;
      else break;
    }
    if (quoted && out && k < doc.n && doc.raw(k) === ')') out.opens.add(o);
  }
  return out;
}

/** A ticker's word: capitals, digits and inner dots or hyphens ("BA", "BRK.B", "7203", "RDS-A"). */
function tickerWord(raw: string): boolean {
  return /^[A-Z0-9][A-Z0-9.-]{0,9}$/.test(raw);
}
