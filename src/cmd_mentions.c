/* ncgkg: the mentions command: what the recogniser found, as TSV.
 * For checking and extending the lexicon and rules. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/extract.h"
#include "ncgkg/html.h"
#include "ncgkg/lexicon.h"
#include "ncgkg/meeting.h"
#include "ncgkg/rdf.h"
#include "ncgkg/recognise.h"
#include "ncgkg/segment.h"
#include "ncgkg/text.h"

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg mentions [OPTION]... FILE\n"
	      "List what the recogniser finds in a statement, one mention a line:\n"
	      "sentence, kind, code-point span, text, key, details (tab-separated).\n"
	      "\n"
	      "  -l, --lexicon=FILE     also load this lexicon file (Turtle); repeatable\n"
	      "      --no-builtin-lexicon  start from an empty lexicon\n"
	      "  -s, --sentences        list the sentences too\n"
	      "  -e, --explain          also show the meeting decision: every candidate\n"
	      "                         meeting, its evidence and score, and the choice\n"
	      "  -t, --text             print the statement's text as read instead (for a\n"
	      "                         saved page: the text taken from it)\n"
	      NCG_CLI_LIMITS_HELP
	      "  -h, --help             show this help and exit\n", out);
}

static void
print_date(const ncg_date *d)
{
	if (d->prec || d->m)
		printf("\tdate=%04d-%02d-%02d%s", d->y, d->m, d->d, d->this_ ? " (this)" : "");
}

static void
print_countries(const char *const c[2])
{
	if (c[0])
		printf("\tcountry=%s%s%s", c[0], c[1] ? "," : "", c[1] ? c[1] : "");
}

/* A span of the statement as one TSV field: its tabs and line breaks
 * (a name broken across lines, captions' cues) print as spaces, so each
 * mention stays one line of tab-separated fields.  Offsets are unchanged. */
