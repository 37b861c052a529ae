import { htmlPage } from './html';

export interface PrivacyFacts {
  /** Where conversation state lives (Config.storage). */
  storage: 'memory' | 'blob';
  /** State not touched for this long is deleted (Config.stateTtlMinutes). */
  stateTtlMinutes: number;
  /** Anonymous usage records for improving answers (Config.insights). */
  insights: { enabled: boolean; retentionDays: number };
  /** LOG_MESSAGE_TEXT=redacted: a debugging option that logs message text after redaction. */
  logsRedactedText?: boolean;
}

const DEFAULT_FACTS: PrivacyFacts = { storage: 'memory', stateTtlMinutes: 24 * 60, insights: { enabled: true, retentionDays: 90 } };

function duration(minutes: number): string {
  if (minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return days === 1 ? '24 hours' : `${days} days`;
  }
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The privacy notice, worded from the running configuration so it never claims more or less than is true. */
export function privacyPage(facts: PrivacyFacts = DEFAULT_FACTS): string {
  const where = facts.storage === 'blob'
    ? `<p>It is kept in the organisation's own Microsoft Azure cloud storage, so a chat can carry on if the service
restarts. A conversation nobody has used for ${duration(facts.stateTtlMinutes)} is deleted.</p>`
    : `<p>It is kept only in the memory of the server that runs SEND Signpost. It is not written to disk or a
database. It disappears when the service restarts, and a conversation nobody has used for
${duration(facts.stateTtlMinutes)} is deleted.</p>`;
  const insights = facts.insights.enabled
    ? `<h2 id="improving">Improving the answers</h2>
<p>To find out which answers help and which questions it cannot answer yet, the service keeps a short record of
each message: the hour it arrived, whether it came from Teams or the web, and which answer was given. These records
contain no name, no account or conversation identifier, and no way to link them to you.</p>
<p>When the chat has no answer to a question, or you tell it an answer did not help and say what was missing, it
keeps the words of that question so an editor can add a better answer. It keeps only words that read as a question:
a short reply, such as a name or a school you typed in answer to one of its questions, is never kept. Before they
are stored, email addresses, phone numbers, NHS numbers, postcodes, dates, other numbers and the names of people and
schools it can recognise are taken out. It cannot recognise every name, so please leave names out. These records are deleted
after ${facts.insights.retentionDays} days. Because they cannot be linked to you, <strong>forget me</strong> does not
remove them.</p>`
    : '';
  return htmlPage({ title: 'Privacy notice — SEND Signpost', body: `<h1>Privacy notice</h1>
<p>SEND Signpost is a chat service that gives general information about support for children and young people with
special educational needs and disabilities (SEND) in England. This page explains what it does with what you type.</p>

<h2 id="what-we-keep">What the chat keeps</h2>
<p>To follow a conversation, the chat keeps a small amount of information about it: where you are in a set of
questions (for example, which step of working out a deadline you are on) and the answers you have given in that
conversation, such as a date you typed or the details you gave for a letter.</p>
${where}
<p>When the chat makes you a file, such as a letter or a calendar file, it keeps that file for 15 minutes so you
can download it from a link, and then deletes it. The link is a long random address that is not written to any
log; anyone who has the link can open the file until it expires, so don't share it.</p>
<p>You do not need to give your name, your child's name or any contact details. Please don't: the chat does not
need them to help you.</p>

<h2 id="forget-me">Deleting what you have told it</h2>
<p>Type <strong>forget me</strong> at any time. The chat deletes what it has kept about your conversation and tells
you when it has done so. You can then start again.</p>

<h2 id="logs">Service logs</h2>
${facts.logsRedactedText
    ? `<p>The service keeps technical records so it can be kept running: for example, that a message arrived and how
long the reply took. While the service is being checked for faults, these records also hold the words of questions
you type (never a short reply such as a name or a school), with email addresses, phone numbers, NHS numbers,
postcodes, dates, other numbers and the names of people and schools it can recognise taken out.</p>`
    : `<p>The service keeps technical records so it can be kept running: for example, that a message arrived and how
long the reply took. These records never contain the words you type.</p>`}

${insights}

<h2 id="sharing">Sharing</h2>
<p>Nothing you type is sent to other organisations by SEND Signpost. If the chat suggests a service, such as your
local SEND Information, Advice and Support Service (SENDIASS), it gives you their details so that you can contact
them yourself.</p>
<p>In Microsoft Teams, and when the chat is delivered through Microsoft's Bot Framework, your messages pass through
Microsoft's services on the way to SEND Signpost, under the agreement your organisation has with Microsoft.</p>

<h2 id="terms">Terms of use</h2>
<p>SEND Signpost gives information, not legal advice. Each answer says where its information comes from (the law,
the SEND Code of Practice, or a service's own web page) and when it was last checked. For advice about your own
situation, contact a service such as SENDIASS. If anyone is in immediate danger, call 999.</p>

<p><a href="/reference">Helpline reference</a></p>` });
}
