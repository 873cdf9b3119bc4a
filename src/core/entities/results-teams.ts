/**
 * Results lists in sports reports: "1. Anna Vessel (Italy) Kestrel Yamaha 1:41.220", "3. Tom Brink ( U.S. ) ,
 * Tessel Ford , 55.120". After a ranked competitor's name and a bracketed country, the capitalised words up to the
 * time, the score or the line's end are the competitor's team, car or maker: an organisation, not a person or a
 * place.
 */
import { lineBreakBefore, type Doc } from '../doc/document';

/** Longest team name read, in tokens. */
const MAX_TEAM = 4;

/**
 * Token ranges [i, j) of team names after "<rank>. <name> ( <country> ) [,]" at the start of a line.
 * @param countryEnd - the end (exclusive) of a country's name starting at token `t`, or -1.
 */
export function teamsAfterNationality(doc: Doc, countryEnd: (t: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 2; k + 3 < doc.n; k++) {
    if (doc.fold(k) !== '(' || !doc.cap(k - 1) || lineBreakBefore(doc, k)) continue;
    const c = countryEnd(k + 1);
    if (c < 0 || c >= doc.n || doc.fold(c) !== ')') continue;
    if (!rankedLine(doc, k)) continue;
    let t = c + 1;
    if (t < doc.n && doc.fold(t) === ',' && !lineBreakBefore(doc, t)) t++;
    let u = t;
    while (u < doc.n && u < t + MAX_TEAM && !lineBreakBefore(doc, u) && doc.word(u) && doc.cap(u)) u++;
    if (u === t) continue;
    // "2. Ann Reed ( Sweden ) , Ivo Marek ( Czech Republic )": another competitor with a country, not a team.
    if (u < doc.n && doc.fold(u) === '(') continue;
    // The team ends the line or comes before a time, a score or a comma ("Kestrel Yamaha 1:41.220", "…, 55.120").
    if (u < doc.n && !lineBreakBefore(doc, u) && doc.word(u) && doc.fold(u) !== 'same' && doc.fold(u) !== 'one') continue;
    out.push([t, u]);
    k = u - 1;
  }
  return out;
}

/** True when the line holding token `k` opens with a rank ("1." or "12") and capitalised name words up to `k`. */
function rankedLine(doc: Doc, k: number): boolean {
  let a = k - 1;
  while (a > 0 && !lineBreakBefore(doc, a)) a--;
  if (!/^\d{1,3}$/.test(doc.raw(a))) return false;
  let b = a + 1;
  if (b < k && doc.fold(b) === '.') b++;
  if (b >= k) return false;
  for (let t = b; t < k; t++) if (doc.word(t) && !doc.cap(t) && doc.fold(t).length > 3) return false; // particles only ("de", "van")
  return true;
}
