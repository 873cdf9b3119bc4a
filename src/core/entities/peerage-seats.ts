/**
 * "Meghan, Duchess of Sussex", "the Duke of Edinburgh", "the Earl of Wessex": a title of nobility names its
 * holder's seat, and the seat is a place. The tagger often reads the seat (or the whole title) as an
 * organisation, which then became the person's employer on the card ("Duchess of Sussex" at "Sussex").
 */
import type { Doc } from '../doc/document';
import type { TypedSpan } from '../types';

/** Titles of nobility written "<title> of <seat>" (not "lord" or "lady": "Lord of the Rings", "Lady of the Lake"). */
const PEERAGE_TITLES: ReadonlySet<string> = new Set([
  'duke', 'duchess', 'earl', 'countess', 'marquess', 'marquis', 'marchioness', 'viscount', 'viscountess',
  'baron', 'baroness', 'prince', 'princess', 'dukes', 'earls',
]);

/** Seats that are not places ("Prince of Darkness", "Princess of Pop"). */
const NOT_SEATS: ReadonlySet<string> = new Set(['darkness', 'peace', 'pop', 'power', 'thieves', 'tides', 'soul', 'swing', 'rock', 'heaven', 'hell', 'light']);

/**
 * The tagged spans with each one that is the seat of a title of nobility ("Sussex" after "Duchess of") or the
 * whole title ("Duke of Edinburgh") turned into a place over the seat's words. Returns `tagged` itself when
 * nothing changes.
 * @param range - token range [i, j) of a span, or undefined.
 */
export function peerageSeats(doc: Doc, tagged: readonly TypedSpan[], range: (span: TypedSpan) => [number, number] | undefined): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    if (span.type === 'LOC') continue;
    const r = range(span);
    if (!r) continue;
    let seat = -1;
    if (r[1] - r[0] >= 3 && titleOf(doc, r[0])) seat = r[0] + 2; // "Duke of Edinburgh" read whole
    else if (r[0] >= 2 && titleOf(doc, r[0] - 2) && doc.sentenceOf[r[0] - 2] === doc.sentenceOf[r[0]]) seat = r[0]; // "Sussex"
    if (seat < 0 || !doc.cap(seat) || doc.allCaps(seat) || NOT_SEATS.has(doc.fold(seat))) continue;
    out ??= tagged.slice();
    out[x] = { start: doc.start(seat), end: span.end, type: 'LOC' };
  }
  return out ?? tagged;
}

/** True when token `t` is a capitalised title of nobility followed by "of" (one space apart). */
function titleOf(doc: Doc, t: number): boolean {
  return t + 1 < doc.n && doc.cap(t) && !doc.allCaps(t) && PEERAGE_TITLES.has(doc.fold(t)) && doc.fold(t + 1) === 'of' && doc.start(t + 1) === doc.end(t) + 1;
}
