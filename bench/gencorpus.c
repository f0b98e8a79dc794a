/* ncgkg benchmark: a corpus generator (issue 9).
 *
 *   gencorpus [-s SEED] [-n COUNT] [-l LEXDIR] DIR
 *
 * Writes COUNT statements (default 1,000) as DIR/s00000.txt ... and prints
 * the number of bytes written.  The same seed gives the same files, byte
 * for byte, on every machine (a 64-bit LCG, no rand()).
 *
 * The statements look like the published ones (a headline, a date line,
 * who convened and co-chaired the meeting, the workstreams it reviewed,
 * the strategic assets made visible, activities, the next meeting) and
 * vary what extraction keys on: officials' names, honorifics and titles,
 * the bodies they serve, ordinals (words and digits), dates (full, month
 * and year, season), places, and list shapes (a sentence with commas, one
 * with semicolons, a bulleted list).  Names of bodies, places, workstreams,
 * asset types, event and activity kinds are read from the lexicon
 * (the .ttl files in LEXDIR: their rdfs:label, skos:prefLabel, skos:altLabel and
 * lex:cue strings); officials' names are made up from syllables, so most
 * officials are new to the lexicon, as in an archive.  Made for speed
 * figures, not for scoring: the text is plausible, not true. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- deterministic choice ---------------------------------------------- */

static unsigned long long rng = 1;

static unsigned
pick(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return n ? (unsigned)((rng >> 33) % n) : 0;
}

#define ANY(a) ((a)[pick(sizeof(a) / sizeof *(a))])

/* ---- the lexicon's strings, by the kind of their subject --------------- */

typedef struct {
	char **v;
	size_t n, cap;
} pool;

enum { P_BODY, P_PLACE, P_WORKSTREAM, P_ASSET, P_EVENT, P_ACTIVITY, P_NPOOLS };

static const char *const POOL_PREFIX[P_NPOOLS] = {
	"<body/", "<place/", "<workstream/", "<asset-type/", "<event-kind/", "<activity-kind/"
};

static pool pools[P_NPOOLS];

static void
pool_add(pool *p, const char *s, size_t len)
{
	char *copy;

	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 32;
		char **v = realloc(p->v, cap * sizeof *v);

		if (!v) {
			perror("gencorpus");
			exit(1);
		}
		p->v = v;
		p->cap = cap;
	}
	copy = malloc(len + 1);
	if (!copy) {
		perror("gencorpus");
		exit(1);
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	p->v[p->n++] = copy;
}

static const char *
from(int which)
{
	pool *p = &pools[which];

	return p->n ? p->v[pick((unsigned)p->n)] : "Nuclear Consultative Group";
}

/* Collect the quoted strings of label-like predicates, per subject kind.
 * A line-level reader: enough for the lexicon's own layout (subject at the
 * start of a line, a statement ending in " ."), not a Turtle parser. */
static void
read_lexicon_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[4096];
	int kind = -1, wanted = 0;

	if (!f) {
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof line, f)) {
		char *s = line;

		if (line[0] == '#')
			continue;
		if (line[0] == '<') {
			kind = -1;
			wanted = 0;
			for (int k = 0; k < P_NPOOLS; k++)
				if (!strncmp(line, POOL_PREFIX[k], strlen(POOL_PREFIX[k])))
					kind = k;
		}
		while (*s) {
			if (!strncmp(s, "rdfs:label", 10) || !strncmp(s, "skos:altLabel", 13) ||
			    !strncmp(s, "skos:prefLabel", 14) || !strncmp(s, "lex:cue", 7)) {
				wanted = 1;
			} else if (*s == ';' || (*s == '.' && (s[1] == '\n' || s[1] == '\0'))) {
				wanted = 0;
			} else if (*s == '"') {
				char *e = strchr(s + 1, '"');

				if (!e)
					break;
				/* only plain strings: no escapes, no curly quotes */
				if (wanted && kind >= 0 && e > s + 1 && !memchr(s + 1, '\\', (size_t)(e - s - 1)))
					pool_add(&pools[kind], s + 1, (size_t)(e - s - 1));
				s = e;
			} else if (*s == '<' && s != line) {
				/* an object IRI: not a string */
			} else if (!strncmp(s, "lex:", 4) || !strncmp(s, "ncg:", 4) ||
			           !strncmp(s, "skos:", 5) || !strncmp(s, "rdfs:", 5)) {
				wanted = 0;
			}
			s++;
		}
	}
	fclose(f);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
