import type { Content, Node, NodeQueries, TableCell } from 'pdfmake/interfaces';
import { reportTableLayout, type ReportLanguage } from '../pdf';
import { cellText, type ReportBlock, type ReportTable } from './reportTable';

const muted = '#52606d';

/**
 * A heading's id names what it must share a page with: `keep <target> <own>`. The document's
 * pageBreakBefore (keepHeadingsWithTables) moves the heading to the next page when its target (the
 * first row of the table under it, or the paragraph) is not on the heading's page.
 */
const keepId = (target: string, own: string) => `keep ${target} ${own}`;

export function keepHeadingsWithTables(node: Node, queries: NodeQueries): boolean {
  const id = (node as Node & { id?: unknown }).id;
  if (typeof id !== 'string' || !id.startsWith('keep ')) return false;
  const target = id.split(' ')[1];
  return !queries.getFollowingNodesOnPage().some((n) => (n as Node & { id?: unknown }).id === target);
}

function widths(table: ReportTable): (number | '*' | 'auto')[] {
  if (table.shape === 'notes') return [80, 110, '*'];
  // A value column of words (the cover's office, GPs, names) takes half the width; counts need 90 pt.
  const longWords = table.rows.some(([, value]) => value !== undefined && 'text' in value && value.text.length > 16);
  if (table.shape === 'figures') return ['*', longWords ? '*' : 90];
  return ['*', ...table.columns.slice(1).map(() => 'auto' as const)];
}

function drawTable(table: ReportTable, language: ReportLanguage, target: string): Content[] {
  const notes = table.shape === 'notes';
  const align = (i: number) => (i === 0 || notes ? 'left' : 'right');
  const body: TableCell[][] = [
    // A table without rows keeps its heading with its header row.
    table.columns.map((h, i): TableCell => ({
      text: h,
      style: 'tableHeader',
      alignment: align(i),
      ...(table.rows.length === 0 && i === 0 ? { id: target } : {}),
    })),
    ...table.rows.map((r, ri) =>
      r.map((c, i): TableCell => ({
        text: cellText(c, language),
        alignment: align(i),
        ...(notes ? { fontSize: 9 } : {}),
        ...(ri === 0 && i === 0 ? { id: target } : {}),
      })),
    ),
    ...table.totals.map((r) => r.map((c, i): TableCell => ({ text: cellText(c, language), alignment: align(i), bold: true }))),
  ];
  return [
    {
      table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: widths(table), body },
      layout: reportTableLayout,
      margin: [0, 0, 0, table.footnotes.length ? 2 : 8],
    },
    ...table.footnotes.map((note, i): Content => ({
      text: note,
      fontSize: 8,
      color: muted,
      margin: [0, 0, 0, i === table.footnotes.length - 1 ? 8 : 1],
    })),
  ];
}

/**
 * One section as PDF content: its heading, then each block's sub-heading and table (or paragraph),
 * drawn from the section's tables (sectionTables.ts) with nothing recounted here. `key` makes the
 * ids of this section unique in the document.
 */
export function sectionContent(heading: string, blocks: ReportBlock[], language: ReportLanguage, key: string): Content[] {
  const target = (b: number) => `${key}.${b}`;
  const out: Content[] = [{ text: heading, style: 'sectionHeading', headlineLevel: 1, id: keepId(target(0), `${key}.h`) }];
  blocks.forEach((block, b) => {
    if (block.heading !== undefined)
      out.push({
        text: block.heading,
        bold: true,
        fontSize: 10.5,
        margin: [0, 4, 0, 3],
        headlineLevel: 2,
        id: keepId(target(b), `${key}.${b}.h`),
      });
    if (block.kind === 'paragraph') out.push({ text: block.text, margin: [0, 0, 0, 8], id: target(b) });
    else out.push(...drawTable(block, language, target(b)));
  });
  return out;
}
