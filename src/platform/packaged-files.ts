/**
 * Reads files packaged with the extension, by their path inside it (`runtime.getURL` + `fetch`). An
 * extension may fetch its own files from its background without listing them as web-accessible
 * resources, so pages still cannot read them.
 */
import { browser } from './browser';

/**
 * The bytes of a packaged file.
 * @param file - its path in the built extension, without leading slash (e.g. `engine/tagger-model.bin`).
 */
export async function readPackagedFile(file: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`packaged file ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
