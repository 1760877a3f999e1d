/** Types of the virtual modules emitted by src/compiler/vitePlugin.ts. */
/* Types come through the "#schema" alias: ambient modules can't import relative paths. */
declare module 'virtual:content' {
  import type {
    ChapterBody,
    ContentIndex,
    ContentItemKeys,
    ContentItems,
  } from '#schema/content.ts';
  import type { CheatSheet } from '#schema/cheatSheet.ts';
  export const index: ContentIndex;
  export const chapterLoaders: Record<string, () => Promise<{ default: ChapterBody }>>;
  export function loadItems(): Promise<{ default: ContentItems }>;
  export function loadItemKeys(): Promise<{ default: ContentItemKeys }>;
  export function loadCheatSheets(): Promise<{ default: CheatSheet[] }>;
}

declare module 'virtual:content/search' {
  /** The packed MiniSearch index as JSON (src/compiler/search.ts); `loadSearchPack` restores it. */
  const json: string;
  export default json;
}
