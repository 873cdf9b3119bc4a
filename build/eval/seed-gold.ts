/**
 * Checks an analysis against a hand-made gold file in the format of `../shared/seed/expected.json`:
 * every listed person, place and organisation found under its name; every listed surface a mention of
 * the right entity and of no other; roles, organisations, countries and `official` as stated; every
 * listed quote attributed to its speaker; no person or place that the gold does not list.
 */
import type { Analysis } from '../../src/core/types';

/** Gold person. */
export interface GoldPerson {
  name: string;
  surfaces: string[];
  official: boolean;
  role?: string;
  organization?: string;
  country?: string;
  quotes?: string[];
}

/** Gold place. */
export interface GoldPlace {
  name: string;
  kind: string;
  country?: string;
  surfaces: string[];
}

/** Gold organisation. */
export interface GoldOrg {
  name: string;
  surfaces: string[];
}

/** The gold file. */
export interface Gold {
  people: GoldPerson[];
  places: GoldPlace[];
  organizations: GoldOrg[];
}

/** Result of a check: the number of checks made and the failures, each a readable sentence. */
export interface GoldReport {
  checks: number;
  failures: string[];
}

/** Apostrophes and spaces normalised, for comparing values read from text. */
function norm(s: string): string {
  return s.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Compares `analysis` with `gold`.
 * @param gold - the expected entities.
 * @param analysis - what the engine returned.
 * @returns the number of checks and the failures.
 */
export function checkGold(gold: Gold, analysis: Analysis): GoldReport {
  const failures: string[] = [];
  let checks = 0;
  const check = (ok: boolean, message: string): void => {
    checks++;
    if (!ok) failures.push(message);
  };
  const linked = (
    kind: string,
    name: string,
    surfaces: string[],
    entities: Array<{ name: string; mentions: Array<{ text: string }> }>,
    contains: boolean,
  ): void => {
    const own = entities.find((e) => norm(e.name) === norm(name));
    for (const s of surfaces) {
      const hit = (t: string): boolean => (contains ? new RegExp(`(^|\\W)${escape(norm(s))}(\\W|$)`).test(norm(t)) : norm(t) === norm(s));
      check(!!own && own.mentions.some((m) => hit(m.text)), `${kind} ${name}: surface "${s}" is not one of its mentions`);
      for (const other of entities) {
        if (other === own) continue;
        check(!other.mentions.some((m) => norm(m.text) === norm(s)), `${kind} ${name}: surface "${s}" is linked to ${other.name}`);
      }
    }
  };

  for (const g of gold.people) {
    const p = analysis.people.find((x) => norm(x.name) === norm(g.name));
    check(!!p, `person ${g.name} not found`);
    linked('person', g.name, g.surfaces, analysis.people, false);
    if (!p) continue;
    check(p.official === g.official, `person ${g.name}: official is ${p.official}`);
    if (g.official) {
      if (g.role) check(norm(p.role?.value ?? '') === norm(g.role), `person ${g.name}: role "${p.role?.value}" ≠ "${g.role}"`);
      if (g.organization) check(norm(p.organization?.value ?? '') === norm(g.organization), `person ${g.name}: organization "${p.organization?.value}" ≠ "${g.organization}"`);
      else check(!p.organization, `person ${g.name}: unexpected organization "${p.organization?.value}"`);
      if (g.country) check(norm(p.country?.value ?? '') === norm(g.country), `person ${g.name}: country "${p.country?.value}" ≠ "${g.country}"`);
    }
    for (const q of g.quotes ?? []) {
      check(p.quotes.some((x) => norm(x.span.text) === norm(q)), `person ${g.name}: quote not attributed: "${q.slice(0, 50)}…"`);
    }
  }
  for (const p of analysis.people) check(gold.people.some((g) => norm(g.name) === norm(p.name)), `false person "${p.name}"`);

  for (const g of gold.places) {
    const p = analysis.places.find((x) => norm(x.name) === norm(g.name));
    check(!!p, `place ${g.name} not found`);
    linked('place', g.name, g.surfaces, analysis.places, false);
    if (!p) continue;
    check(p.kind === g.kind, `place ${g.name}: kind ${p.kind} ≠ ${g.kind}`);
    if (g.country) check(p.country === g.country, `place ${g.name}: country ${p.country} ≠ ${g.country}`);
  }
  for (const p of analysis.places) check(gold.places.some((g) => norm(g.name) === norm(p.name)), `false place "${p.name}"`);

  for (const g of gold.organizations) {
    const o = analysis.organizations.find((x) => norm(x.name) === norm(g.name));
    check(!!o, `organization ${g.name} not found`);
    linked('organization', g.name, g.surfaces, analysis.organizations, true);
  }
  return { checks, failures };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
