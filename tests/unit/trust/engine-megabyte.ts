/**
 * Times the full engine (bundled, as it ships) on 1 MB of adversarial text per family, and on 1/8 of it for the
 * linearity check (CPU time of `analyze()` alone; the offsets are checked after the timer stops); prints one JSON line per family. Run by engine-adversarial.test.ts through build/run-ts.mjs,
 * because under jest's module wrapper the engine runs several times slower than it does in the extension.
 * Usage: node build/run-ts.mjs tests/unit/trust/engine-megabyte.ts [family...]
 */
import { analyze, ready } from '../../../src/core/index';
import { ADVERSARIAL, fill, MB, offsetProblems, PLANTED } from './engine-inputs';
import { engineFileReader } from '../../../build/engine-data';

/** CPU milliseconds of one call (CPU time, so other processes on a shared machine count less). */
function cpuMs(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

async function main(): Promise<void> {
  await ready(engineFileReader());
  analyze(fill(PLANTED, 50_000), { ignoreLanguage: true }); // warm up the JIT and the gazetteer
  const wanted = process.argv.slice(2);
  for (const name of Object.keys(ADVERSARIAL)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const small = ADVERSARIAL[name](MB / 8);
    const big = ADVERSARIAL[name](MB);
    const smallMs = cpuMs(() => analyze(small, { ignoreLanguage: true }));
    let analysis: ReturnType<typeof analyze> | undefined;
    const bigMs = cpuMs(() => {
      analysis = analyze(big, { ignoreLanguage: true });
    });
    // Checked outside the timer: the budget is the engine's, not the checker's (tens of ms for 58,000 mentions).
    const problems = offsetProblems(big, analysis!);
    console.log(JSON.stringify({ name, smallMs: Math.round(smallMs), bigMs: Math.round(bigMs), problems: problems.slice(0, 5) }));
  }
}

void main();
