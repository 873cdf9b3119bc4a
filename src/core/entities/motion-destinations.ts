/**
 * "The line leads to Porthaven and Farbridge", "passengers must travel to Hilbury", "eastward to Dunmore": a name
 * after "to" that follows a verb of moving along a way or a compass direction is where one arrives, a place, even
 * when the tagger read an organisation (outside sports reports, where "moved to Corwick" names a club).
 */
import type { Doc } from '../doc/document';

/** Verbs of travelling or of a way running somewhere, and compass directions, before "to". */
const MOTION_BEFORE_TO: ReadonlySet<string> = new Set([
  'lead', 'leads', 'led', 'leading', 'run', 'runs', 'ran', 'running', 'travel', 'travels', 'travelled', 'traveled',
  'travelling', 'traveling', 'drive', 'drives', 'drove', 'driven', 'driving', 'fly', 'flies', 'flew', 'flown', 'sail',
  'sails', 'sailed', 'march', 'marched', 'marching', 'walk', 'walked', 'walking', 'head', 'heads', 'headed', 'heading',
  'extend', 'extends', 'extended', 'continue', 'continues', 'continued', 'retreated', 'fled', 'trekked', 'commute',
  'commuted', 'evacuated', 'diverted', 'rerouted', 'north', 'south', 'east', 'west', 'northward', 'southward',
  'eastward', 'westward', 'northwards', 'southwards', 'eastwards', 'westwards', 'north-east', 'north-west',
  'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'inland', 'upstream', 'downstream',
]);

/**
 * True when tokens [i, j) stand after "to" and a word of moving ("leads to", "south to"), or after "and" that follows
 * such a destination read at `prevDestinationEnd` ("to Porthaven and Farbridge").
 */
export function motionDestination(doc: Doc, i: number, prevDestinationEnd: number): boolean {
  if (i < 2) return false;
  const s = doc.sentenceOf[i];
  if (doc.sentenceOf[i - 2] !== s) return false;
  const before = doc.fold(i - 1);
  if (before === 'and' && prevDestinationEnd === i - 1) return true;
  return before === 'to' && MOTION_BEFORE_TO.has(doc.fold(i - 2));
}
