/*
 * facts_lexicon.c — the words and phrases the fact extractor understands,
 * English and Chinese side by side.  Every list is a NULL-terminated array
 * of phrases in the pattern syntax of fx_match() (facts_text.c): words match
 * case-insensitively, a blank also matches a hyphen, each ideograph is one
 * token.  Longest match wins, so "同比增长" and "增长" can both be listed.
 * doc/extract_facts.md, "Phrases understood", lists them for readers.
 */
#include <stddef.h>

#include "facts_text.h"

/* Words that say a figure is a rise, standing before it (with fillers between). */
const char *const fx_up_verbs[] = {
	"increase", "increased", "increases", "increasing", "rose", "rise", "rises",
	"rising", "risen", "grew", "grow", "grows", "growing", "grown", "growth",
	"up", "gain", "gained", "gains", "climbed", "climb", "climbs", "jumped",
	"jump", "jumps", "surged", "surge", "expanded", "expand", "expands",
	"expansion", "accelerated", "quickened", "went up", "go up", "goes up", "picked up",
	"edged up", "rebounded", "advanced", "widened", "widen", "widens", "soared",
	"soaring", "soar", "soars", "surging", "jumping", "climbing",
	"expanding", "adding",
	"a rise of", "an increase of", "a growth of", "a nominal increase of",
	"a real increase of", "nominal growth of", "real growth of", "a nominal growth of",
	"a real growth of",
	"增长", "增加", "上升", "提高", "上涨", "增", "扩大", "回升", "加快", "提升",
	"多增", "增速", "涨幅", "增幅", "涨", "攀升", "净增", "净增加",
	"多退", "多收", "多缴",
	/* a rise of the thing the verb names: output (增产), income (增收) */
	"增产", "增收",
	NULL
};

const char *const fx_down_verbs[] = {
	"decrease", "decreased", "decreases", "decreasing", "declined", "decline",
	"declines", "declining", "fell", "fall", "falls", "falling", "fallen",
	"dropped", "drop", "drops", "down", "shrank", "shrink", "shrinks",
	"contracted", "contract", "contracts", "contraction", "dipped", "dip",
	"reduced", "reduce", "reduces", "reduction", "cut", "slid", "slipped",
	"lowered", "went down", "go down", "goes down", "edged down", "narrowed",
	"slowed", "decelerated", "plunged", "plummeted", "slumped", "eased",
	"plunging", "slumping", "sliding", "dropping", "dipping", "tumbled", "tumbling",
	"a decrease of", "a decline of", "a drop of", "a fall of",
	"下降", "减少", "降低", "回落", "下跌", "缩小", "收窄", "减", "降", "放缓",
	"下滑", "萎缩", "降幅", "减幅", "跌", "少增", "净减少", "净减",
	"少退", "少收", "少缴",
	"减产", "减收",
	NULL
};

/* After the figure: "0.4 percentage points higher than", "a 3.9 percent increase". */
const char *const fx_up_after[] = {
	"higher", "more", "increase", "rise", "growth", "gain", "jump", "up", "faster",
	"quicker",
	NULL
};

const char *const fx_down_after[] = {
	"lower", "less", "fewer", "decrease", "decline", "drop", "fall", "reduction",
	"down", "cut", "slower",
	/* "a 35.7-percent shrinking of the surplus" */
	"shrinking", "contraction",
	NULL
};

/* What may stand between a change word and its figure. */
const char *const fx_change_fill[] = {
	"by", "of", "a", "an", "slightly", "was", "were", "is", "are", "at",
	"stood at", "reached", "rate", "rates", "registering", "registered",
	"recording", "recorded", "posting", "hitting", "to be", "respectively",
	"averaging", "an average of", "on average", "again", "further", "steadily",
	"了", "为", "达", "达到", "分别", "均", "率", "幅度", "速度", "速", "有所",
	"的", "是", "比", "较", "实际", "名义", "保持", "保持在", "确定为", "定为",
	/* "imports fell for 8.5%"; "增速也有20%左右" */
	"for", "也", "也有",
	NULL
};

