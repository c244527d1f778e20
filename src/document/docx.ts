import type { Paragraph as ParagraphType, ParagraphChild, Table as TableType, TableCell as TableCellType } from 'docx';
import type { Token, Tokens } from 'marked';
import { formatDateFr, numberFr } from '../draft/french.js';
import { frenchTypography } from './typography.js';

/** One party's block on the signature page. */
export interface SignatureBlock {
  /** The party's name as the record names it (its registry name): `Association des maires de la Gironde`. */
  readonly party: string;
  readonly signatory?: string;
  readonly role?: string;
}

export interface DocxOptions {
  /** The document's title (its properties, and the running head of every page but the first). */
  readonly title: string;
  /** Where it is signed; absent: a dotted line to fill in. */
  readonly place?: string;
  /** The day it is signed (`YYYY-MM-DD`); absent: a dotted line to fill in (a draft). */
  readonly date?: string /* IsoDate or undefined = blank line to fill in */;
  readonly signatures: readonly SignatureBlock[];
}

/**
 * Where the Markdown's own signature section starts and ends. What lies between is not copied
 * into the Word document, which has its signature page instead; what follows the end (annexes)
 * comes after that page.
 */
export const SIGNATURES_START = '<!-- accords:signatures -->';
export const SIGNATURES_END = '<!-- /accords:signatures -->';

/** A dotted line to write a place or a date on. */
export const BLANK = '…………………………';

/** The parts of a convention's Markdown: the body, its own signature section, and what follows. */
export interface MarkdownParts {
  readonly body: string;
  readonly signatures: string;
  readonly after: string;
}

/**
 * Split a convention's Markdown at its signature section: between `<!-- accords:signatures -->`
 * and `<!-- /accords:signatures -->` (or the end). Without the marker, a last paragraph that
 * starts « Fait à » (or « Fait en ») with no heading after it starts the section: the text
 * the templates wrote before the marker existed.
 */
export function splitSignatures(markdown: string): MarkdownParts {
  const start = /^[ \t]*<!--\s*accords:signatures\s*-->[ \t]*$/m.exec(markdown);
  if (start) {
    const rest = markdown.slice(start.index + start[0].length);
    const end = /^[ \t]*<!--\s*\/accords:signatures\s*-->[ \t]*$/m.exec(rest);
    return { body: markdown.slice(0, start.index), signatures: end ? rest.slice(0, end.index) : rest, after: end ? rest.slice(end.index + end[0].length) : '' };
  }
  const faits = [...markdown.matchAll(/^Fait (?:à|en) /gm)];
  const last = faits.at(-1);
  if (last && !/^#/m.test(markdown.slice(last.index))) return { body: markdown.slice(0, last.index), signatures: markdown.slice(last.index), after: '' };
  return { body: markdown, signatures: '', after: '' };
}

/**
 * The heading of a party's block: the « Pour … » that the Markdown's own signature section
 * gives for it (with its article, as the template wrote it: « Pour l'Association des maires de
 * la Gironde », « Pour l'État »), else the party's name alone.
 */
export function blockHeading(party: string, signatureSection: string): string {
  const wanted = [party, party.replace(/\s*\([^)]*\)\s*$/, '')].map(comparable).filter((name) => name.length > 0);
  for (const match of signatureSection.matchAll(/\bPour\s+([^|\n]+)/g)) {
    const phrase = `Pour ${match[1]!.replace(/[*_]/g, '').trim()}`;
    if (wanted.some((name) => comparable(phrase).includes(name))) return phrase.replace(/[ \t]+/g, ' ');
  }
  return party;
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/g, ' ').trim().toLowerCase();
}

/** « Fait à Bordeaux, le 1er décembre 2026 », with dotted lines for what is not known yet. */
export function placeAndDate(place: string | undefined, date: string | undefined): string {
  return `Fait à ${place && place.trim() !== '' ? place.trim() : BLANK}, le ${date ? formatDateFr(date) : BLANK}`;
}

// Sizes: half-points for text, twips (1/20 pt) for spacing, millimetres converted for the page.
const FONT = 'Arial';
const BODY_SIZE = 22;
const MM = 56.6929;
const GREY = '595959';

