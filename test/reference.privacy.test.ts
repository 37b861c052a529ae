import { describe, expect, it } from 'vitest';
import { privacyPage, type PrivacyFacts } from '../src/pages/privacy';

const base: PrivacyFacts = { storage: 'memory', stateTtlMinutes: 24 * 60, insights: { enabled: true, retentionDays: 90 } };
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('privacy notice follows the running configuration', () => {
  it('memory storage: kept only in memory, expiry stated, forget me explained', () => {
    const page = text(privacyPage(base));
    expect(page).toContain('kept only in the memory of the server');
    expect(page).toContain('nobody has used for 24 hours is deleted');
    expect(page).toContain('Type forget me at any time');
    expect(page).not.toContain('Azure cloud storage');
  });

  it('Blob storage: says the state is in the organisation’s Azure storage, with its expiry', () => {
    const page = text(privacyPage({ ...base, storage: 'blob', stateTtlMinutes: 120 }));
    expect(page).toContain("organisation's own Microsoft Azure cloud storage");
    expect(page).toContain('nobody has used for 2 hours is deleted');
    expect(page).not.toContain('kept only in the memory');
  });

  it('insights on: explains anonymous records, kept question words, retention; off: says nothing about them', () => {
    const on = text(privacyPage({ ...base, insights: { enabled: true, retentionDays: 30 } }));
    expect(on).toContain('Improving the answers');
    expect(on).toContain('deleted after 30 days');
    expect(on).toContain('forget me does not remove them');
    const off = text(privacyPage({ ...base, insights: { enabled: false, retentionDays: 30 } }));
    expect(off).not.toContain('Improving the answers');
  });

  it('logs: never the words typed, unless redacted message logging is switched on', () => {
    expect(text(privacyPage(base))).toContain('These records never contain the words you type.');
    const debugging = text(privacyPage({ ...base, logsRedactedText: true }));
    expect(debugging).not.toContain('never contain the words you type');
    expect(debugging).toContain('also hold the words of questions you type (never a short reply such as a name or a school)');
  });

  it('states information, not legal advice, and has no inline script or style', () => {
    const html = privacyPage(base);
    expect(text(html)).toContain('gives information, not legal advice');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('the privacy notice and download links', () => {
  it('says files are kept for 15 minutes behind a random link and then deleted', () => {
    const page = privacyPage();
    expect(page).toContain('keeps that file for 15 minutes');
    expect(page).toContain('then deletes it');
  });
});
