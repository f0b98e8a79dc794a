/* ncgkg: segmenting a statement into blocks, sentences and tokens
 * (stage 2 of the pipeline). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ncgkg/arena.h"
#include "ncgkg/segment.h"
#include "ncgkg/time.h"

enum { ORDINAL_UNKNOWN = 0xFF };

struct ncg_doc {
	const ncg_text *text;
	const ncg_lexicon *lex;
	const char *s;
	ncg_token *tok;
	size_t ntok, captok;
	ncg_sentence *sent;
	size_t nsent, capsent;
	ncg_block *blk;
	size_t nblk, capblk;
	/* per token, the word lists of lex that may start there
	 * (ncg_lexicon_wls_at); NULL without a lexicon (speed only) */
	const uint64_t **wls;
	/* per token, the first token of the same text (bytes): what is
	 * looked up by a token's text alone is looked up once per text
	 * (speed only); NULL when out of memory */
	uint32_t *same;
	/* per token, its ncg_doc_tok_ordinal_word (0..99), ORDINAL_UNKNOWN
	 * until asked: the recognisers ask it at most tokens, several times
	 * (speed only); NULL when out of memory */
	uint8_t *ordinal;
	/* the lengths of lex:gluedWord's words, when there are at most
	 * GLUED_MAX (tokenize; speed only: else strlen per word per word) */
	size_t glued_len[16];
	int nglued;                          /* -1: more than that */
	/* the last bytes of those words, 1 in this table (when nglued >= 0
	 * and no word is empty: glued_split's first test; speed only) */
	unsigned char glued_last[256];
	int glued_any_last;                  /* 1: the table tells nothing */
};

/* The orthography the segmenter knows is the lexicon's (grammar.ttl):
 * abbreviations that keep their period (lex:keepDot: "Dr", "Gen", "Jan")
 * or take one but may end a sentence (lex:mayEndDot: "Jr", "Inc"), list
 * bullets (lex:bullet), weekday names (lex:weekday) and ordinal suffixes
 * (lex:ordinalSuffix).  Without a lexicon it knows none of them. */

/* Is s[0, n) a word of list wl (exact case)?  0 without a lexicon. */
static int
lex_has(const ncg_lexicon *lex, ncg_wordlist wl, const char *s, size_t n)
{
	return lex && ncg_lexicon_has_word(lex, wl, s, n);
}

int
ncg_is_space_cp(unsigned c)
{
	/* printable ASCII first: most characters asked about */
	if (c - 0x21u < 0x5Fu)
		return 0;
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
	       c == 0xA0 || c == 0xFEFF || c == 0x200B || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
	       c == 0x3000 || c == 0x2028 || c == 0x2029;
}

/* Non-ASCII punctuation the tokenizer treats as single-character tokens. */
static int
is_punct_cp(unsigned c)
{
	if (c < 0x80)
		return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9'));
	return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x2212 ||
	       c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xA7 || c == 0xB6 ||
	       c == 0xA9 || c == 0xAE || c == 0xB0 || c == 0xD7 || c == 0xF7 ||
	       (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F);
}

static int
is_apostrophe(unsigned c)
{
	return c == '\'' || c == 0x2019;
}

