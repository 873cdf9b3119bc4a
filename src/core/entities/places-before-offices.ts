/**
 * "US Secretary of State Antony Blinken", "French President Jean Valmont": the country before an office that a
 * named person holds is where the office belongs, a place, even where the tagger read the country as an
 * organisation (a government). Team offices are left alone ("England coach Tom Reeve": the side).
 */
import type { Doc } from '../doc/document';
import { TEAM_ROLES } from '../lexicon/words';

/** The part of a title parse this rule reads. */
export interface OfficeWithPlace {
  roleI: number;
  roleJ: number;
  nameI: number;
  nameJ: number;
  placeI?: number;
  placeJ?: number;
  descriptor?: boolean;
}

/**
 * The token ranges [placeI, placeJ) of the places before offices held by named people (not team offices), in order.
 */
export function placesBeforeOffices(doc: Doc, titles: readonly OfficeWithPlace[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of titles) {
    if (t.placeI === undefined || t.placeJ === undefined || t.descriptor || t.nameJ <= t.nameI) continue;
    let team = false;
    for (let k = t.roleI; k < t.roleJ && !team; k++) team = TEAM_ROLES.has(doc.fold(k));
    if (!team) out.push([t.placeI, t.placeJ]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
