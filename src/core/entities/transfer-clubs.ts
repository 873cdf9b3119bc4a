/**
 * Football transfers: "joined Corwick from Brackley for £50m", "a £30m move from Halsey to Dunmore", "signed on loan
 * from Ostend". In a sentence that reports a transfer (a transfer word with a fee, a price or a loan) in a sports
 * report or next to a player's role, a town written where a club stands (after "from", "joined", "to" after
 * "from …", before "signed") is the club, not the town. Countries stay places ("signed from Brazil").
 */
import type { Doc } from '../doc/document';
import { TEAM_ROLES } from '../lexicon/words';

/** Words that report a player changing clubs. */
const TRANSFER_WORDS: ReadonlySet<string> = new Set([
  'signed', 'sign', 'signs', 'signing', 'joined', 'joins', 'join', 'joining', 'transfer', 'transferred', 'move', 'moved',
  'moves', 'loan', 'loaned', 'fee', 'deal', 'bid',
]);

/** Roles of players, besides {@link TEAM_ROLES}. */
const PLAYER_WORDS: ReadonlySet<string> = new Set(['winger', 'forward', 'full-back', 'centre-back', 'center-back', 'playmaker', 'footballer', 'youngster', 'teenager', 'international']);

/** Words right before a club's name in a transfer ("from", "joined"). */
const CLUB_BEFORE: ReadonlySet<string> = new Set(['from', 'joined', 'joins', 'join', 'joining']);

/** Words right after a club's name in a transfer ("Dunmore signed the striker"). */
const CLUB_AFTER: ReadonlySet<string> = new Set(['signed', 'sign', 'signs']);

/** A price ("£50m", "€30 million", "$12m", "50 million pounds") or a fee or a loan. */
const PRICE = /[£€$]\s?\d|\d\s?(?:m|bn|million|billion)?\s?(?:pounds|euros|dollars)\b|\b(?:fee|loan)\b/i;

/**
 * True when tokens [i, j) name a club in a transfer: the sentence reports one, and the name stands in a club's slot.
 * @param sports - true when the document reads as a sports report (asked only for a name in a club's slot).
 */
export function transferClubAt(doc: Doc, i: number, j: number, sports: () => boolean): boolean {
  const s = doc.sentenceOf[i];
  if (!slot(doc, i, j, s)) return false;
  let known = transferSentences.get(doc);
  if (!known) transferSentences.set(doc, (known = new Map()));
  let answer = known.get(s);
  if (answer === undefined) known.set(s, (answer = reportsTransfer(doc, s, sports)));
  return answer;
}

/** Per document, the sentences already read by {@link reportsTransfer} (a long sentence is read once). */
const transferSentences = new WeakMap<Doc, Map<number, boolean>>();

/** True when sentence `s` reports a transfer: a transfer word, a price, fee or loan, and a player or a sports report. */
function reportsTransfer(doc: Doc, s: number, sports: () => boolean): boolean {
  const first = doc.sentences.first[s];
  const last = doc.sentences.last[s];
  let transfer = false;
  let player = false;
  for (let t = first; t <= last && !(transfer && player); t++) {
    const f = doc.fold(t);
    if (TRANSFER_WORDS.has(f)) transfer = true;
    else if (TEAM_ROLES.has(f) || PLAYER_WORDS.has(f)) player = true;
  }
  if (!transfer || !(player || sports())) return false;
  return PRICE.test(doc.text.slice(doc.start(first), doc.end(last)));
}

/** The name over [i, j) stands where a transfer names a club. */
function slot(doc: Doc, i: number, j: number, s: number): boolean {
  const before = i > 0 && doc.sentenceOf[i - 1] === s ? doc.fold(i - 1) : '';
  if (CLUB_BEFORE.has(before)) return true;
  // "from Halsey to Dunmore": "to" after a club read after "from".
  if (before === 'to' && i >= 3) {
    for (let t = i - 2; t >= Math.max(doc.sentences.first[s], i - 5); t--) if (doc.fold(t) === 'from') return true;
  }
  let a = j;
  if (a < doc.n && doc.sentenceOf[a] === s && (doc.fold(a) === 'have' || doc.fold(a) === 'has')) a++;
  return a < doc.n && doc.sentenceOf[a] === s && CLUB_AFTER.has(doc.fold(a));
}