static int
is_upper_cp(unsigned c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

static int
is_lower_cp(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

static int
is_alpha_ascii(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static unsigned
cp_at(const char *s, size_t i, size_t *next)
{
	size_t j = i;
	unsigned c = (unsigned char)s[i];

	/* ASCII as ncg_utf8_next reads it, without the call */
	if (c < 0x80) {
		if (next)
			*next = i + 1;
		return c;
	}
	c = ncg_utf8_next(s, &j);

	if (next)
		*next = j;
	return c;
}

static int
is_wordch(const char *s, size_t i)
{
	unsigned c;

	if (!s[i])
		return 0;
	c = cp_at(s, i, NULL);
	if (c < 0x80)   /* ASCII: neither space nor punctuation is a letter or digit */
		return (c >= '0' && c <= '9') || (c | 0x20) - 'a' < 26u;
	return !ncg_is_space_cp(c) && !is_punct_cp(c);
}

static ncg_status
push_token(ncg_doc *d, size_t b, size_t e, int kind, int flags)
{
	void *p = d->tok;
	ncg_token *t;

	NCG_TRY(ncg_grow(&p, &d->captok, d->ntok + 1, sizeof *d->tok));
	d->tok = p;
	t = &d->tok[d->ntok++];
	t->b = (uint32_t)b;
	t->e = (uint32_t)e;
	t->kind = (uint16_t)kind;
	t->flags = (uint16_t)flags;
	return NCG_OK;
}

/* Length of a dotted acronym at s+i ("U.S.", "D.C.", "e.g."), or 0. */
static size_t
dotted_acronym(const char *s, size_t i)
{
	size_t j = i;
	int groups = 0;

	for (;;) {
		size_t k = j;

		while (k - j < 2 && is_alpha_ascii(s[k]))
			k++;
		if (k == j || s[k] != '.')
			break;
		j = k + 1;
		groups++;
	}
	if (groups < 2 || is_alpha_ascii(s[j]))
		return 0;
	return j - i;
}

/* Does the character c at s+j (the next at s+next) join the word that
 * began at s+i to what follows: an internal hyphen or slash between word
 * characters ("Tae-hyo", "B-52", "2023-12-15", "01/10/2025"), a digit
 * group's mark ("1,000", "10:30"), an internal apostrophe but not a
 * possessive 's? */
static int
word_joiner(const char *s, size_t i, size_t j, unsigned c, size_t next)
{
	if ((c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2212) && j > i &&
	    is_wordch(s, next) && !dotted_acronym(s, next))
		return 1;
	if ((c == '/' || c == ':' || c == '.' || c == ',') && j > i &&
	    is_digit(s[i]) && is_digit(s[j - 1]) && is_digit(s[next]) &&
	    !(c == ',' && !(is_digit(s[next + 1]) && is_digit(s[next + 2]) &&
	                    !is_digit(s[next + 3]))))
		return 1;
	if (is_apostrophe(c) && j > i && is_wordch(s, next)) {
		size_t after;
		unsigned c2 = cp_at(s, next, &after);

		return !((c2 == 's' || c2 == 'S') && !is_wordch(s, after));
	}
	return 0;
}

/* ASCII letters and digits, 1 in this table */
static const unsigned char ALNUM[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
	['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* Scan a word starting at s+i; returns its end. */
static size_t
scan_word(const char *s, size_t i)
{
	size_t j = i, next;

	while (s[j]) {
		unsigned c;

		/* ASCII letters and digits, most of a word, without decoding
		 * (is_wordch says the same of them; speed only) */
		if (ALNUM[(unsigned char)s[j]]) {
			while (ALNUM[(unsigned char)s[++j]])
				;
			continue;
		}
		c = cp_at(s, j, &next);
		/* an ASCII byte here is no letter or digit (the table said) */
		if ((c >= 0x80 && is_wordch(s, j)) || word_joiner(s, i, j, c, next))
			j = next;
		else
			break;
	}
	return j;
}

/* Is s[0..n) the last word of a country's or a place's name in the
 * lexicon ("Korea", "States")? */
static int
name_last_word(const ncg_lexicon *lex, const char *s, size_t n)
{
	for (int kind = NCG_LEX_COUNTRY; kind <= NCG_LEX_PLACE; kind++)
		for (size_t k = 0, cnt = ncg_lexicon_count(lex, kind); k < cnt; k++) {
			const ncg_lex_entry *e = ncg_lexicon_at(lex, kind, k);

			for (size_t a = 0; a <= e->alt.n; a++) {
				const char *w = a == 0 ? e->label : e->alt.v[a - 1];
				size_t m = w ? strlen(w) : 0;

				if (m >= n && memcmp(w + m - n, s, n) == 0 &&
				    (m == n || w[m - n - 1] == ' '))
					return 1;
			}
		}
	return 0;
}

/* A word that a mirror's text ran onto a name ("Koreaheld", "Statesand"):
 * where the second word starts, or 0.  Only a capitalised word of ASCII
 * letters, a lexicon name's last word then a glued word (lex:gluedWord),
 * no other reading ("Thailand" is no "Thail" + "and"). */
static size_t
glued_split(const ncg_doc *d, size_t i, size_t j)
{
	const ncg_strlist *l;

	if (!d->lex || !is_upper_cp((unsigned char)d->s[i]) || j - i < 6)
		return 0;
	/* no glued word ends in the word's last byte (speed only) */
	if (!d->glued_any_last && !d->glued_last[(unsigned char)d->s[j - 1]])
		return 0;
	for (size_t k = i + 1; k < j; k++)
		if (!is_lower_cp((unsigned char)d->s[k]) || (unsigned char)d->s[k] >= 0x80)
			return 0;
	l = ncg_lexicon_words(d->lex, NCG_WL_GLUED_WORD);
	for (size_t k = 0; k < l->n; k++) {
		size_t m = d->nglued >= 0 ? d->glued_len[k] : strlen(l->v[k]);

		if (j - i >= m + 4 && (m == 0 || d->s[j - 1] == l->v[k][m - 1]) &&
		    memcmp(d->s + j - m, l->v[k], m) == 0 &&
		    name_last_word(d->lex, d->s + i, j - i - m))
			return j - m;
	}
	return 0;
}

/* rules58: is s[0..n) a whole word at one end of a country's name,
 * other wording or acronym in the lexicon: its last word (last) or its
 * first ("States", "Korea", "ROK"; "Republic", "South", "Japan")? */
static int
country_end_word(const ncg_lexicon *lex, const char *s, size_t n, int last)
{
	for (size_t k = 0, cnt = ncg_lexicon_count(lex, NCG_LEX_COUNTRY); k < cnt; k++) {
		const ncg_lex_entry *e = ncg_lexicon_at(lex, NCG_LEX_COUNTRY, k);

		for (size_t a = 0; a <= e->alt.n + e->acronym.n; a++) {
			const char *w = a == 0 ? e->label : a <= e->alt.n ? e->alt.v[a - 1]
			                                                   : e->acronym.v[a - 1 - e->alt.n];
			size_t m = w ? strlen(w) : 0;

			if (m < n)
				continue;
			if (last ? memcmp(w + m - n, s, n) == 0 && (m == n || w[m - n - 1] == ' ')
			         : memcmp(w, s, n) == 0 && (m == n || w[n] == ' '))
				return 1;
		}
	}
	return 0;
}

/* rules58: where a word of two countries' names joined by a hyphen
 * splits, at the hyphen ("States-Republic of Korea", "Japan-ROK",
 * "US-South Korea"; as "U.S.-ROK" splits at its dotted acronym): the
 * word's first part ends a country's name and the next begins one.
 * The hyphen's offset, or 0. */
static size_t
country_hyphen_split(const ncg_doc *d, size_t i, size_t j)
{
	const char *s = d->s;
	size_t h = i, next, r;
	unsigned c = 0;

	if (!d->lex || !is_upper_cp((unsigned char)s[i]))
		return 0;
	while (h < j && (c = cp_at(s, h, &next)) != '-' && c != 0x2010 && c != 0x2011 && c != 0x2212)
		h = next;
	if (h >= j || h == i || !is_upper_cp((unsigned char)s[next]))
		return 0;
	for (r = next; r < j && s[r] != '-' && (unsigned char)s[r] < 0x80; r++)
		;
	return country_end_word(d->lex, s + i, h - i, 1) &&
	       country_end_word(d->lex, s + next, r - next, 0) ? h : 0;
}

/* Is the line [b, e) only an ordinal suffix ("th", "st", "nd", "rd";
 * exact case): a superscript a PDF's text put on a line of its own ("the
 * 50\nth\n")? */
static int
superscript_line(const ncg_doc *d, size_t b, size_t e)
{
	const char *s = d->s;

	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	return e > b && ncg_doc_ordinal_suffix(d, s + b, e - b, 0);
}

/* The end of the line holding byte i. */
static size_t
line_end(const char *s, size_t i, size_t n)
{
	const char *p = i < n ? memchr(s + i, '\n', n - i) : NULL;

	return p ? (size_t)(p - s) : i < n ? n : i;
}

/* Is token t < ntok a lex:superscriptDeterminer ("the", "The": "the
 * 50" + a line "th"), exactly?  None without a lexicon. */
static int
superscript_determiner(const ncg_doc *d, size_t t)
{
	return lex_has(d->lex, NCG_WL_SUPERSCRIPT_DETERMINER, d->s + d->tok[t].b,
	               d->tok[t].e - d->tok[t].b);
}

/* A superscript's number: the last token of the line before it that is a
 * bare number of one to three digits after "the" ("The 50 United States
 * ... was held in" + "th"); its index, or SIZE_MAX. */
static size_t
superscript_number_before(const ncg_doc *d, size_t line_b)
{
	size_t t = d->ntok;
	const char *nl = t ? memchr(d->s + d->tok[t - 1].e, '\n', line_b - d->tok[t - 1].e) : NULL;

	/* only the line just before: one newline between */
	if (!nl || memchr(nl + 1, '\n', (size_t)(d->s + line_b - (nl + 1))))
		return SIZE_MAX;
	while (t-- > 0) {
		const ncg_token *k = &d->tok[t];

		if (k->kind == NCG_TOK_NUMBER && k->e - k->b <= 3 && t > 0 &&
		    superscript_determiner(d, t - 1))
			return t;
		if (k->flags & NCG_TF_LINE)
			break;
	}
	return SIZE_MAX;
}

/* A superscript line (a footnote mark) gives no token; its number, on
 * the line before or else the next, reads as an ordinal.  Marks that
 * number, or sets *super_until to the end of the next line; returns the
 * end of the superscript line. */
static size_t
skip_superscript_line(ncg_doc *d, size_t i, size_t n, size_t *super_until)
{
	const char *s = d->s;
	size_t t = superscript_number_before(d, i);

	if (t != SIZE_MAX)
		d->tok[t].flags |= NCG_TF_SUPER_ORDINAL;
	else
		*super_until = line_end(s, line_end(s, i, n) + 1, n);
	return line_end(s, i, n);
}

/* fix60 (review60): does a word in capitals (two letters or more, no
 * small letter) follow the period at s[e], after spaces only?  A
 * telegram's "SEC. BUTZ", not the acronym's "by the SEC. LeBlanc". */
static int
caps_word_after(const char *s, size_t e)
{
	size_t k = e + 1, n = 0;

	while (s[k] == ' ')
		k++;
	while (s[k] >= 'A' && s[k] <= 'Z') {
		k++;
		n++;
	}
	return n >= 2 && !((s[k] >= 'a' && s[k] <= 'z') || (unsigned char)s[k] >= 0x80);
}

/* fix76 (review75 3, 5): does a capitalised word with no period end
 * right before s[i], spaces between ("Georgia Tech.", "President Ma.")?
 * A name's part or a title, after a word in prose; not a rank written
 * short ("Col. Ma."), a lower-case word ("photo by Tech. Sgt.") nor a
 * line's first word ("• By Tech. Sgt."). */
static int
cap_word_before(const char *s, size_t i)
{
	size_t k = i;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == i || k == 0 || s[k - 1] == '.')
		return 0;
	while (k > 0 && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') || (unsigned char)s[k - 1] >= 0x80 ||
	                 s[k - 1] == '-'))
		k--;
	if (!(k > 0 && s[k - 1] >= 'A' && s[k - 1] <= 'Z' && k >= 2 && s[k - 2] == ' '))
		return 0;
	/* a word in prose before it: not the line's first ("• By Tech.
	 * Sgt. Nick Wilson", a credit after a bullet) */
	for (k -= 2; k > 0 && s[k - 1] == ' '; k--)
		;
	return k > 0 && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') || (s[k - 1] >= 'A' && s[k - 1] <= 'Z') ||
	                 (s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == ',');
}

/* rules357: does a military service's name (lex:serviceName: "Army",
 * "Air Force") of one or two words end right before s[i], spaces
 * between?  A rank after it is the service's ("DoD photo by Air Force
 * Tech. Sgt. Jane Roe"), no name's part. */
static int
service_name_before(const ncg_doc *d, size_t i)
{
	const char *s = d->s;
	size_t e = i, b;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == i)
		return 0;
	b = e;
	for (int words = 0; words < 2 && b > 0; words++) {
		while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n')
			b--;
		if (lex_has(d->lex, NCG_WL_SERVICE_NAME, s + b, e - b))
			return 1;
		if (b == 0 || s[b - 1] != ' ')
			return 0;
		b--;
	}
	return 0;
}

/* rules233: is the word s[i, e), its period at e and the next word a
 * dotted military rank of the lexicon (lex:militaryRank "Tech. Sgt.":
 * "photo by Tech. Sgt. Jimmie D. Pike")?  The abbreviation keeps its
 * period there, as lex:keepDot's do; not after a capitalised word in
 * prose (cap_word_before) unless that is a service's name
 * (service_name_before, rules357). */
static int
rank_abbreviation_at(const ncg_doc *d, size_t i, size_t e)
{
	const char *s = d->s;
	size_t k = e + 2;

	/* fix76: "met on June 2 at Georgia Tech. Sgt. Maj. John Smith
	 * led": after a name's part the period ends the sentence */
	if (!d->lex || s[e + 1] != ' ' || s[k] < 'A' || s[k] > 'Z' ||
	    (cap_word_before(s, i) && !service_name_before(d, i)))
		return 0;
	while (s[k] && s[k] != ' ' && s[k] != '.' && s[k] != ',' && s[k] != '\n')
		k++;
	if (s[k] == '.')
		k++;
	return ncg_lexicon_has_word(d->lex, NCG_WL_MILITARY_RANK, s + i, k - i);
}

/* rules234: does the capitalised word at s[k] (a capital, then small
 * letters) end?  Its end, or 0. */
static size_t
cap_word_end(const char *s, size_t k)
{
	size_t b;

	if (!(s[k] >= 'A' && s[k] <= 'Z'))
		return 0;
	b = ++k;
	while ((s[k] >= 'a' && s[k] <= 'z') || (unsigned char)s[k] >= 0x80 || s[k] == '-')
		k++;
	return k > b ? k : 0;
}

/* rules234: do two capitalised words follow the period at s[e], spaces
 * between?  A given name written short keeps its period there ("Col.
 * Ma. Consuelo Castillo"), not before one ("by Jack Ma. Alibaba
 * shares"). */
static int
two_cap_words_after(const char *s, size_t e)
{
	size_t k = e + 1;

	while (s[k] == ' ')
		k++;
	if (!(k = cap_word_end(s, k)) || s[k] != ' ')
		return 0;
	while (s[k] == ' ')
		k++;
	return cap_word_end(s, k) != 0;
}

/* fix76 (review75 3): is the capitalised word at s[k] (then the next
 * one) a title's word (lex:office, lex:titleHead, lex:titleWord)? */
static int
title_word_at(const ncg_doc *d, size_t k)
{
	for (int w = 0; w < 2; w++) {
		size_t e;

		while (d->s[k] == ' ')
			k++;
		if (!(e = cap_word_end(d->s, k)))
			return 0;
		if (lex_has(d->lex, NCG_WL_OFFICE, d->s + k, e - k) ||
		    lex_has(d->lex, NCG_WL_TITLE_HEAD, d->s + k, e - k) ||
		    lex_has(d->lex, NCG_WL_TITLE_WORD, d->s + k, e - k))
			return 1;
		k = e;
	}
	return 0;
}

/* rules234, fix76: does the given name written short s[i, e) keep its
 * period: two capitalised words after it, no title among them, and no
 * capitalised word right before it ("Col. Ma. Consuelo Castillo",
 * "spokesperson Ma. Teresita Daza"; not "former President Ma. Foreign
 * Minister Joseph Wu hosted", whose "Ma" is the surname that ends the
 * sentence)? */
static int
given_abbrev_keeps(const ncg_doc *d, size_t i, size_t e)
{
	return lex_has(d->lex, NCG_WL_GIVEN_NAME_ABBREV, d->s + i, e - i) &&
	       two_cap_words_after(d->s, e) && !cap_word_before(d->s, i) &&
	       !title_word_at(d, e + 1);
}

/* The case flags of the word or number s[i, *j) whose first code point is
 * c, added to flags; the period of an abbreviation or an initial is kept
 * (extends *j, sets NCG_TF_DOTTED). */
static int
read_word_case(const ncg_doc *d, size_t i, size_t *j, unsigned c, int flags)
{
	const char *s = d->s;
	int upper = 0, lower = 0;
	size_t k = i, e = *j;

	/* only "two capitals or more and no small letter" is asked: a
	 * small letter ends the count (speed only) */
	while (k < e && !lower) {
		unsigned ch = cp_at(s, k, &k);

		upper += is_upper_cp(ch);
		lower += is_lower_cp(ch);
	}
	if (is_upper_cp(c))
		flags |= NCG_TF_CAP;
	else if (is_lower_cp(c))
		flags |= NCG_TF_LOWER;
	if (upper >= 2 && lower == 0)
		flags |= NCG_TF_UPPER;
	if (s[e] == '.' && !is_digit(s[i]) &&
	    ((e - i == 1 && is_upper_cp(c)) ||
	     lex_has(d->lex, NCG_WL_KEEP_DOT, s + i, e - i) ||
	     (lex_has(d->lex, NCG_WL_TELEGRAM_KEEP_DOT, s + i, e - i) && caps_word_after(s, e)) ||
	     lex_has(d->lex, NCG_WL_MAY_END_DOT, s + i, e - i) || rank_abbreviation_at(d, i, e) ||
	     given_abbrev_keeps(d, i, e))) {
		*j = e + 1;
		flags |= NCG_TF_DOTTED;
	}
	return flags;
}

/* WebVTT caption transcripts (issue 8).  A text whose first word (after a
 * byte-order mark) is "WEBVTT" is read as captions: its header word, the
 * cue timing lines ("00:38.210 --> 00:41.110", with any cue settings such
 * as "align:start") and the cue numbers on a line of their own before a
 * timing are furniture that gives no token, so the caption text reads on
 * across cues ("the 54th Security" + timing + "Consultative Meeting") and
 * the whole transcript is one block.  Offsets are those of the text: the
 * furniture is skipped, never removed.  Elsewhere a time range in prose
 * stays text. */
static int
webvtt_doc(const char *s, size_t n)
{
	size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	return n - i >= 6 && memcmp(s + i, "WEBVTT", 6) == 0 &&
	       (n - i == 6 || s[i + 6] == ' ' || s[i + 6] == '\t' || s[i + 6] == '\n');
}

/* The length of a WebVTT timestamp at s[i] ("00:38.210", "01:02:03.004"),
 * or 0. */
static size_t
vtt_timestamp(const char *s, size_t i, size_t n)
{
	size_t j = i, groups = 0;

	for (;;) {
		size_t k = j;

		while (k < n && is_digit(s[k]))
			k++;
		if (k - j < 2)
			return 0;
		groups++;
		if (k < n && s[k] == ':' && groups < 3) {
			j = k + 1;
			continue;
		}
		if (groups < 2 || k + 4 > n || s[k] != '.' || !is_digit(s[k + 1]) ||
		    !is_digit(s[k + 2]) || !is_digit(s[k + 3]))
			return 0;
		return k + 4 - i;
	}
}

/* The length of a cue timing at s[i]: a timestamp, "-->", a timestamp,
 * then any cue settings ("name:value") on the same line; or 0. */
static size_t
vtt_cue_timing(const char *s, size_t i, size_t n)
{
	size_t j = vtt_timestamp(s, i, n), k;

	if (j == 0)
		return 0;
	j += i;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j + 3 > n || memcmp(s + j, "-->", 3) != 0)
		return 0;
	j += 3;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if ((k = vtt_timestamp(s, j, n)) == 0)
		return 0;
	j += k;
	for (;;) {    /* cue settings: lower-case name, a colon, a value */
		size_t w = j, v;

		while (w < n && (s[w] == ' ' || s[w] == '\t'))
			w++;
		v = w;
		while (v < n && s[v] >= 'a' && s[v] <= 'z')
			v++;
		if (v == w || v >= n || s[v] != ':' || v + 1 >= n || ncg_is_space_cp((unsigned char)s[v + 1]))
			return j - i;
		while (v < n && !ncg_is_space_cp((unsigned char)s[v]))
			v++;
		j = v;
	}
}

/* The length of WebVTT furniture at s[i] in a captions text (line: i
 * starts a line): the header word and the rest of its line up to a cue
 * timing, a cue timing, or a cue number alone on its line before a
 * timing; 0 for caption text. */
static size_t
vtt_furniture(const char *s, size_t i, size_t n, int line)
{
	size_t j = i;

	if (j + 6 <= n && memcmp(s + j, "WEBVTT", 6) == 0 &&
	    (j == 0 || (j == 3 && webvtt_doc(s, n)))) {
		j += 6;
		while (j < n && s[j] != '\n' && !vtt_cue_timing(s, j, n))
			j++;
		return j - i;
	}
	if ((j = vtt_cue_timing(s, i, n)) != 0)
		return j;
	if (!line)
		return 0;
	j = i;
	while (j < n && is_digit(s[j]))
		j++;
	if (j == i)
		return 0;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j < n && s[j] == '\n' && vtt_cue_timing(s, j + 1, n) ? j - i : 0;
}

/* The lengths of lex:gluedWord's words when there are few enough for
 * d->glued_len, else d->nglued -1 (speed only) */
static void
glued_lengths(ncg_doc *d)
{
	d->nglued = -1;
	d->glued_any_last = 1;
	if (d->lex) {
		const ncg_strlist *l = ncg_lexicon_words(d->lex, NCG_WL_GLUED_WORD);

		if (l->n <= sizeof d->glued_len / sizeof d->glued_len[0]) {
			d->glued_any_last = 0;
			for (size_t g = 0; g < l->n; g++) {
				d->glued_len[g] = strlen(l->v[g]);
				if (d->glued_len[g] == 0)
					d->glued_any_last = 1;
				else
					d->glued_last[(unsigned char)l->v[g][d->glued_len[g] - 1]] = 1;
			}
			d->nglued = (int)l->n;
		}
	}
}

/* rules101: a footnote mark glued to a word ("Park Chung Hee1", "Department
 * of State1", "Memorandum of Conversation0": declassified records printed
 * without superscript) is one or two digits after a capitalised word of
 * small letters, with no letter or digit after it.  Returns the length of
 * the word without the mark, or 0.  A month keeps its day ("September23",
 * "Sept5": ncg_month_prefix). */
static size_t
footnote_glued(const char *s, size_t i, size_t j)
{
	size_t k = i + 1, m;

	if (!is_upper_cp((unsigned char)s[i]))
		return 0;
	while (k < j && s[k] >= 'a' && s[k] <= 'z')
		k++;
	m = k - i;
	if (m < 3 || j - k < 1 || j - k > 2 || !is_digit(s[k]) || (j - k == 2 && !is_digit(s[k + 1])))
		return 0;
	return ncg_month_prefix(s + i, m) ? 0 : m;
}

/* Push the word or number at *i (c its first code point, flags its
 * space and line flags) and move *i past it: a dotted acronym; a name
 * a mirror glued a word onto ("Koreaheld": the word then starts as if
 * after a space, *space); else a word, an ordinal's number after "the"
 * in a superscript line's reach (*super_until) marked as such;
 * a footnote mark glued to a word dropped (footnote_glued). */
static ncg_status
push_word(ncg_doc *d, size_t *i, unsigned c, int flags, int *space, size_t *super_until)
{
	const char *s = d->s;
	size_t b = *i, j, next;

	/* a dotted acronym has a period after its first letter or two */
	if ((s[b + 1] == '.' || (s[b + 1] && s[b + 2] == '.')) && (j = dotted_acronym(s, b)) != 0) {
		*i = b + j;
		return push_token(d, b, b + j, NCG_TOK_WORD,
		                  flags | NCG_TF_DOTTED | NCG_TF_CAP * is_upper_cp(c) |
		                      NCG_TF_UPPER * is_upper_cp((unsigned char)s[b + j - 2]));
	}
	j = scan_word(s, b);
	if ((next = footnote_glued(s, b, j)) != 0) {
		size_t e = b + next;

		flags = read_word_case(d, b, &e, c, flags);
		*i = j;
		return push_token(d, b, e, NCG_TOK_WORD, flags);
	}
	if ((next = country_hyphen_split(d, b, j)) != 0)
		j = next;
	else if ((next = glued_split(d, b, j)) != 0) {
		*i = next;
		*space = 1;
		return push_token(d, b, next, NCG_TOK_WORD, flags | NCG_TF_CAP);
	}
	flags = read_word_case(d, b, &j, c, flags);
	if (b < *super_until && is_digit(s[b]) && j - b <= 3 && d->ntok > 0 &&
	    superscript_determiner(d, d->ntok - 1)) {
		flags |= NCG_TF_SUPER_ORDINAL;
		*super_until = 0;
	}
	*i = j;
	return push_token(d, b, j, is_digit(s[b]) ? NCG_TOK_NUMBER : NCG_TOK_WORD, flags);
}

/* Split the text into tokens (words, numbers, punctuation), with their
 * space and line flags; spaces, a WebVTT file's cue furniture and lines
 * of superscript footnote marks make none. */
static ncg_status
tokenize(ncg_doc *d)
{
	const char *s = d->s;
	size_t i = 0, n = ncg_text_len(d->text), super_until = 0, k;
	int space = 1, line = 1, vtt = webvtt_doc(s, n);

	glued_lengths(d);
	while (i < n) {
		size_t next;
		unsigned c;
		int flags;

		/* a space between words, the most common byte: told first */
		if (s[i] == ' ') {
			space = 1;
			i++;
			continue;
		}
		c = cp_at(s, i, &next);
		flags = (space ? NCG_TF_SPACE : 0) | (line ? NCG_TF_LINE : 0);
		/* printable ASCII is no space: told without the call */
		if (c - 0x21u >= 0x5Fu && ncg_is_space_cp(c)) {
			space = 1;
			if (c == '\n')
				line = 1;
			i = next;
			continue;
		}
		if (vtt && (k = vtt_furniture(s, i, n, line)) != 0) {
			space = 1;
			i += k;
			continue;
		}
		if (line && superscript_line(d, i, line_end(s, i, n))) {
			i = skip_superscript_line(d, i, n, &super_until);
			continue;
		}
		space = 0;
		line = 0;
		if (is_punct_cp(c)) {
			NCG_TRY(push_token(d, i, next, NCG_TOK_PUNCT, flags));
			i = next;
			continue;
		}
		NCG_TRY(push_word(d, &i, c, flags, &space, &super_until));
	}
	return NCG_OK;
}

/* End the token array with a sentinel: an empty token at the end of the
 * text, of no kind a reader looks for (punctuation of length 0, no
 * flags), not counted in ntok.  A look-ahead of one token past the last
 * reads it, defined data; the array is trimmed to exactly ntok + 1
 * entries so that a read further out is outside the allocation, where
 * AddressSanitizer sees it (a doubled capacity hid such reads: issue 7). */
static ncg_status
end_tokens(ncg_doc *d)
{
	size_t n = ncg_text_len(d->text);
	void *p;

	NCG_TRY(push_token(d, n, n, NCG_TOK_PUNCT, 0));
	d->ntok--;
	p = realloc(d->tok, (d->ntok + 1) * sizeof *d->tok);
	if (p) {
		d->tok = p;
		d->captok = d->ntok + 1;
	}
	return NCG_OK;
}

static size_t
line_cp_len(const char *s, size_t b, size_t e)
{
	size_t n = 0;

	for (size_t i = b; i < e; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static int
blank_line(const char *s, size_t b, size_t e)
{
	size_t i = b;

	while (i < e) {
		unsigned c = ncg_utf8_next(s, &i);

		if (!ncg_is_space_cp(c))
			return 0;
	}
	return 1;
}

static ncg_status
push_block(ncg_doc *d, size_t b, size_t e)
{
	void *p = d->blk;

	NCG_TRY(ncg_grow(&p, &d->capblk, d->nblk + 1, sizeof *d->blk));
	d->blk = p;
	memset(&d->blk[d->nblk], 0, sizeof *d->blk);
	d->blk[d->nblk].b = (uint32_t)b;
	d->blk[d->nblk].e = (uint32_t)e;
	d->nblk++;
	return NCG_OK;
}

/* rules166: a cable's double hyphen may touch its item ("--Ways to
 * improve ..."): a bullet of two ASCII marks before a letter. */
static int
glued_bullet(const char *bullet, char next)
{
	return strlen(bullet) == 2 && bullet[0] == bullet[1] && (unsigned char)bullet[0] < 0x80 &&
	       ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z'));
}

/* Does a line start with a list bullet ("• ", "- ", "* " of lex:bullet;
 * "(1) ", "2. ")? */
static int
bullet_line(const ncg_doc *d, size_t b, size_t e)
{
	const char *s = d->s;
	const ncg_strlist *bullets = d->lex ? ncg_lexicon_words(d->lex, NCG_WL_BULLET) : NULL;

	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (size_t k = 0; bullets && k < bullets->n; k++) {
		size_t n = strlen(bullets->v[k]);

		if (e - b > n && memcmp(s + b, bullets->v[k], n) == 0 &&
		    (s[b + n] == ' ' || s[b + n] == '\t' || glued_bullet(bullets->v[k], s[b + n])))
			return 1;
	}
	if (b < e && s[b] == '(' && b + 2 < e && is_digit(s[b + 1]))
		return 1;
	return b + 2 < e && is_digit(s[b]) && (s[b + 1] == '.' || s[b + 1] == ')') &&
	       s[b + 2] == ' ';
}

/* review50: is a line a table's row, ending on a cell bar ("| U.S. side:
 * | President Biden, ... |", "Korean side: | Minister Cho |")?  A row is
 * a block of its own: it wraps into no other line, nor another into it. */
static int
table_row_line(const char *s, size_t b, size_t e)
{
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	return e > b && s[e - 1] == '|' && memmem(s + b, e - b, " | ", 3) != NULL;
}

/* The last code point of a line but trailing spaces, or 0. */
static unsigned
line_last(const char *s, size_t b, size_t e)
{
	size_t i;

	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == b)
		return 0;
	/* back over UTF-8 continuation bytes to the code point's first */
	for (i = e - 1; i > b && ((unsigned char)s[i] & 0xC0) == 0x80; i--)
		;
	return ncg_utf8_next(s, &i);
}

/* rules21: does a line end mid-sentence: no full stop, colon, question
 * or exclamation mark, closing quotation mark (straight or curly: U+201D,
 * U+2019) or bracket at its end? */
static int
open_line_end(unsigned last)
{
	if (last == 0 || last == 0x201D || last == 0x2019)
		return 0;
	return last >= 0x80 || !strchr(".:?!\")'", (int)last);
}

/* rules21: the last word of the line [b, e) when it is a lower-case word
 * that cannot end a sentence or a heading (lex:lineOpenWord: "to", "the",
 * "of", "and"), or a comma: the line goes on in the next. */
static int
line_ends_open_word(const ncg_lexicon *lex, const char *s, size_t b, size_t e)
{
	size_t w;

	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e > b && s[e - 1] == ',')
		return 1;
	for (w = e; w > b && s[w - 1] >= 'a' && s[w - 1] <= 'z'; w--)
		;
	if (w == e || (w > b && s[w - 1] != ' ' && s[w - 1] != '\t'))
		return 0;
	return lex_has(lex, NCG_WL_LINE_OPEN_WORD, s + w, e - w);
}

/* rules21: does the line [b, e) open with a lower-case letter (after
 * spaces)? */
static int
line_opens_lower(const char *s, size_t b, size_t e)
{
	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	return b < e && s[b] >= 'a' && s[b] <= 'z';
}

/* rules28: does the line [b, e) end with a dotted acronym ("... command
 * relationships of U.S." before "forces in the Republic of Korea")? */
static int
line_ends_dotted_acronym(const char *s, size_t b, size_t e)
{
	size_t w;

	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	for (w = e; w > b && s[w - 1] != ' ' && s[w - 1] != '\t'; w--)
		;
	return w < e && dotted_acronym(s, w) == e - w;
}

/* rules103: does the line [b, e) end on a middle initial after a
 * capitalised word of a name ("... with President George W." before
 * "Bush. After ...")?  No sentence ends there: the name goes on. */
static int
line_ends_initial(const char *s, size_t b, size_t e)
{
	size_t w;

	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e < b + 5 || s[e - 1] != '.' || !is_upper_cp((unsigned char)s[e - 2]) || s[e - 3] != ' ')
		return 0;
	for (w = e - 3; w > b && s[w - 1] >= 'a' && s[w - 1] <= 'z'; w--)
		;
	return w < e - 4 && w > b && is_upper_cp((unsigned char)s[w - 1]) &&
	       (w - 1 == b || s[w - 2] == ' ');
}

