// Generic traversal of the Python AST driven by NODE_SPECS: child iteration, pre-order walks, visitors.
import { ENUM_TYPES, NODE_SPECS, type Node, type NodeType } from './generated/nodes.js';

/** Field types that hold values, not nodes. */
const LEAF_TYPES: ReadonlySet<string> = new Set(['identifier', 'string', 'int', 'constant', ...ENUM_TYPES]);

/** For each node kind, the names of its fields that can hold child nodes, in CPython's order. */
const CHILD_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(NODE_SPECS).map(([type, spec]) => [type, spec.fields.filter((f) => !LEAF_TYPES.has(f.type)).map((f) => f.name)]),
);

/** The names of the fields of `type` that hold child nodes (or lists of them), in field order. */
export function childFieldNames(type: NodeType): readonly string[] {
  return CHILD_FIELDS[type];
}

/**
 * Calls `visit` for each direct child of `node`, in field order (list items in order, `None`
 * entries of lists such as Dict.keys skipped), with the field name and the index within a list
 * field (-1 for a single child).
 */
export function forEachChild(node: Node, visit: (child: Node, field: string, index: number) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const field of CHILD_FIELDS[node._type]) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i] as Node | null;
        if (item !== null) visit(item, field, i);
      }
    } else {
      visit(value as Node, field, -1);
    }
  }
}

/** The direct children of `node` in field order (like ast.iter_child_nodes). */
export function childNodes(node: Node): Node[] {
  const children: Node[] = [];
  forEachChild(node, (child) => children.push(child));
  return children;
}

/**
 * Visits `root` and every node below it in pre-order (a node before its children, children in
 * field order). When `enter` returns false the node's children are skipped; `leave`, if given,
 * runs after a node's children.
 */
export function walk(
  root: Node,
  enter: (node: Node, parent: Node | null) => boolean | void,
  leave?: (node: Node, parent: Node | null) => void,
): void {
  const visitNode = (node: Node, parent: Node | null): void => {
    if (enter(node, parent) !== false) forEachChild(node, (child) => visitNode(child, node));
    leave?.(node, parent);
  };
  visitNode(root, null);
}

/** Every node of the tree rooted at `root` (root included), in pre-order. */
export function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  walk(root, (node) => {
    nodes.push(node);
  });
  return nodes;
}

/** Handlers per node kind; a kind without a handler gets its children visited. */
export type NodeVisitor = { readonly [K in NodeType]?: (node: Extract<Node, { _type: K }>, visitChildren: () => void) => void };

/**
 * Dispatches each node to the handler for its kind (like ast.NodeVisitor). A handler decides
 * whether and when to descend by calling `visitChildren`; nodes without a handler are descended
 * into automatically.
 */
export function visit(root: Node, visitor: NodeVisitor): void {
  const visitNode = (node: Node): void => {
    const handler = visitor[node._type] as ((node: Node, visitChildren: () => void) => void) | undefined;
    const visitChildren = (): void => forEachChild(node, visitNode);
    if (handler) handler(node, visitChildren);
    else visitChildren();
  };
  visitNode(root);
}