static void
print_span(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		putchar(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

/* An official's details: country, honorific, title, affiliation */
static void
print_official(const ncg_mention *m)
{
	print_countries((const char *const[2]){m->official.country, NULL});
	if (m->official.honorific)
		printf("\thonorific=%s", m->official.honorific);
	if (m->official.title)
		printf("\ttitle=%s", m->official.title);
	if (m->official.affiliation)
		printf("\taffiliation=%s", m->official.affiliation);
}

/* An asset's details: when, its type, the event it is in (its words in
 * the text s, its kinds and place) */
static void
print_asset(const char *s, const ncg_token *tok, const ncg_m_asset *a)
{
	print_date(&a->when);
	if (a->type_key)
		printf("\ttype=%s", a->type_key);
	if (a->event.t1 > a->event.t0) {
		fputs("\tevent=", stdout);
		print_span(s, tok[a->event.t0].b, tok[a->event.t1 - 1].e);
		for (int k = 0; k < 3 && a->event.kind[k]; k++)
			printf("%c%s", k ? ',' : '[', a->event.kind[k]);
		printf("]%s%s", a->event.place ? " at " : "",
		       a->event.place ? a->event.place : "");
	}
}

static void
print_mention(const ncg_text *t, const ncg_doc *d, const ncg_mention *m)
{
	const ncg_token *tok = ncg_doc_tokens(d);
	const char *s = ncg_text_str(t);
	size_t b = tok[m->t0].b, e = tok[m->t1 - 1].e;

	printf("%u\t%s\t%zu-%zu\t", m->sent, ncg_mention_kind_name(m->kind),
	       ncg_text_cp(t, b), ncg_text_cp(t, e));
	print_span(s, b, e);
	printf("\t%s", m->key ? m->key : "-");
	switch (m->kind) {
	case NCG_M_COUNTRY:
	case NCG_M_PLACE:
		print_countries(m->place.country);
		break;
	case NCG_M_BODY:
		if (m->body.acronym)
			printf("\tacronym=%s", m->body.acronym);
		print_countries(m->body.country);
		if (m->body.part_of)
			printf("\tpartOf=%s", m->body.part_of);
		break;
	case NCG_M_OFFICIAL:
		print_official(m);
		break;
	case NCG_M_MEETING:
		printf("\tordinal=%d\tseries=%s", m->meeting.ordinal,
		       m->meeting.series ? m->meeting.series : "-");
		break;
	case NCG_M_DATE:
		print_date(&m->date);
		break;
	case NCG_M_PERIOD:
		printf("\tperiod=%d/%d year=%d%+d", (int)m->period.kind, m->period.which,
		       m->period.year.year, m->period.year.rel);
		break;
	case NCG_M_WORKSTREAM:
		if (m->workstream.acronym)
			printf("\tacronym=%s", m->workstream.acronym);
		break;
	case NCG_M_ASSET:
		print_asset(s, tok, &m->asset);
		break;
	case NCG_M_ACTIVITY:
		if (m->activity.acronym)
			printf("\tacronym=%s", m->activity.acronym);
		print_date(&m->activity.when);
		if (m->activity.type_key)
			printf("\ttype=%s", m->activity.type_key);
		break;
	case NCG_M_DOCUMENT:
	case NCG_M__COUNT:
		break;
	}
	putchar('\n');
}

/* The meeting decision, for --explain: one line a candidate, then the
 * choice. */
static void
print_candidate(const ncg_text *t, const ncg_doc *d, const ncg_meeting_cand *c, size_t k,
                int chosen)
{
	const ncg_token *tok = ncg_doc_tokens(d);
	const char *s = ncg_text_str(t);
	size_t b = tok[c->t0].b, e = tok[c->t1 - 1].e;

	printf("%c candidate %zu\tsentence %u\t%s%s\t\"", chosen ? '*' : ' ', k, c->sent,
	       ncg_meeting_kind_rule(c->kind), c->in_title ? " (headline)" : "");
	print_span(s, b, e);
	printf("\"\tordinal=%d\tseries=%s"
	       "\tdate=%04d-%02d-%02d%s%s\tplace=%s%s\tscore=%d\t", c->ordinal,
	       c->series ? c->series : "-", c->date[0], c->date[1], c->date[2],
	       c->date_rule ? " by " : "", c->date_rule ? c->date_rule : "",
	       c->place && c->place->key ? c->place->key : "-", c->virtual_ ? " (virtual)" : "",
	       c->score);
	for (size_t i = 0; i < c->nev; i++)
		printf("%s%s%+d", i ? " " : "", c->ev[i].what, c->ev[i].weight);
	putchar('\n');
}

static int
explain(const ncg_text *t, const ncg_doc *d, const ncg_mentions *ms, const ncg_lexicon *lex)
{
	ncg_meeting_decision *dec;

	if (ncg_meeting_resolve(d, ms, lex, &dec) != NCG_OK) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	printf("# meeting decision: issue date %04d-%02d-%02d; %zu candidate(s)\n",
	       dec->issued[0], dec->issued[1], dec->issued[2], dec->n);
	for (size_t k = 0; k < dec->n; k++)
		print_candidate(t, d, &dec->c[k], k, (long)k == dec->chosen);
	if (dec->chosen >= 0)
		printf("# chosen: candidate %ld by %s, confidence %.2f\n", dec->chosen, dec->rule,
		       dec->confidence);
	else if (dec->veto)
		printf("# chosen: none (%s)\n", dec->veto);
	else
		printf("# chosen: none (no candidate with a past meeting verb, a dated setting or"
		       " reported content scores %d or more without a future cue)\n",
		       NCG_MEETING_THRESHOLD);
	ncg_meeting_decision_free(dec);
	return NCG_EXIT_OK;
}

/* What the mentions command line asks. */
typedef struct {
	ncg_limits limits;
	int builtin, sentences, explaining, text;
	char **lexfiles;        /* allocated by the caller */
	int nlex;
} mentions_opts;

/* parse_options and check_args: go on */
#define GO_ON (-1)

/* Read the options into o: returns GO_ON, or the exit status (--help:
 * success). */
static int
parse_options(int argc, char **argv, mentions_opts *o)
{
	static const struct option opts[] = {
		{"lexicon", required_argument, NULL, 'l'},
		{"no-builtin-lexicon", no_argument, NULL, 'N'},
		{"sentences", no_argument, NULL, 's'},
		{"explain", no_argument, NULL, 'e'},
		{"text", no_argument, NULL, 't'},
		{"max-size", required_argument, NULL, NCG_OPT_MAX_SIZE},
		{"max-entities", required_argument, NULL, NCG_OPT_MAX_ENTITIES},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}
	};
	int c;

	argv[0] = (char *)NCG_PROG ": mentions"; /* getopt's messages */
	optind = 1;
	while ((c = getopt_long(argc, argv, "l:seth", opts, NULL)) != -1) {
		switch (c) {
		case 'l': o->lexfiles[o->nlex++] = optarg; break;
		case 'N': o->builtin = 0; break;
		case 's': o->sentences = 1; break;
		case 'e': o->explaining = 1; break;
		case 't': o->text = 1; break;
		case NCG_OPT_MAX_SIZE:
		case NCG_OPT_MAX_ENTITIES:
			if (ncg_cli_limit_option(c, optarg, &o->limits) != 0)
				return NCG_EXIT_USAGE;
			break;
		case 'h': usage(stdout); return NCG_EXIT_OK;
		default: usage(stderr); return NCG_EXIT_USAGE;
		}
	}
	return GO_ON;
}

/* One statement: returns GO_ON or NCG_EXIT_USAGE. */
static int
check_args(int argc)
{
	if (optind + 1 == argc)
		return GO_ON;
	if (optind == argc)
		fprintf(stderr, NCG_PROG ": mentions: no statement given (one FILE, or - "
		        "for standard input)\n");
	else
		fprintf(stderr, NCG_PROG ": mentions: one statement at a time (%d given)\n",
		        argc - optind);
	usage(stderr);
	return NCG_EXIT_USAGE;
}

/* Every mention, sentence by sentence, and the sentences when asked. */
static void
print_mentions(const ncg_text *t, const ncg_doc *d, const ncg_mentions *ms, int sentences)
{
	for (size_t s = 0; s < ncg_doc_nsentences(d); s++) {
		const ncg_sentence *st = &ncg_doc_sentences(d)[s];
		const size_t *idx;
		size_t n = ncg_mentions_in_sentence(ms, (uint32_t)s, &idx);

		if (sentences) {
			printf("%zu\tsentence\t%zu-%zu\t", s, ncg_text_cp(t, st->b),
			       ncg_text_cp(t, st->e));
			print_span(ncg_text_str(t), st->b, st->e);
			putchar('\n');
		}
		for (size_t k = 0; k < n; k++)
			print_mention(t, d, ncg_mentions_at(ms, idx[k]));
	}
}

/* Read the statement at path and list what is found in it (or print
 * its text): returns an exit status, the error printed. */
static int
list_statement(const mentions_opts *o, const char *path, const ncg_lexicon *lex)
{
	ncg_text *t = NULL;
	ncg_doc *d = NULL;
	ncg_mentions *ms = NULL;
	ncg_error err;
	int rc = NCG_EXIT_OK;

	ncg_error_clear(&err);
	if (ncg_cli_read_statement(path, o->limits.max_bytes, lex, &t, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_INPUT);
	} else if (o->text) {
		/* exactly the text that offsets count into */
		fwrite(ncg_text_str(t), 1, ncg_text_len(t), stdout);
	} else if (ncg_doc_new(t, lex, &d, &err) != NCG_OK ||
	           ncg_recognise(d, lex, &ms, &err) != NCG_OK ||
	           ncg_limits_check_mentions(d, ms, o->limits.max_mentions, &err) != NCG_OK) {
		rc = ncg_cli_fail(&err, NCG_EXIT_INPUT);
	} else {
		print_mentions(t, d, ms, o->sentences);
		if (o->explaining)
			rc = explain(t, d, ms, lex);
	}
	if (!o->text && err.status == NCG_ERR_LIMIT)
		fprintf(stderr, NCG_PROG ": raise the limits with --max-size and "
		        "--max-entities\n");
	ncg_mentions_free(ms);
	ncg_doc_free(d);
	ncg_text_free(t);
	return rc;
}

int
ncg_cmd_mentions(int argc, char **argv)
{
	mentions_opts o = {{NCG_DEFAULT_MAX_BYTES, NCG_DEFAULT_MAX_MENTIONS}, 1, 0, 0, 0, NULL, 0};
	ncg_rdf *rdf = NULL;
	ncg_lexicon *lex = NULL;
	int rc;

	if (!(o.lexfiles = calloc((size_t)argc + 1, sizeof *o.lexfiles))) {
		fprintf(stderr, NCG_PROG ": out of memory\n");
		return NCG_EXIT_INTERNAL;
	}
	if ((rc = parse_options(argc, argv, &o)) == GO_ON && (rc = check_args(argc)) == GO_ON &&
	    (rc = ncg_cli_open(&rdf, &lex, o.builtin, o.lexfiles, o.nlex)) == NCG_EXIT_OK)
		rc = list_statement(&o, argv[optind], lex);
	ncg_lexicon_free(lex);
	ncg_rdf_free(rdf);
	free(o.lexfiles);
	return rc;
}
