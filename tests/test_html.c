/* ncgkg tests: reading saved web pages (src/html.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "ncgkg/html.h"
#include "ncgkg/text.h"

#define HEAD "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
#define TAIL "</body></html>"

static ncg_text *
page(const char *html)
{
	ncg_text *t = NULL;
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_html_read("page.html", html, strlen(html), th_grammar_lexicon(), &t,
	                           &err), NCG_OK,
	             "%s", err.message);
	cr_assert_not_null(t);
	return t;
}

static ncg_error
refused(const char *bytes, size_t n, ncg_status want)
{
	ncg_text *t = NULL;
	ncg_error err;

	ncg_error_clear(&err);
	cr_assert_eq(ncg_html_read("bad.html", bytes, n, th_grammar_lexicon(), &t, &err), want,
	             "%s", err.message);
	cr_assert_null(t);
	cr_assert_str_eq(err.file, "bad.html");
	cr_assert_neq(err.message[0], '\0');
	return err;
}

/* ---- detection ------------------------------------------------------------ */

Test(html, detect_by_content_and_name)
{
	static const struct {
		const char *name, *bytes;
		int want;
	} rows[] = {
		{"a.txt", "<!DOCTYPE html><html>", 1},
		{"a.txt", "<!doctype HTML>\n<html lang=en>", 1},
		{"a.txt", "\xEF\xBB\xBF  \n<html>", 1},
		{"a.txt", "<!-- saved from url=(0042)https://www.defense.gov/ -->\n<html>", 1},
		{"a.txt", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">", 1},
		{"a.txt", "<html/>", 1},
		{"a.txt", "\xFF\xFE<\0h\0t\0m\0l\0>\0", 1},
		{NULL, "<!DOCTYPE html>", 1},
		{"page.HTML", "Joint Press Statement", 1},
		{"page.htm", "", 1},
		{"dir.html/statement.txt", "Joint Press Statement", 0},
		{"a.txt", "Joint Press Statement on the <html> tag", 0},
		{"a.txt", "<htmlx>", 0},
		{"a.txt", "<!DOCTYPE htmlx>", 0},
		{"a.txt", "<p>a fragment</p>", 0},
		{"a.txt", "<!-- an unclosed comment <html>", 0},
		{"a.txt", "", 0},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		size_t n = strlen(rows[i].bytes);

		if (rows[i].bytes[0] == '\xFF')
			n = 14;
		cr_expect_eq(ncg_html_detect(rows[i].name, rows[i].bytes, n), rows[i].want,
		             "row %zu (%s)", i, rows[i].bytes);
	}
}

/* ---- the text a reader sees ------------------------------------------------- */

