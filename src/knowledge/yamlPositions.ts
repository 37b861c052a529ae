import { EVENT_ID, SCALAR_STYLE, getScalarValue, type Event } from 'js-yaml';

/**
 * Where each value of a YAML file starts, from js-yaml's parse events, so a problem can name its line
 * without a second parse. Lines are counted as the `yaml` package counts them for its nodes (a block
 * scalar, `|` or `>`, is on the line of its header; a quoted one on the line of its opening quote), so
 * editors see the same line numbers whichever parser read the file.
 */
export interface Positions {
  /**
   * 1-based line of the value at `at` (or of the closest parent that exists); with `key`, of that key
   * inside the map at `at`. undefined when the value found has no offset of its own (an empty list item).
   */
  lineOf(at: ReadonlyArray<PropertyKey>, key?: string): number | undefined;
}

interface PosNode {
  /** Source offset; -1 when the node has none of its own. */
  at: number;
  map?: Map<string, { key: number; value: PosNode }>;
  seq?: PosNode[];
}

const NONE = -1;

export function positionsOf(events: readonly Event[], src: string): Positions {
  let i = 0;
  const scalarAt = (e: Extract<Event, { type: typeof EVENT_ID.SCALAR }>): number => {
    if (e.valueStart === NONE) return NONE;
    if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) return e.valueStart - 1;
    if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) return blockHeaderAt(src, e.valueStart);
    return e.valueStart;
  };
  const node = (): PosNode => {
    const e = events[i++];
    switch (e.type) {
      case EVENT_ID.SCALAR:
        return { at: scalarAt(e) };
      case EVENT_ID.MAPPING: {
        const map = new Map<string, { key: number; value: PosNode }>();
        while (events[i].type !== EVENT_ID.POP) {
          const k = events[i];
          const keyNode = node();
          const value = node();
          if (k.type !== EVENT_ID.SCALAR) continue;
          // An empty value (`field:`) sits on its key's line.
          if (value.at === NONE && value.map === undefined && value.seq === undefined) value.at = keyNode.at;
          const name = getScalarValue(src, k);
          if (!map.has(name)) map.set(name, { key: keyNode.at, value });
        }
        i++;
        return { at: e.start, map };
      }
      case EVENT_ID.SEQUENCE: {
        const seq: PosNode[] = [];
        while (events[i].type !== EVENT_ID.POP) seq.push(node());
        i++;
        return { at: e.start, seq };
      }
      default:
        // Aliases never reach here (the fast read refuses them); anything else has no place of its own.
        return { at: NONE };
    }
  };
  let root: PosNode | undefined;
  if (events[i]?.type === EVENT_ID.DOCUMENT) {
    i++;
    if (events[i] && events[i].type !== EVENT_ID.POP) root = node();
  }

  let lineStarts: number[] | undefined;
  const lineAt = (offset: number): number => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let p = src.indexOf('\n'); p !== -1; p = src.indexOf('\n', p + 1)) lineStarts.push(p + 1);
    }
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const getIn = (path: ReadonlyArray<string | number>): PosNode | undefined => {
    let cur = root;
    for (const k of path) {
      if (!cur) return undefined;
      if (cur.map) cur = cur.map.get(String(k))?.value;
      else if (cur.seq) {
        const idx = typeof k === 'string' ? Number(k) : k;
        cur = Number.isInteger(idx) && idx >= 0 ? cur.seq[idx] : undefined;
      } else return undefined;
    }
    return cur;
  };

  return {
    lineOf(at, key) {
      const p = at.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
      for (let n = p.length; n >= 0; n--) {
        const found = n === 0 ? root : getIn(p.slice(0, n));
        if (!found) continue;
        if (key !== undefined && n === p.length && found.map) {
          const pair = found.map.get(key);
          if (pair) return pair.key === NONE ? undefined : lineAt(pair.key);
        }
        return found.at === NONE ? undefined : lineAt(found.at);
      }
      return 1;
    },
  };
}

/** A block scalar's content starts below its header (`|`, `>-`…), after any blank lines: the header's offset. */
function blockHeaderAt(src: string, contentStart: number): number {
  let lineStart = src.lastIndexOf('\n', contentStart - 1) + 1;
  while (lineStart > 0) {
    const prevStart = src.lastIndexOf('\n', lineStart - 2) + 1;
    if (src.slice(prevStart, lineStart - 1).trim() !== '') return prevStart;
    lineStart = prevStart;
  }
  return lineStart;
}