/* rules232: does the line [b, e) in capitals end on a middle initial
 * after a word of two capitals or more ("... EDWIN H.")? */
static int
caps_line_ends_initial(const ncg_lexicon *lex, const char *s, size_t b, size_t e)
{
	size_t w;

	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e < b + 5 || s[e - 1] != '.' || !(s[e - 2] >= 'A' && s[e - 2] <= 'Z') || s[e - 3] != ' ')
		return 0;
	for (w = e - 3; w > b && s[w - 1] >= 'A' && s[w - 1] <= 'Z'; w--)
		;
	/* fix74: a lettered document or part of a message ("... OUTLINED
	 * IN PLAN B.", "REF B.", "PARA C.", "ANNEX A.") ends a sentence */
	return e - 3 - w >= 2 && (w == b || s[w - 1] == ' ') &&
	       !(lex && (ncg_lexicon_has_word_ci(lex, NCG_WL_DOCUMENT_HEAD, s + w, e - 3 - w) ||
	                 ncg_lexicon_has_word_ci(lex, NCG_WL_CABLE_ABBREVIATION, s + w, e - 3 - w) ||
	                 ncg_lexicon_has_word_ci(lex, NCG_WL_CABLE_REFERENCE_KEY, s + w, e - 3 - w)));
}

/* rules103: does the line [b, e) open with a capitalised word (after
 * spaces)? */
