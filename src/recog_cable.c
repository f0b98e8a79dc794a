/* ncgkg: officials named in capitals in a cable (rules108).
 *
 * In a cable printed all in capitals (ncg_cable_in_capitals, rules104)
 * no small letter tells a name from a word, so the official rules find
 * none.  There a word in capitals is an official's surname only right
 * after a title or honorific word of the lexicon read in any case
 * ("SECRETARY VANCE", "AMBASSADOR SNEIDER", "UNDER-SECRETARY HABIB"),
 * with a hyphenated given name after it when the text gives one
 * ("FOREIGN MINISTER PAK TONG-JIN"); never a capital word alone, never
 * a word of any cue list, a place, a country, a body or a date, never in
 * a header line.  The name is labelled title-cased ("Pak Tong-jin"). */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "meeting_cable.h"
#include "recognise_internal.h"

/* The bit of word list l in word w of a list set, or 0 */
static uint64_t
name_list_bit(size_t w, size_t l)
{
	return w == l / 64 ? 1ull << l % 64 : 0;
}

/* Is token i a word in capitals that may be a name: letters only, two
 * or more, held by no mention or claim, no word of a cue list, starting
 * no place, country or body?  rules190: lex:timeOfDay ("EVENING") and
 * lex:irregularPastVerb ("BORE") are such cue lists, read here only. */
static int
cable_name_word(const rc_ctx *rc, size_t i, size_t lim)
{
	const ncg_token *t;
	const uint64_t *bits;
	size_t n;
	int surname;
	unsigned kinds = (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY) | (1u << NCG_LEX_BODY);

	if (i >= lim || rc->tok[i].kind != NCG_TOK_WORD || !(rc->tok[i].flags & NCG_TF_UPPER) ||
	    rc->claim[i])
		return 0;
	t = &rc->tok[i];
	n = t->e - t->b;
	/* a past tense in capitals ("SECRETARY EXPRESSED") is no name */
	if (n < 2 || (n >= 5 && !memcmp(rc->s + t->e - 2, "ED", 2)))
		return 0;
	/* rules154: nor a word before a verb's object ("PRIME MINISTER
	 * FOUND NO SHIFT": lex:objectOpener) */
	if (rc_upper_object_opener(rc, i + 1, lim))
		return 0;
	for (size_t k = 0; k < n; k++)
		if (!isupper((unsigned char)rc->s[t->b + k]) &&
		    (rc->s[t->b + k] != '-' || k == 0 || k + 1 == n))
			return 0;
	bits = ncg_lexicon_lists_with_word(rc->lex, rc->s + t->b, n, 1);
	if (!bits)
		return 0;
	/* no word of a cue list but a Korean surname ("PAK", "KIM"), a
	 * given name's syllable ("HEE") or (rules121) a surname's particle
	 * ("ASSISTANT SECRETARY VAN GESSEL AND ...", rules278: "van" a
	 * lower-case particle too); rules134: so no
	 * behest a title owns, its possessive dropped ("AT SECRETARY
	 * REQUEST,": lex:behestNoun); fixL: nor a compound's head noun,
	 * which a surname may spell ("MR HALL": lex:compoundHeadNoun);
	 * fix83: nor a Korean district's ending, a given name's syllable
	 * too ("KIM DONG JO": lex:koreanPlaceSuffix) */
	/* fix113: a lower-case particle only when a capitalised surname's
	 * particle too ("VAN", "VON"), never "DAS", "DEL", "DOS" (Deputy
	 * Assistant Secretary, delegation, Department of State) */
	surname = ncg_wl_in(bits, NCG_WL_SURNAME_PARTICLE);
	for (size_t w = 0; w < NCG_WL_WORDS; w++)
		if (bits[w] & ~(name_list_bit(w, NCG_WL_KOREAN_SURNAME) |
		                name_list_bit(w, NCG_WL_LOWER_SYLLABLE) |
		                name_list_bit(w, NCG_WL_KOREAN_PLACE_SUFFIX) |
		                name_list_bit(w, NCG_WL_SURNAME_PARTICLE) |
		                (surname ? name_list_bit(w, NCG_WL_PATRONYMIC_PARTICLE) : 0) |
		                name_list_bit(w, NCG_WL_COMPOUND_HEAD_NOUN)))
			return 0;
	return !rc_meeting_verb(rc, i) && !rc_lex_longest(rc, i, lim, kinds, ~0u, &(size_t){0});
}

/* rules134: does token h, a hyphen, end its line, token h + 1 the next
 * line's first, nothing but the line break between them: the hyphen of
 * a word the telegram wrapped ("PAK TONG-" / "JIN")? */
static int
wrapped_hyphen(const rc_ctx *rc, size_t h)
{
	size_t a, b;

	if (h + 1 >= rc->ntok || !(rc->tok[h + 1].flags & NCG_TF_LINE))
		return 0;
	a = rc->tok[h].e;
	b = rc->tok[h + 1].b;
	return (b == a + 1 && rc->s[a] == '\n') ||
	       (b == a + 2 && rc->s[a] == '\r' && rc->s[a + 1] == '\n');
}

/* The end of a hyphenated given name at k ("TONG-JIN", "YONG-SIK"), or k;
 * rules134: its syllables may stand on two lines, the hyphen at the
 * first's end ("PAK TONG-" / "JIN CAME"): the hyphen of a given name
 * stays, a real hyphen, and the name is one (add_cable_official joins
 * it) */
static size_t
given_name_end(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k < lim && cable_name_word(rc, k, lim) &&
	    rc_hyphenated(rc, k))
		return k + 1;
	if (k + 2 < lim && cable_name_word(rc, k, lim) &&
	    rc_hyphen(rc, k + 1) && rc_adjacent(rc, k + 1) &&
	    (rc_adjacent(rc, k + 2) || wrapped_hyphen(rc, k + 1)) &&
	    cable_name_word(rc, k + 2, lim))
		return k + 3;
	return k;
}