/**
 * A convention's Markdown as an Office Open XML document (Word, LibreOffice): headings,
 * articles, paragraphs, bold and italic, lists, tables, in French typography; the page number
 * in every footer (« Page 1 sur 3 »); then a signature page with one block per party (its
 * name, its signatory and role, the place and date, room to sign and stamp). The Markdown's
 * own signature section (see `splitSignatures`) is replaced by that page, and what follows it
 * (annexes) comes after.
 *
 * Pure and deterministic: the same text and options give the same bytes (no clock is read;
 * the file's dates are left out). `docx` and `marked` are imported here, on first use.
 */
export async function markdownToDocx(markdown: string, options: DocxOptions): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Lexer } = await import('marked');
  const { AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, ExternalHyperlink, VerticalAlignTable } = docx;

  const parts = splitSignatures(markdown.replace(/\r\n?/g, '\n'));
  const lex = (text: string): Token[] => new Lexer({ gfm: true }).lex(frenchTypography(text));
  let lists = 0;
  let breakPending = false;
  const breakBefore = (): { pageBreakBefore?: true } => {
    if (!breakPending) return {};
    breakPending = false;
    return { pageBreakBefore: true };
  };

  type Style = { readonly bold?: boolean; readonly italics?: boolean; readonly strike?: boolean; readonly code?: boolean };

  const inline = (tokens: readonly Token[] | undefined, style: Style = {}): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'strong':
          out.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
          break;
        case 'em':
          out.push(...inline((token as Tokens.Em).tokens, { ...style, italics: true }));
          break;
        case 'del':
          out.push(...inline((token as Tokens.Del).tokens, { ...style, strike: true }));
          break;
        case 'codespan':
          out.push(...run((token as Tokens.Codespan).text, { ...style, code: true }));
          break;
        case 'br':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link': {
          const link = token as Tokens.Link;
          out.push(new ExternalHyperlink({ link: link.href, children: inline(link.tokens, style).filter((c): c is InstanceType<typeof TextRun> => c instanceof TextRun) }));
          break;
        }
        case 'image':
          out.push(...run((token as Tokens.Image).text, style));
          break;
        case 'html': {
          const html = (token as Tokens.HTML).text;
          if (/^<br\s*\/?>$/i.test(html.trim())) out.push(new TextRun({ break: 1 }));
          else if (!/^<!--[\s\S]*-->$/.test(html.trim())) out.push(...run(html, style));
          break;
        }
        case 'text': {
          const text = token as Tokens.Text;
          if (text.tokens && text.tokens.length > 0) out.push(...inline(text.tokens, style));
          else out.push(...run(text.text, style));
          break;
        }
        case 'escape':
          out.push(...run((token as Tokens.Escape).text, style));
          break;
        default:
          if ('text' in token && typeof token.text === 'string') out.push(...run(token.text, style));
      }
    }
    return out;
  };

  /** A text as runs: « 1er » takes two, its « er » raised. */
  const run = (text: string, style: Style): InstanceType<typeof TextRun>[] => {
    // A line break inside a paragraph of Markdown is a space.
    const flat = decodeEntities(text).replace(/[ \t]*\n[ \t]*/g, ' ');
    const format = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      ...(style.strike ? { strike: true } : {}),
      ...(style.code ? { font: 'Courier New' } : {}),
    };
    const pieces = style.code ? [{ text: flat, superscript: false }] : withOrdinals(flat);
    return pieces.map((piece) => new TextRun({ text: piece.text, ...format, ...(piece.superscript ? { superScript: true } : {}) }));
  };

  type Block = ParagraphType | TableType;

  const blocks = (tokens: readonly Token[], context: { readonly list?: { readonly reference: string; readonly instance: number; readonly level: number }; readonly quote?: boolean } = {}): Block[] => {
    const out: Block[] = [];
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const heading = token as Tokens.Heading;
          const style = heading.depth === 1 ? 'Title' : heading.depth === 2 ? 'Heading1' : heading.depth === 3 ? 'Heading2' : 'Heading3';
          out.push(new Paragraph({ style, children: inline(heading.tokens), keepNext: true, ...breakBefore() }));
          break;
        }
        case 'paragraph':
          out.push(paragraph(inline((token as Tokens.Paragraph).tokens, context.quote ? { italics: true } : {}), context));
          break;
        case 'text': {
          const text = token as Tokens.Text;
          out.push(paragraph(text.tokens ? inline(text.tokens) : run(text.text, {}), context));
          break;
        }
        case 'list': {
          const list = token as Tokens.List;
          const reference = list.ordered ? 'ordered' : 'bullets';
          const level = context.list ? context.list.level + 1 : 0;
          const instance = context.list && context.list.reference === reference ? context.list.instance : ++lists;
          for (const item of list.items) out.push(...blocks(item.tokens, { ...context, list: { reference, instance, level: Math.min(level, 8) } }));
          break;
        }
        case 'table':
          out.push(table(token as Tokens.Table));
          break;
        case 'blockquote':
          out.push(...blocks((token as Tokens.Blockquote).tokens, { ...context, quote: true }));
          break;
        case 'code':
          for (const line of (token as Tokens.Code).text.split('\n')) out.push(new Paragraph({ children: run(line, { code: true }), spacing: { after: 0 } }));
          break;
        case 'hr':
          out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A0A0A0', space: 1 } } }));
          break;
        case 'html': {
          const html = (token as Tokens.HTML).text.trim();
          if (!/^<!--[\s\S]*-->$/.test(html) && html !== '') out.push(paragraph(run(html, {}), context));
          break;
        }
        case 'space':
        case 'def':
          break;
        default:
          if ('text' in token && typeof token.text === 'string' && token.text.trim() !== '') out.push(paragraph(run(token.text, {}), context));
      }
    }
    return out;
  };

  const paragraph = (children: ParagraphChild[], context: { readonly list?: { readonly reference: string; readonly instance: number; readonly level: number }; readonly quote?: boolean }): ParagraphType =>
    new Paragraph({
      children,
      alignment: AlignmentType.JUSTIFIED,
      ...breakBefore(),
      ...(context.list ? { numbering: { reference: context.list.reference, level: context.list.level, instance: context.list.instance }, spacing: { after: 60 } } : {}),
      ...(context.quote && !context.list ? { indent: { left: Math.round(10 * MM), right: Math.round(10 * MM) } } : {}),
    });

  const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const table = (token: Tokens.Table): TableType => {
    const alignOf = (i: number) => (token.align[i] === 'center' ? AlignmentType.CENTER : token.align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
    const row = (cells: readonly Tokens.TableCell[], header: boolean) =>
      new TableRow({
        ...(header ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells.map(
          (cell, i) =>
            new TableCell({
              children: [new Paragraph({ children: inline(cell.tokens, header ? { bold: true } : {}), alignment: alignOf(i), spacing: { before: 40, after: 40 } })],
              ...(header ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
              margins: { left: 80, right: 80 },
            }),
        ),
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
      rows: [row(token.header, true), ...token.rows.map((cells) => row(cells, false))],
    });
  };

  // The signature page: a sentence for the originals, then the blocks two by two.
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const dashed = { style: BorderStyle.DASHED, size: 4, color: 'A6A6A6' };
  // Two blocks side by side, a field a row, so that each line of one faces the same line of the
  // other however long a name is; the box to sign and stamp in is a cell of its own.
  const signatureRows = (pair: readonly SignatureBlock[], single: boolean): TableRowType[] => {
    const gap = () => new TableCell({ width: { size: 6, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none }, children: [new Paragraph({ children: [] })] });
    const line = (field: (block: SignatureBlock) => ParagraphType, after = 0, keep = true): TableRowType => {
      const cells: TableCellType[] = [];
      pair.forEach((block, i) => {
        if (i > 0) cells.push(gap());
        cells.push(new TableCell({ width: { size: 47, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none }, margins: { left: 0, right: 0, top: 0, bottom: after }, children: [field(block)] }));
      });
      if (pair.length === 1 && !single) cells.push(gap(), new TableCell({ width: { size: 47, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none }, children: [new Paragraph({ children: [] })] }));
      return new TableRow({ cantSplit: true, keepNext: keep, children: cells });
    };
    const text = (value: string, style: Style & { size?: number; color?: string } = {}) =>
      new Paragraph({ spacing: { after: 0 }, children: withOrdinals(frenchTypography(value)).map((piece) => new TextRun({ text: piece.text, ...(piece.superscript ? { superScript: true } : {}), ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...(style.size ? { size: style.size } : {}), ...(style.color ? { color: style.color } : {}) })) });
    const box = new TableRow({
      cantSplit: true,
      height: { value: Math.round(38 * MM), rule: HeightRule.ATLEAST },
      children: pair.flatMap((_, i) => [
        ...(i > 0 ? [gap()] : []),
        new TableCell({ width: { size: 47, type: WidthType.PERCENTAGE }, borders: { top: dashed, bottom: dashed, left: dashed, right: dashed }, verticalAlign: VerticalAlignTable.TOP, children: [new Paragraph({ children: [] })] }),
      ]).concat(pair.length === 1 && !single ? [gap(), new TableCell({ width: { size: 47, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none }, children: [new Paragraph({ children: [] })] })] : []),
    });
    return [
      line((block) => text(blockHeading(block.party, parts.signatures), { bold: true }), 120),
      line(() => text(placeAndDate(options.place, options.date)), 120),
      line((block) => text(block.signatory?.trim() || BLANK, { bold: Boolean(block.signatory?.trim()) })),
      line((block) => text(block.role?.trim() || '', { italics: true }), 160),
      line(() => text('Signature et cachet', { size: 18, color: GREY }), 40),
      box,
    ];
  };
  const signaturePage = (): Block[] => {
    const count = options.signatures.length;
    const out: Block[] = [new Paragraph({ style: 'Heading1', children: [new TextRun('Signatures')], pageBreakBefore: true, keepNext: true })];
    if (count > 1) out.push(new Paragraph({ children: [new TextRun(`Fait en ${numberFr(count)} exemplaires originaux, un pour chaque partie.`)], spacing: { after: 360 } }));
    for (let i = 0; i < count; i += 2) {
      const pair = options.signatures.slice(i, i + 2);
      out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, borders: noBorders, rows: signatureRows(pair, count === 1) }));
      out.push(new Paragraph({ children: [], spacing: { after: 480 } }));
    }
    return out;
  };
  type TableRowType = InstanceType<typeof TableRow>;

  const body = blocks(lex(parts.body));
  // What follows the signatures (annexes) starts a page: its first heading or paragraph says so.
  breakPending = true;
  const after = parts.after.trim() === '' ? [] : blocks(lex(parts.after));
  if (breakPending && after.length > 0) after.unshift(new Paragraph({ children: [], pageBreakBefore: true, spacing: { after: 0 } }));
  breakPending = false;

  const bulletLevels = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: level % 2 === 0 ? '–' : '◦',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: Math.round((8 + 7 * level) * MM), hanging: Math.round(5 * MM) } } },
  }));
  const orderedLevels = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: Math.round((8 + 7 * level) * MM), hanging: Math.round(6 * MM) } } },
  }));

  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES], size: 18, color: GREY })] })],
  });
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: frenchTypography(options.title), size: 16, color: GREY })] })] });

  const document = new Document({
    title: options.title,
    creator: 'accords',
    lastModifiedBy: 'accords',
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 160, line: 264 } } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } } },
        heading1: { run: { font: FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, keepLines: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true, keepLines: true } },
        heading3: { run: { font: FONT, size: 22, italics: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, keepLines: true } },
      },
    },
    numbering: { config: [{ reference: 'bullets', levels: bulletLevels }, { reference: 'ordered', levels: orderedLevels }] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: Math.round(25 * MM), bottom: Math.round(22 * MM), left: Math.round(25 * MM), right: Math.round(25 * MM), header: Math.round(10 * MM), footer: Math.round(10 * MM) } },
        },
        headers: { default: header, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        footers: { default: footer, first: footer },
        children: [...body, ...signaturePage(), ...after],
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return withoutDates(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

/**
 * The same package with no clock in it: `docx` stamps the creation and modification times in
 * docProps/core.xml and every file of the zip with the time of the run; the times are left out
 * and the files dated 1980-01-01 (the zip format's first day), so a document is a function of
 * its text (and a `git diff` of an unchanged one is empty).
 */
async function withoutDates(zip: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(zip);
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''));
  const dated: Record<string, [Uint8Array, { mtime: string; level: 6 }]> = {};
  // [Content_Types].xml first, as Office writes it (some readers look for it there).
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) dated[name] = [files[name]!, { mtime: '1980-01-01T00:00:00', level: 6 }];
  return zipSync(dated);
}

/**
 * A text cut where an ordinal's letters are raised, as French sets them: « 1er », « 1re »
 * (dates, « 1er Vice-président »). Digits before `er`/`re` must stand alone.
 */
export function withOrdinals(text: string): { text: string; superscript: boolean }[] {
  const out: { text: string; superscript: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/(?<![\p{L}\d])(\d+)(er|re)(?![\p{L}\d])/gu)) {
    const at = match.index + match[1]!.length;
    if (at > last) out.push({ text: text.slice(last, at), superscript: false });
    out.push({ text: match[2]!, superscript: true });
    last = at + match[2]!.length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), superscript: false });
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»' };

/** What Markdown shows for `&amp;`, `&#8239;` and the like: the character. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
