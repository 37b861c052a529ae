import { basicNormalise } from './normalise';

/**
 * basicNormalise(text.slice(from, to)), for the safety screen, which normalises a whole story and then each of
 * its sentences: text of ASCII characters alone (nearly every message) is read in one pass into a reused
 * buffer, with no copy of the text per step; any other text goes through basicNormalise itself. On ASCII,
 * basicNormalise's steps come down to: upper case to lower; a backtick is an apostrophe; "&" reads " and ";
 * an apostrophe and "s" before a word's end (a character that is not a letter, digit or _, or the end) are
 * dropped, any other apostrophe dropped alone; every run of other characters one space, none at the ends.
 * (NFKD and the accents it splits off change nothing in ASCII.) test/safety.text.test.ts holds the two equal.
 */
export function normaliseRange(text: string, from = 0, to = text.length): string {
  // "&" grows to " and": at most four bytes for every one read.
  if (4 * (to - from) > out.length) out = new Uint8Array(Math.max(out.length * 2, 4 * (to - from)));
  let len = 0, gap = false;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return basicNormalise(text.slice(from, to));
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && len > 0) out[len++] = 32;
      gap = false;
      out[len++] = c;
    } else if (c === 39 || c === 96) {
      // An apostrophe: dropped, with the "s" after it when a word ends there.
      if (i + 1 < to && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= to || !isWordCode(text.charCodeAt(i + 2)))) i++;
    } else if (c === 38) {
      if (len > 0) out[len++] = 32;
      out[len++] = 97; out[len++] = 110; out[len++] = 100;
      gap = true;
    } else {
      gap = true;
    }
  }
  return len === 0 ? '' : ascii.decode(out.subarray(0, len));
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
let out = new Uint8Array(8192);
const ascii = new TextDecoder('latin1');
