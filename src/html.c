/* ncgkg: reading a statement saved as a web page (stage 1 for HTML).
 *
 * decode (declared charset -> UTF-8, iconv) -> parse (libxml2, forgiving)
 * -> measure every element (text, link text, paragraph score) and mark
 * page furniture -> choose the article -> render it as text, noting for
 * each stretch the element it came from -> the head's metadata.
 *
 * The names below (tags, roles, hidden classes) are HTML's markup for
 * page structure, the same in every language a page is written in; the
 * words web developers give class and id values (nav, share, article)
 * and the words of statements are the lexicon's. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "ncgkg/buf.h"
#include "ncgkg/html.h"

/* ---- detection ------------------------------------------------------------ */

static int
has_page_suffix(const char *name)
{
	const char *dot, *slash;

	if (!name)
		return 0;
	dot = strrchr(name, '.');
	slash = strrchr(name, '/');
	if (!dot || (slash && slash > dot))
		return 0;
	return strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
	       strcasecmp(dot, ".xhtml") == 0;
}

/* The first bytes as ASCII (other characters as 0x80), through a UTF-16
 * byte-order mark if there is one; returns the length of the view. */
static size_t
ascii_head(const unsigned char *b, size_t n, unsigned char *v, size_t cap)
{
	size_t i = 0, k = 0;

	if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
		int le = b[0] == 0xFF;

		for (i = 2; i + 1 < n && k < cap; i += 2) {
			unsigned c = le ? b[i] | (unsigned)b[i + 1] << 8 : (unsigned)b[i] << 8 | b[i + 1];

			v[k++] = c < 0x80 ? (unsigned char)c : 0x80;
		}
		return k;
	}
	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		i = 3;
	for (; i < n && k < cap; i++)
		v[k++] = b[i] < 0x80 ? b[i] : 0x80;
	return k;
}

static int
ci_at(const unsigned char *v, size_t n, size_t i, const char *lit)
{
	size_t l = strlen(lit);

	return n - i >= l && strncasecmp((const char *)v + i, lit, l) == 0;
}

static int
is_ws(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

int
ncg_html_detect(const char *name, const void *bytes, size_t n)
{
	unsigned char v[4096];
	size_t len, i = 0;

	if (has_page_suffix(name))
		return 1;
	/* a text whose first character but white space (within the view)
	 * is no '<' is no page: told without copying the view (speed only;
	 * not through a UTF-16 byte-order mark) */
	{
		const unsigned char *b = bytes;
		size_t j = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
		size_t end = n - j < sizeof v ? n : j + sizeof v;

		if (!(n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))) {
			while (j < end && b[j] < 0x80 && is_ws(b[j]))
				j++;
			if (j == end || b[j] != '<')
				return 0;
		}
	}
	len = ascii_head(bytes, n, v, sizeof v);
	while (i < len) {
		if (is_ws(v[i])) {
			i++;
		} else if (ci_at(v, len, i, "<!--")) {
			const char *e = memmem(v + i + 4, len - i - 4, "-->", 3);

			if (!e)
				return 0;
			i = (size_t)((const unsigned char *)e - v) + 3;
		} else if (ci_at(v, len, i, "<?")) {
			const char *e = memmem(v + i + 2, len - i - 2, "?>", 2);

			if (!e)
				return 0;
			i = (size_t)((const unsigned char *)e - v) + 2;
		} else {
			break;
		}
	}
	if (ci_at(v, len, i, "<!doctype") ) {
		i += 9;
		while (i < len && is_ws(v[i]))
			i++;
		return ci_at(v, len, i, "html") &&
		       (i + 4 >= len || is_ws(v[i + 4]) || v[i + 4] == '>');
	}
	return ci_at(v, len, i, "<html") &&
	       (i + 5 >= len || is_ws(v[i + 5]) || v[i + 5] == '>' || v[i + 5] == '/');
}

