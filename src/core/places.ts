/**
 * Which council a place a parent names is in: a town or village (knowledge/places.yaml) or a postcode
 * district ("DT1", "BH15 2AB"). Where a postcode area spans both councils, the answer is to ask.
 */
import { simplify } from './text';

/** A council area in Dorset (the same as model.ts Area, kept here so the model can import this file). */
export type Area = 'dorset' | 'bcp';

export interface Places {
  /** Simplified place name → its council area. */
  names: Record<string, Area>;
  /** Postcode area letters (upper case) → its council area, or 'ask' when it spans both. */
  postcodes: Record<string, Area | 'ask'>;
}

export type PlaceFound = { area: Area; place: string } | { ask: true; place: string };

const POSTCODE = /\b([A-Za-z]{1,2})(\d{1,2})[A-Za-z]?(?:\s*\d[A-Za-z]{2})?\b/g;

/**
 * The council area of the place named in the text: a postcode district first (it is exact), then the
 * longest place name said as whole words. Names from both councils, or a postcode area that spans
 * both, mean "ask"; nothing known, undefined.
 */
export function findPlace(text: string, places: Places): PlaceFound | undefined {
  for (const m of text.matchAll(POSTCODE)) {
    const letters = m[1].toUpperCase();
    const area = places.postcodes[letters];
    if (!area) continue;
    const place = `${letters}${m[2]}`;
    return area === 'ask' ? { ask: true, place } : { area, place };
  }
  const padded = ` ${simplify(text)} `;
  const said = Object.keys(places.names)
    .filter((name) => padded.includes(` ${name} `))
    .sort((a, b) => b.length - a.length)
    // "West Moors" also contains "moors": a name inside a longer one already found does not count.
    .filter((name, i, all) => !all.slice(0, i).some((longer) => ` ${longer} `.includes(` ${name} `)));
  if (said.length === 0) return undefined;
  const areas = new Set(said.map((name) => places.names[name]));
  return areas.size === 1 ? { area: places.names[said[0]], place: said[0] } : { ask: true, place: said.join(', ') };
}