Test(html, text_as_a_reader_sees_it)
{
	static const struct {
		const char *what, *body, *want;
	} rows[] = {
		{"paragraphs, <br>, <br><br>",
		 "<article><p>The first paragraph is long enough to count.</p>"
		 "<p>Line one<br>line two<br><br>line three</p></article>",
		 "The first paragraph is long enough to count.\n\nLine one\nline two\n\nline three"},
		{"white space collapsed, NBSP a space, entities decoded",
		 "<article><p>  The  U.S.&nbsp;side &amp; the ROK&rsquo;s \n\t side agreed &mdash; "
		 "fully &#x2014; &#8220;now&#8221;.</p></article>",
		 "The U.S. side & the ROK\xE2\x80\x99s side agreed \xE2\x80\x94 fully "
		 "\xE2\x80\x94 \xE2\x80\x9Cnow\xE2\x80\x9D."},
		{"lists keep their items as lines",
		 "<article><p>The co-chairs reviewed these workstreams:</p><ul><li>guidelines;</li>"
		 "<li>nuclear and strategic planning; and</li><li>risk reduction.</li></ul>"
		 "<ol start=\"3\"><li>third</li><li>fourth</li></ol></article>",
		 "The co-chairs reviewed these workstreams:\n\n\xE2\x80\xA2 guidelines;\n"
		 "\xE2\x80\xA2 nuclear and strategic planning; and\n\xE2\x80\xA2 risk reduction."
		 "\n\n3. third\n4. fourth"},
		{"table cells by tabs, rows as paragraphs",
		 "<article><table><tr><th>Writer : Office</th><td>Date : 2025-09-23</td></tr>"
		 "<tr><td colspan=\"2\">The meeting was held in Seoul on Monday, and the two sides "
		 "agreed to meet again.</td></tr></table></article>",
		 "Writer : Office\tDate : 2025-09-23\n\nThe meeting was held in Seoul on Monday, and "
		 "the two sides agreed to meet again."},
		{"inline markup joins words",
		 "<article><p><b>Dr.</b> <i>Kim</i> Tae-hyo and Mr. Ma<span>her</span> "
		 "<a href=\"/x\">Bitar</a> attended the meeting.</p></article>",
		 "Dr. Kim Tae-hyo and Mr. Maher Bitar attended the meeting."},
		{"invisible characters left out",
		 "<article><p>The Nu&shy;clear Con&#8203;sultative Group met\xC2\x85 in Seoul again."
		 "</p></article>",
		 "The Nuclear Consultative Group met in Seoul again."},
		{"<pre> keeps its lines",
		 "<article><pre>Begin Text:\n  The  two sides met in Seoul.\nEnd Text.</pre></article>",
		 "Begin Text:\n  The  two sides met in Seoul.\nEnd Text."},
		{"unclosed tags",
		 "<article><p>First paragraph without its end tag, long enough<p>Second <b>bold "
		 "never closed<p>Third.",
		 "First paragraph without its end tag, long enough\n\nSecond bold never closed\n\nThird."},
		{"furniture left out",
		 "<div class=\"usa-banner\"><p>An official website of the United States government, "
		 "here is how you know it.</p></div>"
		 "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li></ul></nav>"
		 "<div class=\"breadcrumbs\">Home &gt; Press &gt; Releases</div>"
		 "<main><article><p>The two sides held the meeting in Washington today.</p>"
		 "<script>var s = \"The meeting was co-chaired by Mr. X and Dr. Y.\";</script>"
		 "<style>p { color: red }</style>"
		 "<div class=\"share-tools\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>"
		 "<p hidden>Hidden paragraph that a reader does not see at all.</p>"
		 "<p aria-hidden=\"true\">Another paragraph screen readers and eyes skip.</p>"
		 "<p style=\"display: none\">A paragraph styled away from the page here.</p>"
		 "<span class=\"sr-only\">Opens in a new window</span>"
		 "<form><label>Email</label><input type=\"email\"><button>Subscribe</button></form>"
		 "<p>They agreed to meet again in Seoul next year.</p></article>"
		 "<aside><p>Most read: the meeting was co-chaired by two deputy ministers.</p></aside>"
		 "<section class=\"related-articles\"><h2>Related</h2><p>Second NCG meeting held in "
		 "Washington, co-chaired by officials.</p></section></main>"
		 "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on this "
		 "website, and by continuing you agree.</p></div>"
		 "<footer><p>Copyright 2024, all rights reserved by the publisher of this site.</p>"
		 "</footer>",
		 "The two sides held the meeting in Washington today.\n\n"
		 "They agreed to meet again in Seoul next year."},
		{"the block with the most paragraph text, without <article>",
		 "<div class=\"col-a\"><ul><li><a href=\"/1\">A list of other statements about the "
		 "meeting and more</a></li><li><a href=\"/2\">Another statement with a long linked "
		 "title here</a></li><li><a href=\"/3\">Yet another statement with a long linked "
		 "title</a></li></ul></div>"
		 "<div class=\"col-b\"><div><p>The first paragraph of the statement, long enough, "
		 "with a comma.</p><p>The second paragraph of the statement, also long enough.</p>"
		 "</div></div>",
		 "The first paragraph of the statement, long enough, with a comma.\n\n"
		 "The second paragraph of the statement, also long enough."},
		{"a furniture word on the element holding most of the text does not drop it",
		 "<div id=\"wrap\" class=\"has-sidebar\"><p>The first paragraph of the statement, long "
		 "enough to count.</p><p>The second paragraph of the statement.</p></div>"
		 "<div class=\"sidebar\"><p>Short.</p></div>",
		 "The first paragraph of the statement, long enough to count.\n\n"
		 "The second paragraph of the statement."},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *html = NULL;
		ncg_text *t;

		cr_assert(asprintf(&html, "%s%s%s", HEAD, rows[i].body, TAIL) > 0);
		t = page(html);
		cr_expect_str_eq(ncg_text_str(t), rows[i].want, "%s: got\n%s", rows[i].what,
		                 ncg_text_str(t));
		ncg_text_free(t);
		free(html);
	}
}