/* ---- the encoding ----------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at b[i], or 0. */
static size_t
utf8_len_at(const unsigned char *b, size_t n, size_t i)
{
	unsigned c = b[i];
	size_t len;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n - i < len)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((b[i + k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (b[i + k] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* Offset of the first byte that is not valid UTF-8, or n. */
static size_t
utf8_invalid_at(const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t k = utf8_len_at(b, n, i);

		if (!k)
			return i;
		i += k;
	}
	return n;
}

/* The attribute of a tag at v[i] (not white space), up to n: its name
 * into nm (31 bytes at most), its value, quoted or not, into val (255
 * at most; "" when none).  Returns the index past it. */
static size_t
tag_attribute(const unsigned char *v, size_t n, size_t i, char nm[32], char val[256])
{
	size_t nl = 0, vl = 0;

	while (i < n && !is_ws(v[i]) && v[i] != '=' && v[i] != '>' && v[i] != '/') {
		if (nl + 1 < 32)
			nm[nl++] = (char)v[i];
		i++;
	}
	nm[nl] = '\0';
	while (i < n && is_ws(v[i]))
		i++;
	if (i < n && v[i] == '=') {
		i++;
		while (i < n && is_ws(v[i]))
			i++;
		if (i < n && (v[i] == '"' || v[i] == '\'')) {
			unsigned char q = v[i++];

			while (i < n && v[i] != q) {
				if (vl + 1 < 256)
					val[vl++] = (char)v[i];
				i++;
			}
			i++;
		} else {
			while (i < n && !is_ws(v[i]) && v[i] != '>') {
				if (vl + 1 < 256)
					val[vl++] = (char)v[i];
				i++;
			}
		}
	}
	val[vl] = '\0';
	return i;
}

/* The charset a content attribute names ("text/html; charset=utf-8")
 * into charset (63 bytes at most), if it names one. */
static void
content_charset(const char *content, char charset[64])
{
	const char *c = strcasestr(content, "charset");
	size_t l = 0;

	if (!c)
		return;
	c += 7;
	while (is_ws((unsigned char)*c))
		c++;
	if (*c != '=')
		return;
	c++;
	while (is_ws((unsigned char)*c) || *c == '"' || *c == '\'')
		c++;
	while (c[l] && c[l] != ';' && c[l] != '"' && c[l] != '\'' &&
	       !is_ws((unsigned char)c[l]) && l + 1 < 64) {
		charset[l] = c[l];
		l++;
	}
	charset[l] = '\0';
}

/* The charset of a <meta> tag starting at v[i] ("<meta"), if it gives one:
 * charset="..." or http-equiv="content-type" content="...; charset=...". */
static int
meta_charset(const unsigned char *v, size_t n, size_t i, char *label, size_t cap)
{
	char charset[64] = "", content[256] = "";
	int http_ct = 0;

	for (i += 5; i < n && v[i] != '>';) {
		char nm[32], val[256];

		if (is_ws(v[i]) || v[i] == '/') {
			i++;
			continue;
		}
		i = tag_attribute(v, n, i, nm, val);
		if (strcasecmp(nm, "charset") == 0)
			snprintf(charset, sizeof charset, "%.63s", val);
		else if (strcasecmp(nm, "http-equiv") == 0)
			http_ct = strcasecmp(val, "content-type") == 0;
		else if (strcasecmp(nm, "content") == 0)
			snprintf(content, sizeof content, "%s", val);
	}
	if (!charset[0] && http_ct)
		content_charset(content, charset);
	if (!charset[0])
		return 0;
	snprintf(label, cap, "%s", charset);
	return 1;
}

/* The charset a page declares in its first 64 KiB (as the HTML standard's
 * prescan does: <meta> tags outside comments, or an XML declaration). */
static int
declared_charset(const unsigned char *b, size_t n, char *label, size_t cap)
{
	size_t len = n < 65536 ? n : 65536;

	if (ci_at(b, len, 0, "<?xml")) {
		const unsigned char *e = memmem(b, len, "?>", 2);
		const char *enc = e ? memmem(b, (size_t)(e - b), "encoding", 8) : NULL;

		if (enc) {
			size_t k = 0;

			enc += 8;
			while (is_ws((unsigned char)*enc) || *enc == '=')
				enc++;
			if (*enc == '"' || *enc == '\'') {
				char q = *enc++;

				while ((const unsigned char *)enc + k < e && enc[k] != q && k + 1 < cap) {
					label[k] = enc[k];
					k++;
				}
				label[k] = '\0';
				if (k)
					return 1;
			}
		}
	}
	for (size_t i = 0; i < len; i++) {
		if (b[i] != '<')
			continue;
		if (ci_at(b, len, i, "<!--")) {
			const unsigned char *e = memmem(b + i + 4, len - i - 4, "-->", 3);

			if (!e)
				break;
			i = (size_t)(e - b) + 2;
		} else if (ci_at(b, len, i, "<meta") && i + 5 < len &&
		           (is_ws(b[i + 5]) || b[i + 5] == '/')) {
			if (meta_charset(b, len, i, label, cap))
				return 1;
		}
	}
	return 0;
}

/* The iconv name for a charset label (the WHATWG Encoding Standard's
 * labels for the encodings statements come in), or NULL when iconv should
 * be asked for the label itself. */
static const char *
charset_name(const char *label)
{
	static const struct {
		const char *name;
		const char *labels;
	} known[] = {
		{"UTF-8", " utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 "
		          "x-unicode20utf8 utf-16 utf-16le utf-16be unicode "},
		/* ISO-8859-1 and ASCII labels mean windows-1252 on the web */
		{"CP1252", " windows-1252 cp1252 x-cp1252 iso-8859-1 iso8859-1 iso88591 "
		           "iso_8859-1 iso_8859-1:1987 latin1 l1 cp819 ibm819 csisolatin1 "
		           "iso-ir-100 us-ascii ascii ansi_x3.4-1968 "},
		/* EUC-KR labels mean windows-949 (a superset) on the web */
		{"CP949", " euc-kr cseuckr csksc56011987 iso-ir-149 korean ks_c_5601-1987 "
		          "ks_c_5601-1989 ksc5601 ksc_5601 windows-949 cp949 uhc "},
	};
	char key[72];
	size_t l = 0;

	key[l++] = ' ';
	for (const char *p = label; *p && l + 2 < sizeof key; p++)
		key[l++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
	key[l++] = ' ';
	key[l] = '\0';
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strstr(known[i].labels, key))
			return known[i].name;
	return NULL;
}

static int
label_ok(const char *label)
{
	size_t l = strlen(label);

	if (l == 0 || l > 40)
		return 0;
	for (const char *p = label; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || strchr("-_.:", *p)))
			return 0;
	return 1;
}

/* Convert n bytes from `from` to UTF-8 (strictly: a byte that does not
 * decode is an error at its offset). */
static ncg_status
decode_iconv(const char *shown, const char *from, const char *label,
             const unsigned char *b, size_t n, ncg_buf *out, ncg_error *err)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char *in = (char *)b;
	size_t left = n;
	ncg_status st = NCG_OK;

	if (cd == (iconv_t)-1)
		return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, -1,
		                     "the page declares the encoding '%s', which ncgkg "
		                     "cannot decode", label);
	while (left > 0) {
		char chunk[16384], *o = chunk;
		size_t room = sizeof chunk;
		size_t r = iconv(cd, &in, &left, &o, &room);

		if (ncg_buf_append(out, chunk, (size_t)(o - chunk)) != NCG_OK) {
			st = ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
			break;
		}
		if (r == (size_t)-1 && errno != E2BIG) {
			size_t at = (size_t)((unsigned char *)in - b);

			st = ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, (long)at,
			                   "byte 0x%02X at byte offset %zu is not %s (the "
			                   "encoding the page declares): not a readable page",
			                   b[at], at, label);
			break;
		}
	}
	iconv_close(cd);
	return st;
}

/* The page as UTF-8, in out. */
static ncg_status
decode_page(const char *shown, const unsigned char *b, size_t n, ncg_buf *out,
            ncg_error *err)
{
	char label[64];
	const char *name;
	size_t bad, skip = 0;

	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
		snprintf(label, sizeof label, "UTF-8");
		skip = 3;
	} else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
		return decode_iconv(shown, "UTF-16LE", "UTF-16LE", b + 2, n - 2, out, err);
	} else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
		return decode_iconv(shown, "UTF-16BE", "UTF-16BE", b + 2, n - 2, out, err);
	} else if (!declared_charset(b, n, label, sizeof label)) {
		bad = utf8_invalid_at(b, n);
		if (bad < n)
			return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, (long)bad,
			                     "the page declares no encoding (no <meta charset>, "
			                     "no byte-order mark) and is not UTF-8 (byte 0x%02X "
			                     "at byte offset %zu): cannot know how to read it",
			                     b[bad], bad);
		snprintf(label, sizeof label, "UTF-8");
	}
	if (!label_ok(label))
		return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, -1,
		                     "the page declares an encoding that is not a charset "
		                     "name: '%.40s'", label);
	name = charset_name(label);
	if (name && strcmp(name, "UTF-8") == 0) {
		bad = skip + utf8_invalid_at(b + skip, n - skip);
		if (bad < n)
			return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, (long)bad,
			                     "invalid UTF-8 byte 0x%02X at byte offset %zu "
			                     "(the page is declared UTF-8): not a readable page",
			                     b[bad], bad);
		if (ncg_buf_append(out, (const char *)b + skip, n - skip) != NCG_OK)
			return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
		return NCG_OK;
	}
	return decode_iconv(shown, name ? name : label, label, b, n, out, err);
}

/* ---- the elements ------------------------------------------------------------ */

enum {
	K_BLOCK = 1 << 0,     /* ends a paragraph: a blank line before and after */
	K_LINE = 1 << 1,      /* ends a line: li */
	K_PARA = 1 << 2,      /* a paragraph for scoring */
	K_DROP = 1 << 3,      /* never read: scripts, navigation, forms' controls */
	K_HEADING = 1 << 4,
	K_CELL = 1 << 5,
	K_PRE = 1 << 6,
	K_SECTIONING = 1 << 7 /* article, main: where an article is */
};

