/**
 * The ribbon commands' error dialog: shows the one plain-language line passed in the URL fragment
 * (a describeError text — never a stack, never workbook data). Text only, never parsed as HTML.
 */
const box = document.getElementById('message');
if (box) box.textContent = decodeURIComponent(location.hash.slice(1)) || '';