static int
line_opens_cap(const char *s, size_t b, size_t e)
{
	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	return b + 1 < e && is_upper_cp((unsigned char)s[b]) && s[b + 1] >= 'a' && s[b + 1] <= 'z';
}

/* rules126: is the line [b, e) in capitals: two capital letters or more
 * and no small one? */
static int
caps_line(const char *s, size_t b, size_t e)
{
	size_t upper = 0;

	for (size_t i = b; i < e; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		upper += s[i] >= 'A' && s[i] <= 'Z';
	}
	return upper >= 2;
}

/* fix74: does the line [b, e) in capitals open with a title: words of
 * titles (lex:titleWord: "FOREIGN") up to a title's head, an office or
 * a rank ("AMBASSADOR", "FOREIGN MINISTER", "GENERAL", "MR.")?  In
 * capitals every line opens with a capital, and a line after "... WITH
 * THE U.S." that opens on a title opens a sentence as often as not;
 * "TRADE CENTER" (no head) goes on. */
static int
caps_title_opening(const ncg_lexicon *lex, const char *s, size_t b, size_t e)
{
	for (size_t w = b;; b = w + 1) {
		size_t n;

		while (b < e && s[b] == ' ')
			b++;
		for (w = b; w < e && s[w] != ' ' && s[w] != ','; w++)
			;
		n = w - b;
		if (n == 0)
			return 0;
		if (ncg_lexicon_has_word_ci(lex, NCG_WL_OFFICE, s + b, n) ||
		    ncg_lexicon_has_word_ci(lex, NCG_WL_TITLE_HEAD, s + b, n) ||
		    ncg_lexicon_has_word_ci(lex, NCG_WL_MILITARY_RANK, s + b, n) ||
		    ncg_lexicon_has_word_ci(lex, NCG_WL_COURTESY, s + b, n))
			return 1;
		if (w >= e || s[w] != ' ' || !ncg_lexicon_has_word_ci(lex, NCG_WL_TITLE_WORD, s + b, n))
			return 0;
	}
}

/* rules232: does the line [b, e) in capitals open with a word that
 * opens no sentence (no lex:sentenceInitial in any case: "THE", "IT";
 * fix74: no title, caps_title_opening)? */
static int
caps_line_goes_on(const ncg_lexicon *lex, const char *s, size_t b, size_t e)
{
	size_t w;

	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (w = b; w < e && s[w] >= 'A' && s[w] <= 'Z'; w++)
		;
	return w > b && w - b >= 2 && (w == e || s[w] == ' ' || s[w] == ',') &&
	       !(lex && (ncg_lexicon_has_word_ci(lex, NCG_WL_SENTENCE_INITIAL, s + b, w - b) ||
	                 caps_title_opening(lex, s, b, e)));
}

/* rules126: does the line [b, e) open with a telegram's header key
 * (lex:cableHeaderKey: "FM", "TO", "TAGS", "SUBJECT") before a space or
 * a colon? */
static int
header_key_line(const ncg_lexicon *lex, const char *s, size_t b, size_t e)
{
	size_t w;

	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (w = b; w < e && s[w] != ' ' && s[w] != '\t' && s[w] != ':'; w++)
		;
	return w > b && lex_has(lex, NCG_WL_CABLE_HEADER_KEY, s + b, w - b);
}

/* rules126: a telegram in capitals wraps its paragraphs at one width, but
 * a text copied by hand joins some lines into ones twice as wide, so that
 * no width tells a wrapped line ("1. DEPARTMENT OFFICIALS DISCUSSED WITH
 * GENERAL KANG CHANG" then "SUNG, ADMINISTRATOR OF ..."): a line of
 * capitals of CAPS_WRAP_MIN code points or more that stops mid-sentence
 * goes on in a line of capitals that opens no list item and no header
 * line. */
#define CAPS_WRAP_MIN 40
static int
caps_wraps_into(const ncg_doc *d, const size_t a[2], const size_t b[2], unsigned la)
{
	const char *s = d->s;

	return open_line_end(la) && line_cp_len(s, a[0], a[1]) >= CAPS_WRAP_MIN &&
	       caps_line(s, a[0], a[1]) && caps_line(s, b[0], b[1]) &&
	       !header_key_line(d->lex, s, b[0], b[1]);
}

/* rules232: a telegram's paragraph line in capitals that ends on a
 * dotted acronym ("... OBSERVATIONS ON STATE OF U.S." / "ECONOMY, SUPPLY
 * OF ...") or on a middle initial after a name's word ("... AFFAIRS
 * EDWIN H." / "YEO VISITED TOKYO ...") goes on in the next line of
 * capitals, unless that opens a sentence's function word, a list item
 * or a header line, or is short and stops on no full stop (a heading:
 * "... IN THE U.S." / "ESSENTIAL FACTORS"): a telegram wraps at its
 * width, whatever the word. */
