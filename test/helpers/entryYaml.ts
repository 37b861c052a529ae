/**
 * One entry of a knowledge/entries/*.yaml file, as YAML text, for tests that build a small knowledge folder.
 * `extra` replaces a field's YAML value (quote strings yourself) or adds followUps/services.
 */
export function entryYaml(id: string, extra: Partial<Record<'answer' | 'reviewed' | 'followUps' | 'services' | 'sources', string>> = {}): string {
  return `
  - id: ${id}
    title: A plain title for ${id}
    questions:
      - first way a parent might ask about ${id}
      - second way a parent might ask about ${id}
      - third way a parent might ask about ${id}
      - fourth way a parent might ask about ${id}
    answer: ${extra.answer ?? '"The school must tell you. Ask to meet the teacher. You can take a friend."'}
    topics: [sen-support]
    region: england
    sources: ${extra.sources ?? '[SEND Code of Practice 6.1]'}
    reviewed: ${extra.reviewed ?? '2026-11-01'}${extra.followUps ? `\n    followUps: ${extra.followUps}` : ''}${extra.services ? `\n    services: ${extra.services}` : ''}`;
}