static unsigned
tag_kind(const xmlChar *tag)
{
	static const struct {
		const char *tag;
		unsigned kind;
	} tags[] = {
		{"p", K_BLOCK | K_PARA}, {"div", K_BLOCK}, {"section", K_BLOCK},
		{"article", K_BLOCK | K_SECTIONING}, {"main", K_BLOCK | K_SECTIONING},
		{"header", K_BLOCK}, {"hgroup", K_BLOCK}, {"address", K_BLOCK},
		{"blockquote", K_BLOCK | K_PARA}, {"pre", K_BLOCK | K_PARA | K_PRE},
		{"ul", K_BLOCK}, {"ol", K_BLOCK}, {"dl", K_BLOCK}, {"table", K_BLOCK},
		{"figure", K_BLOCK}, {"figcaption", K_BLOCK}, {"center", K_BLOCK},
		{"fieldset", K_BLOCK}, {"details", K_BLOCK}, {"summary", K_BLOCK},
		{"hr", K_BLOCK}, {"body", K_BLOCK}, {"caption", K_BLOCK},
		{"li", K_LINE | K_PARA}, {"dt", K_BLOCK}, {"dd", K_BLOCK | K_PARA},
		{"tr", K_BLOCK}, {"td", K_CELL | K_PARA}, {"th", K_CELL},
		{"h1", K_BLOCK | K_HEADING}, {"h2", K_BLOCK | K_HEADING},
		{"h3", K_BLOCK | K_HEADING}, {"h4", K_BLOCK | K_HEADING},
		{"h5", K_BLOCK | K_HEADING}, {"h6", K_BLOCK | K_HEADING},
		{"script", K_DROP}, {"style", K_DROP}, {"noscript", K_DROP},
		{"template", K_DROP}, {"iframe", K_DROP}, {"object", K_DROP},
		{"embed", K_DROP}, {"svg", K_DROP}, {"math", K_DROP}, {"canvas", K_DROP},
		{"nav", K_DROP}, {"aside", K_DROP}, {"footer", K_DROP}, {"menu", K_DROP},
		{"button", K_DROP}, {"select", K_DROP}, {"input", K_DROP},
		{"textarea", K_DROP}, {"label", K_DROP}, {"option", K_DROP},
		{"dialog", K_DROP}, {"head", K_DROP}, {"title", K_DROP},
		{"video", K_DROP}, {"audio", K_DROP}, {"map", K_DROP}, {"img", K_DROP},
		{"picture", K_DROP}, {"link", K_DROP}, {"meta", K_DROP}, {"base", K_DROP},
	};

	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (tags[i].tag[0] == tag[0] && xmlStrcmp(tag, (const xmlChar *)tags[i].tag) == 0)
			return tags[i].kind;
	return 0;
}

/* Words of class and id values (any case) that mark furniture (navigation,
 * sharing, consent banners, lists of other pages) are the lexicon's
 * lex:furnitureClassWord; its lex:weakFurnitureClassWord only when no
 * lex:contentClassWord is there too ("site-header" is furniture,
 * "article-header" not). */

/* Whole class values that hide an element from sight. */
static const char *const HIDDEN_CLASSES[] = {
	"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
	"element-invisible", "hidden", "hide", "d-none", "blind", "is-hidden", NULL
};

static int
in_list(const char *w, size_t n, const char *const *list)
{
	for (const char *const *p = list; *p; p++)
		if (strlen(*p) == n && strncasecmp(*p, w, n) == 0)
			return 1;
	return 0;
}

enum { W_FURNITURE = 1, W_WEAK = 2, W_CONTENT = 4, W_HIDDEN = 8 };

/* Is w[0, n) a word of list wl, in any ASCII case?  0 without a lexicon. */
static int
lex_has(const ncg_lexicon *lex, ncg_wordlist wl, const char *w, size_t n)
{
	return lex && ncg_lexicon_has_word_ci(lex, wl, w, n);
}

/* What the words of a class or id value say. */
static unsigned
class_words(const ncg_lexicon *lex, const char *v)
{
	unsigned found = 0;
	const char *p = v;

	while (*p) {
		const char *tok;
		size_t tl;

		while (*p && is_ws((unsigned char)*p))
			p++;
		tok = p;
		while (*p && !is_ws((unsigned char)*p))
			p++;
		tl = (size_t)(p - tok);
		if (tl && in_list(tok, tl, HIDDEN_CLASSES))
			found |= W_HIDDEN;
		/* words of a token: split at - _ digits and camelCase */
		for (size_t i = 0; i < tl;) {
			size_t j = i;

			while (j < tl && !((tok[j] >= 'a' && tok[j] <= 'z') || (tok[j] >= 'A' && tok[j] <= 'Z')))
				j++;
			i = j;
			if (i >= tl)
				break;
			j = i + 1;
			while (j < tl && ((tok[j] >= 'a' && tok[j] <= 'z') ||
			                  ((tok[j] >= 'A' && tok[j] <= 'Z') &&
			                   tok[j - 1] >= 'A' && tok[j - 1] <= 'Z' &&
			                   !(j + 1 < tl && tok[j + 1] >= 'a' && tok[j + 1] <= 'z'))))
				j++;
			if (lex_has(lex, NCG_WL_FURNITURE_CLASS, tok + i, j - i))
				found |= W_FURNITURE;
			else if (lex_has(lex, NCG_WL_WEAK_FURNITURE_CLASS, tok + i, j - i))
				found |= W_WEAK;
			else if (lex_has(lex, NCG_WL_CONTENT_CLASS, tok + i, j - i))
				found |= W_CONTENT;
			i = j;
		}
	}
	return found;
}

static int
attr_is(xmlNode *n, const char *name, const char *value)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	int r = v && xmlStrcasecmp(v, (const xmlChar *)value) == 0;

	xmlFree(v);
	return r;
}

/* Per element: what it holds, and whether it is read. */
typedef struct {
	size_t text;         /* code points of text (not counting white space) */
	size_t link;         /* ... of it inside links */
	double score;        /* paragraph score gathered from below */
	unsigned kind;       /* K_* */
	unsigned words;      /* W_* of its class and id */
	unsigned char drop;  /* never read (K_DROP, hidden, furniture) */
	unsigned char banner;/* a page header: read only inside the article */
	unsigned char sect;  /* a place an article is: article, main, articleBody */
	unsigned pos;        /* 1 + same-named elements before it; 0: the only one */
	unsigned items;      /* of an <ol>: items rendered so far */
} el_info;

typedef struct {
	const ncg_lexicon *lex; /* the class words; may be NULL */
	xmlDoc *doc;
	el_info *info;
	size_t ninfo;
	/* rendering */
	ncg_buf out;
	int nl;              /* line breaks due before the next text */
	int space;           /* a space due before the next text */
	const char *marker;  /* list marker due before the next text */
	char markbuf[16];
	int tab;             /* a tab due (next table cell) */
	int pre;
	struct origin {
		size_t b, e;
		xmlNode *node;
	} *org;
	size_t norg, org_cap;
	ncg_status status;   /* the first failure (the text's own is in out) */
} page;

#define INFO(n) ((el_info *)(n)->_private)

static int
is_el(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE && n->_private;
}

/* The next node in document order, not entering n's children when
 * `skip_children`. */