static int
caps_dot_wraps_into(const ncg_doc *d, const size_t a[2], const size_t b[2], unsigned la)
{
	const char *s = d->s;

	return la == '.' && line_cp_len(s, a[0], a[1]) >= CAPS_WRAP_MIN &&
	       (line_ends_dotted_acronym(s, a[0], a[1]) || caps_line_ends_initial(d->lex, s, a[0], a[1])) &&
	       caps_line(s, a[0], a[1]) && caps_line(s, b[0], b[1]) &&
	       !bullet_line(d, b[0], b[1]) && !header_key_line(d->lex, s, b[0], b[1]) &&
	       (line_cp_len(s, b[0], b[1]) >= CAPS_WRAP_MIN || line_last(s, b[0], b[1]) == '.') &&
	       caps_line_goes_on(d->lex, s, b[0], b[1]);
}

/* In a run of lines of mixed lengths, does line a wrap into line b?  Yes
 * when a is long, near the run's widest line `width` (hard-wrapped lines
 * fill the width; a headline above a one-line paragraph does not), and
 * stops mid-sentence (no full stop or colon at its end), and b is no
 * bullet and is long itself or ends a sentence.  A short line (a heading,
 * a dateline) ends its block. */
static int
wraps_into(const ncg_doc *d, const size_t a[2], const size_t b[2], size_t width, size_t wrap_width)
{
	const char *s = d->s;
	unsigned la = line_last(s, a[0], a[1]), lb = line_last(s, b[0], b[1]);
	size_t len = line_cp_len(s, a[0], a[1]);

	/* rules28: a dotted acronym's full stop before a line in lower
	 * case ("... of U.S." then "forces in the Republic of Korea, ..."):
	 * no sentence opens in lower case, the line goes on */
	if (la == '.' && !bullet_line(d, b[0], b[1]) && line_ends_dotted_acronym(s, a[0], a[1]) &&
	    line_opens_lower(s, b[0], b[1]))
		return 1;
	/* rules103: a middle initial's period ("... President George W."
	 * then "Bush. After ..."): the name goes on in line b */
	if (la == '.' && !bullet_line(d, b[0], b[1]) && line_ends_initial(s, a[0], a[1]) &&
	    line_opens_cap(s, b[0], b[1]))
		return 1;
	if (caps_dot_wraps_into(d, a, b, la))
		return 1;
	if (bullet_line(d, b[0], b[1]) || la == '.' || la == ':' || table_row_line(s, a[0], a[1]) ||
	    table_row_line(s, b[0], b[1]))
		return 0;
	if (caps_wraps_into(d, a, b, la))
		return 1;
	/* rules21: a line that stops on a comma or on a word no sentence
	 * or heading ends with ("... the Joint Chiefs of Staff, and his
	 * counterpart met here today to", "“I look forward to"), before a
	 * line in lower case, goes on in it, whatever its length */
	if (line_ends_open_word(d->lex, s, a[0], a[1]) && line_opens_lower(s, b[0], b[1]))
		return 1;
	/* rules21: hard-wrapped lines (a news release's body wrapped at 70
	 * columns under one-line paragraphs of 130): the wrap width is the
	 * widest line that stops mid-sentence (wrap_width), and a line b
	 * that fits in it goes on line a's sentence.  rules174: a ragged
	 * line is long enough at three quarters of that width, not only at
	 * 50 code points (a cable wrapped at 60: "... called on Defense
	 * Minister" of 57 then "Yasukazu Hamada on May 12. Gen Schwartz
	 * expressed" of 49, WikiLeaks; "Deputy Coordinator for" / "Regional
	 * Affairs, Office of the Coordinator for", Scoop) */
	if (wrap_width >= 50 && len * 4 >= wrap_width * 3 && open_line_end(la) &&
	    line_cp_len(s, b[0], b[1]) <= wrap_width + 2 &&
	    (line_cp_len(s, b[0], b[1]) * 4 >= wrap_width * 3 || lb == '.' || lb == ')' || lb == '"' ||
	     (lb == ';' && bullet_line(d, a[0], a[1]))))
		return 1;
	if (len < 50 || len * 4 < width * 3)
		return 0;
	return line_cp_len(s, b[0], b[1]) >= 50 || lb == '.' || lb == ')' || lb == '"';
}

/* Push the run of nl (>= 1) non-blank lines as blocks: one block when
 * it is a single line or wrapped prose; else a block per paragraph, as a
 * wrapped paragraph may still follow a dateline or heading with no blank
 * line between ("Seoul, November 15, 2019" then the first paragraph). */
static ncg_status
push_line_run(ncg_doc *d, size_t lines[][2], size_t nl)
{
	const char *s = d->s;
	size_t k0 = 0, width = 0, wrap_width = 0, open_words = 0;
	int wrapped = 1;

	for (size_t k = 0; k + 1 < nl; k++)
		if (line_cp_len(s, lines[k][0], lines[k][1]) < 50 ||
		    bullet_line(d, lines[k + 1][0], lines[k + 1][1]) ||
		    table_row_line(s, lines[k][0], lines[k][1]))
			wrapped = 0;
	if (nl == 1 || wrapped)
		return push_block(d, lines[0][0], lines[nl - 1][1]);
	for (size_t k = 0; k < nl; k++) {
		size_t len = line_cp_len(s, lines[k][0], lines[k][1]);

		if (len > width)
			width = len;
		/* rules21: the widest line that stops mid-sentence */
		if (k + 1 < nl && len > wrap_width && open_line_end(line_last(s, lines[k][0], lines[k][1])))
			wrap_width = len;
		open_words += k + 1 < nl && line_ends_open_word(d->lex, s, lines[k][0], lines[k][1]);
	}
	/* rules21: a wrap width only in a run that shows it is wrapped: two
	 * lines or more that stop on a comma or on "the", "of", "to" (a list
	 * of headlines has none) */
	if (open_words < 2)
		wrap_width = 0;
	for (size_t k = 0; k < nl; k++)
		if (k + 1 == nl || !wraps_into(d, lines[k], lines[k + 1], width, wrap_width)) {
			NCG_TRY(push_block(d, lines[k0][0], lines[k][1]));
			k0 = k + 1;
		}
	return NCG_OK;
}

/* rules103: a line that ends on a middle initial (last), then the one
 * blank line ending at j, then a line that opens with a capitalised word
 * ("met U.S. President George W." / "" / "Bush on Tuesday", a page's
 * paragraphs cut inside a name): the run goes on over the blank line. */
static int
initial_over_blank(const char *s, const size_t last[2], size_t j, size_t n)
{
	size_t k = j + 1, e;

	if (j >= n || !line_ends_initial(s, last[0], last[1]))
		return 0;
	e = line_end(s, k, n);
	return !blank_line(s, k, e) && line_opens_cap(s, k, e);
}

/* Split into blocks: runs of non-blank lines separated by blank lines.  A
 * run whose lines (but the last) are all long is a hard-wrapped paragraph
 * and stays one block; otherwise each line is a block of its own (page
 * furniture, headings, datelines). */
static ncg_status
split_blocks(ncg_doc *d)
{
	const char *s = d->s;
	size_t n = ncg_text_len(d->text), i = 0;

	if (webvtt_doc(s, n))    /* captions: one block, read across cues */
		return push_block(d, 0, n);
	while (i < n) {
		size_t lines[256][2], nl = 0, j;

		/* skip blank lines */
		while (i < n) {
			j = line_end(s, i, n);
			if (!blank_line(s, i, j))
				break;
			i = j < n ? j + 1 : j;
		}
		if (i >= n)
			break;
		/* collect a run of non-blank lines */
		while (i < n) {
			j = line_end(s, i, n);
			if (blank_line(s, i, j)) {
				/* rules103: a name cut by one blank line goes on */
				if (!(nl > 0 && initial_over_blank(s, lines[nl - 1], j, n)))
					break;
				i = j + 1;
				continue;
			}
			if (superscript_line(d, i, j)) {    /* no line of the run */
				i = j < n ? j + 1 : j;
				continue;
			}
			if (nl == sizeof lines / sizeof lines[0]) {
				NCG_TRY(push_block(d, lines[0][0], lines[nl - 1][1]));
				nl = 0;
			}
			lines[nl][0] = i;
			lines[nl][1] = j;
			nl++;
			i = j < n ? j + 1 : j;
		}
		NCG_TRY(push_line_run(d, lines, nl));
	}
	return NCG_OK;
}

/* Is punctuation token i the single byte c, or the three bytes of
 * u3 (a character U+0800-U+FFFF; NULL: none)?  tok_is of each, in one
 * test of the token's length and first byte (speed only). */
static int
punct_is(const ncg_doc *d, size_t i, const char *one, const char *three)
{
	const unsigned char *t = (const unsigned char *)d->s + d->tok[i].b;
	size_t n = d->tok[i].e - d->tok[i].b;

	if (n == 1)
		return t[0] && strchr(one, t[0]) != NULL;
	if (n != 3 || t[0] != 0xE2 || !three)
		return 0;
	for (; *three; three += 3)
		if (memcmp(t, three, 3) == 0)
			return 1;
	return 0;
}

static int
is_full_stop(const ncg_doc *d, size_t i)
{
	/* ".", "!", "?", U+2026 */
	return d->tok[i].kind == NCG_TOK_PUNCT && punct_is(d, i, ".!?", "\xE2\x80\xA6");
}

static int
is_closer(const ncg_doc *d, size_t i)
{
	/* '"', U+201D, U+2019, "'", ")", "]" */
	return d->tok[i].kind == NCG_TOK_PUNCT && !(d->tok[i].flags & NCG_TF_SPACE) &&
	       punct_is(d, i, "\"')]", "\xE2\x80\x9D\xE2\x80\x99");
}

/* May a sentence start at token i? */
static int
can_start(const ncg_doc *d, size_t i)
{
	const ncg_token *t = &d->tok[i];

	if (!(t->flags & NCG_TF_SPACE))
		return 0;
	if (t->flags & NCG_TF_CAP || t->kind == NCG_TOK_NUMBER)
		return 1;
	/* '"', U+201C, "(", "[" */
	return t->kind == NCG_TOK_PUNCT && punct_is(d, i, "\"([", "\xE2\x80\x9C");
}

static ncg_status
push_sentence(ncg_doc *d, size_t t0, size_t t1, size_t block)
{
	void *p = d->sent;
	ncg_sentence *st;

	if (t1 <= t0)
		return NCG_OK;
	NCG_TRY(ncg_grow(&p, &d->capsent, d->nsent + 1, sizeof *d->sent));
	d->sent = p;
	st = &d->sent[d->nsent++];
	st->t0 = (uint32_t)t0;
	st->t1 = (uint32_t)t1;
	st->b = d->tok[t0].b;
	st->e = d->tok[t1 - 1].e;
	st->block = (uint32_t)block;
	return NCG_OK;
}