/* Title-case s in place: a capital after a space, small letters else;
 * rules134: a space after a hyphen (a line's break in a wrapped given
 * name, rc_span: "TONG- JIN") dropped ("Tong-jin") */
static void
title_case(char *s)
{
	int first = 1;
	char *o = s, *start = s;

	for (; *s; s++) {
		if (*s == ' ' && o > start && o[-1] == '-')
			continue;
		*o = (char)(first ? toupper((unsigned char)*s) : tolower((unsigned char)*s));
		first = *o++ == ' ';
	}
	*o = '\0';
}

static ncg_status
add_cable_official(rc_ctx *rc, uint32_t s, size_t a0, size_t n0, size_t n1)
{
	ncg_mention *m;
	const char *name;

	NCG_TRY(rc_span(rc, n0, n1, &name));
	NCG_TRY(rc_strdup(rc, name, &name));
	/* rules216: "CHOI, HYONG-SUP" (surname_comma_given_end) is named
	 * "Choi Hyong-sup", the comma dropped */
	if (n1 == n0 + 3 && rc_punct(rc, n0 + 1, ",") && rc_hyphenated(rc, n0 + 2)) {
		char *c = strchr((char *)name, ',');

		if (c)
			memmove(c, c + 1, strlen(c + 1) + 1);
	}
	title_case((char *)name);
	NCG_TRY(rc_add(rc, NCG_M_OFFICIAL, s, a0, n1, &m));
	m->name = name;
	if (n0 > a0)
		NCG_TRY(rc_span(rc, a0, n0, &m->official.honorific));
	NCG_TRY(rc_key(rc, "official", m->name, &m->key));
	rc_claim(rc, a0, n1, RC_CLAIM_NAME);
	return NCG_OK;
}

static int initial_at(const rc_ctx *rc, size_t i);

/* fix95: does a name start at k after a rank that may be an adjective:
 * a Korean surname ("MAJOR KIM YONG-SUN, AIDE", "MAJOR CHOI SAID"), or
 * a name word with a hyphenated given name after it?  Not a noun
 * ("MAJOR RENOVATION AND", "MAJOR PROBLEMS.") */
static int
rank_name_follows(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k >= lim || !cable_name_word(rc, k, lim))
		return 0;
	return rc_wl_ci(rc, k, NCG_WL_KOREAN_SURNAME) || given_name_end(rc, k + 1, lim) > k + 1;
}

/* The end of a title or honorific word at i in any case, or 0 */
static size_t
cable_title_end(const rc_ctx *rc, size_t i, size_t lim)
{
	size_t e = rc_wl_match(rc, i, lim, NCG_WL_COURTESY, 0);

	if (!e)
		e = rc_wl_match(rc, i, lim, NCG_WL_OFFICE, 0);
	/* rules260: a rank alone that is an adjective in capitals ("REQUIRES
	 * MAJOR RENOVATION AND"); "MAJOR GENERAL" is a rank still, and
	 * (fix95) so is one before a name (rank_name_follows) */
	if (e == i + 1 && rc_wl_ci(rc, i, NCG_WL_ADJECTIVE_RANK) && !rank_name_follows(rc, e, lim))
		return 0;
	if (!e && rc_wl_ci(rc, i, NCG_WL_TITLE_HEAD))
		e = i + 1;
	/* rules121: an office's abbreviation of three letters or more
	 * ("DPM NAM'S CONVERSATION"; "PM", "FM" are a time and a header
	 * key too) */
	if (!e && rc->tok[i].e - rc->tok[i].b >= 3 && rc_wl(rc, i, NCG_WL_OFFICE_ABBREVIATION))
		e = i + 1;
	return e;
}

/* rules121: where a name may start after a title's object ("MINISTER OF
 * NATIONAL DEFENSE JAE HUNG YU", "DEPUTY SECRETARY OF DEFENSE WILLIAM
 * P. CLEMENTS"): after "OF" at e, one to three words in capitals that
 * are no name word (words of the lexicon), no preposition, conjunction
 * or determiner, then a name word.  Else e. */
static size_t
title_object_end(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t k = e + 1;

	if (!rc_is(rc, e, "OF"))
		return e;
	while (k < lim && k < e + 4 && rc->tok[k].kind == NCG_TOK_WORD &&
	       (rc->tok[k].flags & NCG_TF_UPPER) && !cable_name_word(rc, k, lim) &&
	       !initial_at(rc, k) && !rc_wl_ci(rc, k, NCG_WL_NOUN_PREPOSITION) &&
	       !rc_wl_ci(rc, k, NCG_WL_PAIR_CONJUNCTION) &&
	       !rc_wl_ci(rc, k, NCG_WL_OPENING_DETERMINER))
		k++;
	return k > e + 1 && cable_name_word(rc, k, lim) ? k : e;
}

/* rules232: where a name may start after a title's field ("UNDER
 * SECRETARY FOR MONETARY AFFAIRS EDWIN H. YEO", "ASSISTANT SECRETARY FOR
 * EAST ASIAN AND PACIFIC AFFAIRS HABIB"): after a lex:titleConnector at
 * e (any case), one to six words in capitals, the last a
 * lex:titleObjectEnd (any case), then a name word.  Else e. */
