/**
 * The few Office.js members the task pane and the ribbon function file use, typed structurally (as
 * host/excel-api.ts types Excel) so the full office-js typings stay out of the program, and read
 * from the global at call time so a page without office.js (blocked network) is handled too.
 * https://learn.microsoft.com/javascript/api/office
 */
export interface OfficeInfo {
  /** Office.HostType value: 'Excel' in Excel; null in a plain browser. */
  readonly host: string | null;
  readonly platform: string | null;
}

/** The event an ExecuteFunction ribbon button passes; Office waits for completed(). */
export interface CommandEvent {
  completed(): void;
}

export interface OfficeGlobal {
  onReady(): Promise<OfficeInfo>;
  readonly context?: {
    /** e.g. 'ja-JP', 'en-US'. */
    readonly displayLanguage?: string;
    readonly ui?: { displayDialogAsync(url: string, options?: { height?: number; width?: number; displayInIframe?: boolean }): void };
  };
  /** Office.actions.associate (function files, newer clients). */
  readonly actions?: { associate(name: string, fn: (event: CommandEvent) => void): void };
}

/** `Office` when office.js has loaded, else null. */
export function officeGlobal(): OfficeGlobal | null {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return office && typeof office.onReady === 'function' ? office : null;
}

/** Office.HostType.Excel. */
export const EXCEL_HOST = 'Excel';
