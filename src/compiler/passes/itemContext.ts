/** The render context a card or question renders its Markdown with. */
import type { RenderContext } from '../markdown/render.ts';
import type { ItemSite } from './collections.ts';

/** The item's file, its problems, the registry's facts and the unit's links. */
export function itemRenderContext(site: ItemSite): RenderContext {
  return {
    source: site.source,
    problems: site.problems,
    facts: site.registry.facts,
    usedFacts: new Set(),
    links: site.unit.links.list,
  };
}