#define FIELD_WORDS_MAX 6
static size_t
field_title_end(const rc_ctx *rc, size_t e, size_t lim)
{
	if (e >= lim || !rc_wl_ci(rc, e, NCG_WL_TITLE_CONNECTOR))
		return e;
	for (size_t k = e + 1; k < lim && k <= e + FIELD_WORDS_MAX; k++) {
		if (rc->tok[k].kind != NCG_TOK_WORD || !(rc->tok[k].flags & NCG_TF_UPPER))
			return e;
		if (rc_wl_ci(rc, k, NCG_WL_TITLE_OBJECT_END))
			return cable_name_word(rc, k + 1, lim) ? k + 1 : e;
	}
	return e;
}

/* fix77: the words of a cable, found once per text for
 * surname_alone_elsewhere (it read the whole text again for each
 * apposition: quadratic): each word token with the word after it (all),
 * and each word token in a person's place with the word before it
 * (pers), both sorted by their two words. */
typedef struct {
	const char *w, *w2;
	size_t n, n2;
} word_pair;

typedef struct {
	word_pair *all, *pers;
	size_t nall, npers;
	int built;
} appos_index;

static int
span_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	return c ? c : (an > bn) - (an < bn);
}

static int
word_pair_cmp(const void *x, const void *y)
{
	const word_pair *a = x, *b = y;
	int c = span_cmp(a->w, a->n, b->w, b->n);

	return c ? c : span_cmp(a->w2, a->n2, b->w2, b->n2);
}

/* The number of pairs in p[0..n) whose first word is (w, wn) and, if w2
 * is set, whose second is (w2, w2n): two binary searches each */
static size_t
pair_count(const word_pair *p, size_t n, const char *w, size_t wn, const char *w2, size_t w2n)
{
	size_t r[2];

	for (int up = 0; up < 2; up++) {
		size_t lo = 0, hi = n;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			int c = span_cmp(p[mid].w, p[mid].n, w, wn);

			if (!c && w2)
				c = span_cmp(p[mid].w2, p[mid].n2, w2, w2n);
			if (c < 0 || (up && !c))
				lo = mid + 1;
			else
				hi = mid;
		}
		r[up] = lo;
	}
	return r[1] - r[0];
}

/* Is word token j a person's: the subject of a verb of speech or
 * meeting or of another past verb in -ed ("NYE RESPONDED THAT", "NYE
 * MENTIONED"; lex:speechVerb, lex:metVerb, any case), or after a title
 * head or courtesy word ("MR NYE")?  A noun of a list ("STEEL QUOTAS,
 * AND ...", "QUOTAS WILL BE") is none. */
static int
person_place(const rc_ctx *rc, size_t j)
{
	const ncg_token *v = j + 1 < rc->ntok ? &rc->tok[j + 1] : NULL;

	if (v && v->kind == NCG_TOK_WORD &&
	    (rc_wl_ci(rc, j + 1, NCG_WL_SPEECH_VERB) || rc_wl_ci(rc, j + 1, NCG_WL_MET_VERB) ||
	     (v->e - v->b >= 5 && !memcmp(rc->s + v->e - 2, "ED", 2))))
		return 1;
	return j > 0 && (rc_wl_ci(rc, j - 1, NCG_WL_TITLE_HEAD) || rc_wl_ci(rc, j - 1, NCG_WL_COURTESY));
}

static ncg_status
appos_index_build(const rc_ctx *rc, appos_index *ix)
{
	ix->all = ncg_arena_alloc(rc->arena, (rc->ntok + 1) * sizeof *ix->all);
	ix->pers = ncg_arena_alloc(rc->arena, (rc->ntok + 1) * sizeof *ix->pers);
	if (!ix->all || !ix->pers)
		return NCG_ERR_NOMEM;
	for (size_t j = 0; j < rc->ntok; j++) {
		const ncg_token *t = &rc->tok[j], *u = j + 1 < rc->ntok ? &rc->tok[j + 1] : NULL;
		const ncg_token *p = j > 0 ? &rc->tok[j - 1] : NULL;

		if (t->kind != NCG_TOK_WORD)
			continue;
		ix->all[ix->nall++] = (word_pair){rc->s + t->b, u ? rc->s + u->b : rc->s,
		                                  t->e - t->b, u ? u->e - u->b : 0};
		if ((t->flags & NCG_TF_UPPER) && person_place(rc, j))
			ix->pers[ix->npers++] = (word_pair){rc->s + t->b, p ? rc->s + p->b : rc->s,
			                                    t->e - t->b, p ? p->e - p->b : 0};
	}
	qsort(ix->all, ix->nall, sizeof *ix->all, word_pair_cmp);
	qsort(ix->pers, ix->npers, sizeof *ix->pers, word_pair_cmp);
	ix->built = 1;
	return NCG_OK;
}

/* rules239: do the two words at k, a name in capitals, read as a
 * person's given name and surname: the surname stands alone elsewhere
 * in the text as a person's (person_place: a telegram names its
 * interlocutor so, "NYE RESPONDED"), the given name nowhere but before
 * it?  Two words of a noun phrase ("RICE EXPORTS") recur together or
 * not at all.  fix77: counted in the text's index (appos_index_build,
 * once), not by reading the text again. */
static int
surname_alone_elsewhere(const rc_ctx *rc, appos_index *ix, size_t k)
{
	const char *g = rc->s + rc->tok[k].b, *sn = rc->s + rc->tok[k + 1].b;
	size_t gn = rc->tok[k].e - rc->tok[k].b, snn = rc->tok[k + 1].e - rc->tok[k + 1].b;

	if (!ix->built && appos_index_build(rc, ix) != NCG_OK)
		return 0;
	if (pair_count(ix->all, ix->nall, g, gn, NULL, 0) != pair_count(ix->all, ix->nall, g, gn, sn, snn))
		return 0;
	return pair_count(ix->pers, ix->npers, sn, snn, NULL, 0) >
	       pair_count(ix->pers, ix->npers, sn, snn, g, gn);
}