static xmlNode *
next_node(xmlNode *n, xmlNode *root, int skip_children)
{
	if (!skip_children && n->children)
		return n->children;
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

static size_t
count_cp(const xmlChar *s)
{
	size_t k = 0;

	for (; *s; s++)
		if ((*s & 0xC0) != 0x80 && !is_ws(*s))
			k++;
	return k;
}

static size_t
count_commas(const xmlChar *s)
{
	size_t k = 0;

	for (; *s; s++)
		if (*s == ',')
			k++;
	return k;
}

/* Number the element children of `parent` among their same-named
 * siblings, as XPath counts them ("p[3]"; pos 0 for an only one).  Names
 * are counted in a small table, past 64 names in a hash table, so that a
 * page of a million siblings costs linear time. */
struct name_count {
	unsigned total, seen;
};

static void
free_count(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

static void
number_children(xmlNode *parent)
{
	enum { NAMES = 64 };
	const xmlChar *name[NAMES];
	unsigned total[NAMES], seen[NAMES];
	size_t nn = 0;
	xmlHashTablePtr more = NULL;

	for (int pass = 0; pass < 2; pass++)
		for (xmlNode *k = parent->children; k; k = k->next) {
			size_t j;

			if (!is_el(k))
				continue;
			for (j = 0; j < nn && xmlStrcmp(name[j], k->name) != 0; j++)
				;
			if (j == nn && nn < NAMES) {
				name[nn] = k->name;
				total[nn] = seen[nn] = 0;
				nn++;
			}
			if (j < nn) {
				if (pass == 0)
					total[j]++;
				else
					INFO(k)->pos = total[j] > 1 ? ++seen[j] : 0;
				continue;
			}
			/* past the table: counts in `more` */
			if (!more && !(more = xmlHashCreate(0)))
				continue;
			{
				struct name_count *nc = xmlHashLookup(more, k->name);

				if (!nc) {
					nc = calloc(1, sizeof *nc);
					if (!nc || xmlHashAddEntry(more, k->name, nc) != 0) {
						free(nc);
						continue;
					}
				}
				if (pass == 0)
					nc->total++;
				else
					INFO(k)->pos = nc->total > 1 ? ++nc->seen : 0;
			}
		}
	if (more)
		xmlHashFree(more, free_count);
}

static void
number_siblings(xmlNode *root)
{
	for (xmlNode *c = root; c; c = next_node(c, root, 0))
		if (c->type == XML_ELEMENT_NODE && c->children)
			number_children(c);
}

/* The XPath of an element: /html/body/div[2]/p[3] (malloc'd). */
static char *
xpath_of(xmlNode *n)
{
	xmlNode *chain[512];
	size_t depth = 0;
	ncg_buf b;

	for (xmlNode *a = n; a && is_el(a) && depth < sizeof chain / sizeof chain[0]; a = a->parent)
		chain[depth++] = a;
	ncg_buf_init(&b);
	while (depth--) {
		ncg_buf_printf(&b, "/%s", (const char *)chain[depth]->name);
		if (INFO(chain[depth])->pos)
			ncg_buf_printf(&b, "[%u]", INFO(chain[depth])->pos);
	}
	return ncg_buf_take(&b);
}

/* Does element c's style hide it (display:none, visibility:hidden)? */
static int
style_hides(xmlNode *c)
{
	xmlChar *v = xmlGetProp(c, (const xmlChar *)"style");
	char *s, *d;
	int hides;

	if (!v)
		return 0;
	for (s = d = (char *)v; *s; s++)
		if (!is_ws((unsigned char)*s))
			*d++ = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
	*d = '\0';
	hides = strstr((char *)v, "display:none") || strstr((char *)v, "visibility:hidden");
	xmlFree(v);
	return hides;
}

/* What element c's role and itemprop say: furniture, banner, the
 * article. */
static void
role_info(xmlNode *c, el_info *in)
{
	xmlChar *v = xmlGetProp(c, (const xmlChar *)"role");

	if (v) {
		static const char *const ROLES[] = {
			"navigation", "contentinfo", "complementary", "search", "menu",
			"menubar", "dialog", "alertdialog", "toolbar", NULL
		};
		if (in_list((char *)v, strlen((char *)v), ROLES))
			in->drop = 1;
		if (xmlStrcasecmp(v, (const xmlChar *)"banner") == 0)
			in->banner = 1;
		if (xmlStrcasecmp(v, (const xmlChar *)"main") == 0 ||
		    xmlStrcasecmp(v, (const xmlChar *)"article") == 0)
			in->sect = 1;
		xmlFree(v);
	}
	v = xmlGetProp(c, (const xmlChar *)"itemprop");
	if (v) {
		if (xmlStrcasecmp(v, (const xmlChar *)"articleBody") == 0)
			in->sect = 1;
		xmlFree(v);
	}
}

/* Element c's el_info: its kind, class and id words, whether it is
 * dropped, a banner, a section. */
static void
element_info(page *p, xmlNode *c, el_info *in)
{
	in->kind = tag_kind(c->name);
	for (int k = 0; k < 2; k++) {
		xmlChar *v = xmlGetProp(c, (const xmlChar *)(k ? "id" : "class"));

		if (v)
			in->words |= class_words(p->lex, (const char *)v);
		xmlFree(v);
	}
	in->drop = (in->kind & K_DROP) != 0;
	if (xmlHasProp(c, (const xmlChar *)"hidden") || attr_is(c, "aria-hidden", "true") ||
	    (in->words & W_HIDDEN))
		in->drop = 1;
	if (style_hides(c))
		in->drop = 1;
	role_info(c, in);
	if (in->kind & K_SECTIONING)
		in->sect = 1;
	if (xmlStrcmp(c->name, (const xmlChar *)"header") == 0)
		in->banner = 1;
	if (in->words & W_CONTENT)
		in->banner = 0;
}

/* Give every element its el_info (in _private). */
static ncg_status
attach_info(page *p, xmlNode *root)
{
	size_t n = 0, i = 0;

	for (xmlNode *c = root; c; c = next_node(c, root, 0))
		if (c->type == XML_ELEMENT_NODE)
			n++;
	p->info = calloc(n ? n : 1, sizeof *p->info);
	if (!p->info)
		return NCG_ERR_NOMEM;
	p->ninfo = n;
	for (xmlNode *c = root; c; c = next_node(c, root, 0)) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		c->_private = &p->info[i];
		element_info(p, c, &p->info[i++]);
	}
	number_siblings(root);
	return NCG_OK;
}

/* Is n inside (or) an article, main or articleBody element? */
static int
within_sect(xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (is_el(n) && INFO(n)->sect)
			return 1;
	return 0;
}

/* Text and link text of every element that is read. */
static size_t
measure_el(xmlNode *n, int in_link, size_t *link)
{
	el_info *in = INFO(n);
	int is_link = in_link || xmlStrcmp(n->name, (const xmlChar *)"a") == 0;

	in->text = in->link = 0;
	in->score = 0;
	if (in->drop)
		return 0;
	for (xmlNode *c = n->children; c; c = c->next) {
		size_t k = 0, l = 0;

		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			k = c->content ? count_cp(c->content) : 0;
			l = is_link ? k : 0;
		} else if (is_el(c)) {
			k = measure_el(c, is_link, &l);
		}
		in->text += k;
		in->link += l;
	}
	*link = in->link;
	return in->text;
}

static void
measure(xmlNode *body)
{
	size_t l;

	measure_el(body, 0, &l);
}

/* Mark furniture by class words, and page headers outside the article;
 * an element holding most of the page's text is never furniture. */
static void
mark_furniture(xmlNode *root)
{
	size_t total = INFO(root)->text;

	for (xmlNode *c = root; c; c = next_node(c, root, 0)) {
		el_info *in;

		if (!is_el(c))
			continue;
		in = INFO(c);
		if (in->drop || in->sect)
			continue;
		if (((in->words & W_FURNITURE) ||
		     ((in->words & W_WEAK) && !(in->words & W_CONTENT) && !within_sect(c))) &&
		    in->text * 2 <= total)
			in->drop = 1;
	}
}

static int
has_block_child(xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next)
		if (is_el(c) && (INFO(c)->kind & (K_BLOCK | K_LINE | K_CELL)))
			return 1;
	return 0;
}

/* Score paragraphs (readability): each paragraph of 25 or more
 * characters gives its parent 1 + commas + one per 100 characters (at
 * most 3), its grandparent half that, and the level above a sixth. */
static void
score(xmlNode *root)
{
	for (xmlNode *c = root; c;) {
		el_info *in = is_el(c) ? INFO(c) : NULL;
		int skip = 0;

		if (in && in->drop) {
			skip = 1;
		} else if (in && ((in->kind & K_PARA) ||
		                  ((xmlStrcmp(c->name, (const xmlChar *)"div") == 0 ||
		                    xmlStrcmp(c->name, (const xmlChar *)"section") == 0) &&
		                   !has_block_child(c)))) {
			if (in->text >= 25) {
				xmlChar *t = xmlNodeGetContent(c);
				double s = 1 + (double)(t ? count_commas(t) : 0) +
				           (in->text / 100 < 3 ? (double)(in->text / 100) : 3);
				xmlNode *a = c->parent;

				xmlFree(t);
				for (int level = 0; level < 3 && a && is_el(a); level++, a = a->parent)
					INFO(a)->score += s / (level == 0 ? 1 : level == 1 ? 2 : 3 * level);
			}
			skip = 1;   /* a paragraph within a paragraph counts once */
		}
		c = next_node(c, root, skip);
	}
}