/* Bases of a change, tagged with their metric_delta basis: y(oy) m(om) q(oq) a (pa) c(um). */
const char *const fx_basis_words[] = {
	"y|year on year", "y|y o y", "y|yoy", "y|y/y", "y|over the previous year",
	"y|over the same period last year", "y|over the same period of last year",
	"y|over the same period of the previous year", "y|from the previous year",
	"y|from a year earlier", "y|from a year ago", "y|from the same period last year",
	"y|from the same period of last year", "y|compared with the previous year",
	"y|compared with last year", "y|compared with the same period last year",
	"y|compared with the same period of last year", "y|compared to the previous year",
	"y|compared to last year", "y|than the previous year", "y|than last year",
	"y|over last year", "y|over a year earlier", "y|than a year earlier",
	"y|than a year ago", "y|than the same period last year",
	"y|than that of the same period last year", "y|than the same period of last year",
	"y|than in the same period of last year", "y|than in the same period last year",
	"y|than that in the same period of last year", "y|than that of the same period of last year",
	"y|than in the previous year", "y|than that of the previous year", "y|than that in the previous year",
	"y|over the end of the previous year", "y|over the end of last year",
	"y|from the end of the previous year", "y|from the end of last year",
	"y|than at the end of the previous year", "y|than at the end of last year",
	"y|compared with the end of the previous year",
	"y|than the end of last year", "y|than the end of the previous year",
	"y|compared with the end of last year", "y|on a yearly basis", "y|year over year", "m|month on month", "m|m o m", "m|mom",
	"m|over the previous month", "m|from the previous month",
	"m|compared with the previous month", "m|compared with last month",
	"m|than the previous month", "m|than last month", "m|than that of last month",
	"m|from a month earlier", "m|over last month", "m|from last month", "m|on the month", "y|on the year",
	"y|compared with the same month last year", "y|compared with the same month of last year",
	"y|from the same month last year", "y|over the same month last year", "y|than the same month last year", "q|quarter on quarter", "q|q o q",
	"q|qoq", "q|over the previous quarter", "q|from the previous quarter",
	"q|than the previous quarter", "q|compared with the previous quarter",
	"a|compound annual", "a|compound average annual", "a|average annual", "a|annual average", "a|annually", "a|a year on average",
	"a|per year", "a|per annum", "a|each year on average", "a|on average each year",
	"a|a year", "a|every year", "a|each year", "a|average", "c|cumulative", "c|cumulatively", "y|同比", "y|比上年同期", "y|比上年",
	"y|较上年同期", "y|较上年", "y|比去年同期", "y|比去年", "y|比上年末", "y|较上年末", "y|比上年同月", "y|与上年同期相比",
	"y|比上年同期", "m|环比", "m|比上月", "m|较上月", "m|比上月末", "q|比上季度", "q|较上季度", "q|比上季末", "a|年均",
	"a|年平均", "a|平均每年", "a|两年平均", "a|平均", "c|累计",
	/* "preceding" for "previous", "over" for "on", "a quarter earlier" */
	"y|over the preceding year", "y|from the preceding year", "y|than the preceding year",
	"y|compared with the preceding year", "y|compared with a year earlier", "y|compared with a year ago",
	"m|over the preceding month", "m|from the preceding month", "m|than the preceding month",
	"m|compared with the preceding month", "m|month over month", "m|compared with a month earlier",
	"m|than a month earlier", "q|over the preceding quarter", "q|from the preceding quarter",
	"q|than the preceding quarter", "q|compared with the preceding quarter", "q|quarter over quarter",
	"q|from a quarter earlier", "q|compared with a quarter earlier", "q|than a quarter earlier",
	/* "one year" for "a year"; "than" for "over" before "the same period of the previous year" */
	"y|from one year earlier", "y|from one year ago", "y|than one year earlier",
	"y|than the same period of the previous year",
	/* "that of" standing for the figure compared with */
	"y|from that of last year", "y|from that of the previous year", "y|over that of last year",
	"y|over that of the previous year", "y|compared with that of last year",
	/* every way to name last year's same period after every comparing word */
	"y|over the same period in the previous year", "y|over the same period a year earlier",
	"y|over the same period a year ago", "y|from the same period in the previous year",
	"y|from the same period of the previous year", "y|from the same period a year earlier",
	"y|from the same period a year ago", "y|compared with the same period in the previous year",
	"y|compared with the same period of the previous year", "y|compared with the same period a year earlier",
	"y|compared with the same period a year ago", "y|compared to the same period in the previous year",
	"y|compared to the same period of the previous year", "y|compared to the same period last year",
	"y|compared to the same period of last year", "y|compared to the same period a year earlier",
	"y|compared to the same period a year ago", "y|than the same period in the previous year",
	"y|than the same period a year earlier", "y|than the same period a year ago",
	/* "compared to" is "compared with"; "an earlier month" is "the previous month" */
	"y|compared to a year earlier", "y|compared to a year ago", "y|compared to the preceding year",
	"m|compared to the previous month", "m|compared to last month", "m|compared to the preceding month",
	"m|compared to a month earlier", "m|compared to an earlier month", "m|compared with an earlier month",
	"m|from an earlier month", "m|over an earlier month", "m|than an earlier month",
	"q|compared to the previous quarter", "q|compared to the preceding quarter",
	"q|compared to a quarter earlier",
	NULL
};

