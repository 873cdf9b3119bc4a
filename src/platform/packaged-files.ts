/**
 * Reads files packaged with the extension, by their path inside it (`runtime.getURL` + `fetch`). An
 * extension may fetch its own files from its background without listing them as web-accessible
 * resources, so pages still cannot read them.
 */
import { browser } from './browser';

async function fetchPackaged(file: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`packaged file ${file}: HTTP ${response.status}`);
  return response;
}

/** Reads the packaged files of one folder: bytes or UTF-8 text, by file name. */
export interface PackagedFolder {
  bytes(name: string): Promise<Uint8Array>;
  text(name: string): Promise<string>;
}

/**
 * A reader of the packaged files under `folder` (e.g. `engine`, the entity engine's data).
 * @param folder - a folder of the built extension, without leading or trailing slash.
 */
export function packagedFolder(folder: string): PackagedFolder {
  return {
    bytes: async (name) => new Uint8Array(await (await fetchPackaged(`${folder}/${name}`)).arrayBuffer()),
    text: async (name) => (await fetchPackaged(`${folder}/${name}`)).text(),
  };
}
