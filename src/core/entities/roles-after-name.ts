/**
 * Roles written after a name that the title and appositive readers do not cover:
 * - an occupation in an appositive ("Kevin Dore, a meteorologist at the weather service,", "Ana Ruiz, a
 *   nurse in Leeds,"): who the person is, though no office ("official" stays false);
 * - an appointment ("named Lena Holm foreign secretary", "appointed Ivo Kral as chief of staff"): an office.
 */
import type { Doc } from '../doc/document';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/words';

/** Occupations that are no office, read in an appositive after a name. */
const OCCUPATIONS = new Set(`
  teacher nurse doctor surgeon physician dentist pharmacist paramedic midwife firefighter farmer fisherman
  shopkeeper baker butcher driver pilot engineer mechanic electrician plumber builder carpenter miner worker
  owner student resident volunteer historian meteorologist seismologist volcanologist epidemiologist virologist
  economist lawyer attorney solicitor barrister journalist reporter photographer activist campaigner researcher
  scientist academic lecturer professor curator librarian architect designer artist musician singer actor actress
  writer author poet novelist filmmaker director producer chef waiter cleaner guard soldier veteran pensioner
  retiree shop-owner landlord tenant commuter fan supporter witness survivor organiser organizer analyst
`.trim().split(/\s+/));

/** Scientists named by their field ("astronomer", "geologist", "physicist"). */
const FIELD_WORKER = /^[a-z]{3,}(?:ologist|onomer|icist)$/;

/** True when the folded word names an occupation that is no office ("nurse", "shopkeeper", "astronomer"). */
export function isOccupation(word: string): boolean {
  return OCCUPATIONS.has(word) || FIELD_WORKER.test(word);
}

/** Words that may stand before an occupation inside the appositive ("a senior", "a local", "a 34-year-old"). */
const OCCUPATION_MODIFIERS = new Set(`
  senior junior chief head local retired former veteran young trainee lead leading independent freelance
  well-known prominent award-winning staff science political
`.trim().split(/\s+/));

/** An age written as one word ("34-year-old"). */
const AGE = /^\d+-year-old$/;

/** Verbs of appointment that take the person then the office ("named X foreign secretary"). */
const APPOINTING = new Set(['named', 'appointed', 'nominated', 'made', 'elected', 'picked', 'chose', 'tapped', 'names', 'appoints', 'nominates', 'confirmed']);

/** A role read after a name, in token indices (`roleJ` exclusive). */
export interface RoleAfterName {
  roleI: number;
  roleJ: number;
  /** True for an office (appointment), false for an occupation. */
  office: boolean;
  /** First token of an organisation or place named after "at", "for", "with", "of" or "in", if any. */
  affiliationAt?: number;
}

/**
 * The occupation in an appositive right after a name ending at token `j` (exclusive):
 * ", a/an [modifiers] OCCUPATION [at|for|with|of|in …]". Undefined when there is none.
 */
export function occupationAfter(doc: Doc, j: number): RoleAfterName | undefined {
  if (j + 2 >= doc.n || doc.fold(j) !== ',') return undefined;
  const s = doc.sentenceOf[j];
  let k = j + 1;
  const det = doc.fold(k);
  if (det !== 'a' && det !== 'an') return undefined;
  k++;
  const limit = Math.min(doc.n, k + 4);
  let t = k;
  while (t < limit && doc.sentenceOf[t] === s && (OCCUPATION_MODIFIERS.has(doc.fold(t)) || AGE.test(doc.fold(t)))) t++;
  // "a shop assistant", "a bus driver": one lower-case noun before the occupation belongs to it.
  if (t + 1 < doc.n && !isOccupation(doc.fold(t)) && doc.word(t) && !doc.cap(t) && isOccupation(doc.fold(t + 1))) t++;
  if (t >= doc.n || doc.sentenceOf[t] !== s || !isOccupation(doc.fold(t))) return undefined;
  let head = t;
  while (head + 1 < doc.n && doc.sentenceOf[head + 1] === s && isOccupation(doc.fold(head + 1))) head++;
  const after = head + 1 < doc.n && doc.sentenceOf[head + 1] === s ? doc.fold(head + 1) : '';
  if (after && after !== ',' && after !== '.' && after !== ';' && after !== 'at' && after !== 'for' && after !== 'with' && after !== 'of' && after !== 'in' && after !== 'from' && after !== 'who' && after !== 'said' && after !== 'told') return undefined;
  // Age words open the phrase but are no part of the occupation ("a 34-year-old nurse" → "nurse").
  let from = k;
  while (from < head && AGE.test(doc.fold(from))) from++;
  const out: RoleAfterName = { roleI: from, roleJ: head + 1, office: false };
  if (after === 'at' || after === 'for' || after === 'with' || after === 'of' || after === 'in' || after === 'from') {
    let a = head + 2;
    if (a < doc.n && doc.fold(a) === 'the') a++;
    if (a < doc.n && doc.sentenceOf[a] === s && doc.cap(a)) out.affiliationAt = a;
  }
  return out;
}

/**
 * The office after an appointment verb and the name starting at token `i` and ending at `j` (exclusive):
 * "named Lena Holm foreign secretary", "appointed Ivo Kral as his chief of staff", "confirmed Kwame Mensah as the new
 * central bank governor", and in the passive after the name: "Tom Reyes has been elected mayor of Springfield",
 * "Maria Lopez, who was appointed finance minister". An "of" body or place after the office is its affiliation.
 * Undefined when there is none.
 */
