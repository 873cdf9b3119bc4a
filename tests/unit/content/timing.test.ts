/**
 * The content script's task meter: the longest task, and per kind of work its total time and number of tasks,
 * published with every milestone (what bench:pages reads to tell CPU work from waiting).
 */
import { milestone, TaskMeter } from '../../../src/content/timing';
import { Slicer } from '../../../src/content/slicer';

describe('TaskMeter', () => {
  test('keeps the longest task and the totals per name', () => {
    const m = new TaskMeter();
    m.record('find-article', 3);
    m.record('find-article', 7);
    m.record('paint', 5);
    expect(m.longestMs).toBe(7);
    expect(m.longestName).toBe('find-article');
    expect(m.totals.get('find-article')).toEqual({ ms: 10, tasks: 2 });
    expect(m.totals.get('paint')).toEqual({ ms: 5, tasks: 1 });
  });

  test('milestones carry the totals of the sliced work, never text', async () => {
    const slicer = new Slicer('unit-walk', undefined, 0);
    await slicer.pause();
    slicer.end();
    milestone('unit-check', { chars: 12 });
    const mark = performance.getEntriesByName('backstory:unit-check')[0] as PerformanceMark;
    const detail = mark.detail as Record<string, unknown>;
    expect(detail.chars).toBe(12);
    expect(detail['unit-walkTasks']).toBe(2);
    expect(typeof detail['unit-walkMs']).toBe('number');
    for (const v of Object.values(detail)) expect(['number', 'string']).toContain(typeof v);
  });
});
