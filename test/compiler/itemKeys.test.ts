/**
 * The items' keys module (virtual:content/item-keys), what the exam page loads instead of the
 * items: for every card and question of the real curriculum, in the same order, exactly the
 * fields scoping, today's queue and readiness read, and none of the texts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { contentPlugin } from '../../src/compiler/vitePlugin.ts';
import type { ContentItemKeys } from '../../src/schema/content.ts';

const root = join(import.meta.dirname, '..', '..');
const content = compileContent({ dir: join(root, 'content') });

/** The module's source as the plugin serves it to the bundler, evaluated. */
async function itemKeysModule(): Promise<ContentItemKeys> {
  const plugin = contentPlugin();
  (plugin.configResolved as (config: { root: string }) => void)({ root });
  const source = (plugin.load as (id: string) => string)('\0virtual:content/item-keys');
  const url = `data:text/javascript,${encodeURIComponent(source)}`;
  return ((await import(/* @vite-ignore */ url)) as { default: ContentItemKeys }).default;
}

describe('the items’ keys', () => {
  it('hold id, exams, tasks, chapter and facts of every item, in order, and no text', async () => {
    const keys = await itemKeysModule();
    for (const kind of ['cards', 'questions'] as const) {
      const items = content.items[kind];
      expect(items.length).toBeGreaterThan(100);
      expect(keys[kind]).toEqual(
        items.map((i) => ({
          id: i.id,
          exams: i.exams,
          tasks: i.tasks,
          chapter: i.chapter,
          facts: i.facts,
        })),
      );
    }
  });

  it('are a small part of the items', async () => {
    const keys = JSON.stringify(await itemKeysModule());
    expect(keys).not.toMatch(/Html|<p>/);
    expect(keys.length).toBeLessThan(JSON.stringify(content.items).length / 5);
  });
});
