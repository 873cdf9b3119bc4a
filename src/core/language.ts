/**
 * A cheap language check: counts very frequent function words of English and of the languages
 * Backstory is most often shown instead (French, Spanish, Portuguese, German, Italian, Dutch) over the
 * first words of the text. Linear, allocation-light, deterministic.
 */

const LISTS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as by at from his her he she they this be are were has have had said not but an which who their will would',
  fr: 'le la les des est et une du que pour dans qui pas sur au avec ce il elle sont par plus ont été aux cette mais son ses',
  es: 'el los las del que por una con para en es se lo su al como más pero sus fue este esta ha ya muy también',
  pt: 'os da do das dos não uma com para em que se por mais como ao foi pelo pela seu sua são também ele ela nos já',
  de: 'der die das und ist nicht mit ein eine zu den von dem sich auf für im auch es des als wird sind bei nach aus noch wie',
  it: 'il di che della gli dei una per non sono con anche nel alla del più come questo sua suo ha stato',
  nl: 'het een van en de is dat niet op te zijn met voor wordt ook aan bij nog door maar werd',
};

const WORDS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(LISTS)) {
  for (const w of words.split(' ')) {
    const l = WORDS.get(w);
    if (l) l.push(lang);
    else WORDS.set(w, [lang]);
  }
}

/** How many words the check reads at most. */
const SAMPLE_WORDS = 600;

/**
 * Guesses the language of `text`.
 * @returns an ISO 639-1 code among en, fr, es, pt, de, it, nl, or `und` when there are too few words.
 */
export function detectLanguage(text: string): string {
  const scores: Record<string, number> = {};
  let words = 0;
  let hits = 0;
  let p = 0;
  const n = text.length;
  while (p < n && words < SAMPLE_WORDS) {
    let c = text.charCodeAt(p);
    while (p < n && !isLetter(c)) c = text.charCodeAt(++p);
    const s = p;
    while (p < n && isLetter(text.charCodeAt(p))) p++;
    if (p === s) break;
    words++;
    if (p - s > 12) continue;
    const w = text.slice(s, p).toLowerCase();
    const langs = WORDS.get(w);
    if (!langs) continue;
    hits++;
    for (const l of langs) scores[l] = (scores[l] ?? 0) + 1 / langs.length;
  }
  if (words < 8 || hits < 3) return 'und';
  let best = 'und';
  let bestScore = 0;
  for (const [l, v] of Object.entries(scores)) {
    if (v > bestScore) {
      best = l;
      bestScore = v;
    }
  }
  return best;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