/* The element that holds the article, or NULL when the page has none. */
static xmlNode *
choose_article(xmlNode *body)
{
	xmlNode *best = NULL;
	double best_s = 0;
	size_t own;

	for (xmlNode *c = body; c; c = next_node(c, body, is_el(c) && INFO(c)->drop)) {
		el_info *in;
		double s;

		if (!is_el(c))
			continue;
		in = INFO(c);
		if (in->drop || in->text == 0)
			continue;
		s = in->score * (1.0 - (double)in->link / (double)in->text);
		if (s > best_s) {
			best = c;
			best_s = s;
		}
	}
	if (!best)
		return NULL;
	/* widen to the article or main element around it when that holds
	 * little else (the title and date above the body, say), or to a
	 * content container that holds even less else */
	own = INFO(best)->text - INFO(best)->link;
	for (xmlNode *a = best->parent; a && is_el(a); a = a->parent) {
		el_info *in = INFO(a);
		size_t all = in->text - in->link;

		if (10 * own < 4 * all)
			break;
		if (in->sect || ((in->words & W_CONTENT) && !(in->words & W_FURNITURE) &&
		                 10 * own >= 6 * all))
			best = a;
	}
	return best;
}

/* ---- rendering ----------------------------------------------------------- */

static void
origin_note(page *p, xmlNode *node, size_t b, size_t e)
{
	if (p->norg && p->org[p->norg - 1].node == node) {
		p->org[p->norg - 1].e = e;
		return;
	}
	if (p->norg == p->org_cap) {
		size_t cap = p->org_cap ? 2 * p->org_cap : 32;
		struct origin *o = realloc(p->org, cap * sizeof *o);

		if (!o) {
			p->status = NCG_ERR_NOMEM;
			return;
		}
		p->org = o;
		p->org_cap = cap;
	}
	p->org[p->norg].b = b;
	p->org[p->norg].e = e;
	p->org[p->norg].node = node;
	p->norg++;
}

static void
put(page *p, const char *s, size_t n)
{
	(void)ncg_buf_append(&p->out, s, n);   /* sticky: checked once, at the end */
}

/* Emit n bytes of text (no white space at either end) from `node`. */
static void
emit(page *p, const char *s, size_t n, xmlNode *node)
{
	size_t b;

	if (p->out.len) {
		if (p->nl) {
			put(p, "\n\n", (size_t)p->nl);
			p->space = p->tab = 0;
		} else if (p->tab) {
			put(p, "\t", 1);
		} else if (p->space) {
			put(p, " ", 1);
		}
	}
	p->nl = p->space = p->tab = 0;
	b = p->out.len;
	if (p->marker) {
		put(p, p->marker, strlen(p->marker));
		p->marker = NULL;
	}
	put(p, s, n);
	origin_note(p, node, b, p->out.len);
}

static void
want_nl(page *p, int n)
{
	if (p->nl < n)
		p->nl = n;
}

/* The block element a text node belongs to. */
static xmlNode *
block_of(xmlNode *n, xmlNode *root)
{
	for (xmlNode *a = n->parent; a && is_el(a); a = a->parent)
		if ((INFO(a)->kind & (K_BLOCK | K_LINE | K_CELL)) || a == root)
			return a;
	return root;
}

/* The character at s, of *k bytes: its first byte, but a space for NBSP
 * and 0 for an invisible one (a soft hyphen, a C1 control, a zero-width
 * space or mark, a byte order mark). */
static unsigned
text_char(const unsigned char *s, size_t *k)
{
	unsigned c = s[0];

	*k = 1;
	if (c < 0x80)
		return c;
	*k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	if (c == 0xC2 && s[1] == 0xA0)
		return ' ';                                        /* NBSP */
	if ((c == 0xC2 && (s[1] == 0xAD ||                         /* soft hyphen */
	                   s[1] < 0xA0)) ||                        /* C1 controls */
	    (c == 0xE2 && s[1] == 0x80 && (s[2] == 0x8B || s[2] == 0x8E || s[2] == 0x8F)) ||
	    (c == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
		return 0;                                          /* invisible */
	return c;
}

/* Emit the text of a text node: white space collapsed (kept in <pre>),
 * NBSP as a space, invisible and control characters left out. */
static void
text_node(page *p, xmlNode *t, xmlNode *root)
{
	const unsigned char *s = t->content;
	xmlNode *blk;
	char run[4096];
	size_t rl = 0;

	if (!s)
		return;
	blk = block_of(t, root);
	for (size_t i = 0; s[i];) {
		size_t k;
		unsigned c = text_char(s + i, &k);

		if (c == '\r' && p->pre) {
			i++;
			continue;
		}
		if (c == '\n' && p->pre) {
			if (rl)
				emit(p, run, rl, blk);
			rl = 0;
			p->nl = p->nl + 1 > 2 ? 2 : p->nl + 1;
			i++;
			continue;
		}
		if (is_ws(c) || c == ' ') {
			if (p->pre && rl + 1 < sizeof run) {
				run[rl++] = ' ';
			} else {
				if (rl)
					emit(p, run, rl, blk);
				rl = 0;
				p->space = 1;
			}
			i += k;
			continue;
		}
		if (c == 0 || c < 0x20 || c == 0x7F) {
			i += k;
			continue;
		}
		if (rl + k >= sizeof run) {
			emit(p, run, rl, blk);
			rl = 0;
			p->space = 0;
		}
		memcpy(run + rl, s + i, k);
		rl += k;
		i += k;
	}
	if (rl)
		emit(p, run, rl, blk);
}

/* Does a list or box hold mostly links (a list of other pages)? */
static int
link_box(const el_info *in)
{
	return in->text > 0 && in->link * 2 > in->text;
}

/* The list marker of an item: "• ", or its number in an <ol> (counted
 * as items are rendered; start= respected). */
static const char *
item_marker(page *p, xmlNode *li)
{
	xmlNode *list = li->parent;
	el_info *in;
	int k = 1;
	xmlChar *start;

	if (!list || !is_el(list) || xmlStrcmp(list->name, (const xmlChar *)"ol") != 0)
		return "\xE2\x80\xA2 ";
	in = INFO(list);
	start = xmlGetProp(list, (const xmlChar *)"start");
	if (start)
		k = atoi((char *)start);
	xmlFree(start);
	snprintf(p->markbuf, sizeof p->markbuf, "%d. ", k + (int)in->items++);
	return p->markbuf;
}

/* Is something on the current output line already? */
static int
line_started(const page *p)
{
	return p->out.len && p->out.data[p->out.len - 1] != '\n' && !p->nl;
}

/* Render the element n (below the article `root`) as text. */
static void
render_el(page *p, xmlNode *n, xmlNode *root)
{
	el_info *in = INFO(n);

	if (n != root && (in->drop || (in->banner && !within_sect(n)) ||
	                  ((in->kind & (K_BLOCK | K_LINE)) && !(in->kind & K_HEADING) &&
	                   link_box(in))))
		return;
	if (xmlStrcmp(n->name, (const xmlChar *)"br") == 0) {
		p->nl = p->nl + 1 > 2 ? 2 : p->nl + 1;
		return;
	}
	if (in->kind & K_BLOCK)
		want_nl(p, 2);
	else if (in->kind & K_LINE)
		want_nl(p, 1);
	else if ((in->kind & K_CELL) && line_started(p))
		p->tab = 1;
	if (in->kind & K_PRE)
		p->pre++;
	if (xmlStrcmp(n->name, (const xmlChar *)"li") == 0)
		p->marker = item_marker(p, n);
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			text_node(p, c, root);
		else if (is_el(c))
			render_el(p, c, root);
	}
	if (xmlStrcmp(n->name, (const xmlChar *)"li") == 0)
		p->marker = NULL;
	if (in->kind & K_PRE)
		p->pre--;
	if (in->kind & K_BLOCK)
		want_nl(p, 2);
	else if (in->kind & K_LINE)
		want_nl(p, 1);
}

static void
render(page *p, xmlNode *root)
{
	render_el(p, root, root);
	want_nl(p, 2);
}

/* Emit one head line (a title, a date, the site's name): its text with
 * white space collapsed. */
static void
head_line(page *p, const char *text, xmlNode *node)
{
	const char *s = text;

	want_nl(p, 2);
	while (*s) {
		size_t n = 0;

		while (*s && is_ws((unsigned char)*s))
			s++;
		if (!*s)
			break;
		if (p->out.len && !p->nl)
			p->space = 1;
		while (s[n] && !is_ws((unsigned char)s[n]))
			n++;
		emit(p, s, n, node);
		s += n;
	}
	want_nl(p, 2);
}

/* ---- the head ---------------------------------------------------------------- */

typedef struct {
	char *title, *og_title, *site, *published, *date_meta, *canonical, *og_url, *base;
	xmlNode *site_node;
	xmlNode *title_node, *og_title_node;
} head_meta;

static void
head_meta_free(head_meta *h)
{
	free(h->title);
	free(h->og_title);
	free(h->site);
	free(h->published);
	free(h->date_meta);
	free(h->canonical);
	free(h->og_url);
	free(h->base);
}

/* A copy of s with white space collapsed and trimmed; NULL when empty. */
static char *
collapse(const char *s)
{
	char *d, *o;
	int sp = 0;

	if (!s)
		return NULL;
	d = o = malloc(strlen(s) + 1);
	if (!d)
		return NULL;
	for (; *s; s++) {
		if (is_ws((unsigned char)*s) ||
		    ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)) {
			if ((unsigned char)s[0] == 0xC2)
				s++;
			sp = 1;
			continue;
		}
		if ((unsigned char)*s < 0x20)
			continue;
		if (sp && o > d)
			*o++ = ' ';
		sp = 0;
		*o++ = *s;
	}
	*o = '\0';
	if (!*d) {
		free(d);
		return NULL;
	}
	return d;
}

