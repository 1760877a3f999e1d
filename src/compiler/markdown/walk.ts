/**
 * A depth-first walk over one node type for the plugins in this folder. unist-util-visit builds
 * a closure per visited node, which cost more than the plugins' own work once every fragment of
 * every item is walked by six plugins.
 */
import type { Nodes, Parents, Root } from 'mdast';

type NodeOf<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/**
 * Calls `fn` for every node of `type`, parents before children. `fn` may replace the node in
 * `parent.children` and return the index to continue at (its replacements are not walked).
 */
export function walk<T extends Nodes['type']>(
  tree: Root,
  type: T,
  fn: (node: NodeOf<T>, index: number, parent: Parents) => number | undefined,
): void {
  const visit = (parent: Parents): void => {
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length;) {
      const node = children[i] as Nodes;
      if (node.type === type) {
        const next = fn(node as NodeOf<T>, i, parent);
        if (next !== undefined) {
          i = next;
          continue;
        }
      }
      if ('children' in node) visit(node);
      i++;
    }
  };
  visit(tree);
}
