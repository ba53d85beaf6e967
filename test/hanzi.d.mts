/** simplifiedOnly(text): the distinct Simplified-only characters in text, in order of first use. */
export function simplifiedOnly(text: string): string[];
