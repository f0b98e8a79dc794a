/* ncgkg: knowledge graphs from statements on the U.S.-ROK Nuclear
 * Consultative Group.  This file only reads the command line and hands
 * over to a command. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ncgkg/arena.h"

static void
usage(FILE *out)
{
	fputs("Usage: ncgkg COMMAND [OPTION]... [FILE]...\n"
	      "Turn statements on the U.S.-ROK Nuclear Consultative Group into RDF.\n"
	      "\n"
	      "Commands:\n"
	      "  export   read statements, write their knowledge graph as RDF\n"
	      "  graph    draw bodies and workstreams, or meetings, with Graphviz\n"
	      "  mentions list what the recogniser finds in a statement (TSV)\n"
	      "  query    answer SPARQL queries from RDF, statements or a store\n"
	      "  load     load statements or RDF into a store, a graph per statement\n"
	      "\n"
	      "Options:\n"
	      "  -h, --help     show this help and exit\n"
	      "  -V, --version  show the version and exit\n"
	      "\n"
	      "'ncgkg COMMAND --help' describes a command.  See ncgkg(1).\n", out);
}

int
main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : NULL;
	int rc;

	ncg_tune_malloc();
	if (!cmd) {
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
		usage(stdout);
		rc = NCG_EXIT_OK;
	} else if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		rc = NCG_EXIT_OK;
	} else if (strcmp(cmd, "export") == 0) {
		rc = ncg_cmd_export(argc - 1, argv + 1);
	} else if (strcmp(cmd, "mentions") == 0) {
		rc = ncg_cmd_mentions(argc - 1, argv + 1);
	} else if (strcmp(cmd, "graph") == 0) {
		rc = ncg_cmd_graph(argc - 1, argv + 1);
	} else if (strcmp(cmd, "query") == 0) {
		rc = ncg_cmd_query(argc - 1, argv + 1);
	} else if (strcmp(cmd, "load") == 0) {
		rc = ncg_cmd_load(argc - 1, argv + 1);
	} else {
		fprintf(stderr, NCG_PROG ": unknown command '%s'\n", cmd);
		usage(stderr);
		return NCG_EXIT_USAGE;
	}
	/* a full disk or closed pipe on stdout is an error, not silence */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (rc == NCG_EXIT_OK) {
			fprintf(stderr, NCG_PROG ": cannot write to standard output\n");
			rc = NCG_EXIT_OUTPUT;
		}
	}
	return rc;
}
