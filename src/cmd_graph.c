/* ncgkg: the graph command (issue 4: not yet built). */
#include "config.h"

#include <stdio.h>

#include "cli.h"

int
ncg_cmd_graph(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, NCG_PROG ": graph: not available in this version\n");
	return NCG_EXIT_USAGE;
}
