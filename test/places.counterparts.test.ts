import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../src/knowledge';
import { aboutAnotherCouncil, entryForArea } from '../src/core/services';
import type { Entry, Region, Service } from '../src/core/model';
import { entryYaml } from './helpers/entryYaml';
import { knowledgeDir } from './helpers/knowledgeDir';
import { realKnowledge } from './helpers/testBot';

/** Answers written for one council and their counterparts for the other (knowledge/places.yaml `counterparts`). */

const TODAY = new Date('2026-11-23T12:00:00Z');

const kb = knowledgeDir;
const entryIn = (id: string, region: Region) => entryYaml(id).replace('region: england', `region: ${region}`);
const placesYaml = (counterparts: string) => `sources:
  - title: A source
    url: https://www.legislation.gov.uk/uksi/2018/648/note/made
postcodes:
  DT: dorset
places:
  dorset: [Weymouth]
  bcp: [Poole]
counterparts:
${counterparts}`;

describe('counterparts in knowledge/places.yaml', () => {
  const entries = `entries:${entryIn('dorset-answer', 'dorset')}${entryIn('bcp-answer', 'bcp')}${entryIn('national-answer', 'england')}`;

  it('load both ways', () => {
    const { knowledge, problems } = checkKnowledge(kb({ 'entries/a.yaml': entries, 'places.yaml': placesYaml('  - { dorset: dorset-answer, bcp: bcp-answer }\n') }), { today: TODAY });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(knowledge!.places!.counterparts).toEqual({ 'dorset-answer': 'bcp-answer', 'bcp-answer': 'dorset-answer' });
  });

  it('an unknown id, or an entry written for the other council, stops the load with file, line and field', () => {
    const { knowledge, problems } = checkKnowledge(kb({
      'entries/a.yaml': entries,
      'places.yaml': placesYaml('  - { dorset: dorset-answer, bcp: bcp-answer }\n  - dorset: no-such-entry\n    bcp: national-answer\n'),
    }), { today: TODAY });
    expect(knowledge).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      { file: 'places.yaml', line: 11, field: 'counterparts › item 2 › dorset', message: '"no-such-entry" is not an entry id', severity: 'error' },
      { file: 'places.yaml', line: 12, field: 'counterparts › item 2 › bcp', message: '"national-answer" is written for england, not bcp', severity: 'error' },
    ]);
  });
});

describe('entryForArea and aboutAnotherCouncil', () => {
  const e = (id: string, region: Region) => ({ id, region });
  const all = [e('short-dorset', 'dorset'), e('short-bcp', 'bcp'), e('national', 'england'), e('only-dorset', 'dorset')];
  const find = (id: string) => all.find((x) => x.id === id);
  const twins = { 'short-dorset': 'short-bcp', 'short-bcp': 'short-dorset', 'only-dorset': 'national' };

  it('swaps an answer for the other council for its counterpart in the family\'s council', () => {
    expect(entryForArea(all[0], 'bcp', twins, find).id).toBe('short-bcp');
    expect(entryForArea(all[1], 'dorset', twins, find).id).toBe('short-dorset');
  });
  it('keeps it when the area is unknown, elsewhere in England, its own, or the answer is national', () => {
    expect(entryForArea(all[0], undefined, twins, find).id).toBe('short-dorset');
    expect(entryForArea(all[0], 'england', twins, find).id).toBe('short-dorset');
    expect(entryForArea(all[0], 'dorset', twins, find).id).toBe('short-dorset');
    expect(entryForArea(all[2], 'bcp', twins, find).id).toBe('national');
  });
  it('never swaps to a counterpart that is not written for the family\'s council', () => {
    expect(entryForArea(all[3], 'bcp', twins, find).id).toBe('only-dorset');
  });

  const k = realKnowledge();
  const services = (ids: string[]) => ids.map((id) => k.service(id)!) as Service[];
  const dorsetEntry = { region: 'dorset' } as Pick<Entry, 'region'>;
  it('an answer for one council, naming only that council\'s services, is about another council for the other', () => {
    expect(aboutAnotherCouncil(dorsetEntry, services(['dorset-family-support-advice-line']), 'bcp')).toBe(true);
    expect(aboutAnotherCouncil(dorsetEntry, services(['dorset-family-support-advice-line']), 'england')).toBe(true);
    expect(aboutAnotherCouncil(dorsetEntry, services(['dorset-family-support-advice-line']), 'dorset')).toBe(false);
    expect(aboutAnotherCouncil(dorsetEntry, services(['dorset-family-support-advice-line']), undefined)).toBe(false);
  });
  it('naming a service that covers both councils (NHS Dorset), it holds for both', () => {
    expect(aboutAnotherCouncil(dorsetEntry, services(['dorset-camhs']), 'bcp')).toBe(false);
    expect(aboutAnotherCouncil({ region: 'england' }, services(['dorset-sendiass']), 'bcp')).toBe(false);
  });
  it('every counterpart in the real knowledge joins a Dorset Council answer to a BCP Council answer', () => {
    const twinsReal = k.places!.counterparts;
    expect(Object.keys(twinsReal).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(twinsReal)) {
      expect(new Set([k.entry(from)!.region, k.entry(to)!.region])).toEqual(new Set(['dorset', 'bcp']));
    }
  });
});