Test(html, head_lines_above_the_article)
{
	/* the site's name, then the title and the date a reader sees above an
	 * article that does not hold them */
	ncg_text *t = page("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
	                   "<meta property=\"og:site_name\" content=\"U.S. Department of Defense\">"
	                   "<title>Title | U.S. Department of Defense</title></head><body>"
	                   "<header><a class=\"logo\" href=\"/\"><h1>U.S. Department of Defense</h1></a>"
	                   "</header><div class=\"page\"><h1 class=\"maintitle\">Joint Press Statement "
	                   "on the Meeting</h1><p class=\"date\"><time datetime=\"2024-06-10\">June 10, "
	                   "2024</time></p><div class=\"body\"><p>The two sides met in Washington "
	                   "on June 10, 2024.</p><p>They will meet again in Seoul.</p></div>"
	                   "<p>Short note.</p></div></body></html>");

	cr_expect_str_eq(ncg_text_str(t), "U.S. Department of Defense\n\nJoint Press Statement on "
	                 "the Meeting\n\nJune 10, 2024\n\nThe two sides met in Washington on "
	                 "June 10, 2024.\n\nThey will meet again in Seoul.");
	ncg_text_free(t);
}

Test(html, title_not_repeated_when_the_article_shows_it)
{
	ncg_text *t = page("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
	                   "<meta property=\"og:title\" content=\"Results of the Meeting\"></head><body>"
	                   "<div class=\"board_view\"><h3>Results of the  Meeting</h3>"
	                   "<div class=\"view_cont\"><p>The two sides met in Seoul on 22 September "
	                   "2025.</p></div></div></body></html>");

	cr_expect_str_eq(ncg_text_str(t), "Results of the Meeting\n\nThe two sides met in Seoul on "
	                 "22 September 2025.");
	ncg_text_free(t);
}

/* ---- metadata ------------------------------------------------------------------ */

