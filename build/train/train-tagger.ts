/**
 * Trains the tagger (averaged perceptron, greedy BILOU decoding, hashed features) from
 * `../shared/corpus/train/*.jsonl` ONLY, and writes the quantised, pruned weights to
 * `assets/engine/tagger-model.bin` (format "BST4", src/core/tagger/model.ts) and the name lexicon to
 * `assets/engine/tagger-names.bin` (src/core/tagger/lexicon.ts): the engine's data files (src/core/data.ts).
 *
 * Usage: `nice npm run train -- [--epochs N] [--min-weight Q] [--out-dir DIR]`
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { tokenize } from '../../src/core/tokenize';
import { sentenceRanges } from '../../src/core/sentences';
import { prepareDocument, lowHash, NameClass, type DocFeatures } from '../../src/core/tagger/features';
import { encodeLexicon } from '../../src/core/tagger/lexicon';
import { allLocales } from '@faker-js/faker';
import { decodeTags, emissionScores, transitionKey, transitionScores, viterbi } from '../../src/core/tagger/decode';
import { MAX_FEATURES, staticFeatures } from '../../src/core/tagger/features';
import { PackedModel, encodeModel, type Scorer } from '../../src/core/tagger/model';
import { ENTITY_TYPES, TAG_COUNT, Part, tagOf } from '../../src/core/tagger/tags';
import { ENGINE_FILES, setEngineDataSource } from '../../src/core/data';
import { augmentations } from './augment';

const root = path.resolve(import.meta.dirname ?? '.', '../..');
const repoRoot = existsSync(path.join(process.cwd(), 'package.json')) ? process.cwd() : root;
const trainDir = path.resolve(repoRoot, '../shared/corpus/train');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}
const EPOCHS = Number(arg('--epochs', '10'));
const MIN_W = Number(arg('--min-weight', '4'));
const OUT_DIR = path.resolve(repoRoot, arg('--out-dir', 'assets/engine'));
const OUT = path.join(OUT_DIR, ENGINE_FILES.taggerModel);
const OUT_NAMES = path.join(OUT_DIR, ENGINE_FILES.taggerNames);
// The features read the gazetteer (assets/engine/gazetteer-*.txt); the tagger's own files are what this
// writes, so they are not read (they may not exist yet).
const GAZETTEER_DIR = path.join(repoRoot, 'assets/engine');
setEngineDataSource(() => ({
  taggerModel: new Uint8Array(0),
  taggerNames: new Uint8Array(0),
  gazetteerPlaces: readFileSync(path.join(GAZETTEER_DIR, ENGINE_FILES.gazetteerPlaces)),
  gazetteerPlaceLines: readFileSync(path.join(GAZETTEER_DIR, ENGINE_FILES.gazetteerPlaceLines)),
  gazetteerEntries: readFileSync(path.join(GAZETTEER_DIR, ENGINE_FILES.gazetteerEntries)),
}));
/** Optional cache of the averaged float weights, to re-prune without retraining (`--raw FILE`, `--from-raw`). */
const RAW = process.argv.includes('--raw') ? path.resolve(repoRoot, arg('--raw', '')) : null;
const FROM_RAW = process.argv.includes('--from-raw');

interface GoldDoc {
  id: string;
  doc: DocFeatures;
  gold: Uint8Array;
}

interface RawEntity {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
}

/**
 * Given and family names from @faker-js/faker (MIT): the Latin-script first and last names of all
 * its locales, keyed by the tagger's lower-cased word hash.
 */
