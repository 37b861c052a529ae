// Prints what SEND Signpost would answer to a question, without starting the server.
// Usage: npm run ask -- "how long does the council have to decide about an assessment"
import { answerText, safetyText, serviceText } from '../src/core/render';
import { loadKnowledge } from '../src/knowledge';
import { createMatcher } from '../src/core/matcher';
import { createSafetyScreen } from '../src/core/safety';
import { CLOSEST_TOPICS, peopleToAskFor } from '../src/core/services';
import type { Knowledge } from '../src/core/model';

export function answerFor(knowledge: Knowledge, question: string): string {
  // Safety first, as in the bot: a risk message gets safety signposting before anything else.
  const hit = createSafetyScreen(knowledge)(question);
  const parts: string[] = hit ? [safetyText(hit, knowledge.text)] : [];
  const matcher = createMatcher(knowledge);
  const outcome = matcher.match(question);
  switch (outcome.kind) {
    case 'answer':
      parts.push(answerText(outcome.entry, knowledge.text));
      // The bot follows an answer with the services it names.
      for (const id of outcome.entry.services) {
        const service = knowledge.service(id);
        if (service) parts.push(serviceText(service, knowledge.text));
      }
      parts.push(`(entry: ${outcome.entry.id}, score ${outcome.score.toFixed(3)})`);
      break;
    case 'didYouMean':
      parts.push(knowledge.text('question.didYouMean'), outcome.options.map((e) => `- ${e.title} (entry: ${e.id})`).join('\n'));
      break;
    case 'glossary': {
      const { term } = outcome;
      // The bot's own words for a term (replies.ts): glossary.standsFor or glossary.term in messages.yaml.
      parts.push(knowledge.text(term.standsFor ? 'glossary.standsFor' : 'glossary.term', { term: term.term, standsFor: term.standsFor ?? '', meaning: term.meaning }));
      break;
    }
    case 'noAnswer':
      if (hit) break;
      if (outcome.reason === 'outOfScope') {
        // About SEND but not answered: as the bot says it (src/bot/replies.ts), for a family whose area is not known.
        const people = peopleToAskFor(knowledge.services, undefined);
        parts.push(knowledge.text('question.noClearAnswer').trim());
        if (people.length) parts.push(knowledge.text('question.personToAsk').trim(), ...people.map((s) => serviceText(s, knowledge.text)));
        const closest = matcher.search(question, CLOSEST_TOPICS);
        if (closest.length) parts.push(knowledge.text('question.closestTopics'), closest.map((r) => `- ${r.entry.title} (entry: ${r.entry.id})`).join('\n'));
      } else parts.push(knowledge.text('question.noAnswer').trim());
      parts.push(`(no answer: ${outcome.reason})`);
      break;
  }
  return parts.join('\n\n');
}

if (require.main === module) {
  const question = process.argv.slice(2).join(' ').trim();
  if (!question) {
    console.error('Usage: npm run ask -- "your question"');
    process.exitCode = 2;
  } else {
    try {
      console.log(answerFor(loadKnowledge(), question));
    } catch (error) {
      // A broken knowledge base explains itself (file, line, field); no stack trace needed.
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  }
}