/* rules239: the start of a name in apposition after a title's field,
 * commas either side ("DEPUTY TO UNDER SECRETARY FOR SECURITY
 * ASSISTANCE, JOSEPH NYE, AFTERNOON JULY 18"): after a
 * lex:titleConnector at e (any case), one to six words in capitals,
 * a comma, two name words in capitals, none hyphenated, and a comma;
 * the surname alone elsewhere (surname_alone_elsewhere).  fix77: never
 * a list's member, a conjunction after its comma ("ON TEXTILES, STEEL
 * QUOTAS, AND RELATED ISSUES": lex:pairConjunction).  Else 0. */
static size_t
field_comma_name_at(const rc_ctx *rc, appos_index *ix, size_t e, size_t lim)
{
	if (e >= lim || !rc_wl_ci(rc, e, NCG_WL_TITLE_CONNECTOR))
		return 0;
	for (size_t k = e + 1; k < lim && k <= e + FIELD_WORDS_MAX + 1; k++) {
		if (rc_punct(rc, k, ","))
			return k > e + 1 && k + 3 < lim && cable_name_word(rc, k + 1, lim) &&
			               cable_name_word(rc, k + 2, lim) && !rc_hyphenated(rc, k + 1) &&
			               !rc_hyphenated(rc, k + 2) && rc_punct(rc, k + 3, ",") &&
			               !(k + 4 < rc->ntok && rc_wl_ci(rc, k + 4, NCG_WL_PAIR_CONJUNCTION)) &&
			               surname_alone_elsewhere(rc, ix, k + 1) ?
			       k + 1 : 0;
		if (rc->tok[k].kind != NCG_TOK_WORD || !(rc->tok[k].flags & NCG_TF_UPPER))
			return 0;
	}
	return 0;
}

/* Is token i an initial ("R", "R.")? */
static int
initial_at(const rc_ctx *rc, size_t i)
{
	size_t n = i < rc->ntok ? rc->tok[i].e - rc->tok[i].b : 0;

	return n && rc->tok[i].kind == NCG_TOK_WORD && isupper((unsigned char)rc->s[rc->tok[i].b]) &&
	       (n == 1 || (n == 2 && rc->s[rc->tok[i].b + 1] == '.'));
}

/* Is token i a word that may end a name: no name word, no initial? */
static int
name_ends_before(const rc_ctx *rc, size_t i, size_t lim)
{
	return !cable_name_word(rc, i, lim) && !initial_at(rc, i);
}

/* The end of a name of three words at e, or e + 1: a given name, an
 * initial with its dot and a surname ("RICHARD L. SNEIDER", "GERALD R.
 * FORD"), or a Korean surname of the lexicon and a given name in two
 * words apart ("PARK CHUNG HEE", "KIM DONG JO"); never one more name
 * word after it. */
static size_t
longer_name_end(const rc_ctx *rc, size_t e, size_t lim)
{
	const ncg_token *t = e + 1 < lim ? &rc->tok[e + 1] : NULL;

	if (t && initial_at(rc, e + 1) && t->e - t->b == 2 && cable_name_word(rc, e + 2, lim) &&
	    name_ends_before(rc, e + 3, lim))
		return e + 3;
	if (t && rc_wl_ci(rc, e, NCG_WL_KOREAN_SURNAME) && cable_name_word(rc, e + 1, lim) &&
	    cable_name_word(rc, e + 2, lim) && name_ends_before(rc, e + 3, lim) &&
	    !memchr(rc->s + t->b, '-', t->e - t->b) &&
	    !rc_hyphenated(rc, e + 2))
		return e + 3;
	return e + 1;
}

/* fix77: is a word of tokens a..b an adverb in -ly of six letters or
 * more ("MINISTER GENSCHER BRIEFLY MET", "... INFORMALLY MET"), no
 * surname in -elly, -illy, -olly, -ully ("KELLY", "CONNOLLY")?  Before
 * lex:metVerb it is no name's word (closed_name_end; the adverbs not in
 * -ly are lex:subjectVerbAdverb). */
static int
adverb_in_name(const rc_ctx *rc, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++) {
		const char *w = rc->s + rc->tok[j].b;
		size_t n = rc->tok[j].e - rc->tok[j].b;

		if (n >= 6 && !memcmp(w + n - 2, "LY", 2) &&
		    !(w[n - 3] == 'L' && strchr("EIOU", w[n - 4])))
			return 1;
	}
	return 0;
}

/* rules117: the end of a name of two or three words in capitals at e
 * after a title, none hyphenated, that a comma or "and" closes
 * ("SECRETARY OF STATE HENERY KISSINGER, ...", "AMBASSADOR HAHM PYONG
 * CHOON AND ..."), or e + 1.  Without that close a verb in capitals may
 * follow the surname ("SECRETARY VANCE AGREES THAT"): no name.  A
 * reflexive pronoun is no name word ("PRESIDENT PARK HIMSELF,":
 * cable_name_word).  The title is at i, its sentence starts at t0. */
static size_t
closed_name_end(const rc_ctx *rc, size_t t0, size_t i, size_t e, size_t lim)
{
	size_t k = e + 1;

	/* a title after a preposition is a body's word ("MINISTRY OF
	 * JUSTICE SATISFACTORY TERMS AND ...") */
	if (i > t0 && rc_wl_ci(rc, i - 1, NCG_WL_NOUN_PREPOSITION))
		return e + 1;
	while (k < lim && k < e + 3 && cable_name_word(rc, k, lim) &&
	       !rc_hyphenated(rc, k))
		k++;
	if (k == e + 1 || k >= lim || initial_at(rc, k) || cable_name_word(rc, k, lim))
		return e + 1;
	/* rules239: or the past verb of meeting ("DCM SEIYA NISHIDA MET AT
	 * HIS REQUEST WITH ...": lex:metVerb, any case); never a modal or
	 * another verb ("AMBASSADOR SMITH MAY BE ABLE") */
	return rc_punct(rc, k, ",") || rc_wl_ci(rc, k, NCG_WL_PAIR_CONJUNCTION) ||
	       (rc_wl_ci(rc, k, NCG_WL_MET_VERB) && !adverb_in_name(rc, e + 1, k)) ? k : e + 1;
}

