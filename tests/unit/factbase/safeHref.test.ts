import { safeHref } from '../../../factbase/lookup';

describe('safeHref: only http(s) addresses become links', () => {
  test.each([
    ['https://www.meti.go.jp/english/', 'https://www.meti.go.jp/english/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
  ])('%s is kept as %s', (url, href) => expect(safeHref(url)).toBe(href));

  test.each([
    'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.com/x',
    'chrome-extension://abc/options.html', 'about:blank', 'ftp://example.com/', '//example.com/no-scheme', '/relative', '', 'not a url',
  ])('%j is refused', (url) => expect(safeHref(url)).toBeUndefined());
});
