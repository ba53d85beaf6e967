// Sentences with live numbers in them (issue 4: "numbers in the text are live"). A message keeps its
// {{placeholders}} for every number, so each language orders its own sentence; the live ones are
// filled with markers that split the translated text into runs of words and named slots.

const OPEN = '\u2063[';
const CLOSE = ']\u2063';

/** slot(name) is the value to pass for a placeholder that a component will fill. */
export const slot = (name: string) => `${OPEN}${name}${CLOSE}`;

export type Part = { text: string } | { slot: string };

const SPLIT = /\u2063\[(\w+)\]\u2063/g;

/** splitSlots(message) cuts a translated message into text runs and the slots it names, in order. */
export function splitSlots(message: string): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const m of message.matchAll(SPLIT)) {
    if (m.index > last) out.push({ text: message.slice(last, m.index) });
    out.push({ slot: m[1] });
    last = m.index + m[0].length;
  }
  if (last < message.length) out.push({ text: message.slice(last) });
  return out;
}
