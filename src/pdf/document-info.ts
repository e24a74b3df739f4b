/**
 * Sets a PDF's document information (Title, Author, Subject, Keywords…) by an
 * incremental update (ISO 32000-1, 7.5.6): a new information dictionary and a
 * cross-reference section for it are appended after the file's end, and
 * nothing before is changed. Chromium writes only the Title (from `<title>`),
 * and the PDF libraries that could do this pull in a whole PDF parser for
 * twenty lines of bookkeeping.
 *
 * Handles files with a classic cross-reference table and trailer, as
 * Chromium's Skia writes them; any other file is returned as it is.
 */

/** Entries to set; an empty or undefined value leaves the file's own, if any. */
export type DocumentInfo = Record<string, string | undefined>;

/** A PDF text string: UTF-16BE with its byte order mark, in hex, so no character needs escaping. */
function textString(text: string) {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  // Latin-1 maps byte n to char n: offsets in the string are offsets in the file.
  const file = Buffer.from(pdf).toString('latin1');
  const trailerAt = file.lastIndexOf('trailer');
  const trailer = trailerAt < 0 ? '' : file.slice(trailerAt);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(file);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!startxref || !size || !root) return pdf;

  // The file's own entries stay (dates, producer) unless replaced.
  const entries = new Map<string, string>();
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  if (oldInfo) {
    const found = new RegExp(`(?:^|\\s)${oldInfo[1]}\\s+${oldInfo[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(file);
    for (const [, key, value] of found?.[1]?.matchAll(/\/(\w+)\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g) ?? [])
      entries.set(key, value);
  }
  for (const [key, value] of Object.entries(info)) if (value) entries.set(key, textString(value));

  const number = Number(size[1]);
  const dictionary = [...entries].map(([key, value]) => `/${key} ${value}`).join('\n');
  const object = `\n${number} 0 obj\n<<${dictionary}>>\nendobj\n`;
  const objectAt = pdf.length + 1; // after the newline that opens `object`
  const xrefAt = pdf.length + object.length;
  const update =
    object +
    `xref\n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1} /Root ${root[1]} /Info ${number} 0 R /Prev ${startxref[1]}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
