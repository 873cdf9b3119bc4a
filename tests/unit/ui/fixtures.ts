/** Cards, casts and hostile strings shared by the UI unit tests. */
import type { Card, CastEntry, Note } from '../../../src/background/model';

/** Strings that must come out as literal text wherever the UI shows store data. */
export const HOSTILE = {
  html: '<img src=x onerror="window.__pwned=1"><b>bold</b>',
  script: '<script>window.__pwned=1</script>',
  jsUrl: 'javascript:window.__pwned=1',
  template: '{{constructor.constructor("window.__pwned=1")()}} ${1+1}',
  bidi: '\u202Egnp.exe\u202C Minister',
};

/** A note. */
export function note(id: number, body: string, entityId = 17): Note {
  return { id, target: { kind: 'entity', entityId }, body, created: '2024-03-01T10:00:00Z', updated: '2024-03-02T10:00:00Z' };
}

/** A person card with everything filled in. */
export function personCard(over: Partial<Card> = {}): Card {
  return {
    entityId: 17,
    kind: 'person',
    name: 'Hwang Joon-kook',
    aliases: ['Hwang Joon-kook', 'Mr. Hwang'],
    official: true,
    current: {
      role: 'Ambassador to the United Nations',
      organization: 'United Nations',
      country: 'South Korea',
      articleId: 3,
      articleTitle: 'Security Council meets on missiles',
      date: '2024-03-01',
      sentence: "South Korea's Ambassador to the United Nations, Hwang Joon-kook, said the launch was illegal.",
    },
    roles: [
      {
        role: 'Ambassador to the United Nations', organization: 'United Nations', country: 'South Korea',
        articleId: 3, articleTitle: 'Security Council meets on missiles', date: '2024-03-01', sentence: 's1',
      },
      {
        role: 'Special Representative for Korean Peninsula Peace', country: 'South Korea',
        articleId: 1, articleTitle: 'Envoy named', date: '2019-06-10', sentence: 's2',
      },
    ],
    quotes: [
      { text: 'This launch is a clear violation.', articleId: 3, articleTitle: 'Security Council meets on missiles', url: 'https://news.example.org/a3', date: '2024-03-01' },
    ],
    seenIn: 4,
    firstSeen: '2019-06-10',
    appearances: [
      { articleId: 3, title: 'Security Council meets on missiles', url: 'https://news.example.org/a3', site: 'news.example.org', date: '2024-03-01', mentions: 5 },
      { articleId: 2, title: 'Talks resume', url: 'https://news.example.org/a2', date: '2023-01-04', mentions: 1 },
    ],
    companions: [{ entityId: 21, name: 'Vassily Nebenzya', kind: 'person', together: 3 }],
    notes: [note(5, 'Met him at the *UN* briefing.')],
    ...over,
  };
}

/** A city card. */
export function placeCard(over: Partial<Card> = {}): Card {
  return {
    entityId: 40,
    kind: 'place',
    name: 'Kharkiv',
    aliases: ['Kharkiv', 'Kharkov'],
    official: false,
    roles: [],
    quotes: [],
    place: { kind: 'city', country: 'Ukraine', countryCode: 'UA', latlng: [49.99, 36.23] },
    seenIn: 1,
    firstSeen: '2024-02-01',
    appearances: [{ articleId: 9, title: 'Strikes on Kharkiv', url: 'https://news.example.org/k', date: '2024-02-01', mentions: 2 }],
    companions: [],
    notes: [],
    ...over,
  };
}

/** A cast in reading order. */
export function cast(): CastEntry[] {
  return [
    { entityId: 17, kind: 'person', name: 'Hwang Joon-kook', official: true, role: 'Ambassador', organization: 'United Nations', country: 'South Korea', mentions: 5, seenIn: 4, notes: 1 },
    { entityId: 40, kind: 'place', name: 'Kharkiv', official: false, country: 'Ukraine', mentions: 2, seenIn: 1, notes: 0 },
    { entityId: 22, kind: 'person', name: 'Jane Doe', official: false, mentions: 1, seenIn: 1, notes: 0 },
    { entityId: 30, kind: 'organization', name: 'Security Council', official: false, mentions: 3, seenIn: 2, notes: 0 },
  ];
}
