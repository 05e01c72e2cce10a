// Kind labels in running text: "Redact this email address", "Redact all Hugging Face tokens".

/** Lower-cases the first word unless it is a name or an acronym ("AWS", "GitHub", "Hugging Face"). */
export function inSentence(label: string): string {
  const [first, second] = label.split(' ');
  const properNoun = /[A-Z]/.test(first.slice(1)) || (second !== undefined && /^[A-Z][a-z]/.test(second));
  return properNoun || NAMES.has(first) ? label : first.toLowerCase() + label.slice(first.length);
}

const NAMES = new Set(['Bitcoin', 'Slack', 'Anthropic', 'Google', 'Stripe', 'Indian', 'German', 'Spanish', 'Italian', 'Polish', 'Swedish', 'Finnish', 'Korean', 'Singapore', 'South', 'Thai', 'Turkish', 'Brazilian', 'Mexican', 'French', 'Dutch', 'Belgian', 'Chinese', 'Canadian', 'Australian', 'UK', 'US', 'Llama']);

export function plural(label: string): string {
  if (/(s|x|ch|sh)$/.test(label)) return `${label}es`;
  if (/[^aeiou]y$/.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}
