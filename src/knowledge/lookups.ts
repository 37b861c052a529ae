import type { Knowledge } from '../core/model';
import { wordingFrom } from '../core/wording';

/** The knowledge as plain data: everything but its lookups (what a snapshot holds, src/knowledge/snapshot.ts). */
export type KnowledgeData = Omit<Knowledge, 'entry' | 'service' | 'text'>;

/** The lookups by id and by message key, added to validated data (the object itself: a part read lazily stays lazy). */
export function withLookups(data: KnowledgeData): Knowledge {
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const serviceById = new Map(data.services.map((x) => [x.id, x]));
  const lookups: Pick<Knowledge, 'entry' | 'service' | 'text'> = {
    entry: (id) => byId.get(id),
    service: (id) => serviceById.get(id),
    text: wordingFrom(data.messages, 'messages.yaml'),
  };
  return Object.assign(data, lookups);
}
