import { HIGHLIGHT_STYLES, type HighlightStyle } from './readerSettings';

/** The registered name of a highlight in a style: each style has its own names in highlights.css. */
export const styledName = (name: string, style: HighlightStyle) =>
  style === 'underline' ? name : name.replace(/^backstory-/, `backstory-${style}-`);

/**
 * A view of the page's highlight registry that files each highlight under the current style's
 * name (`backstory-person` or `backstory-tint-person`) and drops the other styles' copy. Switching
 * the style therefore needs no class on <html> or any other change to the page's DOM, and the
 * painting code stays unaware of styles.
 */
export function styledRegistry(registry: HighlightRegistry, style: () => HighlightStyle): HighlightRegistry {
  const others = (name: string) => HIGHLIGHT_STYLES.filter((s) => s !== style()).map((s) => styledName(name, s));
  const own: Partial<Record<PropertyKey, unknown>> = {
    set(name: string, highlight: Highlight) {
      for (const other of others(name)) registry.delete(other);
      registry.set(styledName(name, style()), highlight);
      return view;
    },
    get: (name: string) => registry.get(styledName(name, style())),
    has: (name: string) => registry.has(styledName(name, style())),
    delete(name: string) {
      let found = false;
      for (const s of HIGHLIGHT_STYLES) found = registry.delete(styledName(name, s)) || found;
      return found;
    },
  };
  // Anything else (size, forEach, clear...) is the registry's own, called on the registry itself.
  const view: HighlightRegistry = new Proxy(registry, {
    get(target, key) {
      if (Object.hasOwn(own, key)) return own[key];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return view;
}
