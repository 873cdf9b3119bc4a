/**
 * Whether a document reports sport. In sports reports a town's name is often its team ("Leeds beat
 * Hull"), so the tagger's reading of a town as an organisation is trusted there; in other documents
 * (travel, history, railways, politics) a town the tagger reads as an organisation is far more often the
 * town itself ("trains run between Dover and Ashford").
 */
import type { Doc } from '../doc/document';

/** Words (any case: "PREMIER LEAGUE RESULTS") that sports reports use and other reports seldom do. */
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'season', 'seasons', 'league', 'goal', 'goals', 'scored', 'scorer', 'coach', 'championship',
  'championships', 'tournament', 'innings', 'wicket', 'wickets', 'playoff', 'playoffs', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'quarterback', 'pitcher', 'inning', 'lap', 'laps', 'team', 'teams', 'club', 'clubs',
  'player', 'players', 'game', 'games', 'fixture', 'fixtures', 'standings', 'halftime', 'half-time', 'overtime',
  'victory', 'defeat', 'defeated', 'beat', 'draw', 'drew', 'cup', 'final', 'semifinal', 'semi-final', 'squad',
  'rugby', 'soccer', 'football', 'cricket', 'baseball', 'basketball', 'hockey', 'tennis', 'golf', 'racing', 'sprint',
  'medal', 'olympic', 'olympics', 'bowl', 'roster', 'draft', 'touchdown', 'homer', 'penalty', 'penalties',
  'rivals', 'title', 'cycling', 'rider', 'riders', 'race', 'races', 'peloton', 'athletics', 'swimming', 'boxing', 'bout',
]);

/** Score-like tokens ("2-1", "63-7", "6-4"). */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * True when the document reads as a sports report: at least three different sports words, or a score and
 * one sports word.
 */
export function isSportsDocument(doc: Doc): boolean {
  let known = sportsOf.get(doc);
  if (known === undefined) sportsOf.set(doc, (known = readsAsSports(doc)));
  return known;
}

/** The answer of {@link isSportsDocument} per document (several rules ask). */
const sportsOf = new WeakMap<Doc, boolean>();

function readsAsSports(doc: Doc): boolean {
  const seen = new Set<string>();
  let scores = 0;
  for (let t = 0; t < doc.n; t++) {
    const f = doc.fold(t);
    if (SPORTS_WORDS.has(f)) {
      seen.add(f);
      if (seen.size >= 3 || (scores > 0 && seen.size >= 1)) return true;
    } else if (isDigit(f.charCodeAt(0)) && SCORE.test(f)) {
      scores++;
      if (seen.size >= 1) return true;
    }
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
