/**
 * Document-level metrics of the engine, appended by `npm run eval` to the NER table:
 * - the seed article against its hand-made gold (`../shared/seed/expected.json`);
 * - role accuracy on GUM news titled persons (`title` spans of `../shared/corpus/ner/gum-news.jsonl`);
 * - direct-quote attribution accuracy on PolNeAR dev (`../shared/corpus/attribution/polnear-dev.jsonl`);
 * - pairwise F1 of grouping proper-name person mentions, against GUM coreference ids.
 * Each row skips (value NaN, with the reason in `detail`) when its data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, quoteAttributions } from '../../src/core/index';
import type { Analysis } from '../../src/core/types';
import { checkGold, type Gold } from './seed-gold';

/** One metric row. */
export interface MetricRow {
  name: string;
  value: number;
  target: number;
  detail?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder (`../shared` next to the repository), or undefined when absent. */
export function sharedDir(): string | undefined {
  const candidates = [path.resolve(repoRoot, '../shared'), path.resolve(process.cwd(), '../shared')];
  return candidates.find((d) => existsSync(d));
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Seed article: share of gold checks passed. */
export function seedMetric(shared: string): MetricRow {
  const text = readFileSync(path.join(shared, 'seed/un-security-council-north-korean-missiles.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(path.join(shared, 'seed/expected.json'), 'utf8')) as Gold;
  const r = checkGold(gold, analyze(text));
  const value = r.checks ? (100 * (r.checks - r.failures.length)) / r.checks : 0;
  return {
    name: 'seed article gold checks passed (%)',
    value: round(value),
    target: 100,
    detail: r.failures.length ? r.failures.slice(0, 8).join('; ') : `${r.checks} checks, all passed`,
  };
}

interface GumEntity {
  start: number;
  end: number;
  type: string;
  eid: string;
  title?: { start: number; end: number; text: string };
  title_only?: boolean;
}
interface GumDoc {
  id: string;
  text: string;
  entities: GumEntity[];
}

/** Honorifics that GUM marks as titles but that are not roles. */
const HONORIFIC_TITLE = /^(mr|mrs|ms|miss|dr|sir|madam)\.?$/i;

/** Head word of an engine role: the last word before its complement ("Ambassador to the UN" → "ambassador"). */
function roleHead(role: string): string {
  return lastWord(role.split(/\s(?:to|of|for|at|in|on)\s/)[0]);
}

function lastWord(s: string): string {
  const w = s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/);
  return w[w.length - 1] ?? '';
}

/**
 * Role accuracy: for each GUM name with a pre-nominal title (honorifics left out), the person found at
 * that name must carry a role whose head word is the title's head word ("U.S. President" → "President").
 */
export function roleMetric(docs: GumDoc[], analyses: Analysis[]): MetricRow {
  let total = 0;
  let right = 0;
  const misses: string[] = [];
  docs.forEach((d, k) => {
    for (const e of d.entities) {
      if (e.type !== 'PER' || !e.title || HONORIFIC_TITLE.test(e.title.text.trim())) continue;
      total++;
      const person = analyses[k].people.find((p) => p.mentions.some((m) => overlaps(m, e)));
      const role = person?.role?.value ?? '';
      if (role && roleHead(role) === lastWord(e.title.text)) right++;
      else if (misses.length < 6) misses.push(`${e.title.text} ${d.text.slice(e.start, e.end)} → ${role || (person ? 'no role' : 'no person')}`);
    }
  });
  return {
    name: 'GUM titled persons with the right role (%)',
    value: total ? round((100 * right) / total) : NaN,
    target: 90,
    detail: `${right}/${total}` + (misses.length ? `; misses: ${misses.join('; ')}` : ''),
  };
}

/**
 * Pairwise F1 of person-name grouping: over GUM proper-name PER mentions (title-only ones left out),
 * pairs in one coreference chain against pairs that land in one engine person.
 */
export function corefMetric(docs: GumDoc[], analyses: Analysis[]): MetricRow {
  let tp = 0;
  let goldPairs = 0;
  let predPairs = 0;
  docs.forEach((d, k) => {
    const ments = d.entities.filter((e) => e.type === 'PER' && !e.title_only);
    const pred = ments.map((e, idx) => {
      const p = analyses[k].people.find((x) => x.mentions.some((m) => overlaps(m, e)));
      return p ? p.id : `none${idx}`;
    });
    for (let a = 0; a < ments.length; a++) {
      for (let b = a + 1; b < ments.length; b++) {
        const g = ments[a].eid === ments[b].eid;
        const p = pred[a] === pred[b];
        if (g) goldPairs++;
        if (p) predPairs++;
        if (g && p) tp++;
      }
    }
  });
  const precision = predPairs ? tp / predPairs : 0;
  const recall = goldPairs ? tp / goldPairs : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    name: 'GUM person-name grouping, pairwise F1',
    value: round(100 * f1),
    target: 90,
    detail: `P ${round(100 * precision)} R ${round(100 * recall)} (${tp}/${predPairs} predicted, ${goldPairs} gold pairs)`,
  };
}

interface PolSpan {
  start: number;
  end: number;
  text: string;
}
interface PolDoc {
  id: string;
  text: string;
  attributions: Array<{ kind: string; source: PolSpan[]; cue: PolSpan[]; content: PolSpan[] }>;
}

const QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u2018\u2019`';

/** True when a content span is a direct quote: quotation marks at (or right outside) its edges; two apostrophes count as one mark (archive style ''…''). */
function isDirect(text: string, c: PolSpan): boolean {
  let s = c.start;
  while (s < c.end && /\s/.test(text[s])) s++;
  let e = c.end;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const open = QUOTE_MARKS.includes(text[s] ?? '') || QUOTE_MARKS.includes(text[s - 1] ?? '') || text.startsWith("''", s) || text.startsWith("''", s - 2);
  const close = QUOTE_MARKS.includes(text[e - 1] ?? '') || QUOTE_MARKS.includes(text[e] ?? '') || /[,.]/.test(text[e - 1] ?? '') && QUOTE_MARKS.includes(text[e] ?? '') || text.startsWith("''", e - 2) || text.startsWith("''", e);
  return open && close;
}

/**
 * Direct-quote attribution on PolNeAR dev: for each annotated direct quote with a source, the engine's
 * quote over the same words must name a speaker span that overlaps the annotated source.
 */
export function attributionMetric(docs: PolDoc[]): MetricRow {
  let total = 0;
  let right = 0;
  let found = 0;
  for (const d of docs) {
    const quotes = quoteAttributions(d.text);
    for (const at of d.attributions) {
      if (!at.source.length) continue;
      const direct = at.content.filter((c) => isDirect(d.text, c));
      if (!direct.length) continue;
      total++;
      // The engine quote sharing the most characters with the annotated content.
      let best: (typeof quotes)[number] | undefined;
      let bestOverlap = 0;
      for (const q of quotes) {
        let o = 0;
        for (const c of direct) o += Math.max(0, Math.min(q.span.end, c.end) - Math.max(q.span.start, c.start));
        if (o > bestOverlap) {
          best = q;
          bestOverlap = o;
        }
      }
      if (!best?.speaker) continue;
      found++;
      if (at.source.some((s) => overlaps(s, best!.speaker!))) right++;
    }
  }
  return {
    name: 'PolNeAR dev direct quotes attributed to the right speaker (%)',
    value: total ? round((100 * right) / total) : NaN,
    target: 85,
    detail: `${right}/${total} right, ${found} attributed`,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function skipped(name: string, target: number, why: string): MetricRow {
  return { name, value: NaN, target, detail: `skipped: ${why}` };
}

/** All document metrics. */
export async function docMetrics(): Promise<MetricRow[]> {
  const shared = sharedDir();
  if (!shared) {
    const why = '../shared not found';
    return [
      skipped('seed article gold checks passed (%)', 100, why),
      skipped('GUM titled persons with the right role (%)', 90, why),
      skipped('GUM person-name grouping, pairwise F1', 90, why),
      skipped('PolNeAR dev direct quotes attributed to the right speaker (%)', 85, why),
    ];
  }
  const rows: MetricRow[] = [];
  rows.push(existsSync(path.join(shared, 'seed/expected.json')) ? seedMetric(shared) : skipped('seed article gold checks passed (%)', 100, 'seed absent'));
  const gumFile = path.join(shared, 'corpus/ner/gum-news.jsonl');
  if (existsSync(gumFile)) {
    const docs = readJsonl<GumDoc>(gumFile);
    const analyses = docs.map((d) => analyze(d.text, { ignoreLanguage: true }));
    rows.push(roleMetric(docs, analyses), corefMetric(docs, analyses));
  } else {
    rows.push(skipped('GUM titled persons with the right role (%)', 90, 'gum-news.jsonl absent'), skipped('GUM person-name grouping, pairwise F1', 90, 'gum-news.jsonl absent'));
  }
  const polFile = path.join(shared, 'corpus/attribution/polnear-dev.jsonl');
  rows.push(existsSync(polFile) ? attributionMetric(readJsonl<PolDoc>(polFile)) : skipped('PolNeAR dev direct quotes attributed to the right speaker (%)', 85, 'polnear-dev.jsonl absent'));
  return rows;
}