/* Qualifiers before a figure, tagged with their comparator. */
const char *const fx_qual_before[] = {
	">|more than", ">|over", ">|above", ">|exceeding", ">|exceeded", ">|exceed",
	">|exceeds", ">|in excess of", ">|upwards of", ">|greater than", ">|higher than",
	">=|at least", ">=|no less than", ">=|not less than", ">=|no fewer than",
	">=|not fewer than", ">=|a minimum of", "<|less than", "<|fewer than", "<|below",
	"<|under", "<|lower than", "<=|at most", "<=|no more than", "<=|not more than",
	"<=|up to", "<=|a maximum of", "<=|no higher than", "<=|not exceeding",
	"<=|not exceed", "<=|within", "<=|not rise above", "<=|not go above", "<=|not be above",
	"<=|not be higher than", "~|about", "~|around", "~|nearly", "~|approximately", "~|some",
	"~|roughly", "~|almost", "~|close to", "~|an estimated", "~|approx",
	">|topped", ">|tops", ">|topping", ">|surpass", ">|surpassed", ">|surpasses", ">|surpassing",
	">|broke through", ">|breaking through", ">|broken through", ">|passed", ">|passing", ">|超过", ">|逾",
	">|超", ">|多于", ">|高于", ">|突破", ">=|不低于", ">=|不少于", ">=|至少", ">=|不小于", "<|不到", "<|不足",
	"<|低于", "<|少于", "<=|不超过", "<=|不高于", "<=|最多", "<=|控制在", "~|约", "~|近", "~|大约", "~|接近",
	"~|将近", "~|大概", "~|约为",
	NULL
};

/* Qualifiers after a figure. */
const char *const fx_qual_after[] = {
	">=|or more", ">=|or above", ">=|and above", ">=|or over", ">=|or higher", ">=|or greater", ">|plus", "~|or so",
	"<=|or less", "<=|or below", "<=|or lower", ">|以上", ">|多", ">|余", "~|左右", "~|上下", "<|以下", "<=|以内",
	"<=|之内",
	NULL
};

/* A percent figure that is a part of a whole. */
const char *const fx_share_words[] = {
	"accounting for", "accounted for", "accounts for", "account for", "share",
	"shares", "proportion", "proportions", "percentage of",
	"made up", "make up", "makes up", "making up", "took", "taking", "takes",
	"占", "比重", "占比", "份额",
	NULL
};

/* Words that make a sentence about the future a target. */
const char *const fx_goal_words[] = {
	"strive", "strives", "striving", "aim", "aims", "aiming", "target", "targets",
	"targeted", "goal", "goals", "objective", "objectives", "plan to", "plans to", "aimed to",
	"planned", "expected", "expect", "expects", "projected", "ensure", "ensuring",
	"endeavor", "seek", "seeks", "seeking", "will", "shall", "intend", "intends", "set to", "is to",
	"are to", "should", "must",
	"力争", "目标", "预期", "确保", "争取", "将", "要", "计划", "预计", "力求",
	"确定为", "左右的", "拟", "准备", "打算",
	NULL
};

const char *const fx_future_words[] = {
	"will", "shall", "将", "要",
	NULL
};

/* Words after a bare number that make it no count: durations, dates, prepositions. */
const char *const fx_count_stop[] = {
	"years", "year", "months", "month", "days", "day", "weeks", "week", "hours",
	"hour", "minutes", "minute", "seconds", "second", "times", "time",
	"consecutive", "straight", "successive", "running", "o'clock", "am", "pm",
	"and", "to", "or", "of", "in", "on", "at", "for", "by", "from", "with",
	"the", "a", "an", "is", "was", "were", "are", "be", "been", "has", "have",
	"had", "will", "would", "per", "than", "more", "less", "out", "th", "st",
	"nd", "rd", "decades", "decade", "centuries", "century", "o", "as", "that",
	"this", "it", "its", "which", "who", "we", "he", "she", "they", "i", "if",
	"but", "so", "after", "before", "during", "since", "until", "through",
	"into", "onto", "about", "over", "under", "between", "among", "ago",
	"percent", "pct", "point", "points", "degrees", "degree", "p", "m", "s",
	"also", "all", "not", "no", "there", "these", "those", "should", "must",
	"can", "could", "may", "might", "do", "does", "did", "project", "program",
	"programme", "initiative", "strategy", "campaign", "system", "mechanism",
	"plan", "model", "framework", "pattern", "principle", "formula", "policy",
	"work", "version", "generation", "edition", "round", "session",
	"views", "view", "visits", "clicks", "reads", "likes", "pageviews",
	NULL
};

