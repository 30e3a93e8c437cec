/** Text safe inside XML and HTML elements and attributes. */
export const escapeXml = (text: string | number): string =>
  String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!)