/* A sentence glued to the one before ("...capabilities.The meeting",
 * "...South Korea and Japan.The statement"), as some pages print them: a
 * full stop at i after a word of two letters or more, lower case or
 * capitalised (not an acronym: "JCS.Chairman" may be a typo inside one),
 * then a capitalised word with no space before it. */
static int
glued_start(const ncg_doc *d, size_t i, size_t next)
{
	const ncg_token *p = i > 0 ? &d->tok[i - 1] : NULL, *n = &d->tok[next];

	return p && p->kind == NCG_TOK_WORD && (p->flags & (NCG_TF_LOWER | NCG_TF_CAP)) &&
	       !(p->flags & (NCG_TF_UPPER | NCG_TF_DOTTED)) && p->e - p->b >= 2 &&
	       p->e == d->tok[i].b && n->kind == NCG_TOK_WORD && (n->flags & NCG_TF_CAP) &&
	       !(n->flags & NCG_TF_UPPER) && n->e - n->b >= 2 && n->b == d->tok[i].e;
}

/* rules29: "U.S. Under Secretary of State ... Jose W. Fernandez": a
 * function word that opens a two-word office (lex:officeHonorific) whose
 * second word heads a title (lex:titleHead) goes on the acronym's name
 * ("U.S. Under Secretary"); it opens no sentence. */
static int
office_after_acronym(const ncg_doc *d, size_t next, size_t end)
{
	const char *s = d->s + d->tok[next].b;

	return next + 1 < end && d->tok[next + 1].b == d->tok[next].e + 1 &&
	       lex_has(d->lex, NCG_WL_TITLE_HEAD, d->s + d->tok[next + 1].b,
	               d->tok[next + 1].e - d->tok[next + 1].b) &&
	       lex_has(d->lex, NCG_WL_OFFICE, s, d->tok[next + 1].e - d->tok[next].b);
}

/* rules257: is s[0, n) a wording of a lexicon entry of one of the kinds
 * (bits of ncg_lex_kind) -- the whole wording when whole, else any
 * wording whose first word it is? */
static int
lex_entry_word(const ncg_lexicon *lex, const char *s, size_t n, unsigned kinds, int whole)
{
	const ncg_lex_wording *w = NULL;
	size_t k = lex ? ncg_lexicon_wordings_at(lex, s, n, &w) : 0;

	for (size_t c = 0; c < k; c++)
		if ((kinds & (1u << w[c].kind)) &&
		    (!whole || (strlen(w[c].wording) == n && memcmp(w[c].wording, s, n) == 0)))
			return 1;
	return 0;
}

/* rules257: a capitalised word of a person's name at token t: no
 * capitals only, no period, and no word of a title, office or body's
 * head, nor the first word of a country's, place's or body's wording */
static int
name_word_at(const ncg_doc *d, size_t t)
{
	const ncg_token *k = &d->tok[t];
	const char *s = d->s + k->b;
	size_t n = k->e - k->b;

	return k->kind == NCG_TOK_WORD && (k->flags & NCG_TF_CAP) && (k->flags & NCG_TF_SPACE) &&
	       !(k->flags & (NCG_TF_UPPER | NCG_TF_DOTTED)) && n >= 2 &&
	       !lex_has(d->lex, NCG_WL_TITLE_HEAD, s, n) && !lex_has(d->lex, NCG_WL_TITLE_WORD, s, n) &&
	       !lex_has(d->lex, NCG_WL_OFFICE, s, n) && !lex_has(d->lex, NCG_WL_BODY_HEAD, s, n) &&
	       !lex_has(d->lex, NCG_WL_KEEP_DOT, s, n) &&
	       !lex_entry_word(d->lex, s, n,
	                       (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_BODY), 0);
}

/* rules257: within three words after token t, a title's head in any
 * case, whole or before a hyphen ("the director-general of", "a
 * spokesman for")?  (fix88: renamed from title_head_after, a different
 * function of recog_org.c) */
static int
apposition_title_head_within(const ncg_doc *d, size_t t, size_t end)
{
	for (size_t k = t; k < end && k < t + 3 && d->tok[k].kind == NCG_TOK_WORD; k++) {
		const char *s = d->s + d->tok[k].b;
		const char *h = memchr(s, '-', d->tok[k].e - d->tok[k].b);
		size_t n = h ? (size_t)(h - s) : d->tok[k].e - d->tok[k].b;

		if (ncg_lexicon_has_word_ci(d->lex, NCG_WL_TITLE_HEAD, s, n))
			return 1;
	}
	return 0;
}

/* fix88: the appositive from its opener at token t to its comma or
 * full stop (at most APPOSITIVE_TOKENS tokens): does it name a country
 * or a body of the lexicon ("the director-general of the Japanese
 * Defense Ministry's ...", bioprepwatch; "the Indian Foreign
 * Ministry's") and no speech ("with the U.S. Coast Guard, a spokesman
 * for the Indian Navy said": who said it, no person's name before it;
 * "the U.S. Border Patrol, the chief of the agency said": a body's)? */
#define APPOSITIVE_TOKENS 16

static int
appositive_of_country(const ncg_doc *d, size_t t, size_t end)
{
	int country = 0;

	for (size_t k = t; k < end && k < t + APPOSITIVE_TOKENS; k++) {
		const char *s = d->s + d->tok[k].b;
		size_t n = d->tok[k].e - d->tok[k].b;

		if (ncg_doc_tok_is(d, k, ",") || ncg_doc_tok_is(d, k, "."))
			break;
		if (lex_has(d->lex, NCG_WL_SPEECH_VERB, s, n) ||
		    lex_has(d->lex, NCG_WL_PAST_SPEECH_VERB, s, n))
			return 0;
		if ((d->tok[k].flags & NCG_TF_CAP) &&
		    lex_entry_word(d->lex, s, n, (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_BODY), 0))
			country = 1;
	}
	return country;
}

/* rules257: "Mark Lippert ... headed the delegation for the U.S. Hideshi
 * Tokuchi, the director-general of the Japanese Defense Ministry's ...,
 * and Yoo Jeh Seung ... headed the Japanese and South Korean delegations":
 * a country's dotted acronym of the lexicon after a lower-case word, then
 * two capitalised words of a name (no title's, body's or place's word:
 * not "the U.S. Defense Department, the talks"), a comma, an appositive's
 * opener (lex:appositiveOpener), a title's head within three words and
 * (fix88) a country or body in the appositive, no speech verb
 * (appositive_of_country).  The acronym ends the sentence; the name
 * opens the next. */
static int
country_acronym_before_name(const ncg_doc *d, size_t i, size_t next, size_t end)
{
	const ncg_token *t = d->tok;

	return d->lex && i > 0 && next + 4 < end && (t[i - 1].flags & NCG_TF_LOWER) &&
	       lex_entry_word(d->lex, d->s + t[i].b, t[i].e - t[i].b, 1u << NCG_LEX_COUNTRY, 1) &&
	       name_word_at(d, next) && name_word_at(d, next + 1) &&
	       ncg_doc_tok_is(d, next + 2, ",") &&
	       lex_has(d->lex, NCG_WL_APPOSITIVE_OPENER, d->s + t[next + 3].b,
	               t[next + 3].e - t[next + 3].b) &&
	       apposition_title_head_within(d, next + 4, end) &&
	       appositive_of_country(d, next + 3, end);
}

/* fix155: is the dotted token i (w, n: without its period) a
 * lex:bareHonorificDot word after an article or a determiner ("with the
 * Pres. Then"): no honorific, its period free to end the sentence? */
static int
determined_bare_dot(const ncg_doc *d, size_t i, const char *w, size_t n)
{
	const char *p;
	size_t m;

	if (i == 0 || !lex_has(d->lex, NCG_WL_BARE_HONORIFIC_DOT, w, n))
		return 0;
	p = d->s + d->tok[i - 1].b;
	m = d->tok[i - 1].e - d->tok[i - 1].b;
	return ncg_lexicon_has_word_ci(d->lex, NCG_WL_DEFINITE_ARTICLE, p, m) ||
	       ncg_lexicon_has_word_ci(d->lex, NCG_WL_INDEFINITE_ARTICLE, p, m) ||
	       ncg_lexicon_has_word_ci(d->lex, NCG_WL_POSSESSIVE, p, m) ||
	       ncg_lexicon_has_word_ci(d->lex, NCG_WL_CAPITAL_DETERMINER, p, m);
}

/* Is the dotted token i the end of a sentence, given what follows? */
static int
dotted_ends_sentence(const ncg_doc *d, size_t i, size_t next, size_t end)
{
	const char *w = d->s + d->tok[i].b;
	size_t n = d->tok[i].e - d->tok[i].b - 1;   /* without the period */

	if (next >= end)
		return 1;
	if (n > 1 && determined_bare_dot(d, i, w, n))
		return can_start(d, next);          /* "with the Pres. Then" */
	if (n == 1 || lex_has(d->lex, NCG_WL_KEEP_DOT, w, n))
		return 0;                           /* initial, title, month */
	if (!can_start(d, next) || !d->lex)
		return 0;
	if (country_acronym_before_name(d, i, next, end))
		return 1;
	/* a capitalised function word begins a sentence ("U.S. The") */
	if (!ncg_lexicon_has_word(d->lex, NCG_WL_SENTENCE_INITIAL, d->s + d->tok[next].b,
	                          d->tok[next].e - d->tok[next].b))
		return 0;
	return !office_after_acronym(d, next, end);
}

long
ncg_doc_number(const ncg_doc *d, size_t i, size_t maxd, int suffix)
{
	const char *w;
	size_t n, k = 0;
	long v = 0;

	if (i >= d->ntok || d->tok[i].kind != NCG_TOK_NUMBER)
		return -1;
	w = d->s + d->tok[i].b;
	n = d->tok[i].e - d->tok[i].b;
	while (k < n && isdigit((unsigned char)w[k]) && k <= maxd)
		v = v * 10 + (w[k++] - '0');
	if (k == 0 || k > maxd || (k < n && isdigit((unsigned char)w[k])))
		return -1;
	if (k == n || (suffix && ncg_doc_ordinal_suffix(d, w + k, n - k, 1)))
		return v;
	return -1;
}

