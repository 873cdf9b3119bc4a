/**
 * Given names written with a capital inside ("LeBron", "DeMar", "LaMelo", "JaVale", "KeShawn"): common in
 * North American sport and music. A tagger trained on newswire reads the inner capital as a brand's
 * ("LeBron James" as an organisation); with a family name after it the pair is a person.
 */

/** A given name of the form prefix + capitalised rest, the prefixes such names use. */
const CAMEL_GIVEN = /^(?:Le|La|De|Da|Ja|Ke|Ty|Sha|Tre|Ra|Ka|Ta)[A-Z][a-z]{2,}$/;

/** True when `raw` is written like such a given name ("LeBron", "DeMar"; not "Dell", "LaGuardia" is caught by the caller's checks). */
export function camelCaseGivenName(raw: string): boolean {
  return CAMEL_GIVEN.test(raw);
}
