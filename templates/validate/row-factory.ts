/** Row objects for the table engine: every key present from the start, cloned from a per-shape template. */
import type { MutableRow } from './outcome';

/**
 * Distinct spread sites, one per row shape in turn. V8 keeps the feedback of an object spread
 * per source-code site, not per closure: with one shared site, the row shapes of all sheets
 * (11 in a workbook) drive it megamorphic and each clone takes the generic runtime path — about
 * 9× slower, measured at 5 ms per 5,000 rows. Each literal below is a separate site, so each
 * shape clones monomorphically. Written out by hand because generating them (new Function)
 * would need eval, which some task-pane hosts forbid.
 */
const CLONERS: readonly ((template: MutableRow) => MutableRow)[] = [
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
  (t) => ({ ...t }),
];

/** Row shape (its keys in order) → index of its clone site; shapes beyond the pool share sites. */
const siteOfShape = new Map<string, number>();

function cloneSiteFor(shape: string): (template: MutableRow) => MutableRow {
  let site = siteOfShape.get(shape);
  if (site === undefined) {
    site = siteOfShape.size % CLONERS.length;
    // Bounded: a host that validates endless ad-hoc specs must not grow this map forever.
    if (siteOfShape.size < 1024) siteOfShape.set(shape, site);
  }
  return CLONERS[site] as (template: MutableRow) => MutableRow;
}

/**
 * A factory of rows `{ __row: 0, [key]: null … }` with the keys in the given order. Adding 40+
 * properties one by one to each of 5,000 objects costs V8 a hidden-class transition and a
 * backing-store regrowth per property; cloning a template that came from JSON.parse (which lays
 * all properties out in the object itself) is a single fast copy, after which the engine only
 * overwrites existing properties. Rows stay plain objects.
 * @example rowFactory(['id', 'name'])() // { __row: 0, id: null, name: null }
 */
export function rowFactory(keys: readonly string[]): () => MutableRow {
  const shape: Record<string, number | null> = { __row: 0 };
  for (const key of keys) shape[key] = null;
  const json = JSON.stringify(shape);
  const template = JSON.parse(json) as MutableRow;
  const clone = cloneSiteFor(json);
  return () => clone(template);
}
