import { basicNormalise } from './normalise';
import type { Knowledge, Service } from './model';

export interface SafetyHit {
  categories: Array<{ id: string; label: string; message: string; services: Service[] }>;
  emergency: string;
}

/**
 * Only the first 4,000 characters of a message are screened: twice the longest message the bot
 * accepts, so every accepted message is screened whole, and a huge one still is screened (on its
 * start) in a few milliseconds instead of holding the event loop for hundreds.
 */
export const SCREEN_MAX_CHARS = 4000;

/**
 * The safety screen: patterns from knowledge/safety.yaml, compiled once. Each message is tested
 * in several forms (as typed, lower-cased; normalised; normalised with spellings fixed) and any
 * hit counts — missing a risk message is far worse than an extra signpost.
 */
export function createSafetyScreen(knowledge: Knowledge): (text: string) => SafetyHit | null {
  const spellings = knowledge.synonyms.spellings;
  const categories = knowledge.safety.categories.map((c) => ({
    ...c,
    // Without the u flag: the patterns are plain ASCII, and V8 runs them about 20 times faster.
    regexes: c.patterns.map((p) => new RegExp(p, 'i')),
    serviceList: c.services.map((id) => knowledge.service(id)).filter((s): s is Service => s !== undefined),
  }));
  return (input: string) => {
    if (typeof input !== 'string' || categories.length === 0) return null;
    const text = input.slice(0, SCREEN_MAX_CHARS);
    if (!text.trim()) return null;
    const raw = text.toLowerCase().replace(/[’‘]/g, "'");
    const norm = basicNormalise(text);
    const spelled = norm.split(' ').map((w) => spellings[w] ?? w).join(' ');
    const forms = spelled === norm ? [raw, norm] : [raw, norm, spelled];
    const hits = categories.filter((c) => c.regexes.some((re) => forms.some((f) => re.test(f))));
    if (hits.length === 0) return null;
    return {
      emergency: knowledge.safety.emergency,
      categories: hits.map((c) => ({ id: c.id, label: c.label, message: c.message, services: c.serviceList })),
    };
  };
}
