import type { Area, Entry, Region, Service } from './model';
import type { Wording } from './wording';

/** Which services fit a family: by where they live and what help they need. */

/** The kinds of help a parent can ask for: the services directory's fixed `helps_with` list (minus safety). */
export const NEEDS = [
  'information-advice', 'health-diagnosis', 'mental-health', 'early-years', 'short-breaks-social-care', 'parent-support', 'disagreement',
] as const;
export type Need = (typeof NEEDS)[number];

/** Each council's Local Offer, shown when the directory has nothing local for a need. */
export const LOCAL_OFFER: Record<Area, string> = { dorset: 'dorset-local-offer', bcp: 'bcp-local-offer' };

/** Whether a service is for families in this area (its own, or one it also covers). */
export function covers(service: Service, area: Region): boolean {
  return service.area === area || (area !== 'england' && service.alsoCovers.includes(area));
}

/** Services for a need: the area's own, then national ones. Elsewhere in England: national ones only. */
export function servicesFor(services: Service[], area: Region, need: string): { local: Service[]; national: Service[] } {
  const local = area === 'england' ? [] : services.filter((s) => covers(s, area) && s.helpsWith.includes(need));
  const national = services.filter((s) => s.area === 'england' && s.helpsWith.includes(need));
  return { local, national };
}

/** Contacts that reach a person. */
export const PERSON_CONTACTS = new Set(['phone', 'email', 'text', 'webchat']);
/** The kinds of help a parent asking "who can I talk to?" about SEND means (safety has its own screen). */
export const PERSON_HELP = new Set(['information-advice', 'disagreement', 'parent-support', 'short-breaks-social-care']);

/**
 * The area's SEND Information, Advice and Support Service first (the free, impartial service for every
 * SEND question), then every service there or national that a parent can phone, email, text or chat to.
 */
export function peopleToTalkTo(services: Service[], area: Region): Service[] {
  const inArea = (s: Service) => covers(s, area) || s.area === 'england';
  const sendiass = area === 'england' ? [] : services.filter((s) => s.area === area && s.id.endsWith('sendiass'));
  const reachable = services.filter(
    (s) => inArea(s) && !sendiass.includes(s) && s.helpsWith.some((h) => PERSON_HELP.has(h)) && s.contacts.some((c) => PERSON_CONTACTS.has(c.kind)),
  );
  // Local services before national ones.
  reachable.sort((a, b) => Number(a.area === 'england') - Number(b.area === 'england'));
  return [...sendiass, ...reachable];
}

/** The organisation running this bot's own helpline, from its configuration (any field may be empty). */
export interface Helpline { name: string; phone: string; hours: string; url: string }

/** The helpline as Markdown, empty fields left out; undefined if none is configured. */
export function helplineText(helpline: Helpline, words: Wording): string | undefined {
  const name = helpline.name.trim();
  const phone = helpline.phone.trim();
  const hours = helpline.hours.trim();
  const url = helpline.url.trim();
  if (!name && !phone && !hours && !url) return undefined;
  const lines = [`**${name || words('helpline.defaultName')}**`];
  if (phone) lines.push(`- ${words('helpline.phone')}: ${phone}`);
  if (hours) lines.push(`- ${words('helpline.hours')}: ${hours}`);
  if (url) lines.push(`- ${words('helpline.website')}: ${url}`);
  return `${words('helpline.intro')}\n\n${lines.join('\n')}`;
}

/**
 * An answer's services for a family whose area is known: that area's own first, then national ones;
 * another council's services are left out (a BCP family does not need Dorset Council's pages).
 * With no area known, all of them, as listed.
 */
export function servicesForArea(services: Service[], area: Region | undefined): Service[] {
  if (area === undefined) return services;
  const local = services.filter((s) => s.area !== 'england' && covers(s, area));
  const national = services.filter((s) => s.area === 'england');
  return [...local, ...national];
}

/** A council area's SEND Information, Advice and Support Service (the service whose id ends in "sendiass"). */
export function areaSendiass(services: Service[], area: Area): Service | undefined {
  return services.find((s) => s.area === area && s.id.endsWith('sendiass'));
}

/**
 * Someone to ask about a SEND question in an area: the council area's SEND Information, Advice and Support
 * Service (free and impartial, for every SEND question), whether or not the directory has its phone number;
 * elsewhere in England, the first person-to-talk-to for information and advice with a phone number.
 */
export function personToAsk(services: Service[], area: Region): Service | undefined {
  return peopleToAsk(services, area)[0];
}

/**
 * Who to name for an area: its SENDIASS first (the right people for a SEND question), and, while that has no
 * phone number we could source, the area's information-and-advice line that has one, so a parent can ring
 * someone today. Elsewhere in England: a national line with a phone number.
 */
export function peopleToAsk(services: Service[], area: Region): Service[] {
  const sendiass = area === 'england' ? undefined : areaSendiass(services, area);
  const hasPhone = (s: Service) => s.contacts.some((c) => c.kind === 'phone');
  const phoned = peopleToTalkTo(services, area).find((s) => s.helpsWith.includes('information-advice') && hasPhone(s));
  if (!sendiass) return phoned ? [phoned] : [];
  return hasPhone(sendiass) || !phoned ? [sendiass] : [sendiass, phoned];
}

/** How many of the closest topics to offer, beside those people, when a SEND question has no clear answer. */
export const CLOSEST_TOPICS = 3;

/** Who to name for the family's area; while it is not known, each council's people, Dorset's first. */
export function peopleToAskFor(services: Service[], area: Region | undefined): Service[] {
  const areas: Region[] = area ? [area] : ['dorset', 'bcp'];
  return [...new Set(areas.flatMap((a) => peopleToAsk(services, a)))];
}

/**
 * Whether an answer is about another council than the family's: it is written for one council (its
 * region) and none of the local services it names covers the family's area. An answer about NHS Dorset
 * names services that cover both councils, so it holds for both; Dorset Council's complaints process does not.
 */
export function aboutAnotherCouncil(entry: Pick<Entry, 'region'>, named: Service[], area: Region | undefined): boolean {
  if (area === undefined || entry.region === 'england' || entry.region === area) return false;
  return !named.some((s) => s.area !== 'england' && covers(s, area));
}

/**
 * The answer for the family's area: when the entry is written for the other council and
 * knowledge/places.yaml names its counterpart for the family's council (`counterparts`), that one;
 * otherwise the entry itself (the caller then says whose council it is about).
 */
export function entryForArea<E extends Pick<Entry, 'id' | 'region'>>(
  entry: E, area: Region | undefined, counterparts: Record<string, string> | undefined, find: (id: string) => E | undefined,
): E {
  if (area === undefined || area === 'england' || entry.region === 'england' || entry.region === area) return entry;
  const twin = counterparts?.[entry.id];
  const found = twin === undefined ? undefined : find(twin);
  return found && found.region === area ? found : entry;
}
