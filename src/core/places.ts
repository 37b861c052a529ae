/**
 * Which council a place a parent names is in: a town or village (knowledge/places.yaml) or a postcode
 * district ("DT1", "BH15 2AB"). Where a postcode district spans both councils (or reaches outside
 * Dorset), the answer is to ask.
 */
import { simplify } from './text';

/** A council area in Dorset (the same as model.ts Area, kept here so the model can import this file). */
export type Area = 'dorset' | 'bcp';
/** A council area in Dorset, or elsewhere in England (the same as model.ts Region). */
export type PlaceArea = Area | 'england';

export interface Places {
  /** Simplified place name → its council area. */
  names: Record<string, Area>;
  /**
   * Postcode districts ("BH21") and areas ("DT"), upper case → their council area, 'england' when outside
   * Dorset, or 'ask' when one spans more than one. A district listed wins over its area's letters.
   */
  postcodes: Record<string, PlaceArea | 'ask'>;
  /**
   * Simplified names of counties, councils, cities and large towns elsewhere in England ("Salisbury",
   * "Hampshire"): an answer to "where does your family live?", never read in free text (some are names).
   */
  elsewhere: string[];
  /**
   * An answer written for one council → its counterpart for the other ("short-breaks-dorset" →
   * "bcp-short-breaks"), both ways, from knowledge/places.yaml `counterparts`.
   */
  counterparts: Record<string, string>;
}

export type PlaceFound = { area: PlaceArea; place: string } | { ask: true; place: string };

const POSTCODE = /\b([A-Za-z]{1,2})(\d{1,2})[A-Za-z]?(?:\s*\d[A-Za-z]{2})?\b/g;

/** The council area of a postcode district ("BH21", "dt4"), by its district when listed, else its area; undefined if unknown. */
export function postcodeArea(letters: string, digits: string, places: Places): PlaceArea | 'ask' | undefined {
  const area = letters.toUpperCase();
  return places.postcodes[`${area}${Number(digits)}`] ?? places.postcodes[area];
}

/**
 * The council area of the place named in the text: a postcode district first (it is exact), then the
 * longest place name said as whole words. Names from both councils, or a postcode district that spans
 * more than one council, mean "ask"; nothing known, undefined.
 */
export function findPlace(text: string, places: Places): PlaceFound | undefined {
  for (const m of text.matchAll(POSTCODE)) {
    const area = postcodeArea(m[1], m[2], places);
    if (!area) continue;
    const place = `${m[1].toUpperCase()}${Number(m[2])}`;
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

/**
 * The postcode districts a parent may type as the answer to "where does your family live?", simplified
 * ("bh21"), by what each means: every listed district, and districts 1 to 99 of each listed area.
 */
export function postcodeWords(places: Places): Record<PlaceArea | 'ask', string[]> {
  const words: Record<PlaceArea | 'ask', string[]> = { dorset: [], bcp: [], england: [], ask: [] };
  for (const key of Object.keys(places.postcodes)) {
    if (/\d/.test(key)) continue;
    for (let n = 1; n <= 99; n++) {
      const area = postcodeArea(key, String(n), places);
      if (area) words[area].push(`${key.toLowerCase()}${n}`);
    }
  }
  for (const [key, area] of Object.entries(places.postcodes)) {
    const m = /^([A-Z]{1,2})(\d{1,2})$/.exec(key);
    if (m && !places.postcodes[m[1]]) words[area].push(key.toLowerCase());
  }
  return words;
}
