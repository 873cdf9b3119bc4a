import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engineFileReader, readEngineData } from '../../../build/engine-data';
import type * as CoreModule from '../../../src/core/index';

type Core = typeof CoreModule;

/** A copy of the engine's modules with no data source (the jest setup's source belongs to the shared copy). */
function freshCore(): Core {
  let core: Core | undefined;
  jest.isolateModules(() => {
    core = jest.requireActual<Core>('../../../src/core/index');
  });
  return core!;
}

const TEXT = 'The Finance Minister of Norway, Ingrid Solberg, met the mayor of Lisbon on Monday.';
const dir = path.resolve(__dirname, '../../../assets/engine');

describe('engine data', () => {
  it('is a set of files in assets/engine, named by ENGINE_FILES', () => {
    const { ENGINE_FILES } = freshCore();
    for (const name of Object.values(ENGINE_FILES)) expect(readFileSync(path.join(dir, name)).length).toBeGreaterThan(1000);
  });

  it('analyze throws, and ready() rejects, while no data and no reader were given', async () => {
    const core = freshCore();
    expect(() => core.analyze(TEXT)).toThrow(/data not loaded/);
    await expect(core.ready()).rejects.toThrow(/file reader/);
  });

  it('loads through an async reader, each file once, and analyses as with the synchronous source', async () => {
    const core = freshCore();
    const reader = engineFileReader(dir);
    const asked: string[] = [];
    const counting = (name: string): Promise<Uint8Array> => (asked.push(name), reader(name));
    await Promise.all([core.ready(counting), core.ready(counting)]);
    await core.ready(counting);
    expect(asked.sort()).toEqual(Object.values(core.ENGINE_FILES).sort());
    const other = freshCore();
    other.setEngineDataSource(() => readEngineData(dir));
    const a = core.analyze(TEXT);
    expect(a.people.map((p) => p.name)).toContain('Ingrid Solberg');
    expect(JSON.stringify(a)).toBe(JSON.stringify(other.analyze(TEXT)));
  });

  it('refuses place line offsets that do not fit the places file', () => {
    const core = freshCore();
    const data = readEngineData(dir);
    const offsets = new Uint8Array(data.gazetteerPlaceLines);
    offsets[offsets.length - 4] ^= 1; // the last offset (the file's length + 1) is off by one
    core.setEngineDataSource(() => ({ ...data, gazetteerPlaceLines: offsets }));
    // The gazetteer does not load: analyze never throws, and finds no place.
    expect(core.analyze(TEXT).places).toEqual([]);
    const ok = freshCore();
    ok.setEngineDataSource(() => data);
    expect(ok.analyze(TEXT).places.length).toBeGreaterThan(0);
  });

  it('tries again after a failed read', async () => {
    const core = freshCore();
    const reader = engineFileReader(dir);
    let fail = true;
    const flaky = (name: string): Promise<Uint8Array> => (fail && name.endsWith('.txt') ? Promise.reject(new Error('not found')) : reader(name));
    await expect(core.ready(flaky)).rejects.toThrow(/not found/);
    fail = false;
    await core.ready(flaky);
    expect(core.analyze(TEXT).places.map((p) => p.name)).toEqual(expect.arrayContaining(['Norway', 'Lisbon']));
  });
});