int
ncg_doc_spaced_date(const ncg_doc *d, size_t i, int *y, int *m, int *day)
{
	long v[3];

	if (i + 5 >= d->ntok || d->tok[i].e - d->tok[i].b != 4)
		return 0;
	for (size_t k = 0; k < 3; k++) {
		size_t t = i + 2 * k;

		v[k] = ncg_doc_number(d, t, k ? 2 : 4, 0);
		if (v[k] < 0 || d->tok[t + 1].b != d->tok[t].e || d->tok[t + 1].kind != NCG_TOK_PUNCT ||
		    !ncg_doc_tok_is(d, t + 1, "."))
			return 0;
	}
	if (v[0] < NCG_YEAR_MIN || v[0] > NCG_YEAR_MAX || v[1] < 1 || v[1] > 12 ||
	    !ncg_day_valid((int)v[0], (int)v[1], v[2]))
		return 0;
	*y = (int)v[0];
	*m = (int)v[1];
	*day = (int)v[2];
	return 1;
}

/* rules148: is the full stop at i one of the first two periods of a
 * Korean-style date spaced out (ncg_doc_spaced_date: "2024. 3. 5.", as
 * Korean publishers print them)?  Then it ends no sentence. */
static int
spaced_date_stop(const ncg_doc *d, size_t i)
{
	int y, m, day;

	return (i >= 1 && ncg_doc_spaced_date(d, i - 1, &y, &m, &day)) ||
	       (i >= 3 && ncg_doc_spaced_date(d, i - 3, &y, &m, &day));
}

/* rules231: is the full stop at i glued to a month's full name, before a
 * day, a comma and a year ("during the 2024 Okinawa Bilateral Commander's
 * Conference on Marine Corps Base Camp Smedley D. Butler, April. 17,
 * 2024", a DVIDS caption; Dong-A's "Posted July. 02, 2004"), not after
 * a lex:monthCue ("in April. 17, 2024 was")?  Then it ends no sentence:
 * recog_time.c reads the date whole (rules48). */
static int
month_dot_stop(const ncg_doc *d, size_t i, size_t end)
{
	const ncg_token *w = i > 0 ? &d->tok[i - 1] : NULL;
	long day;

	if (!w || i + 3 >= end || w->kind != NCG_TOK_WORD || w->e != d->tok[i].b)
		return 0;
	/* fix74: after a word that takes a bare month ("... in Hanoi in
	 * April. 17, 2024 was ..."; lex:monthCue) the full stop may end a
	 * sentence: no such date */
	if (i >= 2 && d->tok[i - 2].kind == NCG_TOK_WORD &&
	    lex_has(d->lex, NCG_WL_MONTH_CUE, d->s + d->tok[i - 2].b, d->tok[i - 2].e - d->tok[i - 2].b))
		return 0;
	day = ncg_doc_number(d, i + 1, 2, 0);
	return ncg_month_named(d->s + w->b, w->e - w->b) && day >= 1 && day <= 31 &&
	       ncg_doc_tok_is(d, i + 2, ",") && d->tok[i + 3].e - d->tok[i + 3].b == 4 &&
	       ncg_doc_number(d, i + 3, 4, 0) >= 1000;
}

static ncg_status
split_sentences(ncg_doc *d)
{
	size_t t = 0;

	for (size_t b = 0; b < d->nblk; b++) {
		ncg_block *blk = &d->blk[b];
		size_t start, end;

		while (t < d->ntok && d->tok[t].b < blk->b)
			t++;
		start = t;
		end = t;
		while (end < d->ntok && d->tok[end].e <= blk->e)
			end++;
		blk->t0 = (uint32_t)start;
		blk->t1 = (uint32_t)end;
		blk->s0 = (uint32_t)d->nsent;
		for (size_t i = start; i < end; i++) {
			size_t next = i + 1;

			if (is_full_stop(d, i)) {
				while (next < end && is_closer(d, next))
					next++;
				if (next < end && !can_start(d, next) && !glued_start(d, i, next))
					continue;
				if (spaced_date_stop(d, i) || month_dot_stop(d, i, end))
					continue;
			} else if (d->tok[i].flags & NCG_TF_DOTTED) {
				if (!dotted_ends_sentence(d, i, next, end))
					continue;
			} else {
				continue;
			}
			NCG_TRY(push_sentence(d, start, next, b));
			start = next;
			i = next - 1;
		}
		NCG_TRY(push_sentence(d, start, end, b));
		blk->s1 = (uint32_t)d->nsent;
		t = end;
	}
	return NCG_OK;
}

/* A block reads as prose when it has a full stop and enough words. */
static void
mark_prose(ncg_doc *d)
{
	for (size_t b = 0; b < d->nblk; b++) {
		ncg_block *blk = &d->blk[b];
		size_t words = 0;
		int stop = 0;

		for (size_t i = blk->t0; i < blk->t1; i++) {
			if (d->tok[i].kind != NCG_TOK_PUNCT)
				words++;
			if (is_full_stop(d, i) ||
			    (i + 1 == blk->t1 && (d->tok[i].flags & NCG_TF_DOTTED)))
				stop = 1;
		}
		blk->prose = stop && words >= 8;
	}
}

/* memcmp(a, b, n) == 0 for a token's few bytes, without the call (speed
 * only: most texts found again are a short word) */
static inline int
same_bytes(const char *a, const unsigned char *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if ((unsigned char)a[k] != b[k])
			return 0;
	return 1;
}

/* A hash of the token text t[0, n), where room bytes can be read from t
 * (the text's NUL included): eight bytes at a time, the last few read as
 * a whole word and the bytes past the token masked off when the text has
 * them (speed only: a byte at a time cost most of same_texts).  Only the
 * slot a text goes to depends on it. */
