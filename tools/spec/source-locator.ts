import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps a JSON path back to a line in the YAML source, so problems found on the parsed
 * data can point at the text a person edits. Falls back to the deepest node that exists.
 * It reads the document the loader parsed (with the line counter it parsed it with).
 */
export function createSourceLocator(document: Document, lineCounter: LineCounter): (path: readonly (string | number)[]) => SourcePosition | undefined {
  const positionOf = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    let node: Node | null | undefined = document.contents as Node | null;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        keyOffset = undefined;
        node = item;
      } else {
        break;
      }
    }
    const offset = keyOffset ?? node?.range?.[0];
    return offset === undefined ? undefined : positionOf(offset);
  };
}
