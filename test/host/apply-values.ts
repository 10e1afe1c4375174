/**
 * Test helper: a reference interpreter of HostOp lists over plain value grids — what a host's sheet
 * would hold afterwards (formulas as {formula}, literal strings as strings). The Excel and Sheets
 * fakes are the faithful ones; this one only lets the core's tests reason about cells.
 */
import { fromA1 } from '../../templates/core/address';
import type { HostOp } from '../../templates/host/ops';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';

export type ModelCell = PlanCell | Date | undefined;
export type ModelBook = Map<string, ModelCell[][]>;

export function modelFromValues(values: Readonly<Record<string, readonly (readonly unknown[])[]>>): ModelBook {
  const book: ModelBook = new Map();
  for (const [tab, grid] of Object.entries(values)) book.set(tab, grid.map((row) => row.map((v) => (v === '' ? null : (v as ModelCell)))));
  return book;
}

function write(grid: ModelCell[][], block: ValueBlock): void {
  const origin = fromA1(block.at);
  block.values.forEach((row, r) => {
    while (grid.length <= origin.row + r) grid.push([]);
    const line = grid[origin.row + r] as ModelCell[];
    row.forEach((cell, c) => {
      while (line.length <= origin.col + c) line.push(null);
      line[origin.col + c] = cell;
    });
  });
}

/** Applies ops in order; returns the tab order after them. */
export function applyToModel(book: ModelBook, ops: readonly HostOp[]): string[] {
  let order = [...book.keys()];
  for (const op of ops) {
    switch (op.kind) {
      case 'replaceSheet': {
        const grid: ModelCell[][] = [];
        for (const b of op.plan.blocks) write(grid, b);
        if (!book.has(op.plan.name)) order.push(op.plan.name);
        book.set(op.plan.name, grid);
        break;
      }
      case 'renameSheet': {
        const grid = book.get(op.from);
        if (!grid || book.has(op.to)) break;
        book.delete(op.from);
        book.set(op.to, grid);
        order = order.map((t) => (t === op.from ? op.to : t));
        break;
      }
      case 'writeBlocks':
        for (const b of op.blocks) write(book.get(op.sheet) ?? [], b);
        break;
      case 'appendField':
        write(book.get(op.sheet) ?? [], { at: `${colLetters(op.field.at.col)}${op.field.at.row + 1}`, values: [[op.field.header]] });
        break;
      case 'orderSheets': {
        const first = op.order.filter((t) => order.includes(t));
        order = [...first, ...order.filter((t) => !first.includes(t))];
        break;
      }
      default:
        break;
    }
  }
  return order;
}

function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The model as WorkbookValues again ('' for blanks; formulas as '=…' text cannot occur in reads, so they read as ''). */
export function modelToValues(book: ModelBook): Record<string, (string | number | boolean | Date)[][]> {
  const out: Record<string, (string | number | boolean | Date)[][]> = {};
  for (const [tab, grid] of book) {
    out[tab] = grid.map((row) => row.map((v) => (v === null || v === undefined || (typeof v === 'object' && !(v instanceof Date)) ? '' : v)));
  }
  return out;
}
