/**
 * A cheap language check: counts very frequent function words of English and of the languages
 * Backstory is most often shown instead (French, Spanish, Portuguese, German, Italian, Dutch) over the
 * first words of the text. Linear, allocation-light, deterministic.
 */
import { lowerSingleCode } from './tokenize-case';

/** The function words counted per language code, space-separated (exported for the reference test). */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as by at from his her he she they this be are were has have had said not but an which who their will would',
  fr: 'le la les des est et une du que pour dans qui pas sur au avec ce il elle sont par plus ont été aux cette mais son ses',
  es: 'el los las del que por una con para en es se lo su al como más pero sus fue este esta ha ya muy también',
  pt: 'os da do das dos não uma com para em que se por mais como ao foi pelo pela seu sua são também ele ela nos já',
  de: 'der die das und ist nicht mit ein eine zu den von dem sich auf für im auch es des als wird sind bei nach aus noch wie',
  it: 'il di che della gli dei una per non sono con anche nel alla del più come questo sua suo ha stato',
  nl: 'het een van en de is dat niet op te zijn met voor wordt ook aan bij nog door maar werd',
};

/** Language codes, in the order of {@link FUNCTION_WORDS}. */
const LANGS = Object.keys(FUNCTION_WORDS);
/** Index of English in {@link LANGS}. */
const EN = LANGS.indexOf('en');

/** A list word, its languages (indexes into {@link LANGS}) and the share each gets (1 / their count). */
interface Entry {
  word: string;
  langs: number[];
  share: number;
}

/** List words by a hash of their code units (see {@link wordHash}), so the scan builds no strings. */
const WORDS = new Map<number, Entry[]>();
{
  const byWord = new Map<string, Entry>();
  LANGS.forEach((lang, li) => {
    for (const w of FUNCTION_WORDS[lang].split(' ')) {
      const e = byWord.get(w);
      if (e) e.langs.push(li);
      else byWord.set(w, { word: w, langs: [li], share: 0 });
    }
  });
  for (const e of byWord.values()) {
    e.share = 1 / e.langs.length;
    let h = 0;
    for (let k = 0; k < e.word.length; k++) h = wordHash(h, e.word.charCodeAt(k));
    const bucket = WORDS.get(h);
    if (bucket) bucket.push(e);
    else WORDS.set(h, [e]);
  }
}

/** Folds one code unit into a small (Smi) word hash. */
function wordHash(h: number, c: number): number {
  return (Math.imul(h ^ c, 0x01000193) >>> 2) & 0x3fffffff;
}

/** How many words the check reads at most. */
const SAMPLE_WORDS = 600;

/**
 * Guesses the language of `text`.
 * @returns an ISO 639-1 code among en, fr, es, pt, de, it, nl, or `und` when there are too few words.
 */
export function detectLanguage(text: string): string {
  const scores = new Float64Array(LANGS.length);
  /** Languages in the order they first scored (ties go to the first). */
  const order: number[] = [];
  let words = 0;
  let hits = 0;
  let p = 0;
  const n = text.length;
  while (p < n && words < SAMPLE_WORDS) {
    let c = text.charCodeAt(p);
    while (p < n && !isLetter(c)) c = text.charCodeAt(++p);
    const s = p;
    let h = 0;
    // isLetter, lowerSingleCode and wordHash written out for ASCII letters: a cold first call runs this loop
    // interpreted, where the calls cost more than the work.
    for (; p < n; p++) {
      c = text.charCodeAt(p);
      let lower: number;
      if (c >= 97 && c <= 122) lower = c;
      else if (c >= 65 && c <= 90) lower = c + 32;
      else if (isLetter(c)) lower = lowerSingleCode(c);
      else break;
      h = (Math.imul(h ^ lower, 0x01000193) >>> 2) & 0x3fffffff;
    }
    if (p === s) break;
    words++;
    if (p - s > 12) continue;
    const e = entryAt(text, s, p, h);
    if (!e) continue;
    hits++;
    for (const l of e.langs) {
      if (scores[l] === 0) order.push(l);
      scores[l] += e.share;
    }
  }
  if (words < 8 || hits < 3) return 'und';
  let best = 'und';
  let bestScore = 0;
  for (const l of order) {
    if (scores[l] > bestScore) {
      best = LANGS[l];
      bestScore = scores[l];
    }
  }
  // A short English text can hold a few words of another list ("met", "door"); another language wins only with
  // twice English's score and two words more, so an English article is never skipped on thin evidence.
  const en = scores[EN];
  if (best !== 'en' && en > 0 && bestScore < 2 * en + 2) return 'en';
  return best;
}

/** The list word that `text[s..e)` lower-cases to, if any. */
function entryAt(text: string, s: number, e: number, h: number): Entry | undefined {
  const bucket = WORDS.get(h);
  if (!bucket) return undefined;
  for (const entry of bucket) {
    const w = entry.word;
    if (w.length !== e - s) continue;
    let k = 0;
    while (k < w.length && lowerSingleCode(text.charCodeAt(s + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return entry;
  }
  return undefined;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