/* Does a determiner (lex:openingDeterminer, any case) stand before the
 * title at i ("THE MINISTER EMPHASIZED"), or (rules121) "ALL" ("ALL
 * MAJOR POINTS")?  The title is then no name's. */
static int
after_determiner(const rc_ctx *rc, size_t i, size_t t0)
{
	return i > t0 && (rc_wl_ci(rc, i - 1, NCG_WL_OPENING_DETERMINER) ||
	                  rc_wl_ci(rc, i - 1, NCG_WL_WHOLE_FIELD_WORD));
}

/* Does the full name f end with the surname w of n letters, maybe
 * before a suffix after a comma ("WILLIAM P. CLEMENTS, JR.")? */
static int
name_ends_with(const char *f, const char *w, size_t n)
{
	const char *c = strchr(f, ',');
	size_t l = c ? (size_t)(c - f) : strlen(f);

	return l > n && f[l - n - 1] == ' ' && !strncmp(f + l - n, w, n);
}

/* A surname alone ("PAK") takes the full name the cable gives it
 * elsewhere after a title ("PAK TONG-CHIN"; rules121: or that ends with
 * it, "JAE HUNG YU", "HYUNG-SUP CHOI"): one official.  Only when one
 * full name does so: two people who share a surname ("KIM TONG-JO",
 * "KIM YONG-SIK") leave a lone "KIM" alone. */
static void
join_surnames(rc_ctx *rc, size_t first)
{
	for (size_t a = first; a < rc->nm; a++) {
		ncg_mention *m = &rc->m[a];
		const ncg_mention *full = NULL;
		size_t n = strlen(m->name);
		int ambiguous = 0;

		if (strchr(m->name, ' '))
			continue;
		for (size_t b = first; b < rc->nm && !ambiguous; b++)
			if ((!strncmp(rc->m[b].name, m->name, n) && rc->m[b].name[n] == ' ') ||
			    name_ends_with(rc->m[b].name, m->name, n)) {
				ambiguous = full && strcmp(full->name, rc->m[b].name);
				full = &rc->m[b];
			}
		if (full && !ambiguous) {
			m->name = full->name;
			m->key = full->key;
		}
	}
}

/* rules121: a Korean surname alone after a title (m: "FORMER PRESIDENT
 * YUN") takes the one full name of three words the cable writes with it
 * elsewhere, in a list, no title before it ("TO YUN PO SUN, KIM DAE
 * CHUNG, AND ..."): the surname, two name words unhyphenated, then a
 * comma or "AND". */
static ncg_status
korean_name_elsewhere(rc_ctx *rc, ncg_mention *m)
{
	size_t sur = m->t1 - 1, found = 0;
	const char *name;

	if (!rc_wl_ci(rc, sur, NCG_WL_KOREAN_SURNAME))
		return NCG_OK;
	for (size_t p = 1; p + 3 < rc->ntok; p++) {
		if (p == sur || !rc_same_word(rc, p, sur) || rc->claim[p] ||
		    cable_name_word(rc, p - 1, p) || !cable_name_word(rc, p + 1, p + 2) ||
		    !cable_name_word(rc, p + 2, p + 3) ||
		    rc_hyphenated(rc, p + 1) ||
		    rc_hyphenated(rc, p + 2) ||
		    !(rc_punct(rc, p + 3, ",") || rc_wl_ci(rc, p + 3, NCG_WL_PAIR_CONJUNCTION)))
			continue;
		if (found && (!rc_same_word(rc, found + 1, p + 1) || !rc_same_word(rc, found + 2, p + 2)))
			return NCG_OK;
		found = p;
	}
	if (!found)
		return NCG_OK;
	NCG_TRY(rc_span(rc, found, found + 3, &name));
	NCG_TRY(rc_strdup(rc, name, &name));
	title_case((char *)name);
	m->name = name;
	return rc_key(rc, "official", m->name, &m->key);
}

/* rules121: a surname alone after a title (m: "SECRETARY OF STATE
 * VANCE WILL DISCUSS") takes the given name the cable writes before it
 * after the same title's last word elsewhere, where a verb after the
 * name left it unread ("SECRETARY OF STATE CYRUS VANCE VISITS"): one
 * given name only. */
static ncg_status
given_name_elsewhere(rc_ctx *rc, ncg_mention *m)
{
	size_t sur = m->t1 - 1, found = 0;
	const char *name;

	if (strchr(m->name, ' ') || m->t1 < m->t0 + 2)
		return NCG_OK;
	for (size_t p = 2; p < rc->ntok; p++)
		if (p != sur && rc_same_word(rc, p, sur) && rc_same_word(rc, p - 2, sur - 1) &&
		    !rc->claim[p - 1] && cable_name_word(rc, p - 1, p) &&
		    !rc_hyphenated(rc, p - 1)) {
			if (found && !rc_same_word(rc, found - 1, p - 1))
				return NCG_OK;
			found = p;
		}
	if (!found)
		return korean_name_elsewhere(rc, m);
	NCG_TRY(rc_span(rc, found - 1, found + 1, &name));
	NCG_TRY(rc_strdup(rc, name, &name));
	title_case((char *)name);
	m->name = name;
	return rc_key(rc, "official", m->name, &m->key);
}

/* rules121: a hyphenated given name before a Korean surname of the
 * lexicon ("MINISTER HYUNG-SUP CHOI IS ..."), the given name at e: the
 * name's end, or 0 */
