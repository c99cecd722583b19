-- extract_facts: exact rows for short releases, English and Chinese.  Each
-- query says first, in a comment, what it must give (worked out from the
-- text and doc/extract_facts.md, not from a run).
\pset null NULL
SET client_min_messages = warning;

CREATE FUNCTION facts(doc text, published date)
RETURNS TABLE (kind fact_kind, subject text, value numeric, unit text, q text,
               delta metric_delta, goal policy_goal, period period, evidence text)
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT f.kind, f.subject, f.value, f.unit, f.qualifier, f.delta, f.goal, f.period,
         substr(doc, lower(f.span), upper(f.span) - lower(f.span))
  FROM extract_facts(doc, published) f ORDER BY lower(f.span)
$$;

-- 1. Scale words, exactly: 1.396 million -> 1396000; 184.1 billion yuan ->
-- 184100000000 CNY; "more than 3.1 million" -> > 3100000.  No period in the
-- sentences: NULL.  (Not the subject: "5G" cuts the noun phrase after the
-- number, doc/extract_facts.md, "Limits".)
SELECT kind, value, unit, q, period, evidence FROM facts('The country has built 1.396 million 5G base stations. State firms settled 184.1 billion yuan of arrears, benefiting more than 3.1 million enterprises.', '2021-12-20');

-- 2. Chinese scales and measure words: 1841亿元 -> 184100000000 CNY for
-- 2020-01/2020-11 (1—11月 before the publication month); 337.7万个 ->
-- 3377000, a count (no unit).
SELECT * FROM facts('1—11月，全国累计清偿拖欠账款1841亿元。截至11月末，全国共有市场主体337.7万个。', '2020-12-20');

-- 3. Changes with their bases: +10.1% yoy for the first 11 months; the
-- December rate -0.4pp; month on month +0.37% (November of 2021).
SELECT * FROM facts('In the first 11 months, the value added of industrial enterprises above designated size increased by 10.1% year on year.', '2021-12-20');
SELECT * FROM facts('11月份，规模以上工业增加值比上月增长0.37%。', '2021-12-15');

-- 4. A level and its change in one clause: a level of 1030000000 t and a
-- change of -3% yoy, both for 2021 (全年 of the year named).
SELECT * FROM facts('2021年全年粗钢产量10.3亿吨，比上年下降3.0%。', '2022-01-17');

-- 5. Multiples: 增长1.2倍 is +120%.
SELECT kind, value, unit, delta, period FROM facts('2021年，新能源汽车产量比上年增长1.2倍。', '2022-02-28');

-- 6. "respectively" and 分别: two facts, each with its own subject.
SELECT kind, subject, value, unit FROM facts('The proportions of enterprises carrying out networked collaboration and service-oriented manufacturing have reached 38.8% and 29.6%, respectively.', '2021-12-20');

-- 7. Goals, deadline resolved against the publication date:
--    > 80000 by 2023 ("more than ... this year", published 2023);
--    < +0% yoy in 2021 (crude steel must decrease year on year, 2021);
--    ~ +5% yoy in 2024 (国内生产总值增长5%左右, the 2024 report).
SELECT kind, value, q, goal FROM facts('The ministry will strive to have more than 80,000 specialised SMEs nationwide this year.', '2023-03-02');
SELECT kind, goal FROM facts('In 2021, we will ensure that the output of crude steel decreases year on year.', '2021-01-05');
SELECT kind, value, unit, q, goal FROM facts('今年发展主要预期目标是：国内生产总值增长5%左右。', '2024-03-05');

-- 8. Periods: the first three quarters (2021-01/2021-09), as of the end of
-- October (2021-10), 上半年 (the first half, 2022-S1), 前三季度 (2022-Q1/2022-Q3).
SELECT value, unit, period FROM facts('In the first three quarters, new tax and fee cuts totalled 910 billion yuan.', '2021-12-20');
SELECT delta, period FROM facts('As of the end of October, inclusive small and micro loans increased by 26.7% year on year.', '2021-12-20');
SELECT kind, delta, period FROM facts('上半年，全国规模以上工业增加值同比增长3.4%。前三季度，全国规模以上工业增加值同比增长3.9%。', '2022-10-24');

-- 9. A month later than the publication month belongs to the year before:
-- 11月份 in a release of 2022-01-17 is 2021-11.
SELECT delta, period FROM facts('11月份，全国规模以上工业增加值同比增长3.8%。', '2022-01-17');

-- 10. A sentence with no period takes the one its paragraph set; the next
-- paragraph starts afresh (NULL): 8997 and 1200000 in 2022, 3000 with no period.
SELECT value, period FROM facts(E'In 2022, the industry had 8,997 little giants. They employed 1.2 million people.\nThe ministry named 3,000 enterprises.', '2023-03-02');

-- 11. Digits stripped: no figure is invented.
SELECT count(*) AS facts FROM facts('年至月，全国累计清偿拖欠账款亿元，惠及多万户企业。', '2021-01-05');

-- 12. NULLs (STRICT) and an empty text.
SELECT count(*) FROM extract_facts(NULL, '2021-01-01');
SELECT count(*) FROM extract_facts('GDP grew by 5%.', NULL);
SELECT count(*) FROM extract_facts('', '2021-01-01');

-- 13. The date must be finite and within the years of type period.
SELECT * FROM extract_facts('GDP grew by 5.2 percent.', 'infinity');
SELECT * FROM extract_facts('GDP grew by 5.2 percent.', '-infinity');
SELECT * FROM extract_facts('GDP grew by 5.2 percent.', '10000-01-01');

-- 14. Every row of a longer mixed-language text: the span lies inside the
-- text and inside its sentence, and the sentence is part of the text.
WITH d(doc) AS (VALUES ($d$前三季度，全国规模以上工业增加值同比增长11.8%。In the first 11 months, the value added of industrial enterprises above designated size increased by 10.1% year on year.
截至10月末，普惠小微贷款余额同比增长26.7%。The ministry will strive to have more than 80,000 specialised SMEs this year.$d$))
SELECT count(*) AS facts,
       bool_and(lower(f.span) >= 1 AND upper(f.span) <= length(d.doc) + 1) AS spans_inside,
       bool_and(strpos(f.sentence, substr(d.doc, lower(f.span), upper(f.span) - lower(f.span))) > 0) AS in_sentence,
       bool_and(strpos(d.doc, f.sentence) > 0) AS sentence_in_doc,
       bool_and(substr(d.doc, lower(f.span), upper(f.span) - lower(f.span))
                !~ '^[[:space:]，。,]|[[:space:]，。,]$') AS evidence_trimmed
FROM d, extract_facts(d.doc, '2021-12-20') f;
