/**
 * The CSS Custom Highlight API, which happy-dom lacks: a highlight is a set of ranges, the registry a
 * map from names to highlights, as in the browser. Installed per test; `remove` takes it away again.
 */
export function installFakeHighlights(): { registry: Map<string, Set<AbstractRange>>; remove: () => void } {
  const registry = new Map<string, Set<AbstractRange>>();
  const global = globalThis as { Highlight?: unknown };
  // happy-dom's CSS is a getter that makes a new object each time: a fixed one stands in for it.
  const css = Object.getOwnPropertyDescriptor(globalThis, 'CSS')!;
  Object.defineProperty(globalThis, 'CSS', { value: Object.assign(Object.create(CSS) as object, { highlights: registry }), configurable: true });
  global.Highlight = class Highlight extends Set<AbstractRange> {};
  return {
    registry,
    remove: () => {
      delete global.Highlight;
      Object.defineProperty(globalThis, 'CSS', css);
    },
  };
}
