import { expect } from 'vitest';
import { basicNormalise } from '../../src/core/normalise';
import { patternScanner } from '../../src/core/safetyScan';

/** One pattern run as the screen runs it (read, maybe cut, prefiltered): whether it fires on a text. */
export function scanOne(source: string): (text: string) => boolean {
  const scan = patternScanner([{ source, category: 0 }], (ss) => ss.map((s) => new RegExp(s, 'i')));
  return (text: string) => { const hit = new Uint8Array(1); scan(text, hit); return hit[0] === 1; };
}

/**
 * Each pattern, as the screen runs it, decides every message (lower-cased and normalised, as the screen reads
 * it) exactly as the plain regular expression does.
 */
export function expectScanAgreesWithPlain(patterns: string[], messages: string[]): void {
  const forms = messages.flatMap((m) => [m.toLowerCase(), basicNormalise(m)]);
  for (const p of patterns) {
    const plain = new RegExp(p, 'i'), scan = scanOne(p);
    for (const m of forms) expect(scan(m), `${p.slice(0, 60)} on "${m}"`).toBe(plain.test(m));
  }
}
