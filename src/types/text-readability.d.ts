declare module 'text-readability' {
  interface Readability {
    fleschReadingEase(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    averageSentenceLength(text: string): number;
    syllableCount(text: string, lang?: string): number;
  }
  const readability: Readability;
  export default readability;
}

declare module 'text-readability/easy_words.js' {
  const easyWords: string[];
  export default easyWords;
}
