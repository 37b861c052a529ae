import { describe, expect, it } from 'vitest';
import { fillPlaceholders, wordingFrom } from '../src/core/wording';

describe('the wording lookup', () => {
  it('fills known placeholders, leaves unknown ones, and returns text with nothing to fill as it stands', () => {
    expect(fillPlaceholders('Call {name} on {phone}.', { name: 'SENDIASS', phone: 123 })).toBe('Call SENDIASS on 123.');
    expect(fillPlaceholders('Call {name} on {phone}.', { name: 'SENDIASS' })).toBe('Call SENDIASS on {phone}.');
    expect(fillPlaceholders('Call {name}.')).toBe('Call {name}.');
    expect(fillPlaceholders('No braces here.', { name: 'x' })).toBe('No braces here.');
    expect(fillPlaceholders('{a}{a} {b}', { a: 'x', b: '' })).toBe('xx ');
  });

  it('looks a key up and fills it; a missing key throws, naming the file', () => {
    const text = wordingFrom({ hello: 'Hello {who}', plain: 'Plain' }, 'messages.yaml');
    expect(text('hello', { who: 'there' })).toBe('Hello there');
    expect(text('plain')).toBe('Plain');
    expect(() => text('missing')).toThrow(/missing.*knowledge\/messages\.yaml/);
  });
});