static uint64_t
token_hash(const unsigned char *t, size_t n, size_t room)
{
	uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ULL, w;
	size_t k = 0;

	for (; k + 8 <= n; k += 8) {
		memcpy(&w, t + k, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	}
	if (k < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (room - k >= 8) {
			memcpy(&w, t + k, 8);
			w &= ~0ULL >> (8 * (8 - (n - k)));
		} else
#endif
		{
			w = 0;
			for (size_t j = 0; k + j < n; j++)
				w |= (uint64_t)t[k + j] << (8 * j);
		}
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	}
	(void)room;
	h ^= h >> 32;
	h *= 0xC4CEB9FE1A85EC53ULL;
	return h ^ h >> 29;
}

/* Per token, the first token of the same text (ncg_doc.same), through a
 * table of token texts; NULL when out of memory (speed only). */
static uint32_t *
same_texts(const ncg_doc *d)
{
	size_t nslots = 16, len = ncg_text_len(d->text);
	uint32_t *same, *slots;

	if (d->ntok >= UINT32_MAX / 4)
		return NULL;
	while (nslots < 2 * d->ntok)
		nslots *= 2;
	same = malloc((d->ntok + 1) * sizeof *same);
	slots = malloc(nslots * sizeof *slots);   /* token + 1; 0 empty */
	if (!same || !slots) {
		free(same);
		free(slots);
		return NULL;
	}
	memset(slots, 0, nslots * sizeof *slots);
	for (size_t i = 0; i < d->ntok; i++) {
		const unsigned char *t = (const unsigned char *)d->s + d->tok[i].b;
		size_t n = d->tok[i].e - d->tok[i].b, k;
		uint64_t h = token_hash(t, n, len + 1 - d->tok[i].b);

		for (k = (size_t)h & (nslots - 1); slots[k]; k = (k + 1) & (nslots - 1)) {
			const ncg_token *o = &d->tok[slots[k] - 1];

			if (o->e - o->b == n && same_bytes(d->s + o->b, t, n))
				break;
		}
		if (!slots[k])
			slots[k] = (uint32_t)i + 1;
		same[i] = slots[k] - 1;
	}
	free(slots);
	return same;
}

ncg_status
ncg_doc_new(const ncg_text *text, const ncg_lexicon *lex, ncg_doc **out,
            ncg_error *err)
{
	ncg_doc *d = calloc(1, sizeof *d);

	*out = NULL;
	if (!d)
		goto nomem;
	d->text = text;
	d->lex = lex;
	d->s = ncg_text_str(text);
	if (tokenize(d) != NCG_OK || end_tokens(d) != NCG_OK || split_blocks(d) != NCG_OK ||
	    split_sentences(d) != NCG_OK)
		goto nomem;
	mark_prose(d);
	d->same = same_texts(d);
	if ((d->ordinal = malloc(d->ntok + 1)) != NULL)
		memset(d->ordinal, ORDINAL_UNKNOWN, d->ntok + 1);
	/* speed only: without them every look-up tries the lists */
	if (lex && (d->wls = malloc((d->ntok + 1) * sizeof *d->wls)) != NULL)
		for (size_t i = 0; i < d->ntok; i++)
			d->wls[i] = d->same && d->same[i] != i
			                ? d->wls[d->same[i]]
			                : ncg_lexicon_wls_of_token(lex, d->s + d->tok[i].b,
			                                           d->tok[i].e - d->tok[i].b);
	*out = d;
	return NCG_OK;
nomem:
	ncg_doc_free(d);
	return ncg_error_set(err, NCG_ERR_NOMEM, ncg_text_name(text), 0, 0, -1,
	                     "out of memory");
}

void
ncg_doc_free(ncg_doc *d)
{
	if (!d)
		return;
	free(d->tok);
	free(d->sent);
	free(d->blk);
	free(d->wls);
	free(d->same);
	free(d->ordinal);
	free(d);
}

const ncg_text *ncg_doc_text(const ncg_doc *d) { return d->text; }
size_t ncg_doc_ntokens(const ncg_doc *d) { return d->ntok; }
const ncg_token *ncg_doc_tokens(const ncg_doc *d) { return d->tok; }
size_t ncg_doc_nsentences(const ncg_doc *d) { return d->nsent; }
const ncg_sentence *ncg_doc_sentences(const ncg_doc *d) { return d->sent; }
size_t ncg_doc_nblocks(const ncg_doc *d) { return d->nblk; }
const ncg_block *ncg_doc_blocks(const ncg_doc *d) { return d->blk; }

const char *
ncg_doc_tok_ptr(const ncg_doc *d, size_t i)
{
	return d->s + d->tok[i].b;
}

size_t
ncg_doc_tok_len(const ncg_doc *d, size_t i)
{
	return d->tok[i].e - d->tok[i].b;
}

int
ncg_doc_tok_is(const ncg_doc *d, size_t i, const char *w)
{
	const char *t;
	size_t n;

	if (i >= d->ntok)
		return 0;
	/* strlen(w) == n && memcmp(token, w, n) == 0, in one pass that stops
	 * at the first difference (most calls differ in the first byte):
	 * called for every token against cue words */
	t = d->s + d->tok[i].b;
	n = d->tok[i].e - d->tok[i].b;
	for (size_t k = 0; k < n; k++)
		if (!w[k] || t[k] != w[k])
			return 0;
	return w[n] == '\0';
}

static int wl_may_start(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl,
                        size_t i);

int
ncg_doc_tok_weekday(const ncg_doc *d, size_t i)
{
	const ncg_strlist *l;
	const char *t;
	size_t n;

	/* lex:weekday entries are "Monday 1": the name, a space, its number */
	if (i >= d->ntok || !d->lex || !wl_may_start(d, d->lex, NCG_WL_WEEKDAY, i))
		return 0;
	t = d->s + d->tok[i].b;
	n = d->tok[i].e - d->tok[i].b;
	l = ncg_lexicon_words_at(d->lex, NCG_WL_WEEKDAY, t);
	for (size_t k = 0; k < l->n; k++) {
		const char *w = l->v[k];

		if (strncmp(w, t, n) == 0 && w[n] == ' ' && w[n + 1] >= '1' && w[n + 1] <= '7' &&
		    !w[n + 2])
			return w[n + 1] - '0';
	}
	return 0;
}

int
ncg_doc_ordinal_suffix(const ncg_doc *d, const char *s, size_t n, int any_case)
{
	if (!d->lex)
		return 0;
	return any_case ? ncg_lexicon_has_word_ci(d->lex, NCG_WL_ORDINAL_SUFFIX, s, n)
	                : ncg_lexicon_has_word(d->lex, NCG_WL_ORDINAL_SUFFIX, s, n);
}

/* ncg_doc_tok_ordinal_word of a word token i < ntok, from its text */
static int
ordinal_of_text(const ncg_doc *d, size_t i)
{
	static const char *const ONES[] = {
		"", "first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth", NULL
	};
	static const char *const TENS[] = {
		"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
		"seventieth", "eightieth", "ninetieth"
	};
	static const char *const TENS_CARD[] = {
		"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety"
	};
	const char *w;
	size_t n;

	w = d->s + d->tok[i].b;
	n = d->tok[i].e - d->tok[i].b;
	/* every word below has 5 ("first") to 15 ("seventy-seventh") bytes
	 * and starts with e, f, n, s or t: most tokens ("and", "with",
	 * "against") are rejected here, before any look-up (speed only) */
	if (n < 5 || n > 15 || !memchr("efnst", ncg_ascii_fold((unsigned char)w[0]), 5))
		return 0;
	/* every ordinal word below ends in -st, -nd, -rd or -th: most words
	 * are rejected here, before the lists are tried (speed only) */
	if (n < 2 || !ncg_doc_ordinal_suffix(d, w + n - 2, 2, 1))
		return 0;
	for (int k = 1; ONES[k]; k++)
		if (ncg_doc_tok_ieq(d, i, ONES[k]))
			return k;
	for (int t = 2; t <= 9; t++) {
		size_t tl = strlen(TENS_CARD[t]);

		if (ncg_doc_tok_ieq(d, i, TENS[t]))
			return t * 10;
		/* twenty-first */
		if (n > tl + 1 && strncasecmp(w, TENS_CARD[t], tl) == 0 && w[tl] == '-')
			for (int k = 1; k <= 9; k++)
				if (n - tl - 1 == strlen(ONES[k]) &&
				    strncasecmp(w + tl + 1, ONES[k], n - tl - 1) == 0)
					return t * 10 + k;
	}
	return 0;
}

int
ncg_doc_tok_ordinal_word(const ncg_doc *d, size_t i)
{
	size_t k;

	if (i >= d->ntok || d->tok[i].kind != NCG_TOK_WORD)
		return 0;
	if (!d->ordinal)
		return ordinal_of_text(d, i);
	/* the answer depends on the text alone: kept for its first token */
	k = d->same ? d->same[i] : i;
	if (d->ordinal[k] == ORDINAL_UNKNOWN)
		d->ordinal[k] = (uint8_t)ordinal_of_text(d, k);
	return d->ordinal[k];
}

int
ncg_doc_tok_ieq(const ncg_doc *d, size_t i, const char *w)
{
	if (i >= d->ntok)
		return 0;
	return ncg_ascii_ieqn(d->s + d->tok[i].b, d->tok[i].e - d->tok[i].b, w);
}

size_t
ncg_doc_phrase_at(const ncg_doc *d, size_t i, size_t lim, const char *phrase)
{
	const char *p = phrase;

	if (lim > d->ntok)
		lim = d->ntok;
	while (*p) {
		const unsigned char *t;
		size_t n;

		if (i >= lim)
			return 0;
		/* the word (up to a space) equals the token in ASCII case,
		 * as strcspn + strncasecmp in the C locale, in one pass */
		t = (const unsigned char *)d->s + d->tok[i].b;
		n = d->tok[i].e - d->tok[i].b;
		for (size_t k = 0; k < n; k++) {
			unsigned a = t[k], b = (unsigned char)p[k];

			if (!b || b == ' ' ||
			    (a != b && ncg_ascii_fold(a) != ncg_ascii_fold(b)))
				return 0;
		}
		if (p[n] && p[n] != ' ')
			return 0;
		i++;
		p += n;
		while (*p == ' ')
			p++;
	}
	return i;
}

static inline int
wl_may_start(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl, size_t i)
{
	return !(i < d->ntok && d->wls && lex == d->lex &&
	         !ncg_wl_in(d->wls[i], wl));
}

int
ncg_doc_wl_may_start(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl, size_t i)
{
	return wl_may_start(d, lex, wl, i);
}

const uint64_t *const *
ncg_doc_wls(const ncg_doc *d, const ncg_lexicon *lex)
{
	return lex == d->lex ? d->wls : NULL;
}

const uint32_t *
ncg_doc_same_text(const ncg_doc *d)
{
	return d->same;
}

/* ncg_doc_wl_at past its first test (apart, so that the test costs no
 * more than itself: most calls end there) */
static size_t __attribute__((noinline))
wl_at_lists(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl, size_t i,
            size_t lim)
{
	const ncg_strlist *l;
	size_t best = 0;

	/* only the words that can start with the token's first two bytes */
	l = i < d->ntok ? ncg_lexicon_words_at(lex, wl, d->s + d->tok[i].b)
	                : ncg_lexicon_words(lex, wl);
	for (size_t k = 0; k < l->n; k++) {
		unsigned a, b = (unsigned char)l->v[k][0];
		size_t e;

		/* a phrase whose first byte differs from the token's in ASCII
		 * case is no match (ncg_doc_phrase_at's first test), without
		 * the call (speed only) */
		if (i < d->ntok && b && b != ' ') {
			a = (unsigned char)d->s[d->tok[i].b];
			if (a != b && ncg_ascii_fold(a) != ncg_ascii_fold(b))
				continue;
		}
		e = ncg_doc_phrase_at(d, i, lim, l->v[k]);

		if (e > best)
			best = e;
	}
	return best;
}

size_t
ncg_doc_wl_at(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl, size_t i,
              size_t lim)
{
	return wl_may_start(d, lex, wl, i) ? wl_at_lists(d, lex, wl, i, lim) : 0;
}

int
ncg_doc_compound_head(const ncg_doc *d, const ncg_lexicon *lex, size_t i, size_t lim)
{
	return i < lim && ncg_doc_wl_at(d, lex, NCG_WL_COMPOUND_HEAD_NOUN, i, i + 1) == i + 1;
}

/* Is token i a one-word phrase of wl? */
static int
doc_wl_is(const ncg_doc *d, const ncg_lexicon *lex, ncg_wordlist wl, size_t i)
{
	return ncg_doc_wl_at(d, lex, wl, i, i + 1) == i + 1;
}

int
ncg_doc_title_host_at(const ncg_doc *d, const ncg_lexicon *lex, size_t i)
{
	return lex && i > 0 && i < d->ntok && (d->tok[i].flags & NCG_TF_LOWER) &&
	       doc_wl_is(d, lex, NCG_WL_TITLE_HOST_PREPOSITION, i) &&
	       ncg_lexicon_has_word_ci(lex, NCG_WL_TITLE_TO_HEAD, d->s + d->tok[i - 1].b,
	                               d->tok[i - 1].e - d->tok[i - 1].b);
}

/* Is token k a venue's word before "on" (ncg_doc_installation_on): a
 * number ("Feb. 14 on Camp Foster") or a lex:venueHeadWord, any case
 * ("Headquarters on Aberdeen Proving Ground"), with no lex:briefingVerb
 * in the sentence from t0 before it ("briefed reporters Feb. 14 on Camp
 * Schwab": a topic)? */
static int
venue_before_on(const ncg_doc *d, const ncg_lexicon *lex, size_t k, size_t t0)
{
	if (d->tok[k].kind != NCG_TOK_NUMBER &&
	    !ncg_lexicon_has_word_ci(lex, NCG_WL_VENUE_HEAD_WORD, d->s + d->tok[k].b, d->tok[k].e - d->tok[k].b))
		return 0;
	for (size_t j = t0; j < k; j++)
		if (ncg_lexicon_has_word_ci(lex, NCG_WL_BRIEFING_VERB, d->s + d->tok[j].b, d->tok[j].e - d->tok[j].b))
			return 0;
	return 1;
}

int
ncg_doc_installation_on(const ncg_doc *d, const ncg_lexicon *lex, size_t a, size_t b, size_t t0)
{
	size_t e = a;

	if (!lex || a < t0 + 2 || b > d->ntok || !ncg_doc_tok_is(d, a - 1, "on") ||
	    !venue_before_on(d, lex, a - 2, t0))
		return 0;
	/* "Aberdeen Proving Ground, Maryland": not the state after a comma */
	while (e < b && d->tok[e].kind != NCG_TOK_PUNCT)
		e++;
	if (e < a + 2)
		return 0;
	for (size_t k = e - 2; k < e; k++)
		if (doc_wl_is(d, lex, NCG_WL_INSTALLATION_WORD, k) || doc_wl_is(d, lex, NCG_WL_PLACE_LEAD_WORD, k))
			return 1;
	return doc_wl_is(d, lex, NCG_WL_INSTALLATION_END_WORD, e - 1);
}

size_t
ncg_doc_settlement_of(const ncg_doc *d, const ncg_lexicon *lex, size_t p, size_t t0)
{
	const ncg_token *t = ncg_doc_tokens(d);
	size_t q;

	if (p < t0 + 3 || p >= ncg_doc_ntokens(d) || !doc_wl_is(d, lex, NCG_WL_SETTLEMENT_LINK, p - 1) ||
	    !(t[p - 2].flags & NCG_TF_LOWER) || !doc_wl_is(d, lex, NCG_WL_SETTLEMENT_NOUN, p - 2))
		return 0;
	for (q = p - 2; q > t0 + 1 && p - 2 - q < 3 && (t[q - 1].flags & NCG_TF_LOWER) &&
	                !doc_wl_is(d, lex, NCG_WL_PLACE_PREPOSITION, q - 1);
	     q--)
		;
	if (q <= t0 || !doc_wl_is(d, lex, NCG_WL_PLACE_PREPOSITION, q - 1))
		return 0;
	for (size_t k = t0; k + 1 < q; k++)
		if (ncg_doc_wl_at(d, lex, NCG_WL_DISCUSS_FRAME, k, q - 1))
			return 0;
	return q;
}
