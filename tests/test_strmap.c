/* ncgkg tests: the string map (src/strmap.c). */
#include "config.h"

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ncgkg/strmap.h"

static ncg_strmap *m;

static void
setup(void)
{
	m = ncg_strmap_new();
	cr_assert_not_null(m);
}

static void
teardown(void)
{
	ncg_strmap_free(m);
}

TestSuite(strmap, .init = setup, .fini = teardown);

Test(strmap, free_null_is_a_noop_and_null_maps_are_empty)
{
	ncg_strmap_free(NULL);
	cr_assert_null(ncg_strmap_get(NULL, "x"));
	cr_assert_eq(ncg_strmap_count(NULL), 0);
}

Test(strmap, put_get_replace)
{
	int a, b;

	cr_assert_null(ncg_strmap_get(m, "body/nsc"));
	cr_assert_eq(ncg_strmap_put(m, "body/nsc", &a), NCG_OK);
	cr_assert_eq(ncg_strmap_get(m, "body/nsc"), &a);
	cr_assert_null(ncg_strmap_get(m, "body/ns"));
	cr_assert_null(ncg_strmap_get(m, "body/nscx"));
	cr_assert_eq(ncg_strmap_put(m, "body/nsc", &b), NCG_OK);   /* replace */
	cr_assert_eq(ncg_strmap_get(m, "body/nsc"), &b);
	cr_assert_eq(ncg_strmap_count(m), 1);
}

Test(strmap, keys_are_copied_and_may_hold_any_byte)
{
	char key[16] = "body/x";
	int a;

	cr_assert_eq(ncg_strmap_put(m, key, &a), NCG_OK);
	key[5] = 'y';                         /* the map kept its own copy */
	cr_assert_eq(ncg_strmap_get(m, "body/x"), &a);
	cr_assert_null(ncg_strmap_get(m, "body/y"));
	/* counted keys: a NUL inside, and a prefix of a longer buffer */
	cr_assert_eq(ncg_strmap_putn(m, "a\0b", 3, &a), NCG_OK);
	cr_assert_eq(ncg_strmap_getn(m, "a\0b", 3), &a);
	cr_assert_null(ncg_strmap_get(m, "a"));
	cr_assert_eq(ncg_strmap_getn(m, "body/x and more", 6), &a);
	cr_assert_eq(ncg_strmap_putn(m, "", 0, &a), NCG_OK);
	cr_assert_eq(ncg_strmap_get(m, ""), &a);
}

Test(strmap, many_keys_in_insertion_order)
{
	static int v[5000];
	char key[32];

	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "key/%d", i);
		cr_assert_eq(ncg_strmap_put(m, key, &v[i]), NCG_OK);
	}
	cr_assert_eq(ncg_strmap_count(m), 5000);
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "key/%d", i);
		cr_assert_eq(ncg_strmap_get(m, key), &v[i], "%s", key);
		cr_assert_eq(ncg_strmap_value_at(m, (size_t)i), &v[i]);
	}
}

Test(strmap, add_keeps_the_first_value_and_says_whether_it_added)
{
	int a, b, added = -1;
	char key[64];

	cr_assert_eq(ncg_strmap_add(m, "body/ncg", 8, &a, &added), NCG_OK);
	cr_assert_eq(added, 1);
	cr_assert_eq(ncg_strmap_add(m, "body/ncg", 8, &b, &added), NCG_OK);
	cr_assert_eq(added, 0);
	cr_assert_eq(ncg_strmap_get(m, "body/ncg"), &a);   /* not replaced */
	cr_assert_eq(ncg_strmap_count(m), 1);
	/* through growth: keys that differ only in their last bytes, and
	 * long ones (the hash's tail and its two lanes) */
	for (int i = 0; i < 3000; i++) {
		snprintf(key, sizeof key, "https://example.org/statement/x#char=%d,%d", i, i + 7);
		cr_assert_eq(ncg_strmap_add(m, key, strlen(key), &b, &added), NCG_OK);
		cr_assert_eq(added, 1, "%s", key);
	}
	for (int i = 0; i < 3000; i++) {
		snprintf(key, sizeof key, "https://example.org/statement/x#char=%d,%d", i, i + 7);
		cr_assert_eq(ncg_strmap_add(m, key, strlen(key), &a, &added), NCG_OK);
		cr_assert_eq(added, 0, "%s", key);
		cr_assert_eq(ncg_strmap_get(m, key), &b);
	}
	cr_assert_eq(ncg_strmap_count(m), 3001);
}

Test(strmap, intern_gives_one_copy_per_string)
{
	char buf[64];
	const char *a = NULL, *b = NULL, *c = NULL;

	strcpy(buf, "official/cho-chang-lae");
	cr_assert_eq(ncg_strmap_intern(m, buf, strlen(buf), &a), NCG_OK);
	cr_assert_str_eq(a, "official/cho-chang-lae");
	cr_assert_neq(a, buf);                    /* the map's own copy */
	strcpy(buf, "official/other");          /* the caller's buffer changes */
	cr_assert_str_eq(a, "official/cho-chang-lae");
	cr_assert_eq(ncg_strmap_intern(m, "official/cho-chang-lae", 22, &b), NCG_OK);
	cr_assert_eq(a, b);                       /* equal strings, one pointer */
	cr_assert_eq(ncg_strmap_intern(m, buf, strlen(buf), &c), NCG_OK);
	cr_assert_neq(c, a);
	cr_assert_eq(ncg_strmap_get(m, "official/cho-chang-lae"), a);   /* its value */
	cr_assert_eq(ncg_strmap_count(m), 2);
	/* a prefix of the key is another string */
	cr_assert_eq(ncg_strmap_intern(m, "official/cho", 12, &c), NCG_OK);
	cr_assert_str_eq(c, "official/cho");
	cr_assert_eq(ncg_strmap_count(m), 3);
}

Test(strmap, key_ids_are_dense_and_read_from_the_copy)
{
	const char *a = NULL, *b = NULL, *c = NULL;
	int added;

	cr_assert_eq(ncg_strmap_intern(m, "official/a", 10, &a), NCG_OK);
	cr_assert_eq(ncg_strmap_add(m, "body/b", 6, &added, &added), NCG_OK);
	cr_assert_eq(ncg_strmap_intern(m, "official/c", 10, &c), NCG_OK);
	cr_assert_eq(ncg_strmap_intern(m, "official/a", 10, &b), NCG_OK);
	cr_assert_eq(ncg_strmap_key_id(a), 0);
	cr_assert_eq(ncg_strmap_key_id(b), 0);          /* the same string */
	cr_assert_eq(ncg_strmap_key_id(c), 2);
	cr_assert_str_eq(ncg_strmap_key_at(m, 1), "body/b");
	cr_assert_eq(ncg_strmap_key_id(ncg_strmap_key_at(m, 1)), 1);
	cr_assert_eq(ncg_strmap_key_at(m, 2), c);
	for (int i = 0; i < 5000; i++) {               /* past many rehashes */
		char key[32];

		snprintf(key, sizeof key, "k%d", i);
		cr_assert_eq(ncg_strmap_intern(m, key, strlen(key), &a), NCG_OK);
		cr_assert_eq(ncg_strmap_key_id(a), (uint32_t)i + 3);
	}
	cr_assert_eq(ncg_strmap_key_id(c), 2);
}