Test(html, metadata_from_the_head)
{
	static const struct {
		const char *head, *body;
		const char *title, *issued, *publisher, *source;
	} rows[] = {
		{"<title>Readout | The White House</title>"
		 "<meta property=\"og:title\" content=\"Readout of the Meeting\">"
		 "<meta property=\"og:site_name\" content=\"The White House\">"
		 "<meta property=\"article:published_time\" content=\"2024-04-26T10:15:00-04:00\">"
		 "<link rel=\"canonical\" href=\"https://www.whitehouse.gov/briefing-room/x/\">",
		 "", "Readout of the Meeting", "2024-04-26", "The White House",
		 "https://www.whitehouse.gov/briefing-room/x/"},
		{"<title>Joint Statement | U.S. Embassy</title>"
		 "<meta property=\"og:site_name\" content=\"U.S. Embassy\">"
		 "<meta name=\"date\" content=\"2023/12/16\">"
		 "<meta property=\"og:url\" content=\"https://kr.usembassy.gov/a/b/\">"
		 "<link rel=\"canonical\" href=\"/joint-statement/\">",
		 "", "Joint Statement", "2023-12-16", "U.S. Embassy",
		 "https://kr.usembassy.gov/joint-statement/"},
		{"<title>MND | Press Release</title>",
		 "<h1>Results of the Meeting</h1><time datetime=\"2025-01-11T09:00\">Jan. 11</time>",
		 "MND | Press Release", "2025-01-11", NULL, NULL},
		{"", "<h1> Results  of the\nMeeting </h1>", "Results of the Meeting", NULL, NULL, NULL},
		{"<meta property=\"article:published_time\" content=\"2024-13-40\">"
		 "<link rel=\"canonical\" href=\"/relative/only\">"
		 "<meta property=\"og:url\" content=\"https://example.org/with space\">",
		 "", NULL, NULL, NULL, NULL},
		{"<link rel=\"canonical\" href=\"javascript:alert(1)\">", "", NULL, NULL, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char *html = NULL;
		ncg_text *t;
		const ncg_text_meta *m;

		cr_assert(asprintf(&html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">%s"
		                   "</head><body>%s<article><p>The two sides met in Seoul on "
		                   "Friday.</p></article></body></html>", rows[i].head, rows[i].body) > 0);
		t = page(html);
		m = ncg_text_meta_of(t);
#define FIELD(f) \
	if (rows[i].f) \
		cr_expect(m->f && strcmp(m->f, rows[i].f) == 0, "row %zu " #f ": %s", i, \
		          m->f ? m->f : "(null)"); \
	else \
		cr_expect_null(m->f, "row %zu " #f ": %s", i, m->f ? m->f : "");
		FIELD(title)
		FIELD(issued)
		FIELD(publisher)
		FIELD(source)
#undef FIELD
		ncg_text_free(t);
		free(html);
	}
}

/* ---- where the text came from ---------------------------------------------------- */

Test(html, origins_are_xpaths_of_blocks)
{
	ncg_text *t = page("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
	                   "<meta property=\"og:site_name\" content=\"The White House\"></head><body>"
	                   "<main><article><h1>Title of the statement</h1><div class=\"body\">"
	                   "<p>The first paragraph, long enough to count.</p>"
	                   "<ul><li>an item</li><li>another <b>item</b></li></ul></div></article>"
	                   "</main></body></html>");
	const char *s = ncg_text_str(t);
	const char *at;

	cr_assert_str_eq(ncg_text_origin_at(t, 0), "/html/head/meta[2]/@content");
	at = strstr(s, "Title");
	cr_assert_str_eq(ncg_text_origin_at(t, (size_t)(at - s)), "/html/body/main/article/h1");
	at = strstr(s, "long enough");
	cr_assert_str_eq(ncg_text_origin_at(t, (size_t)(at - s)),
	                 "/html/body/main/article/div/p");
	at = strstr(s, "another");
	cr_assert_str_eq(ncg_text_origin_at(t, (size_t)(at - s)),
	                 "/html/body/main/article/div/ul/li[2]");
	at = strstr(strstr(s, "another"), "item");
	cr_assert_str_eq(ncg_text_origin_at(t, (size_t)(at - s)),
	                 "/html/body/main/article/div/ul/li[2]");
	/* between blocks: nothing */
	at = strstr(s, "\n\n");
	cr_assert_null(ncg_text_origin_at(t, (size_t)(at - s) + 1));
	cr_assert_null(ncg_text_origin_at(t, ncg_text_len(t)));
	ncg_text_free(t);
}

Test(html, plain_text_has_no_origins)
{
	ncg_text *t = NULL;
	ncg_error err;

	cr_assert_eq(ncg_text_from_bytes("a.txt", "Some text.", 10, &t, &err), NCG_OK);
	cr_assert_null(ncg_text_origin_at(t, 0));
	cr_assert_eq(ncg_text_add_origin(t, 0, 4, "/p[1]", &err), NCG_OK);
	cr_assert_eq(ncg_text_add_origin(t, 5, 10, "/p[2]", &err), NCG_OK);
	cr_assert_str_eq(ncg_text_origin_at(t, 3), "/p[1]");
	cr_assert_null(ncg_text_origin_at(t, 4));
	cr_assert_str_eq(ncg_text_origin_at(t, 5), "/p[2]");
	cr_assert_str_eq(ncg_text_origin_at(t, 9), "/p[2]");
	cr_assert_null(ncg_text_origin_at(t, 10));
	ncg_text_free(t);
}

/* ---- encodings ------------------------------------------------------------------ */

Test(html, declared_encodings_are_decoded)
{
	static const struct {
		const char *what, *bytes, *want;
	} rows[] = {
		{"windows-1252 by meta charset",
		 "<html><head><meta charset=\"windows-1252\"></head><body><p>The U.S. side\x92s "
		 "\x93swift\x94 response \x96 and the ROK\x92s.</p></body></html>",
		 "The U.S. side\xE2\x80\x99s \xE2\x80\x9Cswift\xE2\x80\x9D response \xE2\x80\x93 and "
		 "the ROK\xE2\x80\x99s."},
		{"ISO-8859-1 label read as windows-1252 (http-equiv)",
		 "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
		 "charset=ISO-8859-1\"></head><body><p>Caf\xE9 talks on the Alliance\x92s future "
		 "today.</p></body></html>",
		 "Caf\xC3\xA9 talks on the Alliance\xE2\x80\x99s future today."},
		{"EUC-KR",
		 "<html><head><meta http-equiv=\"content-type\" content=\"text/html;charset=euc-kr\">"
		 "</head><body><p>\xB1\xB9\xB9\xE6\xBA\xCE (Ministry of National Defense) met "
		 "today.</p></body></html>",
		 "\xEA\xB5\xAD\xEB\xB0\xA9\xEB\xB6\x80 (Ministry of National Defense) met today."},
		{"XML declaration",
		 "<?xml version=\"1.0\" encoding=\"windows-1252\"?><html><body><p>The ROK\x92s side "
		 "met the U.S. side today.</p></body></html>",
		 "The ROK\xE2\x80\x99s side met the U.S. side today."},
		{"UTF-8 byte-order mark, no declaration",
		 "\xEF\xBB\xBF<html><body><p>The ROK\xE2\x80\x99s side met the U.S. side.</p></body>"
		 "</html>",
		 "The ROK\xE2\x80\x99s side met the U.S. side."},
		{"undeclared but valid UTF-8",
		 "<html><body><p>\xEA\xB5\xAD\xEB\xB0\xA9\xEB\xB6\x80 met the U.S. side in Seoul "
		 "today.</p></body></html>",
		 "\xEA\xB5\xAD\xEB\xB0\xA9\xEB\xB6\x80 met the U.S. side in Seoul today."},
		{"a comment before the declaration does not hide it",
		 "<!-- <meta charset=\"utf-8\"> --><html><head><meta charset=\"cp1252\"></head><body>"
		 "<p>The ROK\x92s side met the U.S. side today.</p></body></html>",
		 "The ROK\xE2\x80\x99s side met the U.S. side today."},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ncg_text *t = page(rows[i].bytes);

		cr_expect_str_eq(ncg_text_str(t), rows[i].want, "%s: got %s", rows[i].what,
		                 ncg_text_str(t));
		ncg_text_free(t);
	}
}

Test(html, utf16_with_a_byte_order_mark)
{
	const char *ascii = "<html><body><p>The two sides met in Seoul today.</p></body></html>";
	size_t n = strlen(ascii);
	char *b = malloc(2 * n + 2);
	ncg_text *t = NULL;
	ncg_error err;

	b[0] = '\xFF';
	b[1] = '\xFE';
	for (size_t i = 0; i < n; i++) {
		b[2 + 2 * i] = ascii[i];
		b[3 + 2 * i] = 0;
	}
	cr_assert(ncg_html_detect("x.txt", b, 2 * n + 2));
	cr_assert_eq(ncg_html_read("utf16.html", b, 2 * n + 2, th_grammar_lexicon(), &t, &err),
	             NCG_OK, "%s", err.message);
	cr_expect_str_eq(ncg_text_str(t), "The two sides met in Seoul today.");
	ncg_text_free(t);
	free(b);
}

Test(html, undecodable_pages_are_refused)
{
	static const struct {
		const char *what, *bytes, *says;
		long offset;
	} rows[] = {
		{"undeclared and not UTF-8",
		 "<html><body><p>The ROK\x92s side met the U.S. side today.</p></body></html>",
		 "declares no encoding", 22},
		{"declared UTF-8 but is not",
		 "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xE9 talks today, long "
		 "enough.</p></body></html>",
		 "invalid UTF-8", 53},
		{"a byte windows-1252 does not define",
		 "<html><head><meta charset=\"windows-1252\"></head><body><p>A \x81 byte in the "
		 "statement text.</p></body></html>",
		 "not windows-1252", 59},
		{"an encoding nobody knows",
		 "<html><head><meta charset=\"x-klingon-7\"></head><body><p>Some text of the "
		 "statement here.</p></body></html>",
		 "x-klingon-7", -1},
		{"not a charset name",
		 "<html><head><meta charset=\"utf-8; rm -rf\"></head><body><p>Text.</p></body></html>",
		 "not a charset name", -1},
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ncg_error err = refused(rows[i].bytes, strlen(rows[i].bytes), NCG_ERR_ENCODING);

		cr_expect(strstr(err.message, rows[i].says) != NULL, "%s: %s", rows[i].what,
		          err.message);
		cr_expect_eq(err.offset, rows[i].offset, "%s: offset %ld", rows[i].what, err.offset);
	}
}

Test(html, binary_data_is_refused)
{
	/* a NUL in a page that declares a single-byte encoding, and random bytes */
	static const char nul[] = "<html><head><meta charset=\"windows-1252\"></head><body><p>abc"
	                          "\0\x01\x02\xff binary</p></body></html>";
	unsigned char rnd[4096];
	unsigned long s = 7;

	refused(nul, sizeof nul - 1, NCG_ERR_ENCODING);
	for (size_t i = 0; i < sizeof rnd; i++) {
		s = s * 6364136223846793005UL + 1442695040888963407UL;
		rnd[i] = (unsigned char)(s >> 56);
	}
	refused((const char *)rnd, sizeof rnd, NCG_ERR_ENCODING);
}

/* ---- hostile pages ----------------------------------------------------------------- */

/* A page of `n` bytes: <html><body> and <div>s opened, never closed. */
static char *
nested_divs(size_t n, size_t *len)
{
	char *b = malloc(n + 64);
	size_t k = 0;

	cr_assert_not_null(b);
	k += (size_t)sprintf(b, "<html><body>");
	while (k + 5 < n) {
		memcpy(b + k, "<div>", 5);
		k += 5;
	}
	k += (size_t)sprintf(b + k, "deep text");
	*len = k;
	return b;
}

Test(html, deep_nesting_is_refused_not_a_crash)
{
	size_t n;
	char *b;
	ncg_error err;

	/* 100 KB: 20,000 levels, past libxml2's 256 */
	b = nested_divs(100u << 10, &n);
	err = refused(b, n, NCG_ERR_SYNTAX);
	cr_expect(strstr(err.message, "nested more than 256 deep") != NULL, "%s", err.message);
	free(b);
	/* 10 MB: two million elements, refused before they are built */
	b = nested_divs(10u << 20, &n);
	err = refused(b, n, NCG_ERR_SYNTAX);
	cr_expect(strstr(err.message, "not a page ncgkg reads") != NULL, "%s", err.message);
	free(b);
}

Test(html, many_siblings_in_linear_time)
{
	/* 300,000 list items and cells: numbered and rendered without
	 * quadratic walks (this would take minutes otherwise) */
	size_t n = 0, cap = 8u << 20;
	char *b = malloc(cap);
	ncg_text *t = NULL;
	ncg_error err;
	const char *s;

	cr_assert_not_null(b);
	n += (size_t)sprintf(b, "<html><body><article><p>The list of the statement's items, "
	                        "long enough.</p><ol>");
	for (int i = 0; i < 150000; i++)
		n += (size_t)sprintf(b + n, "<li>x</li>");
	n += (size_t)sprintf(b + n, "</ol><table><tr>");
	for (int i = 0; i < 150000; i++)
		n += (size_t)sprintf(b + n, "<td>c</td>");
	n += (size_t)sprintf(b + n, "</tr></table></article></body></html>");
	cr_assert_eq(ncg_html_read("many.html", b, n, th_grammar_lexicon(), &t, &err), NCG_OK,
	             "%s", err.message);
	s = ncg_text_str(t);
	cr_expect(strstr(s, "\n150000. x\n") || strstr(s, "\n150000. x"), "last item numbered");
	cr_expect(strstr(s, "c\tc\tc") != NULL);
	cr_expect_str_eq(ncg_text_origin_at(t, (size_t)(strstr(s, "150000. x") - s)),
	                 "/html/body/article/ol/li[150000]");
	ncg_text_free(t);
	free(b);
}

Test(html, pages_without_an_article)
{
	static const char *const rows[] = {
		HEAD "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
		"</ul></nav><footer><p>Copyright, all rights reserved by the site owner.</p></footer>" TAIL,
		HEAD "<script>document.write('The meeting was co-chaired by Mr. X and Dr. Y in "
		"Seoul.');</script>" TAIL,
		HEAD "<p>Short.</p><p>Lines</p>" TAIL,
		"<!DOCTYPE html><html><head><title>Only a title</title></head></html>",
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ncg_error err = refused(rows[i], strlen(rows[i]), NCG_ERR_EMPTY);

		cr_expect(strstr(err.message, "no article text") != NULL, "row %zu: %s", i,
		          err.message);
	}
	refused("", 0, NCG_ERR_EMPTY);
	refused(NULL, 5, NCG_ERR_EMPTY);   /* no bytes at all, whatever the count */
}

Test(html, read_file_by_content_or_as_text)
{
	char dir[] = "/tmp/ncgkg-html-XXXXXX", path[64];
	FILE *f;
	ncg_text *t = NULL;
	ncg_error err;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/statement.txt", dir);
	f = fopen(path, "w");
	fputs("<!DOCTYPE html><html><body><nav>Menu</nav><p>The two sides met in Seoul "
	      "today.</p></body></html>", f);
	fclose(f);
	cr_assert_eq(ncg_html_read_file(path, th_grammar_lexicon(), &t, &err), NCG_OK, "%s",
	             err.message);
	cr_expect_str_eq(ncg_text_str(t), "The two sides met in Seoul today.");
	cr_expect_str_eq(ncg_text_basename(t), "statement.txt");
	ncg_text_free(t);
	f = fopen(path, "w");
	fputs("The two <b> sides met.", f);
	fclose(f);
	cr_assert_eq(ncg_html_read_file(path, th_grammar_lexicon(), &t, &err), NCG_OK, "%s",
	             err.message);
	cr_expect_str_eq(ncg_text_str(t), "The two <b> sides met.");
	cr_expect_null(ncg_text_origin_at(t, 0));
	ncg_text_free(t);
	cr_assert_eq(ncg_html_read_file(dir, th_grammar_lexicon(), &t, &err), NCG_ERR_IO);
	cr_assert_null(t);
	unlink(path);
	rmdir(dir);
}

/* The words of class and id values that mark furniture are the lexicon's
 * (issue 8): each row is a page body, the text with the shipped lists,
 * without one list (`wl`), and with one word more in it. */
static ncg_lexicon *
class_lexicon(int drop, ncg_wordlist extra_wl, const char *extra)
{
	static const ncg_wordlist LISTS[] = {
		NCG_WL_FURNITURE_CLASS, NCG_WL_WEAK_FURNITURE_CLASS, NCG_WL_CONTENT_CLASS,
	};
	const ncg_lexicon *shipped = th_grammar_lexicon();
	ncg_lexicon *l = ncg_lexicon_new();
	ncg_error err;

	cr_assert_not_null(l);
	for (size_t k = 0; k < sizeof LISTS / sizeof LISTS[0]; k++) {
		const ncg_strlist *words = ncg_lexicon_words(shipped, LISTS[k]);

		cr_assert_gt(words->n, 0, "shipped list %d is empty", (int)LISTS[k]);
		for (size_t i = 0; (int)LISTS[k] != drop && i < words->n; i++)
			cr_assert_eq(ncg_lexicon_add_word(l, LISTS[k], words->v[i]), NCG_OK);
	}
	if (extra)
		cr_assert_eq(ncg_lexicon_add_word(l, extra_wl, extra), NCG_OK);
	cr_assert_eq(ncg_lexicon_index(l, &err), NCG_OK);
	return l;
}

static char *
page_text_with(const char *body, const ncg_lexicon *l)
{
	char *html = NULL, *s;
	ncg_text *t = NULL;
	ncg_error err;

	cr_assert(asprintf(&html, "%s%s%s", HEAD, body, TAIL) > 0);
	cr_assert_eq(ncg_html_read("page.html", html, strlen(html), l, &t, &err), NCG_OK, "%s",
	             err.message);
	s = strdup(ncg_text_str(t));
	ncg_text_free(t);
	free(html);
	return s;
}

#define P1 "<p>The first paragraph of the statement, long enough, with a comma.</p>"
#define P2 "<p>The second paragraph of the statement, also long enough, with a comma.</p>"
#define T12 "The first paragraph of the statement, long enough, with a comma.\n\n" \
	"The second paragraph of the statement, also long enough, with a comma."

Test(html, class_words_are_the_lexicons)
{
	static const struct {
		const char *body, *shipped;
		ncg_wordlist wl;
		const char *dropped, *extra, *body2, *extended;
	} rows[] = {
		{"<article>" P1 "<div class=\"share-tools\">Share this statement with others</div>"
		 P2 "</article>", T12,
		 NCG_WL_FURNITURE_CLASS,
		 "The first paragraph of the statement, long enough, with a comma.\n\n"
		 "Share this statement with others\n\n"
		 "The second paragraph of the statement, also long enough, with a comma.",
		 "kicker",
		 "<article>" P1 "<div class=\"kicker-box\">A kicker line beside the text</div>"
		 P2 "</article>", T12},
		{"<div class=\"page\"><div class=\"top-bar\"><p>A line of the top bar of the site, "
		 "long.</p></div>" P1 P2 "</div>", T12,
		 NCG_WL_WEAK_FURNITURE_CLASS,
		 "A line of the top bar of the site, long.\n\n" T12,
		 "kopf",
		 "<div class=\"page\"><div class=\"kopf-bar\"><p>A line of the top bar of the site, "
		 "long.</p></div>" P1 P2 "</div>", T12},
		{"<div class=\"page\"><div class=\"top-story\"><p>A line of the top story of the "
		 "site, long.</p></div>" P1 P2 "</div>",
		 "A line of the top story of the site, long.\n\n" T12,
		 NCG_WL_CONTENT_CLASS, T12,
		 "lede",
		 "<div class=\"page\"><div class=\"top-lede\"><p>A line of the top story of the "
		 "site, long.</p></div>" P1 P2 "</div>",
		 "A line of the top story of the site, long.\n\n" T12},
	};

	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
		ncg_lexicon *l;
		char *s = page_text_with(rows[r].body, th_grammar_lexicon());

		cr_expect_str_eq(s, rows[r].shipped, "row %zu, shipped lists: got\n%s", r, s);
		free(s);
		l = class_lexicon((int)rows[r].wl, rows[r].wl, NULL);
		s = page_text_with(rows[r].body, l);
		cr_expect_str_eq(s, rows[r].dropped, "row %zu, list %d dropped: got\n%s", r,
		                 (int)rows[r].wl, s);
		free(s);
		ncg_lexicon_free(l);
		s = page_text_with(rows[r].body2, th_grammar_lexicon());
		cr_expect_str_neq(s, rows[r].extended, "row %zu: \"%s\" is shipped already", r,
		                  rows[r].extra);
		free(s);
		l = class_lexicon(-1, rows[r].wl, rows[r].extra);
		s = page_text_with(rows[r].body2, l);
		cr_expect_str_eq(s, rows[r].extended, "row %zu, with \"%s\": got\n%s", r,
		                 rows[r].extra, s);
		free(s);
		ncg_lexicon_free(l);
	}
}

Test(html, without_a_lexicon_no_class_word_marks_furniture)
{
	char *s = page_text_with("<article>" P1 "<div class=\"share-tools\">Share this statement "
	                         "with others</div><nav>Home News</nav>" P2 "</article>", NULL);

	/* the tag still does */
	cr_expect_str_eq(s, "The first paragraph of the statement, long enough, with a comma.\n\n"
	                 "Share this statement with others\n\n"
	                 "The second paragraph of the statement, also long enough, with a comma.");
	free(s);
}
