// XML 1.0 allows only tab, LF and CR below 0x20, and no lone surrogates or U+FFFE/U+FFFF: a
// server's or a file's text holding them would make the whole document malformed.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids are what this finds
  /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text safe inside XML and HTML elements and attributes; characters XML cannot hold are dropped. */
export const escapeXml = (text: string | number): string =>
  String(text)
    .replace(NOT_XML, '')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!)
