--
-- html_to_text: a press-release page's readable text (doc/html_to_text.md).
-- Each result is the function's text between [ and ], a tab shown as \t;
-- the expected text was worked out by hand from the rules in the doc page:
-- dropped elements, lines and paragraphs, table cells, entities, blanks.
--
\pset format unaligned
\pset tuples_only on
\pset null NULL

CREATE FUNCTION ht(html text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT '[' || replace(html_to_text(html), E'\t', '\t') || ']'
$$;

-- A press release in English: the head (title, style, script), the site's
-- header with its nav, the aside, the site's footer and the noscript go; the
-- article's own header (headline, date) and footer stay.  Headings and
-- paragraphs are paragraphs, table rows and list items lines.
SELECT ht($$<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Industrial output rises | National Bureau of Statistics</title>
  <style>p { margin: 0 } .x::after { content: "hidden"; }</style>
  <script>document.write("<p>not text</p>"); if (a < b && c > d) {}</script>
</head>
<body>
  <header class="site"><a href="/">NBS home</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/data">Data</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header><h1>Industrial Production Grew 3.8% in November</h1>
        <p class="date">Released on 15 December 2021</p></header>
      <p>In November, the value added of industrial enterprises above
         designated size increased by 3.8% year on year, 0.3 percentage
         points faster than in October.</p>
      <p>From January to November it grew by <b>10.1%</b>; the average
         two-year growth was 6.1%.</p>
      <h2>By sector</h2>
      <table>
        <thead><tr><th></th><th>November</th><th>Jan&ndash;Nov</th></tr></thead>
        <tbody>
          <tr><td>Mining</td><td>7.1</td><td>5.6</td></tr>
          <tr><td>Manufacturing</td><td>3.5</td><td>11.3</td></tr>
        </tbody>
      </table>
      <ul>
        <li>Output of new-energy vehicles: 457,000, up 122.7%</li>
        <li>Industrial robots: up 21.8%</li>
      </ul>
      <footer>Source: National Bureau of Statistics</footer>
    </article>
  </main>
  <aside><h3>Related</h3><a href="/r1">Retail sales</a></aside>
  <footer class="site">&copy; 2021 NBS &middot; <a href="/contact">Contact</a></footer>
  <noscript>Please enable JavaScript.</noscript>
  <script src="/stats.js"></script>
</body>
</html>$$);

-- The same in Chinese: a navigation bar by role, paragraphs indented with
-- ideographic spaces (blanks, so trimmed), a line break inside the source
-- between two Chinese characters (no blank), a Word table (<p> in every
-- cell: the cells stay on their row's line), "share" links hidden by
-- aria-hidden, an empty cell in the corner.
SELECT ht($$<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>2021年11月份规模以上工业增加值增长3.8%</title></head>
<body>
<div class="top" role="navigation"><a href="/">首页</a> | <a href="/sj">数据</a></div>
<div class="TRS_Editor">
<h1>2021年11月份规模以上工业增加值增长3.8%</h1>
<p>　　11月份，规模以上工业增加值同比实际增长3.8%，
比10月份加快0.3个百分点。</p>
<p>　　1－11月份，规模以上工业增加值同比增长10.1%，两年平均增长6.1%。</p>
<table border="1">
<tr><td><p></p></td><td><p align="center">11月</p></td><td><p>1－11月</p></td></tr>
<tr><td><p>采矿业</p></td><td><p>7.1</p></td><td><p>5.6</p></td></tr>
</table>
</div>
<div class="share" aria-hidden="true">分享到：微博 微信</div>
<div class="foot" role="contentinfo">国家统计局 版权所有</div>
</body></html>$$);

-- Entities and character references: named (with and without a
-- semicolon: without, libxml2 keeps the text), decimal, hexadecimal;
-- &nbsp; is a blank and folds with its neighbours.
SELECT ht('<p>R&amp;D &lt;b&gt; &#8220;quoted&#8221; &#x4e2d;&#22269; a&nbsp;&nbsp;b &copy; caf&eacute; &amp</p>');

-- <br> ends a line, two make a blank line (never more than one); a
-- paragraph is set off by blank lines; text after a paragraph is its own.
SELECT ht('<p>one<br>two<br><br>three<br><br><br>four</p><p>five</p>six<div>seven</div>eight');

-- Lists, nested lists, definition lists, headings, a rule.
SELECT ht('<ul><li>alpha<ul><li>beta</li></ul></li><li>gamma</li></ul><dl><dt>GDP</dt><dd>gross domestic product</dd></dl><h3>Notes</h3><hr>end');

-- Tables: one line per row, a tab between cells, an empty cell keeps its
-- tab (inside the row; trailing empty cells leave nothing), a cell with two
-- paragraphs breaks inside, a caption is a line.
SELECT ht('<table><caption>Table 1</caption><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td><td></td><td>3</td></tr><tr><td>x</td><td></td><td></td></tr><tr><td><p>p1</p><p>p2</p></td><td>q</td></tr></table>');

-- <pre> keeps its line breaks (blanks inside a line still fold; lines are
-- trimmed; two or more empty lines are one blank line).
SELECT ht(E'<pre>  2021   3.8\n  2020   2.8\n\n\n  total</pre>after');

-- Whatever is plainly not text is dropped, wherever it is.
SELECT ht('<p>keep 1</p><div hidden>h</div><span aria-hidden="TRUE">a</span><div role="search">s</div><div role="main">keep 2</div><iframe src="x">i</iframe><svg><text>s</text></svg><template><p>t</p></template><form>keep 3 <input value="v"><select><option>o</option></select><textarea>t</textarea><button>b</button></form><object>o</object><video>v</video>');

-- Broken markup: unclosed <p> and <li>, a stray </div> and </span>,
-- attributes without quotes, tags closed in the wrong order, a <td>
-- outside a table.  libxml2 recovers; nothing is an error.
SELECT ht('<div class=a id=b>one<p>two<p>three</div></div></span>four<ul><li>five<li>six</ul><b><i>seven</b></i> eight<td>nine</td>');

-- A comment never closed takes the rest of the page with it (as in a
-- browser); a closed one is nothing.
SELECT ht('<p>before<!-- a comment --> after</p><p>kept</p><!-- never closed <p>lost</p>');

-- An unknown element (and XML) is inline, as in a browser: words of
-- separate XML elements only stay apart where the source had blanks.
SELECT ht(E'<?xml version="1.0" encoding="UTF-8"?>\n<release>\n  <headline>Output up</headline>\n  <para>Growth was <b>5%</b>.</para><para>Next</para>\n</release>');

-- Text without markup: one paragraph, its blanks folded.
SELECT ht(E'  Industrial output rose 3.8%\n\n  in November.\tIt grew.  ');
SELECT ht(E'工业增加值\n同比增长 3.8%');

-- Empty, blank, markup with no text; NULL (STRICT).
SELECT ht('');
SELECT ht(E' \n\t ');
SELECT ht('<html><head><title>only a title</title></head><body><script>x()</script></body></html>');
SELECT ht(NULL);

-- A page that declares another charset is still read as the text it is:
-- the value is in the server encoding already, so <meta charset> is not
-- obeyed (else these UTF-8 bytes would be read as GBK and garbled).
SELECT ht('<html><head><meta charset="gbk"></head><body><p>国家统计局：工业增长3.8%</p></body></html>');
SELECT ht('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>中文页面</p></body></html>');
SELECT ht('<?xml version="1.0" encoding="ISO-8859-1"?><p>été</p>');

-- Nesting: 200 levels read whole; past 256 libxml2 stops reading, and the
-- text before that point comes back with a WARNING saying so (100000 levels,
-- built by repeat()).
SELECT ht(repeat('<div>', 200) || 'two hundred deep' || repeat('</div>', 200) || 'after');
SELECT ht('<p>before</p>' || repeat('<div>', 100000) || 'deep text' || repeat('</div>', 100000) || '<p>after</p>');
SELECT ht(repeat('<b>', 100000) || 'x');

-- Large pages: 100000 paragraphs (3.6 MB), 50000 Chinese table rows, a
-- one-megabyte attribute.  The texts are built by repeat() here, apart from
-- the function.
SELECT length(repeat('<p>Output rose 3.8% &amp; more.</p>', 100000)),
       html_to_text(repeat('<p>Output rose 3.8% &amp; more.</p>', 100000))
         = rtrim(repeat(E'Output rose 3.8% & more.\n\n', 100000), E'\n');
SELECT html_to_text('<table>' || repeat('<tr><td>工业</td><td>3.8%</td></tr>', 50000) || '</table>')
         = rtrim(repeat(E'工业\t3.8%\n', 50000), E'\n');
SELECT ht('<p title="' || repeat('a', 1000000) || '" class=' || repeat('b', 100000) || '>kept</p>');

-- libxml2's other limit: a run of text over 10 MB.  It keeps text in
-- chunks of 100 bytes, so it stops at exactly 10000000; "end" is not read.
SELECT length(html_to_text('<p>' || repeat('a', 11000000) || '</p><p>end</p>'));

-- The function's labels.
SELECT p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p WHERE p.oid = 'html_to_text(text)'::regprocedure;

DROP FUNCTION ht(text);