read_lexicon(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *names[64];
	size_t n = 0;

	if (!d) {
		perror(dir);
		exit(1);
	}
	while ((e = readdir(d)) != NULL && n < 64) {
		size_t len = strlen(e->d_name);

		if (len > 4 && !strcmp(e->d_name + len - 4, ".ttl")) {
			names[n] = malloc(strlen(dir) + len + 2);
			if (!names[n])
				exit(1);
			sprintf(names[n++], "%s/%s", dir, e->d_name);
		}
	}
	closedir(d);
	/* the same order everywhere, whatever readdir gives */
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		read_lexicon_file(names[i]);
		free(names[i]);
	}
	for (int k = 0; k < P_NPOOLS; k++)
		qsort(pools[k].v, pools[k].n, sizeof *pools[k].v, by_name);
}

/* ---- made-up words ----------------------------------------------------- */

static const char *const KO_FAMILY[] = {
	"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
	"Heo", "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon"
};
static const char *const KO_SYLLABLE[] = {
	"tae", "hyo", "jin", "woo", "min", "seok", "young", "ho", "sung", "kyu", "chang", "lae",
	"hee", "jae", "sang", "dong", "hyun", "soo", "il", "yeol", "won", "gyu", "nam", "bin"
};
static const char *const EN_GIVEN[] = {
	"Michael", "Sarah", "David", "Jennifer", "Robert", "Laura", "James", "Karen", "Thomas",
	"Emily", "Richard", "Anne", "Daniel", "Maria", "Joseph", "Rebecca", "Mark", "Helen",
	"Vipin", "Maher", "Cara", "Ely", "Paul", "Linda"
};
static const char *const EN_FAMILY[] = {
	"Abercrombie", "Bitar", "Narang", "Ratner", "Wallander", "Campbell", "Sullivan", "Austin",
	"Blinken", "Hastings", "Mendez", "Okafor", "Lindqvist", "Brennan", "Castellano",
	"Delacroix", "Ellsworth", "Fairbanks", "Greer", "Holloway", "Iverson", "Jaramillo",
	"Kowalski", "Lancaster"
};
static const char *const HONORIFIC[] = {
	"Mr.", "Ms.", "Dr.", "Ambassador", "Admiral", "General", "Mr.", "Dr."
};
static const char *const US_TITLE[] = {
	"Principal Deputy Assistant Secretary of Defense for Space Policy",
	"Acting Assistant Secretary of Defense for Space Policy",
	"Deputy Assistant Secretary of Defense for Nuclear and Countering WMD Policy",
	"Coordinator for Intelligence and Defense Policy",
	"Senior Director for Defense Policy and Strategy",
	"Assistant Secretary of State for Arms Control, Deterrence and Stability",
	"Under Secretary of Defense for Policy",
	"Deputy National Security Advisor",
	"Special Assistant to the President",
	"Director for Korea"
};
static const char *const ROK_TITLE[] = {
	"Deputy Minister for National Defense Policy",
	"Principal Deputy National Security Advisor",
	"Deputy Minister for Policy",
	"First Vice Minister of Foreign Affairs",
	"Director General for North Korean Nuclear Affairs",
	"Deputy National Security Advisor",
	"Vice Minister of National Defense",
	"Secretary to the President for National Security Strategy"
};
static const char *const ORG_SUFFIX[] = {
	"Agency", "Command", "Office", "Council", "Directorate", "Center", "Institute", "Bureau"
};
static const char *const ORG_WORD[] = {
	"Strategic", "Deterrence", "Defense", "Security", "Planning", "Intelligence",
	"Nuclear", "Cyber", "Space", "Policy", "Allied", "Joint"
};
static const char *const MONTH[] = {
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"
};
static const char *const ORD_WORD[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth"
};
static const char *const SEASON[] = {"spring", "summer", "fall", "winter"};
static const char *const SHIP[] = {
	"KENTUCKY", "MISSOURI", "MICHIGAN", "CAROLINA", "VERMONT", "GEORGIA", "ALASKA",
	"NEVADA", "MAINE", "WYOMING", "OHIO", "TENNESSEE"
};
static const char *const EXERCISE_NAME[] = {
	"Freedom Shield", "Ulchi Freedom Shield", "Iron Mace", "Freedom Edge", "Vigilant Defense"
};
static const char *const FILLER[] = {
	"The United States reaffirmed its unwavering commitment to provide extended deterrence "
	"to the ROK, backed by the full range of U.S. capabilities including nuclear.",
	"Any nuclear attack by North Korea against the United States or its allies is "
	"unacceptable and will result in the end of the Kim regime.",
	"Both sides acknowledged that U.S. and ROK nuclear deterrence cooperation has deepened "
	"as progress has been achieved since the previous meeting.",
	"The two sides condemned the DPRK's continued development of its nuclear and ballistic "
	"missile programs in violation of multiple United Nations Security Council resolutions.",
	"The ROK reaffirmed its full confidence in U.S. extended deterrence commitments and "
	"the importance of its enduring reliance on the U.S. nuclear deterrent.",
	"Principals underscored their commitment to securing substantive progress in an "
	"expedited manner and to reporting it to their respective leaders.",
	"Officials from the NSC and relevant defense, foreign affairs, intelligence, and "
	"military agencies also took part in the meeting.",
	"They discussed ways to strengthen the combined defense posture of the Alliance and "
	"to enhance the visibility of strategic assets on and around the Korean Peninsula."
};