static size_t
given_first_end(const rc_ctx *rc, size_t e, size_t lim)
{
	size_t k = e + 1;

	if (k >= lim || !cable_name_word(rc, k, lim) || !rc_wl_ci(rc, k, NCG_WL_KOREAN_SURNAME) ||
	    rc_hyphenated(rc, k) ||
	    !name_ends_before(rc, k + 1, lim))
		return 0;
	return k + 1;
}

/* rules185: does a unit's name run from the name word at k - 1 to a
 * body's head noun (lex:bodyHead, any case) at k or after one more word
 * in capitals ("CHIEF QUOTA MANAGEMENT DIVISION, MINISTRY OF COMMERCE")?
 * fixY (review53): a Korean surname of the lexicon alone before the head
 * names the person's unit, no unit's name ("MINISTER KIM DIVISION STAFF",
 * "DIRECTOR GENERAL PARK BUREAU OF AMERICAN AFFAIRS"); and a place or a
 * country right after a word no surname makes that word a place's
 * ("HEAD NORTH AMERICA SECTION LEE": NORTH is no surname). */
static int
unit_name_at(const rc_ctx *rc, size_t k, size_t lim)
{
	unsigned kinds = (1u << NCG_LEX_PLACE) | (1u << NCG_LEX_COUNTRY);
	int surname = k > 0 && rc_wl_ci(rc, k - 1, NCG_WL_KOREAN_SURNAME);

	if (k >= lim || surname)
		return 0;
	if (rc_wl_ci(rc, k, NCG_WL_BODY_HEAD) || rc_lex_longest(rc, k, lim, kinds, ~0u, &(size_t){0}))
		return 1;
	return k + 1 < lim && rc->tok[k].kind == NCG_TOK_WORD && (rc->tok[k].flags & NCG_TF_UPPER) &&
	       rc_wl_ci(rc, k + 1, NCG_WL_BODY_HEAD);
}

/* rules121: does a title's word follow a lone name word at k ("DEPUTY
 * PRIM MINISTER", a typo), or a company's (lex:nonPersonHead, any case),
 * maybe over the name word's period ("GENERAL ELEC. CO.", where the
 * sentence may end)?  rules185: or a unit's name run on (unit_name_at)?
 * The word is part of a title, a company's or a unit's name, no
 * person's. */
static int
title_word_after(const rc_ctx *rc, size_t k, size_t lim)
{
	if (k < lim && (rc_wl_ci(rc, k, NCG_WL_TITLE_HEAD) || rc_wl_match(rc, k, lim, NCG_WL_OFFICE, 0)))
		return 1;
	if (unit_name_at(rc, k, lim))
		return 1;
	if (k < rc->ntok && rc_punct(rc, k, ".") && rc_adjacent(rc, k))
		k++;
	return k < rc->ntok && rc_wl_ci(rc, k, NCG_WL_NON_PERSON_HEAD);
}

/* rules121: past a name's suffix after a comma ("WILLIAM P. CLEMENTS,
 * JR."), or n1 */
static size_t
suffix_end(const rc_ctx *rc, size_t n1, size_t lim)
{
	if (n1 + 1 < lim && rc_punct(rc, n1, ",") && rc_wl_ci(rc, n1 + 1, NCG_WL_NAME_SUFFIX))
		return n1 + 2;
	return n1;
}

/* rules190: is token k, a word, a given name: either side of a
 * lex:givenNameVariant pair ("Bill William"), any case? */
static int
given_name_word(const rc_ctx *rc, size_t k)
{
	const char *w = rc->s + rc->tok[k].b;
	size_t n = rc->tok[k].e - rc->tok[k].b;

	return ncg_lexicon_given_variant(rc->lex, w, n, 0, 1) ||
	       ncg_lexicon_given_variant(rc->lex, w, n, 1, 1);
}

/* rules190: is the name word at e alone after its title a given name
 * before a date ("DR WILLIAM DECEMBER 7 MEETING", a scan that lost the
 * surname)?  No official's name: a cable names one by the surname.
 * fixZ: a month and a day number: "AMBASSADOR THOMAS MAY WISH TO" is a
 * surname and the modal verb. */
static int
given_name_before_date(const rc_ctx *rc, size_t e)
{
	return e + 2 < rc->ntok && rc_month_at(rc, e + 1) &&
	       rc->tok[e + 2].kind == NCG_TOK_NUMBER && given_name_word(rc, e);
}

static int cable_title_at(const rc_ctx *rc, size_t k, size_t lim);

/* rules216: is the word at k in capitals a romanised Korean given name
 * of two syllables joined by a hyphen, two to five letters each
 * ("HYONG-SUP", "TONG-JIN"; not "VICE-MINISTER"; fix64: not an
 * epithet of a common first part, lex:hyphenPrefix: "PRO-US", "EX-ENVOY")? */
static int
upper_given_pair(const rc_ctx *rc, size_t k, size_t lim)
{
	const char *w = rc->s + rc->tok[k].b, *h;
	size_t n = rc->tok[k].e - rc->tok[k].b, a;

	if (!cable_name_word(rc, k, lim) || !(h = memchr(w, '-', n)))
		return 0;
	a = (size_t)(h - w);
	return a >= 2 && a <= 5 && n - a - 1 >= 2 && n - a - 1 <= 5 &&
	       !memchr(h + 1, '-', n - a - 1) && !cable_title_at(rc, k, lim) &&
	       !ncg_lexicon_has_word_ci(rc->lex, NCG_WL_HYPHEN_PREFIX, w, a);
}