/* Words before a number that make it a label: "No. 5", "Article 12". */
const char *const fx_name_before[] = {
	"no", "nos", "number", "article", "articles", "section", "chapter", "phase",
	"level", "grade", "class", "room", "line", "paragraph", "version", "page",
	"pages", "top", "group", "category", "item", "items", "rule", "decree",
	"order", "document", "issue", "vol", "volume", "figure", "table", "annex",
	"appendix", "step", "stage", "round", "batch", "session", "plenary",
	"congress", "number", "code", "route", "tier", "covid", "type", "model",
	"generation", "edition", "series", "block", "zone", "region", "district",
	"building", "floor", "unit", "platform", "gate", "terminal", "flight",
	"station", "exit", "bus", "highway", "road", "street", "avenue",
	"第", "号", "编号",
	NULL
};

const char *const fx_month_names[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"sept",
	NULL
};

/* Chinese measure words: a number before one is a count. */
const char *const fx_measure_words[] = {
	"个", "家", "户", "项", "种", "座", "辆", "台", "所", "条", "件", "批", "名",
	"位", "人", "只", "艘", "架", "套", "处", "场", "款", "部", "颗", "张", "头",
	"篇", "份", "间", "栋", "例", "起", "枚", "支", "门", "类", "宗", "笔",
	"幅", "片", "棵", "株", "所", "级", "人次", "万人次",
	NULL
};

/* Words that end the noun phrase after a count. */
const char *const fx_noun_stop[] = {
	"and", "or", "in", "on", "at", "for", "by", "from", "with", "have", "has",
	"had", "were", "was", "is", "are", "be", "been", "into", "to", "which",
	"that", "while", "as", "including", "respectively", "will", "would", "of",
	"across", "nationwide", "this", "last", "next", "accounting", "up", "down",
	"over", "than", "compared", "among", "such", "like", "through", "during",
	NULL
};

/* Words trimmed from the start of a subject. */
const char *const fx_subject_skip[] = {
	"the", "a", "an", "and", "while", "among", "them", "which", "that", "its",
	"their", "also", "meanwhile", "of", "in", "on", "at", "for", "with", "total",
	"after", "as", "when", "whereas", "although", "though", "but", "since", "because",
	"while", "then", "so", "thus", "besides", "moreover", "furthermore", "however",
	"keep", "keeping", "maintain", "maintaining",
	"其中", "全年", "全国", "而", "和", "及", "与", "的", "在", "共", "累计",
	NULL
};

/* Words before a full stop that does not end a sentence. */
const char *const fx_abbrev[] = {
	"mr", "mrs", "ms", "dr", "prof", "no", "nos", "art", "vol", "vs", "etc",
	"e", "i", "g", "u", "s", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "st", "fig",
	"approx", "est", "gov",
	NULL
};

/* Verbs that state a level: a bare number after one is a figure ("reached 848"). */
const char *const fx_level_verbs[] = {
	"reached", "reach", "reaches", "was", "were", "is", "are", "totaled",
	"totalled", "totaling", "totalling", "stood at", "amounted to", "hit",
	"numbered", "at", "to", "of", "included", "includes", "including", "with",
	"came to", "come to", "comes to", "came in at", "amounting to", "standing at",
	"stands at", "totals", "total of",
	"达到", "达", "为", "是", "共", "有", "至",
	NULL
};

/* Doubling words: a change of +100% (or +200%, +300%) with no number. */
const char *const fx_multiple_words[] = {
	"100|doubled", "100|doubling", "100|double the", "200|tripled", "200|trebled", "100|翻一番",
	"100|翻番", "100|翻了一番", "300|翻两番", "300|翻了两番", "100|增加一倍", "100|增长一倍",
	"100|增加了一倍", "100|增长了一倍", "100|提高一倍", "100|提高了一倍", "200|增长两倍",
	"200|增加两倍", "100|more than doubled",
	NULL
};