static void
set_once(char **field, const xmlChar *v)
{
	if (!*field && v)
		*field = collapse((const char *)v);
}

/* Is `word` one of the white-space separated tokens of v (any case)? */
static int
has_token(const char *v, const char *word)
{
	size_t wl = strlen(word);

	while (*v) {
		size_t l = 0;

		while (*v && is_ws((unsigned char)*v))
			v++;
		while (v[l] && !is_ws((unsigned char)v[l]))
			l++;
		if (l == wl && strncasecmp(v, word, wl) == 0)
			return 1;
		v += l;
	}
	return 0;
}

/* A <meta>'s content, kept for the first property of each kind that
 * names it. */
static void
head_meta_prop(xmlNode *c, head_meta *h, const char *k, const xmlChar *content)
{
	if (strcasecmp(k, "og:title") == 0) {
		if (!h->og_title)
			h->og_title_node = c;
		set_once(&h->og_title, content);
	} else if (strcasecmp(k, "og:site_name") == 0) {
		if (!h->site)
			h->site_node = c;
		set_once(&h->site, content);
	} else if (strcasecmp(k, "og:url") == 0) {
		set_once(&h->og_url, content);
	} else if (strcasecmp(k, "article:published_time") == 0 ||
	           strcasecmp(k, "datePublished") == 0) {
		set_once(&h->published, content);
	} else if (strcasecmp(k, "date") == 0 || strcasecmp(k, "dc.date") == 0 ||
	           strcasecmp(k, "dc.date.issued") == 0 ||
	           strcasecmp(k, "dcterms.issued") == 0 ||
	           strcasecmp(k, "dcterms.date") == 0 || strcasecmp(k, "pubdate") == 0 ||
	           strcasecmp(k, "publishdate") == 0 ||
	           strcasecmp(k, "publish-date") == 0 ||
	           strcasecmp(k, "article.published") == 0) {
		set_once(&h->date_meta, content);
	}
}

/* A <meta>: its property (or name, or itemprop) and content. */
static void
head_meta_el(xmlNode *c, head_meta *h)
{
	xmlChar *prop = xmlGetProp(c, (const xmlChar *)"property"), *content;

	if (!prop)
		prop = xmlGetProp(c, (const xmlChar *)"name");
	if (!prop)
		prop = xmlGetProp(c, (const xmlChar *)"itemprop");
	content = xmlGetProp(c, (const xmlChar *)"content");
	if (prop && content)
		head_meta_prop(c, h, (const char *)prop, content);
	xmlFree(prop);
	xmlFree(content);
}

/* A <link rel="canonical">'s address. */
static void
head_link(xmlNode *c, head_meta *h)
{
	xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");

	if (rel && has_token((const char *)rel, "canonical")) {
		xmlChar *v = xmlGetProp(c, (const xmlChar *)"href");

		set_once(&h->canonical, v);
		xmlFree(v);
	}
	xmlFree(rel);
}

static void
read_head(xmlNode *root, head_meta *h)
{
	for (xmlNode *c = root; c; c = next_node(c, root, 0)) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(c->name, (const xmlChar *)"title") == 0 && !h->title) {
			xmlChar *t = xmlNodeGetContent(c);

			h->title = collapse((const char *)t);
			h->title_node = c;
			xmlFree(t);
		} else if (xmlStrcmp(c->name, (const xmlChar *)"base") == 0) {
			xmlChar *v = xmlGetProp(c, (const xmlChar *)"href");

			set_once(&h->base, v);
			xmlFree(v);
		} else if (xmlStrcmp(c->name, (const xmlChar *)"link") == 0) {
			head_link(c, h);
		} else if (xmlStrcmp(c->name, (const xmlChar *)"meta") == 0) {
			head_meta_el(c, h);
		}
	}
}

/* YYYY-MM-DD from the start of an ISO 8601 date or date-time (also with
 * / or . between the parts); 0 when there is none. */