function buildNameLexicon(): Map<number, number> {
  const lexicon = new Map<number, number>();
  const latin = /^[\p{Script=Latin}'\- ]+$/u;
  const add = (list: unknown, bit: number): void => {
    const arrays = Array.isArray(list) ? [list] : list && typeof list === 'object' ? Object.values(list) : [];
    for (const a of arrays) {
      if (!Array.isArray(a)) continue;
      for (const name of a) {
        if (typeof name !== 'string' || !latin.test(name) || name.includes(' ')) continue;
        const h = lowHash(name.toLowerCase());
        lexicon.set(h, (lexicon.get(h) ?? 0) | bit);
      }
    }
  };
  for (const locale of Object.values(allLocales) as Array<{ person?: { first_name?: unknown; last_name?: unknown } }>) {
    add(locale.person?.first_name, NameClass.Given);
    add(locale.person?.last_name, NameClass.Family);
  }
  return lexicon;
}

const NAMES = buildNameLexicon();

/** Turns a corpus document into prepared features plus gold BILOU tags. */
function toGold(id: string, text: string, entities: RawEntity[], stats: { dropped: number; kept: number }): GoldDoc {
  const tokens = tokenize(text);
  const sents = sentenceRanges(text, tokens);
  const doc = prepareDocument(text, tokens, sents, NAMES);
  const gold = new Uint8Array(tokens.count);
  let t = 0;
  for (const e of entities) {
    const ti = (ENTITY_TYPES as readonly string[]).indexOf(e.type);
    if (ti < 0 || e.nested) continue;
    while (t < tokens.count && tokens.ends[t] <= e.start) t++;
    let first = t;
    while (first > 0 && tokens.ends[first - 1] > e.start) first--;
    let last = first;
    while (last + 1 < tokens.count && tokens.starts[last + 1] < e.end) last++;
    if (first >= tokens.count || tokens.starts[first] >= e.end) {
      stats.dropped++;
      continue;
    }
    let clash = doc.sentence[first] !== doc.sentence[last];
    for (let k = first; k <= last && !clash; k++) if (gold[k] !== 0) clash = true;
    if (clash) {
      stats.dropped++;
      continue;
    }
    stats.kept++;
    if (first === last) gold[first] = tagOf(ti, Part.U);
    else {
      gold[first] = tagOf(ti, Part.B);
      for (let k = first + 1; k < last; k++) gold[k] = tagOf(ti, Part.I);
      gold[last] = tagOf(ti, Part.L);
    }
  }
  return { id, doc, gold };
}

/** Averaged perceptron weights keyed by feature hash, grown on demand. */
class TrainingModel implements Scorer {
  rows = new Map<number, number>();
  w = new Float32Array(1 << 20);
  acc = new Float64Array(1 << 20);
  stamp = new Int32Array(1 << 20);
  time = 1;

  score(keys: Int32Array, n: number, scores: Float32Array): void {
    const w = this.w;
    for (let j = 0; j < n; j++) {
      const r = this.rows.get(keys[j]);
      if (r === undefined) continue;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += w[r + t];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.rows.size * TAG_COUNT;
      if (r + TAG_COUNT > this.w.length) {
        const grow = <T extends Float32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
          const b = make(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w, (n) => new Float32Array(n));
        this.acc = grow(this.acc, (n) => new Float64Array(n));
        this.stamp = grow(this.stamp, (n) => new Int32Array(n));
      }
      this.rows.set(key, r);
      for (let t = 0; t < TAG_COUNT; t++) this.stamp[r + t] = this.time;
    }
    return r;
  }

  update(keys: Int32Array, n: number, tag: number, delta: number): void {
    for (let j = 0; j < n; j++) {
      const idx = this.row(keys[j]) + tag;
      this.acc[idx] += (this.time - this.stamp[idx]) * this.w[idx];
      this.stamp[idx] = this.time;
      this.w[idx] += delta;
    }
  }

  /** Averaged weights, feature-major, aligned with the returned keys. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const keys = new Int32Array(this.rows.size);
    const weights = new Float32Array(this.rows.size * TAG_COUNT);
    let f = 0;
    for (const [key, r] of this.rows) {
      keys[f] = key;
      for (let t = 0; t < TAG_COUNT; t++) {
        const a = this.acc[r + t] + (this.time - this.stamp[r + t]) * this.w[r + t];
        weights[f * TAG_COUNT + t] = a / this.time;
      }
      f++;
    }
    return { keys, weights };
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function trainModel(docs: GoldDoc[]): TrainingModel {
  const t0 = Date.now();
  const model = new TrainingModel();
  const rand = mulberry32(20261128);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [docs[i], docs[j]] = [docs[j], docs[i]];
    }
    let errors = 0;
    let seen = 0;
    const keys = new Int32Array(MAX_FEATURES);
    const one = new Int32Array(1);
    for (const d of docs) {
      const emis = emissionScores(d.doc, model);
      const trans = transitionScores(model);
      const pred = new Uint8Array(d.doc.n);
      let a = 0;
      for (let i = 0; i < d.doc.n; i++) {
        if (i + 1 < d.doc.n && d.doc.sentence[i + 1] === d.doc.sentence[i]) continue;
        viterbi(emis, trans, a, i, pred, d.doc.skip);
        // Structured perceptron update for this sentence.
        for (let k = a; k <= i; k++) {
          seen++;
          const g = d.gold[k];
          const p = pred[k];
          if (g !== p && d.doc.skip[k] === 0) {
            errors++;
            const n = staticFeatures(d.doc, k, keys);
            model.update(keys, n, g, 1);
            model.update(keys, n, p, -1);
          }
          const gp = k === a ? -1 : d.gold[k - 1];
          const pp = k === a ? -1 : pred[k - 1];
          if (gp !== pp || g !== p) {
            one[0] = transitionKey(gp);
            model.update(one, 1, g, 1);
            one[0] = transitionKey(pp);
            model.update(one, 1, p, -1);
          }
        }
        model.time++;
        a = i + 1;
      }
    }
    console.log(`epoch ${epoch}: token error ${((100 * errors) / seen).toFixed(2)}% (${Date.now() - t0} ms, ${model.rows.size} features)`);
  }
  return model;
}

function main(): void {
  if (!existsSync(trainDir)) {
    console.error(`train-tagger: ${trainDir} not found (the training corpus lives in ../shared/corpus/train)`);
    process.exit(2);
  }
  const t0 = Date.now();
  const stats = { dropped: 0, kept: 0 };
  const docs: GoldDoc[] = [];
  for (const file of readdirSync(trainDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(trainDir, file), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { id: string; text: string; entities: RawEntity[] };
      docs.push(toGold(d.id, d.text, d.entities, stats));
      for (const v of augmentations(d.id, d.text, d.entities)) docs.push(toGold(v.id, v.text, v.entities, stats));
    }
  }
  let tokens = 0;
  for (const d of docs) tokens += d.doc.n;
  console.log(`train-tagger: name lexicon ${NAMES.size} words`);
  console.log(`train-tagger: ${docs.length} documents, ${tokens} tokens, ${stats.kept} entities (${stats.dropped} not alignable), ${Date.now() - t0} ms`);

  let keys: Int32Array;
  let weights: Float32Array;
  let model: TrainingModel | null = null;
  if (FROM_RAW && RAW && existsSync(RAW)) {
    const buf = readFileSync(RAW);
    const count = buf.readUInt32LE(0);
    keys = new Int32Array(buf.buffer.slice(buf.byteOffset + 4, buf.byteOffset + 4 + count * 4));
    weights = new Float32Array(buf.buffer.slice(buf.byteOffset + 4 + count * 4, buf.byteOffset + 4 + count * 4 + count * TAG_COUNT * 4));
    console.log(`train-tagger: reusing ${count} averaged features from ${RAW}`);
  } else {
    model = trainModel(docs);
    ({ keys, weights } = model.averaged());
    if (RAW) {
      const head = Buffer.alloc(4);
      head.writeUInt32LE(keys.length, 0);
      writeFileSync(RAW, Buffer.concat([head, Buffer.from(keys.buffer), Buffer.from(weights.buffer)]));
    }
  }
  // Prune features whose strongest weight is small: they barely move any decision.
  const keepKeys: number[] = [];
  const keepRows: number[] = [];
  for (let f = 0; f < keys.length; f++) {
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(weights[f * TAG_COUNT + t]));
    if (max < MIN_W) continue;
    keepKeys.push(keys[f]);
    keepRows.push(f);
  }
  const keptWeights = new Float32Array(keepRows.length * TAG_COUNT);
  keepRows.forEach((f, j) => keptWeights.set(weights.subarray(f * TAG_COUNT, (f + 1) * TAG_COUNT), j * TAG_COUNT));
  const bytes = encodeModel(Int32Array.from(keepKeys), keptWeights);
  const names = encodeLexicon(NAMES);
  // Sanity check: the shipped (packed) model must agree with the float averaged model.
  const floatModel: Scorer = {
    score(k: Int32Array, n: number, scores: Float32Array): void {
      for (let j = 0; j < n; j++) {
        const r = index.get(k[j]);
        if (r === undefined) continue;
        for (let t = 0; t < TAG_COUNT; t++) scores[t] += weights[r * TAG_COUNT + t];
      }
    },
  };
  const index = new Map<number, number>();
  keys.forEach((k, f) => index.set(k, f));
  const packed = new PackedModel(bytes);
  const accuracy = (m: Scorer): string => {
    let ok = 0;
    let all = 0;
    for (const d of docs.slice(0, 100)) {
      const tags = decodeTags(d.doc, m);
      for (let i = 0; i < tags.length; i++, all++) if (tags[i] === d.gold[i]) ok++;
    }
    return ((100 * ok) / all).toFixed(2) + '%';
  };
  console.log(`train-tagger: token accuracy on 100 training docs: online ${model ? accuracy(model) : '-'}, averaged ${accuracy(floatModel)}, packed ${accuracy(packed)}`);
  writeFileSync(OUT, bytes);
  writeFileSync(OUT_NAMES, names);
  console.log(
    `train-tagger: ${keepKeys.length}/${keys.length} features kept (pruned below ${MIN_W}), x ${TAG_COUNT} tags, int8 weights per-row scaled, epochs ${EPOCHS}; ` +
      `${bytes.length} bytes (gzip ${gzipSync(bytes).length}) → ${path.relative(repoRoot, OUT)}, ${names.length} bytes → ${path.relative(repoRoot, OUT_NAMES)} (${Date.now() - t0} ms)`,
  );
}

main();
