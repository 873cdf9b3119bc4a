/**
 * Views of `analyze()` that the rule tables compare against: the flat `--jsonl` spans and a person's card fields.
 */
import { analyze, entitySpans } from '../../../src/core/index';

/** The flat `--jsonl` view as "TYPE:text" strings. */
export function flat(text: string): string[] {
  return entitySpans(analyze(text, { ignoreLanguage: true })).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

/** "role | organisation | country" of the person named `name`, or "-" for missing parts ("no person" when absent). */
export function card(text: string, name: string): string {
  const p = analyze(text, { ignoreLanguage: true }).people.find((x) => x.name === name);
  if (!p) return 'no person';
  return `${p.role?.value ?? '-'} | ${p.organization?.value ?? '-'} | ${p.country?.value ?? '-'}`;
}
