import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../page/mentions';
import { clearHighlights, paintHighlights } from '../../../page/highlights';
import type { HighlightStyle } from '../../../reader/readerSettings';
import { styledName, styledRegistry } from '../../../reader/highlightStyle';

// happy-dom has no Highlight: a Set of ranges stands in for it, and a Map for the registry.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) { super(ranges); }
}
beforeAll(() => vi.stubGlobal('Highlight', FakeHighlight));

const mention = (type: Mention['type']) => ({ entityId: type, type, name: type, range: document.createRange(), pieces: [] }) as Mention;
const setup = () => {
  const real = new Map<string, Highlight>();
  let style: HighlightStyle = 'underline';
  const view = styledRegistry(real as unknown as HighlightRegistry, () => style);
  return { real, view, use: (s: HighlightStyle) => { style = s; } };
};

describe('styledName', () => {
  it('keeps the underline names and gives the tint its own', () => {
    expect(styledName('backstory-person', 'underline')).toBe('backstory-person');
    expect(styledName('backstory-person', 'tint')).toBe('backstory-tint-person');
  });
});

describe('styledRegistry', () => {
  it('paints under the underline names by default', () => {
    const { real, view } = setup();
    paintHighlights(view, [mention('person'), mention('company'), mention('person')]);
    expect([...real.keys()].sort()).toEqual(['backstory-company', 'backstory-person']);
    expect(real.get('backstory-person')!.size).toBe(2);
  });

  it('switching to the tint moves every highlight to its tint name and leaves no underline behind', () => {
    const { real, view, use } = setup();
    paintHighlights(view, [mention('person'), mention('company')]);
    use('tint');
    paintHighlights(view, [mention('person'), mention('country')]);
    expect([...real.keys()].sort()).toEqual(['backstory-tint-country', 'backstory-tint-person']);
    use('underline');
    paintHighlights(view, [mention('person')]);
    expect([...real.keys()]).toEqual(['backstory-person']);
  });

  it('clearing removes both styles’ names', () => {
    const { real, view, use } = setup();
    use('tint');
    paintHighlights(view, [mention('person')]);
    real.set('backstory-company', new FakeHighlight() as unknown as Highlight); // left over from another style
    clearHighlights(view);
    expect(real.size).toBe(0);
  });

  it('get and has answer for the current style; other members are the registry’s own', () => {
    const { real, view, use } = setup();
    use('tint');
    view.set('backstory-place', new FakeHighlight() as unknown as Highlight);
    expect(view.has('backstory-place')).toBe(true);
    expect(view.get('backstory-place')).toBe(real.get('backstory-tint-place'));
    expect(view.size).toBe(1);
    const names: string[] = [];
    view.forEach((_h, name) => names.push(name));
    expect(names).toEqual(['backstory-tint-place']);
    use('underline');
    expect(view.has('backstory-place')).toBe(false);
  });
});
