/**
 * The engine's data: tagger weights, the name lexicon and the place gazetteer. They are separate files
 * (`assets/engine/` in the repository, `engine/` in the extension), not bundled JavaScript, because V8
 * parses a 4 MB string literal on every start (~40 ms) while reading the same bytes costs a few ms.
 *
 * The engine never reads files itself (it is pure): the caller hands it the data, either ahead of time
 * through {@link loadEngineData} (asynchronous, e.g. the extension's background fetching its packaged
 * files) or through a synchronous source that is called on first use ({@link setEngineDataSource}, e.g.
 * Node scripts and tests reading from disk).
 */

/** File names of the engine's data, relative to its data folder. `npm run data` and `npm run train` write them. */
export const ENGINE_FILES = {
  /** Packed tagger weights, format "BST4" (src/core/tagger/model.ts). */
  taggerModel: 'tagger-model.bin',
  /** Hashed given and family names (src/core/tagger/lexicon.ts). */
  taggerNames: 'tagger-names.bin',
  /** One place per line, `name|kind|cc|lat|lng|key|rank` (src/core/gazetteer/load.ts). */
  gazetteerPlaces: 'gazetteer-places.txt',
  /** Byte offset of each line of the places file, and its length + 1: little-endian u32. */
  gazetteerPlaceLines: 'gazetteer-place-lines.bin',
  /** Sorted surface lines, `folded key<TAB>targets` (src/core/gazetteer/load.ts). */
  gazetteerEntries: 'gazetteer-entries.txt',
} as const;

/** The loaded contents of {@link ENGINE_FILES}, as bytes (the engine decodes the text it reads). */
export interface EngineData {
  taggerModel: Uint8Array;
  taggerNames: Uint8Array;
  /** UTF-8 bytes: the engine decodes only the lines it reads. */
  gazetteerPlaces: Uint8Array;
  gazetteerPlaceLines: Uint8Array;
  /** UTF-8 bytes, searched in place. */
  gazetteerEntries: Uint8Array;
}

/** Reads the bytes of one of the engine's files, by its name in {@link ENGINE_FILES}. */
export type EngineFileReader = (name: string) => Promise<Uint8Array>;

let data: EngineData | undefined;
let source: (() => EngineData) | undefined;
let loading: Promise<void> | undefined;

/**
 * Sets a synchronous source of the data, called once, on the first analysis that needs it. For Node
 * scripts and tests, which can read files synchronously. Ignored once data is loaded.
 * @param read - returns the data (e.g. read from `assets/engine/`).
 */
export function setEngineDataSource(read: () => EngineData): void {
  if (!data) source = read;
}

/**
 * Reads the data files through `reader` (once; later calls share the first load).
 * @param reader - reads a file of {@link ENGINE_FILES} by name.
 */
export function loadEngineData(reader: EngineFileReader): Promise<void> {
  if (data) return Promise.resolve();
  loading ??= Promise.all([
    reader(ENGINE_FILES.taggerModel),
    reader(ENGINE_FILES.taggerNames),
    reader(ENGINE_FILES.gazetteerPlaces),
    reader(ENGINE_FILES.gazetteerPlaceLines),
    reader(ENGINE_FILES.gazetteerEntries),
  ]).then(
    ([taggerModel, taggerNames, gazetteerPlaces, gazetteerPlaceLines, gazetteerEntries]) => {
      data ??= { taggerModel, taggerNames, gazetteerPlaces, gazetteerPlaceLines, gazetteerEntries };
    },
    (e: unknown) => {
      loading = undefined; // a failed read may be retried
      throw e;
    },
  );
  return loading;
}

/** Whether the data is loaded, or a synchronous source is set that will load it on first use. */
export function engineDataAvailable(): boolean {
  return data !== undefined || source !== undefined;
}

/** The engine's data. Throws when none was loaded and no source is set (a caller's mistake, not an input's). */
export function engineData(): EngineData {
  if (!data) {
    if (!source) throw new Error('Backstory engine: data not loaded (call ready(reader) or setEngineDataSource first)');
    data = source();
    source = undefined;
  }
  return data;
}