static int
iso_date(const char *s, char out[11])
{
	int y, m, d;
	char sep;

	if (!s)
		return 0;
	while (is_ws((unsigned char)*s))
		s++;
	for (int i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	sep = s[4];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	if (!(s[5] >= '0' && s[5] <= '9' && s[6] >= '0' && s[6] <= '9' && s[7] == sep &&
	      s[8] >= '0' && s[8] <= '9' && s[9] >= '0' && s[9] <= '9'))
		return 0;
	if (s[10] >= '0' && s[10] <= '9')
		return 0;
	y = atoi(s);
	m = (s[5] - '0') * 10 + s[6] - '0';
	d = (s[8] - '0') * 10 + s[9] - '0';
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return 1;
}

/* An absolute http(s) IRI that needs no escaping, else NULL (freed). */
static char *
absolute_iri(char *u, const char *base)
{
	char *r = u;

	if (!u)
		return NULL;
	if (strncasecmp(u, "http://", 7) != 0 && strncasecmp(u, "https://", 8) != 0) {
		xmlChar *abs = base ? xmlBuildURI((const xmlChar *)u, (const xmlChar *)base) : NULL;

		free(u);
		r = abs ? strdup((const char *)abs) : NULL;
		xmlFree(abs);
		if (!r || (strncasecmp(r, "http://", 7) != 0 && strncasecmp(r, "https://", 8) != 0)) {
			free(r);
			return NULL;
		}
	}
	for (const unsigned char *s = (const unsigned char *)r; *s; s++)
		if (*s <= 0x20 || strchr("<>\"{}|\\^`", *s)) {
			free(r);
			return NULL;
		}
	return r;
}

/* The title without the site's name before or after a separator. */
static void
strip_site(char *title, const char *site)
{
	static const char *const SEPS[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
	                                   " :: ", " \xC2\xBB ", " \xC2\xAB ", " : ", NULL};
	size_t tl, sl;

	if (!title || !site)
		return;
	tl = strlen(title);
	sl = strlen(site);
	for (const char *const *sep = SEPS; *sep; sep++) {
		size_t pl = strlen(*sep);

		if (tl > sl + pl && strcasecmp(title + tl - sl, site) == 0 &&
		    strncmp(title + tl - sl - pl, *sep, pl) == 0) {
			title[tl - sl - pl] = '\0';
			return;
		}
		if (tl > sl + pl && strncasecmp(title, site, sl) == 0 &&
		    strncmp(title + sl, *sep, pl) == 0) {
			memmove(title, title + sl + pl, tl - sl - pl + 1);
			return;
		}
	}
}

/* ---- the page ------------------------------------------------------------- */

static xmlNode *
find_el(xmlNode *root, const char *name)
{
	for (xmlNode *c = root; c; c = next_node(c, root, 0))
		if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, (const xmlChar *)name) == 0)
			return c;
	return NULL;
}

/* Does an element (or one inside it) look like a date: <time>, or a class
 * word date, dateline, published, posted? */
static int
date_like(xmlNode *n)
{
	xmlChar *v;
	int r = 0;

	if (xmlStrcmp(n->name, (const xmlChar *)"time") == 0)
		return 1;
	for (int k = 0; k < 2 && !r; k++) {
		v = xmlGetProp(n, (const xmlChar *)(k ? "id" : "class"));
		if (v) {
			const char *s = (const char *)v;

			r = strcasestr(s, "date") || strcasestr(s, "publish") ||
			    strcasestr(s, "posted") || strcasestr(s, "timestamp");
		}
		xmlFree(v);
	}
	return r;
}

static int
has_digit(const xmlChar *s)
{
	for (; s && *s; s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/* The first element outside `article` that is read and matches `want`. */
static xmlNode *
find_outside(xmlNode *body, xmlNode *article, int (*want)(xmlNode *))
{
	for (xmlNode *c = body; c; c = next_node(c, body, c == article || (is_el(c) && INFO(c)->drop)))
		if (is_el(c) && c != article && !INFO(c)->drop && want(c))
			return c;
	return NULL;
}

/* A heading that names the page: an <h1> that is not a logo (a link, or
 * inside the page's banner). */
static int
want_h1(xmlNode *n)
{
	if (xmlStrcmp(n->name, (const xmlChar *)"h1") != 0 || INFO(n)->text == 0 ||
	    INFO(n)->link * 2 > INFO(n)->text)
		return 0;
	for (xmlNode *a = n->parent; a && is_el(a); a = a->parent)
		if (INFO(a)->banner && !within_sect(a))
			return 0;
	return 1;
}

static int
want_date(xmlNode *n)
{
	xmlChar *t;
	int r;

	if (!date_like(n) || INFO(n)->text == 0 || INFO(n)->text > 80)
		return 0;
	t = xmlNodeGetContent(n);
	r = has_digit(t);
	xmlFree(t);
	return r;
}

static int
holds(xmlNode *root, int (*want)(xmlNode *))
{
	for (xmlNode *c = root; c; c = next_node(c, root, is_el(c) && INFO(c)->drop))
		if (is_el(c) && !INFO(c)->drop && want(c))
			return 1;
	return 0;
}

/* Does the article show this text already, as one element's text? */
static int
shows(xmlNode *art, const char *text)
{
	char *want = collapse(text);
	size_t k = want ? count_cp((const xmlChar *)want) : 0;
	int found = 0;

	for (xmlNode *c = art; c && want && !found;
	     c = next_node(c, art, is_el(c) && INFO(c)->drop)) {
		xmlChar *t;
		char *have;

		if (!is_el(c) || INFO(c)->drop || INFO(c)->text != k)
			continue;
		t = xmlNodeGetContent(c);
		have = collapse((const char *)t);
		found = have && strcasecmp(have, want) == 0;
		free(have);
		xmlFree(t);
	}
	free(want);
	return found;
}

static ncg_status
page_text(page *p, const char *shown, head_meta *h, ncg_error *err)
{
	xmlNode *html = xmlDocGetRootElement(p->doc), *body, *art, *e;

	if (!html || attach_info(p, html) != NCG_OK)
		return html ? ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory")
		            : ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
		                            "no article text in the page: it is empty");
	read_head(html, h);
	body = find_el(html, "body");
	if (!body)
		return ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
		                     "no article text in the page: it has no body");
	INFO(body)->drop = 0;
	measure(body);
	mark_furniture(body);
	measure(body);
	score(body);
	art = choose_article(body);
	if (!art)
		return ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
		                     "no article text in the page: nothing but navigation, "
		                     "menus, scripts or short lines (no paragraph of 25 or "
		                     "more characters)");
	/* the head lines a reader sees above the article */
	if (h->site && !shows(art, h->site))
		head_line(p, h->site, h->site_node);
	strip_site(h->title, h->site);
	if (!holds(art, want_h1)) {
		e = find_outside(body, art, want_h1);
		if (e) {
			xmlChar *t = xmlNodeGetContent(e);

			if (t && !shows(art, (const char *)t))
				head_line(p, (const char *)t, e);
			xmlFree(t);
		} else if ((h->og_title || h->title) &&
		           !shows(art, h->og_title ? h->og_title : h->title)) {
			head_line(p, h->og_title ? h->og_title : h->title,
			          h->og_title ? h->og_title_node : h->title_node);
		}
	}
	if (!holds(art, want_date)) {
		e = find_outside(body, art, want_date);
		if (e) {
			xmlChar *t = xmlNodeGetContent(e);

			if (t)
				head_line(p, (const char *)t, e);
			xmlFree(t);
		}
	}
	render(p, art);
	while (p->out.len && p->out.data[p->out.len - 1] == '\n')
		p->out.data[--p->out.len] = '\0';
	if (p->status != NCG_OK || p->out.status != NCG_OK)
		return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
	return NCG_OK;
}

/* The page's metadata, as ncg_text_meta wants it. */
static ncg_status
page_meta(page *p, ncg_text *t, head_meta *h, ncg_error *err)
{
	ncg_text_meta m = {NULL, NULL, NULL, NULL};
	char date[11];
	xmlNode *html = xmlDocGetRootElement(p->doc);
	xmlChar *h1 = NULL;
	char *h1c = NULL;
	ncg_status st;

	if (h->og_title) {
		m.title = h->og_title;
	} else if (h->title) {
		m.title = h->title;
	} else {
		xmlNode *e = find_el(html, "h1");

		h1 = e ? xmlNodeGetContent(e) : NULL;
		h1c = collapse((const char *)h1);
		m.title = h1c;
	}
	if (iso_date(h->published, date) || iso_date(h->date_meta, date)) {
		m.issued = date;
	} else {
		for (xmlNode *c = html; c; c = next_node(c, html, is_el(c) && INFO(c)->drop)) {
			xmlChar *dt;

			if (!is_el(c) || INFO(c)->drop || xmlStrcmp(c->name, (const xmlChar *)"time") != 0)
				continue;
			dt = xmlGetProp(c, (const xmlChar *)"datetime");
			if (iso_date((const char *)dt, date))
				m.issued = date;
			xmlFree(dt);
			if (m.issued)
				break;
		}
	}
	m.publisher = h->site;
	h->og_url = absolute_iri(h->og_url, h->base);
	h->canonical = absolute_iri(h->canonical, h->base ? h->base : h->og_url);
	m.source = h->canonical ? h->canonical : h->og_url;
	st = ncg_text_set_meta(t, &m, err);
	xmlFree(h1);
	free(h1c);
	return st;
}

