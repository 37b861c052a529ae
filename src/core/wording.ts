/**
 * The one wording lookup: every sentence the bot says comes from knowledge/messages.yaml or
 * knowledge/dialogs/<name>.yaml by key, with {placeholders} filled in. A missing key throws, naming the
 * file, so a typo is found by the first test that reaches it rather than shown to a parent.
 */
export type Wording = (key: string, values?: Record<string, string | number>) => string;

/** Replaces {name} with values.name; an unknown {name} is left as it is (the test suite spots it). */
export function fillPlaceholders(template: string, values?: Record<string, string | number>): string {
  // Most lookups fill nothing (and a turn makes dozens): with no values, or no braces, the text is as it stands.
  if (values === undefined || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function wordingFrom(table: Record<string, string> | undefined, file: string): Wording {
  return (key, values) => {
    const template = table?.[key];
    if (template === undefined) throw new Error(`No text for "${key}" in knowledge/${file}`);
    return fillPlaceholders(template, values);
  };
}
