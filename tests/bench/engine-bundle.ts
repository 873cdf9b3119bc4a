/** The engine bundled as the extension ships it, for the benches that time or weigh it. */
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `src/core/index.ts` of the checkout at `tree` (minified ESM, as in the extension) into `outfile`.
 * @param tree - root of a checkout of this repository.
 * @param outfile - where to write the bundle.
 */
export async function bundleEngine(tree: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [path.join(tree, 'src/core/index.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}
