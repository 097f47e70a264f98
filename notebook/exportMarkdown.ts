import type { Note } from './db';
import { compareText } from './exportJson';
import { escapeBlock, escapeInline, pageLink, wikiLinkName, yamlString } from './markdownText';

export type EntityName = (id: string) => string | undefined;

interface Section {
  heading: string;
  notes: Note[];
}

const oldestFirst = (a: Note, b: Note) => a.createdAt - b.createdAt || compareText(a.id, b.id);

function noteBlock(note: Note): string[] {
  const lines = [`### ${pageLink(note.pageTitle, note.pageUrl)}`, ''];
  const quote = escapeBlock(note.quote);
  if (quote.length) lines.push(...quote.map((l) => (l ? `> ${l}` : '>')), '');
  const text = escapeBlock(note.text);
  if (text.length) lines.push(...text, '');
  if (note.tags.length) lines.push(`Tags: ${note.tags.map(escapeInline).join(', ')}`, '');
  lines.push(`Saved: ${new Date(note.createdAt).toISOString().slice(0, 10)}`, '');
  return lines;
}

function sections(notes: readonly Note[], entityName: EntityName): Section[] {
  const byEntity = new Map<string, Note[]>();
  const unfiled: Note[] = [];
  for (const note of notes) {
    if (note.entityId === null) unfiled.push(note);
    else {
      const list = byEntity.get(note.entityId);
      if (list) list.push(note); // not a copy per note: thousands of notes on one entity stay linear
      else byEntity.set(note.entityId, [note]);
    }
  }
  // An entity no longer in the fact base keeps its notes under its id rather than losing them.
  const named = [...byEntity].map(([id, list]) => ({ id, name: wikiLinkName(entityName(id) ?? id) || id, list }));
  named.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || compareText(a.id, b.id));
  const out: Section[] = named.map(({ name, list }) => ({ heading: `## [[${name}]]`, notes: list.sort(oldestFirst) }));
  if (unfiled.length) out.push({ heading: '## Unfiled', notes: unfiled.sort(oldestFirst) });
  return out;
}

/**
 * The notebook as one Markdown file for Obsidian and similar tools: YAML front matter, one
 * section per entity (a wiki link), then notes on no entity under "Unfiled".
 */
export function exportMarkdown(notes: readonly Note[], entityName: EntityName, now: () => number, title = 'Backstory notebook'): string {
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(new Date(now()).toISOString())}`,
    `count: ${notes.length}`,
    '---',
    '',
    `# ${escapeInline(title)}`,
    '',
  ];
  for (const section of sections(notes, entityName)) {
    lines.push(section.heading, '');
    for (const note of section.notes) lines.push(...noteBlock(note));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
