/**
 * HtmlService (https://developers.google.com/apps-script/reference/html/html-service):
 * `createHtmlOutputFromFile(name)` and `createTemplateFromFile(name)` read an HTML file of the project
 * (the name without ".html"); a template's properties become variables of its scriptlets and
 * `evaluate()` gives an HtmlOutput (https://developers.google.com/apps-script/guides/html/templates):
 * `<?= expr ?>` prints the value contextually escaped, `<?!= expr ?>` prints it raw. HtmlOutput
 * (https://developers.google.com/apps-script/reference/html/html-output): `setTitle`, `setWidth`,
 * `setHeight`, `getContent`, `getTitle`, chaining. A missing file throws
 * "No HTML file named X was found." Only the two printing scriptlets are modelled (the sidebar uses no
 * others); anything else in `<? ?>` fails loudly rather than being ignored.
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;

  constructor(private readonly content: string) {}

  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  getWidth(): number | null {
    return this.width;
  }

  getHeight(): number | null {
    return this.height;
  }

  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlTemplate {
  [variable: string]: unknown;

  constructor(private readonly source: string) {}

  evaluate(): FakeHtmlOutput {
    const vars = Object.fromEntries(Object.entries(this).filter(([k]) => k !== 'source'));
    const run = (expr: string): unknown => new Function(...Object.keys(vars), `return (${expr});`)(...Object.values(vars)) as unknown;
    const html = this.source.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_whole, kind: string | undefined, expr: string) => {
      if (kind === '=') return escapeHtml(String(run(expr)));
      if (kind === '!=') return String(run(expr));
      throw new Error(`FakeHtmlService models printing scriptlets only, not: <?${expr}?>`);
    });
    return new FakeHtmlOutput(html);
  }
}

export class FakeHtmlService {
  readonly calls = { createHtmlOutputFromFile: 0, createTemplateFromFile: 0, createHtmlOutput: 0 };

  /** @param files project HTML files by name (without .html), as clasp pushes them. */
  constructor(private readonly files: Readonly<Record<string, string>>) {}

  private file(name: string): string {
    const text = this.files[name.replace(/\.html$/, '')];
    if (text === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return text;
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.calls.createHtmlOutputFromFile++;
    return new FakeHtmlOutput(this.file(filename));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.calls.createTemplateFromFile++;
    return new FakeHtmlTemplate(this.file(filename));
  }

  createHtmlOutput(html = ''): FakeHtmlOutput {
    this.calls.createHtmlOutput++;
    return new FakeHtmlOutput(html);
  }
}
