/* ncgkg: reading a statement saved as a web page.
 *
 * Stage 1 of the pipeline for HTML input (File > Save Page As, curl -o,
 * wget).  A page is decoded from the encoding it declares (byte-order
 * mark, <meta charset>, <meta http-equiv="Content-Type">, an XML
 * declaration; UTF-8 when it declares none but is valid UTF-8) and parsed
 * with libxml2's HTML parser, which forgives unclosed tags.  From it come:
 *
 *  - the text a reader sees, which becomes the statement's text (the NIF
 *    context; offsets are code points into it): the site's name
 *    (og:site_name), the title and the date line when the article does not
 *    hold them, then the main article - the block with the most paragraph
 *    text, widened to its <article>, <main> or content container - without
 *    navigation, menus, share bars, cookie banners, related-article lists,
 *    forms, scripts, styles, footers and hidden elements.  Block ends
 *    become blank lines, <br> a line break, list items lines of their own
 *    ("• " or "1. " first, as a browser shows them), table cells are
 *    separated by tabs; white space is collapsed and entities decoded;
 *  - for every stretch of that text, the XPath of the page element it came
 *    from (ncg_text_origin_at);
 *  - the metadata of the page head (ncg_text_meta): title (og:title,
 *    <title> less the site's name, the first <h1>), issue date
 *    (article:published_time, other date metas, <time datetime>) as
 *    YYYY-MM-DD, publisher (og:site_name), canonical address (link
 *    rel=canonical, og:url) when absolute.
 *
 * A page is refused, with the file and the reason, when its encoding is
 * unknown or its bytes do not decode in it (binary data), when it nests
 * elements more than 256 deep, or when no article text is left.
 *
 * Only this module includes libxml2.
 *
 * Ownership: the texts returned are the caller's (ncg_text_free).
 */
#ifndef NCGKG_HTML_H
#define NCGKG_HTML_H

#include <stddef.h>

#include "ncgkg/lexicon.h"
#include "ncgkg/status.h"
#include "ncgkg/text.h"

/* Does this input hold an HTML page?  Yes when `name` ends in .html, .htm
 * or .xhtml (any case), or when the bytes start - after a byte-order mark,
 * white space, comments and an XML declaration - with <!DOCTYPE html or
 * <html.  `name` may be NULL. */
int ncg_html_detect(const char *name, const void *bytes, size_t n);

/* Read a page's bytes into a statement text (see above).  `name` names
 * the page in messages and as the statement's source file.  The lexicon
 * (borrowed for the call; may be NULL) gives the words of class and id
 * values that mark furniture (NCG_WL_FURNITURE_CLASS: "nav", "share"; and
 * NCG_WL_WEAK_FURNITURE_CLASS: "header", unless a NCG_WL_CONTENT_CLASS
 * word such as "article" is there too); without it only hidden elements,
 * tags and ARIA roles mark furniture.  No bytes (n 0 or bytes NULL) is
 * NCG_ERR_EMPTY. */
ncg_status ncg_html_read(const char *name, const void *bytes, size_t n,
                         const ncg_lexicon *lex, ncg_text **out, ncg_error *err);

/* Read a statement FILE ("-": standard input): a page (ncg_html_detect)
 * as HTML, anything else as plain text (ncg_text_from_bytes). */
ncg_status ncg_html_read_file(const char *path, const ncg_lexicon *lex, ncg_text **out,
                              ncg_error *err);

#endif