export function appointedAs(doc: Doc, i: number, j: number): RoleAfterName | undefined {
  if (j >= doc.n) return undefined;
  const s = doc.sentenceOf[i];
  let k = -1;
  if (i >= 1 && APPOINTING.has(doc.fold(i - 1)) && doc.sentenceOf[i - 1] === s) k = j;
  else k = passiveAppointment(doc, j);
  if (k < 0) return undefined;
  if (doc.fold(k) === 'as') k++;
  if (k < doc.n && DETERMINERS.has(doc.fold(k))) k++;
  if (k < doc.n && NEW_WORDS.has(doc.fold(k))) k++;
  const roleI = k;
  let head = -1;
  for (let t = k; t < doc.n && t < k + 4 && doc.sentenceOf[t] === s; t++) {
    const f = doc.fold(t);
    if (TITLE_HEADS.has(f)) head = t;
    else if (!TITLE_MODIFIERS.has(f)) break;
  }
  if (head < 0) return undefined;
  let roleJ = head + 1;
  // "chief of staff", "secretary of state": a short lower-case "of" complement stays with the office.
  if (roleJ + 1 < doc.n && doc.fold(roleJ) === 'of' && doc.sentenceOf[roleJ + 1] === s && (doc.fold(roleJ + 1) === 'staff' || doc.fold(roleJ + 1) === 'state')) roleJ += 2;
  const out: RoleAfterName = { roleI, roleJ, office: true };
  // "chief executive of Unilever", "mayor of Springfield": the body or the place the office belongs to.
  let a = roleJ;
  if (a + 1 < doc.n && doc.fold(a) === 'of' && doc.sentenceOf[a + 1] === s) {
    a++;
    if (a < doc.n && doc.fold(a) === 'the') a++;
    if (a < doc.n && doc.sentenceOf[a] === s && doc.cap(a)) out.affiliationAt = a;
  }
  return out;
}

/** Determiners and possessives before an office ("as its new chief executive"). */
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an']);

/** Words for an office's new holder ("its new chief executive", "the incoming president"). */
const NEW_WORDS = new Set(['new', 'incoming', 'next']);

/** Participles of appointment after an auxiliary ("was named", "has been elected"). */
const APPOINTED = new Set(['named', 'appointed', 'nominated', 'elected', 'made', 'picked', 'chosen', 'confirmed', 'tapped', 're-elected', 'reelected']);

/** Auxiliaries of the passive ("was", "has been", "will be"). */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'been', 'be']);

/**
 * After a name ending at `j` (exclusive), the token after a passive appointment ("has been elected", ", who was
 * named"), or -1.
 */
function passiveAppointment(doc: Doc, j: number): number {
  const s = doc.sentenceOf[j - 1];
  let k = j;
  if (k + 1 < doc.n && doc.fold(k) === ',' && doc.fold(k + 1) === 'who') k += 2;
  let aux = false;
  for (let t = k; t < doc.n && t < k + 3 && doc.sentenceOf[t] === s; t++) {
    const f = doc.fold(t);
    if (PASSIVE_AUX.has(f)) {
      aux = true;
      continue;
    }
    if (f === 'has' || f === 'had' || f === 'have' || f === 'will' || f === 'would' || f === 'newly' || f === 'also') continue;
    if (aux && APPOINTED.has(f)) return t + 1 < doc.n && doc.sentenceOf[t + 1] === s ? t + 1 : -1;
    return -1;
  }
  return -1;
}

/** Verbs of running a body after "who" ("who heads the central bank"), and the role each makes. */
const HEADING_VERBS: Readonly<Record<string, string>> = {
  heads: 'head', leads: 'leader', runs: 'head', chairs: 'chair', directs: 'director', manages: 'manager',
  founded: 'founder', 'co-founded': 'co-founder', owns: 'owner', commands: 'commander', coaches: 'coach',
};

/** A role read from ", who heads the Czech central bank,": the role word and the body's tokens. */
export interface HeadedBody {
  /** The role the verb makes ("head", "leader"). */
  role: string;
  /** The verb's token. */
  verb: number;
  /** The body's tokens [bodyI, bodyJ), "the" included. */
  bodyI: number;
  bodyJ: number;
}

/**
 * ", who heads the Czech central bank," after a name ending at token `j` (exclusive): the role ("head") and
 * the body it heads, up to a comma, a full stop, "and", a preposition of time or place (eight words at most).
 */
export function whoHeads(doc: Doc, j: number): HeadedBody | undefined {
  if (j + 3 >= doc.n || doc.fold(j) !== ',' || doc.fold(j + 1) !== 'who') return undefined;
  const s = doc.sentenceOf[j];
  const role = HEADING_VERBS[doc.fold(j + 2)];
  if (!role || doc.sentenceOf[j + 2] !== s) return undefined;
  const bodyI = j + 3;
  let e = bodyI;
  while (e < doc.n && e < bodyI + 8 && doc.sentenceOf[e] === s && doc.word(e) && !BODY_STOPS.has(doc.fold(e))) e++;
  // A body is named: its last word a name or a noun, not a bare article ("who heads the").
  if (e === bodyI || (e === bodyI + 1 && doc.fold(bodyI) === 'the')) return undefined;
  return { role, verb: j + 2, bodyI, bodyJ: e };
}

/** Words that end the body's phrase after "who heads …". */
const BODY_STOPS = new Set(['and', 'since', 'for', 'until', 'after', 'when', 'which', 'who', 'said', 'says', 'told', 'in', 'on', 'at', 'from', 'last', 'this']);