static ncg_status
page_origins(page *p, ncg_text *t, ncg_error *err)
{
	for (size_t i = 0; i < p->norg; i++) {
		char *path;
		ncg_status st;

		if (!p->org[i].node)
			continue;
		path = xpath_of(p->org[i].node);
		/* a line from a <meta>: its content attribute */
		if (path && xmlStrcmp(p->org[i].node->name, (const xmlChar *)"meta") == 0) {
			ncg_buf b;

			ncg_buf_init(&b);
			ncg_buf_printf(&b, "%s/@content", path);
			free(path);
			path = ncg_buf_take(&b);
		}
		if (!path)
			return ncg_error_set(err, NCG_ERR_NOMEM, ncg_text_name(t), 0, 0, -1,
			                     "out of memory");
		st = ncg_text_add_origin(t, p->org[i].b, p->org[i].e, path, err);
		free(path);
		NCG_TRY(st);
	}
	return NCG_OK;
}

/* Start tags in a page, roughly ('<' before a letter): a bound on the
 * elements libxml2 would build, checked before it builds them. */
#define NCG_HTML_MAX_TAGS 2000000

static size_t
count_tags(const char *s, size_t n)
{
	size_t k = 0;
	const char *e = s + n;

	while ((s = memchr(s, '<', (size_t)(e - s))) && s + 1 < e) {
		unsigned char c = (unsigned char)s[1];

		if ((unsigned)((c | 0x20) - 'a') < 26)
			k++;
		s++;
	}
	return k;
}

/* The page's bytes (n of them, from `shown`) as UTF-8 in utf8, when
 * they are a page ncgkg reads: not empty, not too large, no NUL, not too
 * many elements. */
static ncg_status
page_utf8(const char *shown, const void *bytes, size_t n, ncg_buf *utf8, ncg_error *err)
{
	const char *z;

	if (n == 0 || !bytes)
		return ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1, "empty file: no page");
	if (n > NCG_TEXT_MAX)
		return ncg_error_set(err, NCG_ERR_IO, shown, 0, 0, -1,
		                     "file too large (%zu bytes; at most %zu)", n, NCG_TEXT_MAX);
	NCG_TRY(decode_page(shown, bytes, n, utf8, err));
	if ((z = memchr(utf8->data, '\0', utf8->len)) != NULL)
		return ncg_error_set(err, NCG_ERR_ENCODING, shown, 0, 0, -1,
		                     "NUL character in the page (at character byte %zu "
		                     "of its UTF-8 form): binary data, not a page",
		                     (size_t)(z - utf8->data));
	if (count_tags(utf8->data, utf8->len) > NCG_HTML_MAX_TAGS)
		return ncg_error_set(err, NCG_ERR_SYNTAX, shown, 0, 0, -1,
		                     "more than %d elements: not a page ncgkg reads",
		                     NCG_HTML_MAX_TAGS);
	if (utf8->len > INT32_MAX)
		return ncg_error_set(err, NCG_ERR_IO, shown, 0, 0, -1, "page too large");
	return NCG_OK;
}

/* The page in utf8 parsed by libxml2 into *doc, with its parser in *ctx
 * (the caller frees both, even on failure). */
static ncg_status
parse_page(const char *shown, const ncg_buf *utf8, htmlParserCtxtPtr *ctx, xmlDoc **doc,
           ncg_error *err)
{
	const char *msg;

	if (!(*ctx = htmlNewParserCtxt()))
		return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1, "out of memory");
	*doc = htmlCtxtReadMemory(*ctx, utf8->data, (int)utf8->len, NULL, "UTF-8",
	                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	                          HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	                          HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
	if (!(*ctx)->disableSAX && *doc)
		return NCG_OK;
	/* the parser stopped: too deep, or out of memory */
	msg = (*ctx)->lastError.message ? (*ctx)->lastError.message : "";
	if (strstr(msg, "depth"))
		return ncg_error_set(err, NCG_ERR_SYNTAX, shown, (*ctx)->lastError.line, 0, -1,
		                     "elements nested more than 256 deep: not a page "
		                     "ncgkg reads");
	if (!*doc || (*ctx)->lastError.code == XML_ERR_NO_MEMORY)
		return ncg_error_set(err, NCG_ERR_NOMEM, shown, 0, 0, -1,
		                     "out of memory parsing the page");
	return ncg_error_set(err, NCG_ERR_SYNTAX, shown, (*ctx)->lastError.line, 0, -1,
	                     "the page does not parse: %.*s", (int)strcspn(msg, "\n"), msg);
}

ncg_status
ncg_html_read(const char *name, const void *bytes, size_t n, const ncg_lexicon *lex,
              ncg_text **out, ncg_error *err)
{
	const char *shown = strcmp(name, "-") == 0 ? "<stdin>" : name;
	page p;
	head_meta h;
	ncg_buf utf8;
	htmlParserCtxtPtr ctx = NULL;
	ncg_status st;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.lex = lex;
	memset(&h, 0, sizeof h);
	ncg_buf_init(&p.out);
	ncg_buf_init(&utf8);
	st = page_utf8(shown, bytes, n, &utf8, err);
	if (st == NCG_OK)
		st = parse_page(shown, &utf8, &ctx, &p.doc, err);
	if (st == NCG_OK)
		st = page_text(&p, shown, &h, err);
	if (st == NCG_OK) {
		st = ncg_text_from_bytes(name, p.out.data ? p.out.data : "", p.out.len, out, err);
		if (st == NCG_ERR_EMPTY)
			st = ncg_error_set(err, NCG_ERR_EMPTY, shown, 0, 0, -1,
			                   "no article text in the page");
		if (st == NCG_OK)
			st = page_meta(&p, *out, &h, err);
		if (st == NCG_OK)
			st = page_origins(&p, *out, err);
		if (st != NCG_OK) {
			ncg_text_free(*out);
			*out = NULL;
		}
	}
	head_meta_free(&h);
	if (p.doc)
		xmlFreeDoc(p.doc);
	if (ctx)
		htmlFreeParserCtxt(ctx);
	free(p.info);
	free(p.org);
	ncg_buf_free(&p.out);
	ncg_buf_free(&utf8);
	return st;
}

ncg_status
ncg_html_read_file(const char *path, const ncg_lexicon *lex, ncg_text **out,
                   ncg_error *err)
{
	char *bytes;
	size_t n;
	ncg_status st;

	*out = NULL;
	st = ncg_text_read_bytes(path, &bytes, &n, err);
	if (st != NCG_OK)
		return st;
	if (ncg_html_detect(strcmp(path, "-") == 0 ? NULL : path, bytes, n))
		st = ncg_html_read(path, bytes, n, lex, out, err);
	else
		st = ncg_text_from_bytes(path, bytes, n, out, err);
	free(bytes);
	return st;
}