/* rules216: a Korean surname of the lexicon after a title, a comma,
 * then its hyphenated given name and a comma or the sentence's end, the
 * surname first as in a list of names ("ROK SCIENCE AND TECHNOLOGY
 * MINISTER CHOI, HYONG-SUP, WITH BACKGROUND IN ENGINEERING"): the name's
 * end, or e + 1 */
static size_t
surname_comma_given_end(const rc_ctx *rc, size_t e, size_t lim)
{
	if (e + 2 >= lim || !rc_wl_ci(rc, e, NCG_WL_KOREAN_SURNAME) || !rc_punct(rc, e + 1, ",") ||
	    !upper_given_pair(rc, e + 2, lim) ||
	    (e + 3 < lim && !rc_punct(rc, e + 3, ",") && !rc_punct(rc, e + 3, ".")))
		return e + 1;
	return e + 3;
}

/* The end of the official's name after the title [i, e) in a sentence
 * from t0, its words before lim, or 0 */
static size_t
name_after_title(const rc_ctx *rc, size_t t0, size_t i, size_t e, size_t lim)
{
	size_t n1;

	if (!cable_name_word(rc, e, lim) || after_determiner(rc, i, t0))
		return 0;
	if (rc_hyphenated(rc, e))
		return given_first_end(rc, e, lim);
	n1 = given_name_end(rc, e + 1, lim);
	if (n1 == e + 1)
		n1 = longer_name_end(rc, e, lim);
	if (n1 == e + 1)
		n1 = surname_comma_given_end(rc, e, lim);
	if (n1 == e + 1)
		n1 = closed_name_end(rc, t0, i, e, lim);
	/* any other name of more words or with an initial is left alone */
	if (n1 == e + 1 &&
	    (cable_name_word(rc, e + 1, lim) || initial_at(rc, e + 1) ||
	     title_word_after(rc, e + 1, lim) || given_name_before_date(rc, e)))
		return 0;
	/* rules187: nor a name whose last word the telegram wrapped at a
	 * hyphen ("DIRECTOR GENERAL NOM-" / "URA AND"): its rest is on the
	 * next line, the name cut */
	if (n1 < rc->ntok && rc_hyphen(rc, n1) && rc_adjacent(rc, n1) && wrapped_hyphen(rc, n1))
		return 0;
	return suffix_end(rc, n1, lim);
}

/* rules121: the end of the words a name after a title in sentence s may
 * take: the sentence's, or the next one's when the sentence stops at a
 * line's end on a word, no punctuation ("... WITH MINISTER" / "CHOE.)",
 * "... WILLIAM P." / "CLEMENTS, JR.,", "MR." / "ROBINSON SAID"): a cable
 * in capitals gives no sentence's start there. */
static size_t
name_lim(const rc_ctx *rc, size_t s)
{
	size_t t1 = rc->sent[s].t1;
	int abbrev;

	if (s + 1 >= rc->nsent || !rc->body_sent[s + 1] || t1 >= rc->ntok ||
	    t1 == rc->sent[s].t0 || rc->sent[s + 1].t0 != t1)
		return t1;
	/* an abbreviation's period (lex:keepDot: "MR."); rules187: also
	 * within a line ("KATZ, MR. FISHER, EXECUTIVE ASST"), where the
	 * capitals give the next word no sentence's start either */
	abbrev = t1 - 1 > rc->sent[s].t0 && rc_punct(rc, t1 - 1, ".") && rc_adjacent(rc, t1 - 1) &&
	         rc_wl_ci(rc, t1 - 2, NCG_WL_KEEP_DOT);
	if (abbrev)
		return rc->sent[s + 1].t1;
	/* else a word at the line's end */
	if (!(rc->tok[t1].flags & NCG_TF_LINE) || rc->tok[t1 - 1].kind != NCG_TOK_WORD)
		return t1;
	return rc->sent[s + 1].t1;
}

/* rules124: does a title start at token k in any case, or a hyphenated
 * word whose first part is a title's head ("MINISTER-COUNSELOR")? */
static int
cable_title_at(const rc_ctx *rc, size_t k, size_t lim)
{
	const char *w = rc->s + rc->tok[k].b, *h;
	const uint64_t *bits;
	size_t l = NCG_WL_TITLE_HEAD;

	if (cable_title_end(rc, k, lim))
		return 1;
	h = memchr(w, '-', rc->tok[k].e - rc->tok[k].b);
	if (!h || h == w || rc->tok[k].kind != NCG_TOK_WORD)
		return 0;
	bits = ncg_lexicon_lists_with_word(rc->lex, w, (size_t)(h - w), 1);
	return bits && (bits[l / 64] & (1ull << l % 64));
}

/* rules124: is the name [i, k) in capitals one of a list after an
 * official named earlier in its sentence, a comma or "AND" before it,
 * its office's code in parentheses after it ("UNDER SECRETARY HABIB,
 * BILL GLEYSTEEN (EA), AND BOB RICH (EA/K) SAT IN"): a code of one to
 * three words or slashes in capitals, five letters or fewer each? */
static int
listed_office_code(const rc_ctx *rc, size_t t0, size_t i, size_t k, size_t lim)
{
	size_t c = k + 1, named = 0;

	if (!rc_punct(rc, i - 1, ",") && !rc_wl_ci(rc, i - 1, NCG_WL_PAIR_CONJUNCTION))
		return 0;
	for (size_t p = t0; p < i && !named; p++)
		named = (rc->claim[p] & RC_CLAIM_NAME) != 0;
	if (!named || k >= lim || !rc_punct(rc, k, "("))
		return 0;
	while (c < lim && c < k + 4 && !rc_punct(rc, c, ")")) {
		const ncg_token *t = &rc->tok[c];

		if (!(t->kind == NCG_TOK_WORD && (t->flags & NCG_TF_UPPER) && t->e - t->b <= 5) &&
		    !rc_punct(rc, c, "/"))
			return 0;
		c++;
	}
	return c > k + 1 && c < lim && rc_punct(rc, c, ")");
}

