/**
 * HTML rendering of notice text. Every character that HTML gives meaning to is escaped, line breaks
 * become <br>, and documents reference no external resource (no images, fonts, scripts or links),
 * so mail clients show them without asking to load anything.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and attribute values.
 * @example escapeHtml('<script>"x"</script>') // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/**
 * Plain text → HTML fragment: escaped, each line break a <br>.
 * @example textToHtml('A & B\n次の行') // 'A &amp; B<br>\n次の行'
 */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>\n');
}

/** The text/html part of a notice mail: a complete, self-contained document. */
export function mailHtmlDocument(subject: string, bodyText: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(subject)}</title>\n</head>\n` +
    '<body style="font-family: \'Yu Gothic\', \'Hiragino Sans\', \'Meiryo\', sans-serif; font-size: 15px; line-height: 1.7;">\n' +
    `<div>${textToHtml(bodyText)}</div>\n</body>\n</html>\n`
  );
}
