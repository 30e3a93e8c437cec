/** Keeps facts printable: long server text is cut. */
export const clip = (text: string, max = 240): string => (text.length > max ? text.slice(0, max) + '…' : text)