/* fix70 (review70): the most letters of a romanised Korean syllable
 * ("CHOONG", "HYEONG") */
#define KOREAN_SYLLABLE_MAX 6

/* fix70 (review70): is token k a given syllable of a romanised Korean
 * name: letters only, six at most, no final "S" (no Korean syllable
 * ends so: "HONG KONG TRADERS", "YANG TZE SHIPPING" are none)? */
static int
korean_given_syllable(const rc_ctx *rc, size_t k)
{
	const ncg_token *t = &rc->tok[k];
	size_t n = t->e - t->b;

	if (t->kind != NCG_TOK_WORD || n > KOREAN_SYLLABLE_MAX ||
	    toupper((unsigned char)rc->s[t->e - 1]) == 'S')
		return 0;
	for (size_t b = t->b; b < t->e; b++)
		if (!isalpha((unsigned char)rc->s[b]))
			return 0;
	return 1;
}

/* fix70 (review70): is the name at i an object or an apposition: right
 * after a verb of meeting (lex:metVerb "MET", lex:writerCallVerb "CALLED
 * ON"), "WITH" (lex:interlocutorPreposition) or a title's bracket
 * ("ASSISTANT MINISTER (POLITICAL) PAK SANG YONG")?  Never after a
 * sentence's opening phrase ("ON HONG KONG QUOTAS, MINISTRY ...",
 * "REGARDING KIM DAE JUNG, MINISTRY ...": its comma ends the phrase). */
static int
korean_name_object(const rc_ctx *rc, size_t t0, size_t i)
{
	if (rc_punct(rc, i - 1, ")") || rc_wl_ci(rc, i - 1, NCG_WL_INTERLOCUTOR_PREP) ||
	    rc_wl_ci(rc, i - 1, NCG_WL_MET_VERB))
		return 1;
	for (size_t j = i; j > t0 && j + 4 > i; j--)
		if (rc_wl_match(rc, j - 1, i, NCG_WL_WRITER_CALL_VERB, 0) == i)
			return 1;
	return 0;
}

/* rules224: is the name [i, k) in capitals, a comma at k, a Korean name
 * of three words (a surname of the lexicon, two given syllables: "KIM
 * CHUL SU") and a body of the lexicon after the comma, his ministry
 * ("CALLED ON KIM CHUL SU, MINISTRY OF COMMERCE AND INDUSTRY",
 * "ASSISTANT MINISTER (POLITICAL) PAK SANG YONG, MOFA")? */
static int
korean_name_of_body(const rc_ctx *rc, size_t t0, size_t i, size_t k, size_t lim)
{
	size_t end;

	return k == i + 3 && rc_wl_ci(rc, i, NCG_WL_KOREAN_SURNAME) &&
	       korean_given_syllable(rc, i + 1) && korean_given_syllable(rc, i + 2) &&
	       korean_name_object(rc, t0, i) &&
	       rc_lex_longest(rc, k + 1, lim, 1u << NCG_LEX_BODY, ~0u, &end) != NULL;
}

/* rules124: the end of a name in capitals at i that a comma and a title
 * follow, an apposition ("MET WITH THOMAS STERN, MINISTER-COUNSELOR AT
 * THE U.S. EMBASSY"): two or three name words, none hyphenated, no name
 * word or initial before them; or 0 */
static size_t
appositive_name_end(const rc_ctx *rc, size_t t0, size_t i, size_t lim)
{
	size_t k = i;

	if (i <= t0 || !cable_name_word(rc, i, lim) || !name_ends_before(rc, i - 1, lim))
		return 0;
	while (k < lim && k < i + 3 && cable_name_word(rc, k, lim) &&
	       !rc_hyphenated(rc, k))
		k++;
	if (k < i + 2 || k + 1 >= lim)
		return 0;
	if (rc_punct(rc, k, ",") &&
	    (cable_title_at(rc, k + 1, lim) || korean_name_of_body(rc, t0, i, k, lim)))
		return k;
	return listed_office_code(rc, t0, i, k, lim) ? k : 0;
}

ncg_status
rc_cable_officials(rc_ctx *rc)
{
	size_t first = rc->nm;
	appos_index ix = {0};

	if (!rc->cable_caps)
		return NCG_OK;
	for (size_t s = 0; s < rc->nsent; s++) {
		const ncg_sentence *st = &rc->sent[s];
		size_t lim;

		if (!rc->body_sent[s])
			continue;
		lim = name_lim(rc, s);
		for (size_t i = st->t0; i < st->t1; i++) {
			size_t e = rc->claim[i] ? 0 : cable_title_end(rc, i, st->t1), n1;

			if (!e && !rc->claim[i] && (n1 = appositive_name_end(rc, st->t0, i, lim)) != 0) {
				NCG_TRY(add_cable_official(rc, (uint32_t)s, i, i, n1));
				i = n1 - 1;
				continue;
			}
			if (!e)
				continue;
			e = title_object_end(rc, e, lim);
			if ((n1 = field_comma_name_at(rc, &ix, e, lim)) != 0) {
				NCG_TRY(add_cable_official(rc, (uint32_t)s, n1, n1, n1 + 2));
				i = n1 + 1;
				continue;
			}
			e = field_title_end(rc, e, lim);
			if (!(n1 = name_after_title(rc, st->t0, i, e, lim)))
				continue;
			NCG_TRY(add_cable_official(rc, (uint32_t)s, i, e, n1));
			i = n1 - 1;
		}
	}
	for (size_t a = first; a < rc->nm; a++)
		NCG_TRY(given_name_elsewhere(rc, &rc->m[a]));
	join_surnames(rc, first);
	return NCG_OK;
}
