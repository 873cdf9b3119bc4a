import fc from 'fast-check';
import { addAppearance, emptySummary, summaryFrom, SUMMARY_LIMITS, type StoredAppearance } from '../../../src/background/store/summary';

const DAY = 86_400_000;

/** Random appearances of entity 1: distinct dates, a few roles and quotes, companions among ids 2..20. */
const appearances = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 40 })
  .chain((days) =>
    fc.tuple(
      ...days.map((day, i) =>
        fc.record({
          count: fc.integer({ min: 1, max: 9 }),
          role: fc.option(fc.constantFrom('Minister', 'Ambassador', 'Envoy'), { nil: undefined }),
          quotes: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
          others: fc.uniqueArray(fc.integer({ min: 2, max: 20 }), { maxLength: 8 }),
        }).map((x): StoredAppearance => ({
          articleId: i + 1,
          date: Date.UTC(2024, 0, 1) + day * DAY,
          entityIds: [1, ...x.others],
          facts: { entityId: 1, count: x.count, order: 0, forms: ['x'], roles: x.role ? [{ role: x.role, sentence: `${x.role} X said.` }] : undefined, quotes: x.quotes.length ? x.quotes : undefined },
        })),
      ),
    ),
  );

describe('entity summaries', () => {
  test('adding articles one by one, in any order, gives the summary rebuilt from all of them', () => {
    fc.assert(
      fc.property(appearances.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, arrival]) => {
        const s = emptySummary();
        for (const a of arrival) addAppearance(s, { articleId: a.articleId, date: a.date, count: a.facts.count, roles: a.facts.roles, quotes: a.facts.quotes, others: a.entityIds.filter((id) => id !== 1) });
        // (The companion list is a set of counts: its order is the order companions first came.)
        const bySet = (x: typeof s) => ({ ...x, together: [...x.together].sort((a, b) => a[0] - b[0]) });
        expect(bySet(s)).toEqual(bySet(summaryFrom(1, list)));
      }),
      { numRuns: 150 },
    );
  });

  test('what a card needs: newest appearances, each role at its latest statement, newest quotes, exact counts', () => {
    const at = (day: number) => Date.UTC(2024, 0, day);
    const s = summaryFrom(1, [
      { articleId: 1, date: at(1), entityIds: [1, 2, 3], facts: { entityId: 1, count: 2, order: 0, forms: [], roles: [{ role: 'Envoy', sentence: 'Envoy A.' }], quotes: ['first'] } },
      { articleId: 2, date: at(5), entityIds: [1, 2], facts: { entityId: 1, count: 1, order: 0, forms: [], roles: [{ role: 'Minister', sentence: 'Minister A.' }] } },
      { articleId: 3, date: at(9), entityIds: [1, 2], facts: { entityId: 1, count: 4, order: 0, forms: [], roles: [{ role: 'Envoy', sentence: 'Envoy A again.' }], quotes: ['second', 'third'] } },
    ]);
    expect(s).toMatchObject({ seenIn: 3, mentions: 7, firstSeen: new Date(at(1)).toISOString(), lastSeen: new Date(at(9)).toISOString() });
    expect(s.recent.map(([id]) => id)).toEqual([3, 2, 1]);
    expect(s.roleHistory.map((r) => [r.role, r.sentence])).toEqual([['Envoy', 'Envoy A again.'], ['Minister', 'Minister A.']]);
    expect(s.role).toMatchObject({ role: 'Envoy', articleId: 3 });
    expect(s.latestQuotes.map((q) => q.text)).toEqual(['third', 'second', 'first']);
    expect(s.together).toEqual([[2, 3], [3, 1]]);
  });

  test('companions: the list is bounded and keeps the most frequent ones', () => {
    const s = emptySummary();
    // Ids 2-6 appear in every article; 400 others once each.
    for (let i = 0; i < 400; i++) addAppearance(s, { articleId: i + 1, date: i * DAY, count: 1, roles: undefined, quotes: undefined, others: [2, 3, 4, 5, 6, 1000 + i] });
    expect(s.together.length).toBeLessThanOrEqual(SUMMARY_LIMITS.companions);
    const top = [...s.together].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(top).toEqual([[2, 400], [3, 400], [4, 400], [5, 400], [6, 400]]);
    expect(s.recent).toHaveLength(SUMMARY_LIMITS.recent);
    expect(s.recent[0][0]).toBe(400);
  });
});
