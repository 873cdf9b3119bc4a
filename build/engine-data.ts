/**
 * The engine's data files for Node scripts and tests: read from `assets/engine/` (where `npm run data`
 * and `npm run train` write them), synchronously on first use or through an async reader.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ENGINE_FILES, setEngineDataSource, type EngineData, type EngineFileReader } from '../src/core/data';

/** `assets/engine/` of the repository the process runs in (npm scripts and jest run from its root). */
export const ENGINE_ASSETS_DIR = path.resolve(process.cwd(), 'assets/engine');

/**
 * Reads all the engine's data files from `dir`.
 * @param dir - a folder holding {@link ENGINE_FILES}.
 */
export function readEngineData(dir = ENGINE_ASSETS_DIR): EngineData {
  const bytes = (name: string): Uint8Array => readFileSync(path.join(dir, name));
  return {
    taggerModel: bytes(ENGINE_FILES.taggerModel),
    taggerNames: bytes(ENGINE_FILES.taggerNames),
    gazetteerPlaces: bytes(ENGINE_FILES.gazetteerPlaces),
    gazetteerPlaceLines: bytes(ENGINE_FILES.gazetteerPlaceLines),
    gazetteerEntries: bytes(ENGINE_FILES.gazetteerEntries),
  };
}

/**
 * An {@link EngineFileReader} over the files of `dir`, for `ready(reader)`.
 * @param dir - a folder holding {@link ENGINE_FILES}.
 */
export function engineFileReader(dir = ENGINE_ASSETS_DIR): EngineFileReader {
  return (name) => readFile(path.join(dir, name));
}

/**
 * Lets the engine read its data from `dir` on its first analysis (synchronously), so `analyze` works
 * without an explicit `await ready(...)`.
 * @param dir - a folder holding {@link ENGINE_FILES}.
 */
export function useEngineDataFromDisk(dir = ENGINE_ASSETS_DIR): void {
  setEngineDataSource(() => readEngineData(dir));
}
