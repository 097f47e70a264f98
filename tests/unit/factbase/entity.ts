import type { Entity } from '../../../factbase/types';

/** A valid entity modelled on data/entities/yasutoshi-nishimura.json; override any part of it. */
export function validEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'yasutoshi-nishimura',
    type: 'person',
    name: 'Yasutoshi Nishimura',
    description: 'Japanese Liberal Democratic Party politician.',
    descriptionSource: 'kyodo-profile',
    aliases: [{ text: 'Nishimura', kind: 'short' }, { text: '西村康稔' }],
    roles: [
      { title: 'Minister of Economy, Trade and Industry', org: 'meti', start: '2022-08-10', end: '2023-12-14', source: 'meti-2022-08-10' },
    ],
    facts: [{ label: 'Born', value: '15 October 1962', source: 'kyodo-profile' }],
    relations: [{ type: 'member_of', target: 'liberal-democratic-party', source: 'kyodo-profile' }],
    sources: {
      'meti-2022-08-10': {
        url: 'https://www.meti.go.jp/english/speeches/press_conferences/2022/0810001.html',
        title: 'Press Conference by Minister Nishimura (Excerpt), METI, 10 August 2022',
        published: '2022-08-10',
        checked: '2026-11-22',
      },
      'kyodo-profile': { url: 'https://english.kyodonews.net/', title: 'Kyodo profile', checked: '2026-11-22' },
    },
    ...overrides,
  };
}

/** A minimal valid entity with one source, for cross-entity checks. */
export function bare(id: string, name: string, overrides: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'organization',
    name,
    description: `${name}.`,
    descriptionSource: 's',
    sources: { s: { url: 'https://example.org/', title: name, checked: '2026-11-22' } },
    ...overrides,
  };
}
