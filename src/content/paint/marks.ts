/**
 * Marks: the analysis' mentions turned into live ranges of the page, one kind each, in reading order.
 */
import type { Analysis, Mention } from '../../core/types';
import type { MarkKinds } from '../../background/protocol';
import type { TextModel } from '../article/text-model';
import type { Slicer } from '../slicer';

/** Kinds of mark, each painted as its own highlight. */
export type MarkKind = 'official' | 'person' | 'place' | 'org';

/** One marked mention on the page. */
export interface Mark {
  kind: MarkKind;
  /** Engine id in the analysis (`p0`, `l3`…). */
  engineId: string;
  /** Store id of the entity (for `card/get`), when the store kept it. */
  entityId?: number;
  /** Canonical name (for announcements). */
  name: string;
  /** Text offsets in the article model. */
  start: number;
  end: number;
  range: Range;
}

/** Which kinds a `MarkKinds` setting shows. */
export function kindEnabled(kind: MarkKind, kinds: MarkKinds): boolean {
  switch (kind) {
    case 'official':
      return kinds.officials;
    case 'person':
      return kinds.people;
    case 'place':
      return kinds.places;
    case 'org':
      return kinds.organizations;
  }
}

interface Candidate {
  kind: MarkKind;
  engineId: string;
  name: string;
  mention: Mention;
}

/**
 * The marks of an analysis over `model`, sorted by position, overlaps removed (the longer span wins), only
 * of the enabled kinds, and only where the text still maps to the page.
 */
export function buildMarks(
  analysis: Analysis,
  entityIds: Record<string, number>,
  model: TextModel,
  kinds: MarkKinds,
  doc: Document = document,
  max = 20_000,
): Mark[] {
  const steps = markSteps(analysis, entityIds, model, kinds, doc, max);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** {@link buildMarks} in time slices (pages with thousands of mentions). */
export async function buildMarksSliced(
  analysis: Analysis,
  entityIds: Record<string, number>,
  model: TextModel,
  kinds: MarkKinds,
  slicer: Slicer,
  doc: Document = document,
): Promise<Mark[]> {
  const steps = markSteps(analysis, entityIds, model, kinds, doc, 20_000);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    if (slicer.due()) await slicer.pause();
  }
}

/** The work of {@link buildMarks}, yielding every 64 mentions so callers can pause. */
function* markSteps(
  analysis: Analysis,
  entityIds: Record<string, number>,
  model: TextModel,
  kinds: MarkKinds,
  doc: Document,
  max: number,
): Generator<void, Mark[]> {
  const candidates: Candidate[] = [];
  for (const p of analysis.people) {
    const kind: MarkKind = p.official ? 'official' : 'person';
    if (kindEnabled(kind, kinds)) for (const m of p.mentions) candidates.push({ kind, engineId: p.id, name: p.name, mention: m });
  }
  if (kinds.places) for (const l of analysis.places) for (const m of l.mentions) candidates.push({ kind: 'place', engineId: l.id, name: l.name, mention: m });
  if (kinds.organizations) for (const o of analysis.organizations) for (const m of o.mentions) candidates.push({ kind: 'org', engineId: o.id, name: o.name, mention: m });
  candidates.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const text = model.text;
  const marks: Mark[] = [];
  let lastEnd = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if ((i & 63) === 63) yield;
    if (marks.length >= max) break;
    const { start, end } = c.mention;
    if (start < lastEnd || start < 0 || end > text.length || end <= start) continue;
    const range = model.range(start, end, doc);
    if (!range) continue;
    const mark: Mark = { kind: c.kind, engineId: c.engineId, name: c.name, start, end, range };
    const id = entityIds[c.engineId];
    if (typeof id === 'number') mark.entityId = id;
    marks.push(mark);
    lastEnd = end;
  }
  return marks;
}