static void
cap1(char *s)
{
	if (*s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
}

static void
person(char *buf, size_t cap, int korean)
{
	if (korean) {
		char a[16], b[16];

		snprintf(a, sizeof a, "%s", ANY(KO_SYLLABLE));
		snprintf(b, sizeof b, "%s", ANY(KO_SYLLABLE));
		cap1(a);
		snprintf(buf, cap, "%s %s-%s", ANY(KO_FAMILY), a, b);
	} else if (pick(3) == 0) {
		snprintf(buf, cap, "%s %c. %s", ANY(EN_GIVEN), 'A' + pick(26), ANY(EN_FAMILY));
	} else {
		snprintf(buf, cap, "%s %s", ANY(EN_GIVEN), ANY(EN_FAMILY));
	}
}

static void
ordinal(char *buf, size_t cap, unsigned n)
{
	if (n <= 20 && pick(2) == 0) {
		snprintf(buf, cap, "%s", ORD_WORD[n - 1]);
	} else {
		const char *suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
		                     : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd"
		                     : n % 10 == 3 ? "rd" : "th";

		snprintf(buf, cap, "%u%s", n, suffix);
	}
}

/* A list of k items from the pool, in one of three shapes. */
static void
list(FILE *f, int which, unsigned k, const char *lead)
{
	const char *item[8];
	unsigned shape = pick(3);

	if (k > 8)
		k = 8;
	for (unsigned i = 0; i < k; i++)
		item[i] = from(which);
	if (shape == 2) {
		fprintf(f, "%s:\n\n", lead);
		for (unsigned i = 0; i < k; i++)
			fprintf(f, "- %s\n", item[i]);
		fputc('\n', f);
		return;
	}
	fprintf(f, "%s ", lead);
	for (unsigned i = 0; i < k; i++)
		fprintf(f, "%s%s%s", i == 0 ? "" : i + 1 == k ? (shape ? "; and " : ", and ") :
		        shape ? "; " : ", ", shape && i == 0 ? "on " : "", item[i]);
	fputs(".\n\n", f);
}

static void
new_body(char *buf, size_t cap)
{
	snprintf(buf, cap, "%s %s %s", ANY(ORG_WORD), ANY(ORG_WORD), ANY(ORG_SUFFIX));
}

static void
statement(FILE *f, unsigned i)
{
	unsigned ord = 1 + i % 60, year = 2023 + (i / 5) % 40, mon = pick(12), day = 1 + pick(28);
	char o[32], next[32], us[96], rok[96], us2[96], rok2[96], body[96];
	const char *place = from(P_PLACE);

	ordinal(o, sizeof o, ord);
	ordinal(next, sizeof next, ord + 1);
	person(us, sizeof us, 0);
	person(rok, sizeof rok, 1);
	person(us2, sizeof us2, 0);
	person(rok2, sizeof rok2, 1);

	fprintf(f, "%s\n\n", pick(2) ? "Joint Press Statement on Nuclear Consultative Group Meeting"
	                                : "Joint Readout of the Nuclear Consultative Group Meeting");
	fprintf(f, "%s %u, %u\n\n", MONTH[mon], day, year);
	fprintf(f, "The %s U.S.-Republic of Korea (ROK) Nuclear Consultative Group (NCG) %s in "
	        "%s on %s %u, %u. %s\n\n", o, pick(2) ? "convened" : "met", place, MONTH[mon], day,
	        year, ANY(FILLER));
	fprintf(f, "The meeting was %s by %s %s, %s at the %s, and %s %s, %s of the ROK. "
	        "Discussions were led by %s %s, %s, and %s %s, %s. %s\n\n",
	        pick(2) ? "co-chaired" : "convened", ANY(HONORIFIC), us, ANY(US_TITLE),
	        from(P_BODY), ANY(HONORIFIC), rok, ANY(ROK_TITLE), ANY(HONORIFIC), us2,
	        ANY(US_TITLE), ANY(HONORIFIC), rok2, ANY(ROK_TITLE), ANY(FILLER));
	list(f, P_WORKSTREAM, 2 + pick(6),
	     pick(2) ? "The NCG Working Group reviewed progress on NCG workstreams, including"
	             : "Principals reviewed the work of the NCG on");
	for (unsigned a = 0, na = 1 + pick(3); a < na; a++) {
		unsigned m = pick(12);

		if (pick(2))
			fprintf(f, "NCG Principals reviewed the enhanced visibility of strategic assets, "
			        "including the %s USS %s %s to %s in %s %u. %s\n\n", from(P_ASSET),
			        ANY(SHIP), from(P_EVENT), from(P_PLACE), MONTH[m], year, ANY(FILLER));
		else
			fprintf(f, "The %s B-%u %s over the Korean Peninsula on %s %u demonstrated "
			        "the Alliance's resolve. %s\n\n", from(P_ASSET), 1 + pick(60),
			        from(P_EVENT), MONTH[m], 1 + pick(28), ANY(FILLER));
	}
	new_body(body, sizeof body);
	fprintf(f, "Principals commended the %s %s %u held by the %s and the %s (%c%c%c) in %s "
	        "this %s, and the %s %s planned for %s %u. %s %s\n\n", ANY(EXERCISE_NAME),
	        from(P_ACTIVITY), year % 100, from(P_BODY), body, body[0], body[strcspn(body, " ") + 1],
	        body[strlen(body) - strlen(strrchr(body, ' ')) + 1], from(P_PLACE), MONTH[pick(12)],
	        pick(2) ? "Extended Deterrence" : "Nuclear Planning", from(P_ACTIVITY),
	        MONTH[pick(12)], year + 1, ANY(FILLER), ANY(FILLER));
	list(f, P_BODY, 2 + pick(4), "Representatives of the following also took part");
	for (unsigned p = 0, np = 2 + pick(4); p < np; p++)
		fprintf(f, "%s %s %s\n\n", ANY(FILLER), ANY(FILLER), ANY(FILLER));
	switch (pick(3)) {
	case 0:
		fprintf(f, "The %s NCG meeting will be convened in %s next %s.\n", next,
		        from(P_PLACE), SEASON[pick(4)]);
		break;
	case 1:
		fprintf(f, "The %s principal-level NCG will be held in %s in %s %u.\n", next,
		        from(P_PLACE), MONTH[pick(12)], year + 1);
		break;
	default:
		fprintf(f, "Both sides agreed to hold the %s NCG meeting in %s in %u.\n", next,
		        from(P_PLACE), year + 1);
	}
}

int
main(int argc, char **argv)
{
	const char *lexdir = "ontology/lexicon", *dir;
	unsigned long count = 1000, seed = 1;
	long long bytes = 0;
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-s") && i + 1 < argc)
			seed = strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-n") && i + 1 < argc)
			count = strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-l") && i + 1 < argc)
			lexdir = argv[++i];
		else
			break;
	}
	if (i + 1 != argc) {
		fprintf(stderr, "usage: gencorpus [-s SEED] [-n COUNT] [-l LEXDIR] DIR\n");
		return 2;
	}
	dir = argv[i];
	read_lexicon(lexdir);
	rng = seed * 2654435761ULL + 1;
	for (unsigned long k = 0; k < count; k++) {
		char path[4096];
		FILE *f;

		snprintf(path, sizeof path, "%s/s%05lu.txt", dir, k);
		f = fopen(path, "w");
		if (!f) {
			fprintf(stderr, "gencorpus: %s: %s\n", path, strerror(errno));
			return 1;
		}
		statement(f, (unsigned)k);
		bytes += ftell(f);
		if (fclose(f) != 0) {
			fprintf(stderr, "gencorpus: %s: %s\n", path, strerror(errno));
			return 1;
		}
	}
	printf("%lld\n", bytes);
	for (int k = 0; k < P_NPOOLS; k++) {
		for (size_t j = 0; j < pools[k].n; j++)
			free(pools[k].v[j]);
		free(pools[k].v);
	}
	return 0;
}
