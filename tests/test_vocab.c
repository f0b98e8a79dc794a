/* ncgkg tests: the vocabulary (src/vocab.c) against the ontology. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "ncgkg/vocab.h"

Test(vocab, every_term_has_one_iri_of_its_own)
{
	for (int i = 0; i < NCG_C__COUNT; i++) {
		cr_assert_not_null(ncg_class_iri((ncg_class)i), "class %d", i);
		for (int j = 0; j < i; j++)
			cr_assert_str_neq(ncg_class_iri((ncg_class)i), ncg_class_iri((ncg_class)j));
	}
	for (int i = 0; i < NCG_P__COUNT; i++) {
		cr_assert_not_null(ncg_prop_iri((ncg_prop)i), "property %d", i);
		for (int j = 0; j < i; j++)
			cr_assert_str_neq(ncg_prop_iri((ncg_prop)i), ncg_prop_iri((ncg_prop)j));
	}
	cr_assert_null(ncg_datatype_iri(NCG_DT_STRING));    /* a plain literal */
	for (int i = 1; i < NCG_DT__COUNT; i++) {
		const char *iri = ncg_datatype_iri((ncg_datatype)i);
		const char *lang = ncg_datatype_lang((ncg_datatype)i);

		/* a datatype IRI (xsd:) or a language tag, never both */
		cr_assert((iri != NULL) != (lang != NULL), "datatype %d", i);
		if (iri)
			cr_assert(!strncmp(iri, NCG_XSD_NS, strlen(NCG_XSD_NS)), "%s", iri);
		else
			cr_assert_eq(ncg_datatype_of_lang(lang), i, "%s", lang);
	}
	/* out of range: no IRI */
	cr_assert_null(ncg_class_iri(NCG_C__COUNT));
	cr_assert_null(ncg_prop_iri(NCG_P__COUNT));
	cr_assert_null(ncg_datatype_iri(NCG_DT__COUNT));
	cr_assert_str_eq(ncg_prop_iri(NCG_P_TYPE), NCG_RDF_NS "type");
	cr_assert_str_eq(ncg_class_iri(NCG_C_MEETING), NCG_NS "Meeting");
}

Test(vocab, prefixes_are_unique_and_cover_every_namespace_used)
{
	size_t n = 0;

	for (const ncg_prefix *px = ncg_prefixes; px->prefix; px++, n++) {
		cr_assert((px->iri != NULL) != (px->path != NULL), "%s: an IRI or a path",
		          px->prefix);
		for (const ncg_prefix *q = ncg_prefixes; q < px; q++)
			cr_assert_str_neq(q->prefix, px->prefix);
	}
	cr_assert_gt(n, 10);
	/* every class and property IRI starts with a declared namespace */
	for (int i = 0; i < NCG_C__COUNT + NCG_P__COUNT; i++) {
		const char *iri = i < NCG_C__COUNT ? ncg_class_iri((ncg_class)i)
		                                   : ncg_prop_iri((ncg_prop)(i - NCG_C__COUNT));
		int found = 0;

		for (const ncg_prefix *px = ncg_prefixes; px->prefix && !found; px++)
			found = px->iri && !strncmp(iri, px->iri, strlen(px->iri));
		cr_assert(found, "no prefix for <%s>", iri);
	}
}

/* Every ncg: term ncgkg writes is defined in ontology/ncg.ttl. */
Test(vocab, the_ontology_defines_every_ncg_term)
{
	char *ttl = th_slurp(NCG_TEST_DATA "/../../ontology/ncg.ttl", NULL);

	cr_assert_not_null(ttl);
	for (int i = 0; i < NCG_C__COUNT + NCG_P__COUNT; i++) {
		const char *iri = i < NCG_C__COUNT ? ncg_class_iri((ncg_class)i)
		                                   : ncg_prop_iri((ncg_prop)(i - NCG_C__COUNT));
		char subject[256];

		if (strncmp(iri, NCG_NS, strlen(NCG_NS)) != 0)
			continue;
		/* a definition starts a line: "ncg:Meeting" then a newline or a space */
		snprintf(subject, sizeof subject, "\nncg:%s", iri + strlen(NCG_NS));
		{
			const char *at = strstr(ttl, subject);
			size_t k = strlen(subject);

			while (at && at[k] != '\n' && at[k] != ' ')
				at = strstr(at + 1, subject);
			cr_assert_not_null(at, "ontology/ncg.ttl does not define ncg:%s",
			                   iri + strlen(NCG_NS));
		}
	}
	free(ttl);
}
