/**
 * Whether a document reports sport. In sports reports a town's name is often its team ("Leeds beat
 * Hull"), so the tagger's reading of a town as an organisation is trusted there; in other documents
 * (travel, history, railways, politics) a town the tagger reads as an organisation is far more often the
 * town itself ("trains run between Dover and Ashford").
 */
import type { Doc } from '../doc/document';

/** Words (any case: "PREMIER LEAGUE RESULTS") that sports reports use and other reports seldom do. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'season', 'seasons', 'league', 'goal', 'goals', 'scored', 'scorer', 'coach', 'championship',
  'championships', 'tournament', 'innings', 'wicket', 'wickets', 'playoff', 'playoffs', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'quarterback', 'pitcher', 'inning', 'lap', 'laps', 'team', 'teams', 'club', 'clubs',
  'player', 'players', 'game', 'games', 'fixture', 'fixtures', 'standings', 'halftime', 'half-time', 'overtime',
  'victory', 'defeat', 'defeated', 'beat', 'draw', 'drew', 'cup', 'final', 'semifinal', 'semi-final', 'squad',
  'rugby', 'soccer', 'football', 'cricket', 'baseball', 'basketball', 'hockey', 'tennis', 'golf', 'racing', 'sprint',
  'medal', 'olympic', 'olympics', 'bowl', 'roster', 'draft', 'touchdown', 'homer', 'penalty', 'penalties',
  'rivals', 'title', 'cycling', 'rider', 'riders', 'race', 'races', 'peloton', 'athletics', 'swimming', 'boxing', 'bout',
]);

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
  // One native scan of the text for the sports words and scores, rather than folding every token.
  const seen = new Set<string>();
  let scores = 0;
  SPORTS_WORD_OR_SCORE.lastIndex = 0;
  for (let m = SPORTS_WORD_OR_SCORE.exec(doc.text); m; m = SPORTS_WORD_OR_SCORE.exec(doc.text)) {
    if (m[1] !== undefined) {
      seen.add(m[1].toLowerCase());
      if (seen.size >= 3 || (scores > 0 && seen.size >= 1)) return true;
    } else {
      scores++;
      if (seen.size >= 1) return true;
    }
  }
  return false;
}

/**
 * A sports word of {@link SPORTS_WORDS} standing alone (group 1; the same words, longest first), or a score standing
 * alone ("2-1", "63-7"; not part of a date). A literal, so the ReDoS check reads it.
 */
const SPORTS_WORD_OR_SCORE =
  /(?<![\p{L}\p{N}-])(championships|championship|quarterback|basketball|goalkeeper|midfielder|semi-final|tournament|athletics|half-time|penalties|semifinal|standings|touchdown|baseball|defeated|defender|fixtures|football|halftime|olympics|overtime|playoffs|swimming|cricket|cycling|fixture|innings|matches|olympic|peloton|penalty|pitcher|players|playoff|seasons|striker|victory|wickets|boxing|defeat|hockey|inning|league|player|racing|riders|rivals|roster|scored|scorer|season|soccer|sprint|tennis|wicket|clubs|coach|draft|final|games|goals|homer|match|medal|races|rider|rugby|squad|teams|title|beat|bout|bowl|club|draw|drew|game|goal|golf|laps|race|team|cup|lap)(?![\p{L}\p{N}-])|(?<![\p{N}-])\d{1,3}-\d{1,3}(?![\p{N}-])/giu;
