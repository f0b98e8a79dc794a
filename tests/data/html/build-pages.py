#!/usr/bin/python3
"""Build the saved pages of tests/data/html from the statements' text.

    build-pages.py SRCDIR

Each statement of the project's corpora (data/statements, tests/data/dev,
heldout, unseen) becomes a page in the style of the site that published it
(White House, Defense, State, the embassy in Seoul, INDOPACOM, USFK, the
Korean presidential office, MND, MOFA, Yonhap, a newsletter), with that
site's furniture: an official-site banner, skip links, menus, breadcrumbs,
share bars, related-article lists (whose titles name NCG meetings and
officials), cookie banners, scripts (one holding "co-chaired by"), JSON-LD,
footers.  The text's own furniture lines (skip links, breadcrumbs, the
site's name, "List", copyright lines) become the page's furniture; its head
lines (category, title, date, byline) the article's header; its
paragraphs, lists and subheadings the article's body.

The pages are committed; run this again only to change them, then check
that `make check` still finds the same facts in each page as in its text.
Standard library only.  Two pages are written in the legacy encodings
Korean and older Western sites use (EUC-KR, windows-1252).

The real published texts of tests/data/real become tests/data/html/real,
each in the style nearest its publisher (MANIFEST.tsv), at its address.
"""
import datetime, html, os, re, sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MON3 = {m[:3]: i for m, i in MONTHS.items()}

# (folder, stem) -> style
PAGES = {
    ("data/statements", "ncg-2-2023-12-15"): "president",
    ("data/statements", "ncg-4-2025-01-10"): "dod",
    ("tests/data/dev", "austin-shin-readout-2024-06-02-dod"): "dod",
    ("tests/data/dev", "edscg-4-2023-09-15-mofa"): "mofa",
    ("tests/data/dev", "ncg-1-2023-07-18-yonhap"): "yonhap",
    ("tests/data/dev", "ncg-3-2024-06-10-dod"): "dod",
    ("tests/data/dev", "ncg-5-2025-09-22-mnd"): "mnd",
    ("tests/data/dev", "ncg-factsheet-2024-04-26-wh"): "wh",
    ("tests/data/dev", "ncg-wg-2024-03-21-honolulu-embassy"): "embassy",
    ("tests/data/dev", "washington-declaration-2023-04-26-wh"): "wh",
    ("tests/data/heldout", "dprk-icbm-2023-12-18-wh"): "wh",
    ("tests/data/heldout", "iron-mace-24-ttx-usfk"): "usfk",
    ("tests/data/heldout", "leaders-guidelines-2024-07-11-wh"): "wh",
    ("tests/data/heldout", "ncg-2-2023-12-15-embassy"): "embassy",
    ("tests/data/heldout", "ncg-4-2025-01-10-mnd"): "mnd",
    ("tests/data/heldout", "ncg-6-2026-01-22-indopacom"): "indopacom",
    ("tests/data/heldout", "ncg-wg-5-2024-11-13-state"): "state",
    ("tests/data/heldout", "scm-56-2024-10-30-dod"): "dod",
    ("tests/data/unseen", "ncg-3-2024-06-10-yonhap"): "yonhap",
    ("tests/data/unseen", "ncg-4-2025-01-10-monitor-summary"): "newsletter",
    ("tests/data/unseen", "ncg-7-2026-09-17-ons"): "president",
    ("tests/data/unseen", "ncg-8-2027-02-04-dod-readout"): "dod",
    ("tests/data/unseen", "ncg-wg-2024-09-10-state"): "state",
    ("tests/data/unseen", "ncg-wg-8-2025-12-09-indopacom"): "indopacom",
    ("tests/data/unseen", "scm-57-2025-11-04-mnd"): "mnd",
    ("tests/data/unseen", "usfk-vinson-csg-2025-03-02"): "usfk",
}
# pages saved in a legacy encoding, declared in the page
ENCODING = {"ncg-4-2025-01-10-mnd": "euc-kr", "ncg-wg-5-2024-11-13-state": "windows-1252"}

NAV_LINE = re.compile(r"^(go to (main text|the top)|skip to main content.*|sitemap \|.*)$", re.I)
CRUMBS = re.compile(r"( > | » |^home \| |^ENGLISH > |^News > )", re.I)
TAIL_FURNITURE = re.compile(r"^(List|Copyright .*|Attachment: .*)$")
CATEGORY = re.compile(r"^(Briefing Room|Statements and Releases|Releases?|RELEASE|Readout|Media Note|"
                      r"JOINT STATEMENT|Office of the Spokesperson|[A-Z]+ --)$")
BULLET = re.compile(r"^\s*[•\-\*]\s+")


def esc(s, entities=False):
    s = html.escape(s, quote=False)
    if entities:  # as some CMSs save them
        s = s.replace("\u2019", "&rsquo;").replace("\u2014", "&mdash;").replace("\u201c", "&ldquo;") \
             .replace("\u201d", "&rdquo;").replace("\u2013", "&ndash;").replace("\u00a0", "&nbsp;")
    return s


DATE_RES = [r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})", r"(\d{2})/(\d{2})/(\d{4})",
            r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})"]


def date_match(s):
    """(date, start, end) of the first date written in s, or None."""
    for k, pat in enumerate(DATE_RES):
        m = re.search(pat, s)
        if not m:
            continue
        if k == 0:
            return datetime.date(int(m[1]), int(m[2]), int(m[3])), m.start(), m.end()
        if k == 1:
            return datetime.date(int(m[3]), int(m[1]), int(m[2])), m.start(), m.end()
        if m[1].lower()[:3] in MON3:
            return datetime.date(int(m[3]), MON3[m[1].lower()[:3]], int(m[2])), m.start(), m.end()
    return None


def parse_date(s):
    m = date_match(s)
    return m[0] if m else None


def is_prose(line):
    line = line.strip()
    return len(line.split()) >= 8 and line[-1:] in ".:\u201d\""


def split_statement(text):
    """Lines of the text -> site, navigation, head lines, body, tail."""
    lines = text.strip("\n").split("\n")
    first_prose = next(i for i, l in enumerate(lines) if is_prose(l))
    head_lines = [l.strip() for l in lines[:first_prose] if l.strip()]
    body_text = "\n".join(lines[first_prose:])
    nav, crumbs, site, rest = [], [], [], []
    for b in head_lines:
        if NAV_LINE.match(b):
            nav.append(b)
        elif CRUMBS.search(b):
            crumbs.append(b)
        elif not site:
            site.append(b)
        elif len(site) == 1 and not rest and site[0].isupper() and b.isupper() and len(b) < 40:
            site.append(b)          # the logo's second line
        else:
            rest.append(b)
    dated = [b for b in rest if parse_date(b) or
             re.match(r"^(Date|Writer|Posted|Published|Registration|NEWS \|)", b)]
    title = max((b for b in rest if b not in dated and not re.match(r"^(By|From) ", b)
                 and not CATEGORY.match(b)), key=len)
    headlines, seen = [], False
    for b in rest:
        if b == title:
            if seen:
                continue
            seen = True
            headlines.append(("title", b))
        elif b in dated:
            headlines.append(("date", b))
        elif re.match(r"^(By|From) ", b):
            headlines.append(("byline", b))
        else:
            headlines.append(("category", b))
    body = [b for b in re.split(r"\n\s*\n", body_text.strip("\n")) if b.strip()]
    tail = []
    while body and TAIL_FURNITURE.match(body[-1].strip()):
        tail.insert(0, body.pop().strip())
    parts = []
    for b in body:
        lines = b.split("\n")
        if all(BULLET.match(l) for l in lines):
            parts.append(("ul", [BULLET.sub("", l).strip() for l in lines]))
        elif (len(b) < 80 and not re.search(r"[.:;!?\-–—)]$", b.strip()) and b[:1].isupper()
              and not b.isupper() and not b.startswith("#")):
            parts.append(("h", b.strip()))
        else:
            parts.append(("p", " ".join(l.strip() for l in lines)))
    date = next((parse_date(t) for k, t in headlines if k == "date" and parse_date(t)), None)
    return {"site": " ".join(site), "site_lines": site, "nav": nav, "crumbs": crumbs,
            "head": headlines, "body": parts, "tail": tail, "title": title, "date": date}


def body_html(parts, entities=False, p_attr=""):
    out = []
    for kind, x in parts:
        if kind == "ul":
            out.append("<ul>\n" + "\n".join("  <li>%s</li>" % esc(i, entities) for i in x) + "\n</ul>")
        elif kind == "h":
            out.append("<h3>%s</h3>" % esc(x, entities))
        else:
            out.append("<p%s>%s</p>" % (p_attr, esc(x, entities)))
    return "\n".join(out)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80]


def head(d, canonical, extra="", charset="utf-8", http_equiv=False, title_fmt="{t} | {s}"):
    t, s = d["title"], d["site"]
    date = d["date"]
    meta_charset = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
                    if http_equiv else '<meta charset="%s">' % charset)
    pub = ('\n<meta property="article:published_time" content="%sT09:00:00-05:00">' % date.isoformat()
           if date else "")
    return """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
%s
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="canonical" href="%s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="%s">
<meta property="og:title" content="%s">
<meta property="og:url" content="%s">%s
<link rel="stylesheet" href="/assets/css/main.min.css?ver=6.4.2" media="all">
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}.cookie-consent{position:fixed;bottom:0}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ123"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XYZ123');</script>
%s
</head>""" % (meta_charset, esc(title_fmt.format(t=t, s=s)), canonical, esc(s, False).replace('"', "&quot;"),
              esc(t).replace('"', "&quot;"), canonical, pub, extra)


def jsonld(d, url):
    # search engines' copy of the article: holds words of the statement
    first = next((x for k, x in d["body"] if k == "p"), "")
    return """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","publisher":{"@type":"Organization","name":%s},"description":%s,"mainEntityOfPage":"%s"}</script>""" % (
        json_str(d["title"]), d["date"].isoformat() if d["date"] else "", json_str(d["site"]),
        json_str(first[:300]), url)


def json_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


RELATED_US = [
    ("Readout of Deputy Secretary of Defense's Call With ROK Vice Minister", "/r/1"),
    ("Joint Statement on the Second Nuclear Consultative Group Meeting, co-chaired by U.S. and ROK officials", "/r/2"),
    ("Secretary Austin Meets With ROK Minister of National Defense Shin Won-sik", "/r/3"),
    ("Fact Sheet: U.S.-ROK Alliance Cooperation on Extended Deterrence", "/r/4"),
]
RELATED_KR = [
    ("Results of the 3rd ROK-U.S. Nuclear Consultative Group Meeting held in Washington", "/r/11"),
    ("Minister attends the 56th Security Consultative Meeting (SCM) co-chaired by the ministers", "/r/12"),
    ("ROK-U.S. Integrated Defense Dialogue (KIDD) convened in Seoul", "/r/13"),
]
COOKIE = ('<div class="cookie-consent" id="cookieConsent" role="dialog" aria-label="Cookie consent">'
          '<p>This website uses cookies to improve your experience, to analyse traffic and to remember '
          'your preferences. By continuing to browse the site, you agree to our use of cookies.</p>'
          '<button type="button" class="btn-accept">Accept all</button> <button type="button">Settings</button></div>')
GOV_BANNER = ('<section class="usa-banner" aria-label="Official website of the United States government">'
              '<div class="usa-banner__header"><p>An official website of the United States government</p>'
              '<button class="usa-banner__button" aria-expanded="false">Here\'s how you know</button></div>'
              '<div class="usa-banner__content" hidden><p>Official websites use .gov. A .gov website belongs to an '
              'official government organization in the United States.</p><p>Secure .gov websites use HTTPS. A lock '
              'or https:// means you\'ve safely connected to the .gov website.</p></div></section>')


def share_bar(kind="us"):
    return ('<div class="share-tools" aria-label="Share this page"><span class="share-label">Share:</span> '
            '<a href="https://www.facebook.com/sharer/sharer.php?u=x" class="share-facebook">Facebook</a> '
            '<a href="https://twitter.com/intent/tweet?url=x" class="share-x">X</a> '
            '<a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a> '
            '<a href="mailto:?subject=x" class="share-email">Email</a> '
            '<a href="javascript:window.print()" class="share-print">Print</a></div>')


def related(items, heading="Related Stories", cls="related-content"):
    return ('<section class="%s"><h2>%s</h2><ul>\n' % (cls, heading) +
            "\n".join('<li><article class="teaser"><a href="%s">%s</a><span class="teaser-date">Dec. 15, 2023</span></article></li>'
                      % (u, esc(t)) for t, u in items) + "\n</ul></section>")


def crumbs_html(d, sep="&gt;"):
    if not d["crumbs"]:
        return ""
    parts = re.split(r"\s*(?:>|»|\|)\s*", d["crumbs"][0])
    return ('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>' +
            "".join('<li><a href="/%s">%s</a></li>' % (slug(p), esc(p)) for p in parts) + "</ol></nav>")


def headlines_html(d, tags, entities=False):
    """The article's header lines, in the text's order; tags: kind -> (tag, class)."""
    out = []
    for kind, t in d["head"]:
        tag, cls = tags.get(kind, ("p", kind))
        if kind == "date" and date_match(t):
            # the date inside a <time>, the rest of the line around it
            m, b, e = date_match(t)
            out.append('<%s class="%s">%s<time datetime="%s">%s</time>%s</%s>'
                       % (tag, cls, esc(t[:b], entities), m.isoformat(), esc(t[b:e], entities),
                          esc(t[e:], entities), tag))
        else:
            out.append('<%s class="%s">%s</%s>' % (tag, cls, esc(t, entities), tag))
    return "\n".join(out)


# ---- styles ------------------------------------------------------------------------

def style_wh(d):
    url = d.get("url") or "https://www.whitehouse.gov/briefing-room/statements-releases/%s/%s/" % (
        d["date"].strftime("%Y/%m/%d") if d["date"] else "2024", slug(d["title"]))
    return head(d, url, jsonld(d, url)) + """
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#main-content">Skip to content</a>
%s
<header class="site-header" role="banner">
<div class="header__logo"><a href="/" rel="home"><img src="/wp-content/themes/whitehouse/assets/img/wh-logo.svg" alt="%s"></a></div>
<nav class="header__nav" aria-label="Main menu"><ul class="menu">
<li><a href="/administration/">Administration</a></li><li><a href="/briefing-room/">Briefing Room</a></li>
<li><a href="/issues/">Issues</a></li><li><a href="/the-record/">The Record</a></li><li><a href="/get-involved/">Get Involved</a></li></ul>
<form role="search" class="header__search" action="/"><label for="s">Search</label><input id="s" name="s" type="search"><button type="submit">Search</button></form></nav>
</header>
<main id="main-content" class="site-main">
<article class="post type-post status-publish">
<header class="page-header">
%s
</header>
<section class="body-content">
<div class="container">
%s
</div>
</section>
%s
</article>
%s
</main>
<footer class="footer" role="contentinfo"><div class="footer__menu"><a href="/privacy/">Privacy Policy</a> <a href="/copyright/">Copyright Policy</a> <a href="/accessibility/">Accessibility Statement</a></div>
<p class="footer__address">The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500</p></footer>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
""" % (GOV_BANNER, esc(d["site"]), headlines_html(d, {"title": ("h1", "page-title topper__title"),
                                                      "date": ("div", "post-date"),
                                                      "category": ("p", "topper__eyebrow")}, True),
       body_html(d["body"], True), share_bar(), related(RELATED_US, "More Briefing Room", "related-posts"))


def style_dod(d):
    url = d.get("url") or "https://www.defense.gov/News/Releases/Release/Article/%d/%s/" % (
        3600000 + sum(map(ord, d["title"])) % 99999, slug(d["title"]))
    return head(d, url, jsonld(d, url)) + """
<body id="Body" class="dvidshub">
<form method="post" action="/News/Releases/Release/Article/3638492/" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzE0NTQyMjE2D2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBodG1sIFBVQkxJQyAiLS8vVzNDLy9EVEQgWEhUTUwgMS4wIFRyYW5zaXRpb25hbC8vRU4iPmQCAQ">
%s
<div id="skip-link-holder"><a id="skip-link" href="#main">Skip to main content (Press Enter).</a></div>
<header id="header" class="header"><div class="logo"><a href="/"><img src="/Portals/1/dod-logo.png" alt="%s"></a></div>
<div id="dnn_dnnMENU_RadMenu1" class="nav-menu"><ul class="rmRootGroup">
<li><a href="/News/">News</a><ul><li><a href="/News/Releases/">Releases</a></li><li><a href="/News/Transcripts/">Transcripts</a></li><li><a href="/News/Speeches/">Speeches</a></li></ul></li>
<li><a href="/Spotlights/">Spotlights</a></li><li><a href="/About/">About</a></li><li><a href="/Resources/">Resources</a></li></ul></div>
<div class="search-box"><input type="text" placeholder="Search Defense.gov" aria-label="Search"><a class="search-btn" href="#">Search</a></div></header>
<div id="main" class="content-wrapper">
<div class="DnnModule DnnModule-DVIDSArticle">
<article class="article-view">
%s
<div class="body">
%s
</div>
%s
</article>
</div>
<div class="DnnModule DnnModule-RelatedContent">%s</div>
</div>
<footer class="footer"><div class="footer-links"><a href="/Resources/Privacy-Policy/">Privacy &amp; Security</a> <a href="https://www.foia.gov">FOIA</a> <a href="/Contact/">Contact</a></div><p>Official website of the U.S. Department of Defense</p></footer>
%s
</form>
<script type="text/javascript">var dvidsConfig = {"articleSummary": "The meeting was co-chaired by the Deputy Under Secretary of Defense for Policy and the ROK Deputy Minister for National Defense Policy."};</script>
</body>
</html>
""" % (GOV_BANNER, esc(d["site"]), headlines_html(d, {"title": ("h1", "maintitle"), "date": ("p", "date"),
                                                      "category": ("p", "category"),
                                                      "byline": ("p", "byline")}),
       body_html(d["body"]), share_bar(), related(RELATED_US), COOKIE)


def style_state(d, charset="utf-8"):
    url = d.get("url") or "https://www.state.gov/%s/" % slug(d["title"])
    return head(d, url, "", charset, http_equiv=charset != "utf-8",
                title_fmt="{t} - United States Department of State") + """
<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
%s
<header class="site-header"><div class="site-header__logo"><a href="/"><span class="site-name">%s</span></a></div>
<nav class="main-navigation" aria-label="Main"><ul><li><a href="/topics/">Topics &amp; Issues</a></li><li><a href="/countries-areas/">Countries &amp; Areas</a></li>
<li><a href="/bureaus-offices/">Bureaus &amp; Offices</a></li><li><a href="/press-releases/">Press Releases</a></li><li><a href="/travel/">Travel</a></li></ul></nav></header>
<main id="main" role="main">
<article class="article">
<div class="featured-content__wrapper">
%s
</div>
<div class="entry-content">
%s
</div>
%s
</article>
<aside class="sidebar"><h2>Tags</h2><ul><li><a href="/tag/korea/">Republic of Korea</a></li><li><a href="/tag/nonproliferation/">Nonproliferation</a></li></ul></aside>
%s
</main>
<footer class="site-footer"><p>White House | USA.gov | Office of the Inspector General | Archives | Contact Us</p></footer>
<script src="/wp-content/themes/dos/js/app.js?ver=1.2"></script>
</body>
</html>
""" % (GOV_BANNER, esc(d["site"], True), headlines_html(d, {"title": ("h1", "featured-content__headline"),
                                                           "date": ("p", "article-meta__publish-date"),
                                                           "category": ("p", "article-meta__content-type")}, True),
       body_html(d["body"], charset == "utf-8"), share_bar(), related(RELATED_US, "Related Articles", "related-articles"))


def style_embassy(d):
    url = d.get("url") or "https://kr.usembassy.gov/%s/" % slug(d["title"])
    return head(d, url, "") + """
<body class="post-template-default single single-post">
<div class="skip-links"><a href="#content" class="skip-link">Skip to main content</a> <a href="https://kr.usembassy.gov/ko/" lang="ko" class="lang-switch">한국어</a></div>
%s
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link"><span class="site-title">%s</span></a></div>
<nav id="site-navigation" class="main-navigation mega-menu"><ul id="menu-main"><li><a href="/embassy/">Embassy</a></li><li><a href="/news-events/">News &amp; Events</a></li>
<li><a href="/visas/">Visas</a></li><li><a href="/u-s-citizen-services/">U.S. Citizen Services</a></li><li><a href="/business/">Business</a></li><li><a href="/education-culture/">Education &amp; Culture</a></li></ul></nav></header>
<div id="content" class="site-content">
%s
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-12345" class="post-12345 post type-post">
<header class="entry-header">
%s
</header>
<div class="entry-content">
%s
<div class="addtoany_share_save_container addtoany_content"><div class="addtoany_header">Share</div><a class="a2a_button_facebook" href="#">Facebook</a><a class="a2a_button_twitter" href="#">Twitter</a><a class="a2a_button_email" href="#">Email</a></div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/prev/">Previous: Ambassador's remarks at the Alliance anniversary reception</a></div><div class="nav-next"><a href="/next/">Next: Joint statement on the NCG working group, co-chaired by U.S. and ROK officials</a></div></nav>
</main></div>
<div id="secondary" class="widget-area" role="complementary"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a/">Statement on the DPRK missile launch</a></li><li><a href="/b/">Ambassador meets Minister of National Defense</a></li></ul></section></div>
</div>
<footer id="colophon" class="site-footer"><p>This is the official website of the U.S. Embassy &amp; Consulate in the Republic of Korea. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.</p></footer>
%s
</body>
</html>
""" % (GOV_BANNER, esc(d["site"]), crumbs_html(d, "&raquo;"),
       headlines_html(d, {"title": ("h1", "entry-title"), "date": ("div", "entry-meta"),
                          "category": ("p", "entry-category")}),
       body_html(d["body"]), COOKIE)


def style_command(d, host, cat_first=True):
    url = d.get("url") or "https://www.%s/Media/News/News-Article-View/Article/%d/%s/" % (
        host, 4000000 + sum(map(ord, d["title"])) % 99999, slug(d["title"]))
    return head(d, url, jsonld(d, url)) + """
<body id="Body">
<form method="post" action="/Media/News/" id="Form">
<a href="#mainContent" class="skip-to-content">Skip to main content</a>
%s
<header class="header"><div class="site-logo"><a href="/"><img src="/Portals/logo.png" alt="%s"></a></div>
<nav class="navbar"><ul class="nav"><li><a href="/About/">About</a></li><li><a href="/Leadership/">Leadership</a></li><li><a href="/Media/">Media</a></li><li><a href="/Contact/">Contact</a></li></ul></nav></header>
%s
<div id="mainContent" class="container">
<div class="row"><div class="col-md-9">
<article class="article-detail">
%s
<div class="body-text">
%s
</div>
%s
</article>
</div>
<div class="col-md-3 sidebar"><div class="news-listing"><h3>Latest News</h3><ul><li><a href="/n/1">Commander visits Camp Humphreys</a></li><li><a href="/n/2">Alliance marks anniversary with ceremony</a></li></ul></div></div>
</div></div>
<footer class="footer"><p>Hosted by Defense Media Activity - WEB.mil</p></footer>
</form>
%s
</body>
</html>
""" % (GOV_BANNER, esc(d["site"]), crumbs_html(d),
       headlines_html(d, {"title": ("h1", "title"), "date": ("p", "news-date"),
                          "category": ("p", "category"), "byline": ("p", "byline")}),
       body_html(d["body"]), share_bar(), COOKIE)


def style_president(d):
    url = d.get("url") or "https://eng.president.go.kr/briefing/%d" % (1000 + sum(map(ord, d["title"])) % 9000)
    return head(d, url, "", title_fmt="{t} | {s}") + """
<body>
<div id="skipNav"><a href="#contents">Go to main text</a></div>
<div id="wrap">
<header id="header"><h1 class="logo"><a href="/">%s</a></h1>
<div id="gnb"><ul><li><a href="/president/">President</a></li><li><a href="/briefing/">Briefing Room</a></li><li><a href="/policy/">Policy</a></li><li><a href="/news/">News</a></li></ul></div>
<div class="util"><a href="https://www.president.go.kr/" lang="ko">한국어</a> <a href="/sitemap">Sitemap</a></div></header>
%s
<div id="contents" class="sub_contents">
<div class="board_view">
%s
<div class="view_cont">
%s
</div>
<div class="btn_area"><a href="/briefing/" class="btn_list">List</a></div>
</div>
%s
</div>
<a href="#wrap" class="btn_top">Go to the top</a>
<footer id="footer"><p class="copyright">Copyright &copy; Office of the President. All rights reserved.</p><p>1 Itaewon-ro 22-gil, Yongsan-gu, Seoul</p></footer>
</div>
<script src="/js/jquery-3.6.0.min.js"></script>
<script>$(function(){ $('.gnb').on('mouseenter', function(){ $(this).addClass('on'); }); });</script>
</body>
</html>
""" % (esc(d["site"]), crumbs_html(d), headlines_html(d, {"title": ("h3", "view_title"), "date": ("p", "view_info"),
                                                           "category": ("p", "view_category")}, True),
       body_html(d["body"], True), related(RELATED_KR, "Related News", "related_list"))


def style_mnd(d, charset="utf-8"):
    url = d.get("url") or "https://www.mnd.go.kr/user/boardList.action?boardId=I_726&siteId=english&id=english_%d" % (
        20000 + sum(map(ord, d["title"])) % 9999)
    info = [t for k, t in d["head"] if k == "date"]
    heads = [(k, t) for k, t in d["head"] if k != "date"]
    return head(d, url, "", charset, http_equiv=charset != "utf-8", title_fmt="{t} > Press Releases > {s}") + """
<body>
<div id="accessibility"><a href="#content">Go to main text</a></div>
<div id="header"><div class="top_util"><ul><li><a href="/sitemap.jsp">Sitemap</a></li><li><a href="https://www.mnd.go.kr" lang="ko">한국어</a></li><li><a href="/contact.jsp">Contact Us</a></li></ul></div>
<div class="logo"><a href="/"><img src="/images/english/logo.png" alt="%s"></a></div>
<div id="gnb"><ul><li><a href="#">About MND</a></li><li><a href="#">Policy</a></li><li><a href="#">News</a></li><li><a href="#">Multimedia</a></li></ul></div></div>
<div id="container">
<div id="lnb"><h2>News</h2><ul><li><a href="#">Press Releases</a></li><li><a href="#">Photo News</a></li><li><a href="#">Notices</a></li></ul></div>
<div id="content">
<div class="location">%s</div>
<table class="board_view" summary="Press release: title, writer, date, hits, contents">
<caption class="blind">Press Releases</caption>
<thead>
<tr><th scope="col" colspan="3">%s</th></tr>
</thead>
<tbody>
<tr class="info"><td colspan="3">%s</td></tr>
<tr><td colspan="3" class="view_cont">
%s
</td></tr>
</tbody>
</table>
%s
<div class="btn_board"><a href="#" class="btn_list">List</a></div>
<div class="prev_next"><dl><dt>Prev</dt><dd><a href="#">Minister attends the ROK-U.S. Integrated Defense Dialogue (KIDD) co-chaired by deputy ministers</a></dd></dl></div>
</div></div>
<div id="footer"><p>(04383) 22 Itaewon-ro, Yongsan-gu, Seoul, Republic of Korea</p><p class="copy">COPYRIGHT(C) MINISTRY OF NATIONAL DEFENSE. ALL RIGHTS RESERVED.</p></div>
<script type="text/javascript">function fn_egov_select(){ document.frm.submit(); }</script>
</body>
</html>
""" % (esc(d["site"]), esc(d["crumbs"][0]) if d["crumbs"] else "",
       esc(next(t for k, t in heads if k == "title")),
       "".join('<span class="info_item">%s</span>' % esc(t) for t in info),
       "\n".join(("<p>%s</p>" % esc(t)) for k, t in heads if k != "title") + "\n" + body_html(d["body"]),
       "".join('<div class="file_list"><span class="attach">%s</span></div>' % esc(t)
               for t in d["tail"] if t.startswith("Attachment")))


def style_mofa(d):
    url = d.get("url") or "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=%d" % (320000 + sum(map(ord, d["title"])) % 9999)
    info = [t for k, t in d["head"] if k == "date"]
    return head(d, url, "", title_fmt="{t} | Press Releases | {s}") + """
<body>
<div id="skip"><a href="#sub_content">Skip to content</a></div>
<div id="header"><h1 class="logo"><a href="/eng/index.do">%s</a></h1>
<div class="gnb"><ul><li><a href="#">Ministry</a></li><li><a href="#">Policies</a></li><li><a href="#">Press</a></li><li><a href="#">Countries &amp; Regions</a></li></ul></div>
<div class="top_search"><input type="text" title="Search"><button>Search</button></div></div>
<div id="sub_content">
<div class="path">%s</div>
<div class="board_view">
<h4 class="title">%s</h4>
<ul class="info"><li>%s</li></ul>
<div class="view_con">
%s
</div>
<div class="sns_share"><a href="#" class="fb">facebook</a><a href="#" class="tw">twitter</a><a href="#" class="print">print</a></div>
</div>
<div class="view_btn"><a href="#" class="btn_list">List</a></div>
</div>
<div id="footer"><address>60, Sajik-ro 8-gil, Jongno-gu, Seoul, 03172, Republic of Korea</address><p>Copyright &copy; Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.</p></div>
%s
</body>
</html>
""" % (esc(d["site"]), esc(d["crumbs"][0]) if d["crumbs"] else "", esc(d["title"]),
       "</li><li>".join(esc(t) for t in info), body_html(d["body"]), COOKIE)


def style_yonhap(d, charset="utf-8"):
    url = d.get("url") or "https://en.yna.co.kr/view/AEN%s000%d315" % (
        d["date"].strftime("%Y%m%d") if d["date"] else "20240101", sum(map(ord, d["title"])) % 10)
    heads = [(k, t) for k, t in d["head"]]
    return head(d, url, jsonld(d, url), charset, http_equiv=charset != "utf-8") + """
<body>
<div id="skipNav"><a href="#articleWrap">Go to Contents</a></div>
<header class="header"><div class="logo"><a href="/"><img src="/logo.svg" alt="%s"></a></div>
<nav class="gnb"><ul><li><a href="/nk/">N. Korea</a></li><li><a href="/national/">National</a></li><li><a href="/economy/">Economy</a></li><li><a href="/market/">Market</a></li><li><a href="/sports/">Sports</a></li></ul></nav></header>
%s
<div class="ad-box ad-top"><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins><p class="ad-label">Advertisement</p></div>
<div id="articleWrap" class="content03">
<article class="story-news article">
%s
<div class="story-news article-body" id="articleBody">
%s
</div>
<div class="keyword-zone"><strong>Keywords</strong> <a href="#">#NCG</a> <a href="#">#nuclear deterrence</a> <a href="#">#Kim Tae-hyo</a></div>
</article>
<div class="aside-box"><h2>Most Viewed</h2><ol><li><a href="/1">(LEAD) N. Korea fires ballistic missile toward East Sea</a></li><li><a href="/2">NCG talks co-chaired by Seoul, Washington officials to continue</a></li><li><a href="/3">BTS member begins military service</a></li></ol></div>
%s
</div>
<footer class="footer"><p>(C) Yonhap News Agency. All Rights Reserved.</p></footer>
%s
<script>var _yna_article = {"title": "S. Korea, U.S. hold NCG meeting", "summary": "The meeting was co-chaired by Kim Tae-hyo and Kurt Campbell."};</script>
</body>
</html>
""" % (esc(d["site"]), crumbs_html(d),
       headlines_html(d, {"title": ("h1", "tit"), "date": ("p", "update-time"), "byline": ("p", "writer"),
                          "category": ("p", "tit-sub")}),
       body_html(d["body"]), related(RELATED_KR, "Related Articles", "related-zone"), COOKIE)


def style_newsletter(d):
    url = d.get("url") or "https://monitor.example.org/p/%s" % slug(d["title"])
    return head(d, url, "") + """
<body>
<div class="topbar"><a href="/" class="navbar-title">%s</a><div class="navbar-buttons"><a href="/subscribe" class="button subscribe-btn">Subscribe</a><a href="/login" class="button">Sign in</a></div></div>
<div class="container">
<article class="post typography">
<div class="post-header">
%s
</div>
<div class="available-content"><div class="body markup">
%s
</div></div>
</article>
<div class="subscribe-widget"><p>Get the Monitor in your inbox every other week. Analysis of extended deterrence on the Korean Peninsula, from the NCG to the SCM.</p><input type="email" placeholder="Type your email..."><button>Subscribe</button></div>
<div class="comments-section"><h3>Comments</h3><p>No comments yet. The discussion of the fourth meeting, co-chaired by both deputy ministers, continues.</p></div>
</div>
<footer class="footer"><p>&copy; 2025 Peninsula Deterrence Monitor</p></footer>
</body>
</html>
""" % (esc(d["site"]), headlines_html(d, {"title": ("h1", "post-title"), "date": ("p", "post-date"),
                                         "category": ("h3", "subtitle")}, True),
       body_html(d["body"], True))


def style_wpnews(d):
    """An independent news site or blog on WordPress (a news theme): top bar,
    menus, breadcrumbs, the post with its featured image, tags, share
    buttons, "you may also like", comments, a sidebar, a newsletter box."""
    url = d.get("url") or "https://news.example.com/%s/" % slug(d["title"])
    return head(d, url, jsonld(d, url), title_fmt="{t} - {s}") + """
<body class="post-template-default single single-post td-standard-pack">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="td-header-top-menu"><span class="td-header-date">%s</span> <a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/advertise/">Advertise</a></div>
<header id="masthead" class="site-header"><div class="td-logo"><a href="/" rel="home"><span class="site-title">%s</span></a></div>
<nav class="td-main-menu" aria-label="Main"><ul id="menu-main"><li><a href="/category/world/">World</a></li><li><a href="/category/asia/">Asia</a></li><li><a href="/category/defense/">Defense</a></li><li><a href="/category/politics/">Politics</a></li><li><a href="/category/opinion/">Opinion</a></li></ul></nav>
<div class="td-search"><form role="search" action="/"><input type="search" name="s" placeholder="Search..."><button type="submit">Search</button></form></div></header>
<div id="content" class="td-main-content-wrap">
<div class="td-crumb-container"><nav class="entry-crumbs" aria-label="Breadcrumb"><a href="/">Home</a> <i class="sep">&raquo;</i> <a href="/category/world/">World</a></nav></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail">
<header class="td-post-title">
%s
<div class="td-module-meta-info"><span class="td-post-author-name">By <a href="/author/staff/">Staff</a></span></div>
</header>
<div class="td-post-featured-image"><img src="/wp-content/uploads/featured.jpg" alt="" width="696" height="392"></div>
<div class="td-post-content tagdiv-type">
%s
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/north-korea/">North Korea</a></li><li><a href="/tag/south-korea/">South Korea</a></li><li><a href="/tag/united-states/">United States</a></li></ul></div>
%s
</footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">You may also like</h4><ul>
<li><a href="/p/1/">Seoul, Washington hold nuclear talks co-chaired by deputy ministers</a></li>
<li><a href="/p/2/">North Korea fires ballistic missile into East Sea</a></li>
<li><a href="/p/3/">U.S. strategic bomber joins drill over Korean Peninsula</a></li></ul></div>
<div id="comments" class="comments"><div id="respond" class="comment-respond"><h4 class="comment-reply-title">Leave a Reply</h4><form action="/wp-comments-post.php" method="post"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment" placeholder="Comment:"></textarea><input name="author" placeholder="Name:*"><input name="email" placeholder="Email:*"><button type="submit">Post Comment</button></form></div></div>
</div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget widget_recent_entries"><h4 class="block-title">Recent Posts</h4><ul><li><a href="/r/1/">Allies wrap up combined exercise amid missile threats</a></li><li><a href="/r/2/">Defense chiefs reaffirm extended deterrence commitment</a></li></ul></aside>
<aside class="widget widget_newsletter"><h4 class="block-title">Newsletter</h4><p>Subscribe to our newsletter for the latest news from the region, delivered every morning.</p><input type="email" placeholder="Your email"><button>Subscribe</button></aside></div>
</div></div>
<footer class="td-footer-wrapper"><div class="td-footer-menu"><a href="/privacy-policy/">Privacy Policy</a> <a href="/terms/">Terms of Use</a> <a href="/contact/">Contact</a></div><p class="td-sub-footer-copy">&copy; %s. All rights reserved.</p></footer>
%s
<script>var tdBlocksArray = []; var td_post_summary = "The talks were co-chaired by both allies' deputy ministers.";</script>
<script src="/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6"></script>
</body>
</html>
""" % ((d["date"] or datetime.date(2024, 1, 1)).strftime("%A, %B %d, %Y"), esc(d["site"]),
       10000 + sum(map(ord, d["title"])) % 89999,
       headlines_html(d, {"title": ("h1", "entry-title"), "date": ("div", "td-post-date"),
                          "byline": ("div", "td-post-author-name"), "category": ("p", "td-category")}),
       body_html(d["body"]), share_bar(), esc(d["site"]), COOKIE)


STYLES = {
    "wh": style_wh, "dod": style_dod, "state": style_state, "embassy": style_embassy,
    "indopacom": lambda d: style_command(d, "pacom.mil"), "usfk": lambda d: style_command(d, "usfk.mil"),
    "president": style_president, "mnd": style_mnd, "mofa": style_mofa, "yonhap": style_yonhap,
    "newsletter": style_newsletter, "wpnews": style_wpnews,
    "kirtland": lambda d: style_command(d, "kirtland.af.mil"),
}


# ---- the real published corpus (tests/data/real) ------------------------------------
# Each text is a search tool's stored copy of a published page (see
# tests/data/real/README.md); its page is rebuilt in the style nearest its
# publisher (MANIFEST.tsv), at the address the manifest gives.
REAL_STYLES = {   # name -> (style, the site's name as its pages give it in og:site_name)
    "b1b-2022-11-19-defensepost": ("wpnews", "The Defense Post"),
    "carl-vinson-2023-11-21-koreaherald": ("yonhap", "The Korea Herald"),
    "edscg-4-2023-09-13-state-travel": ("wpnews", "Government Agency News"),
    "edscg-4-2023-09-15-indopacom": ("indopacom", "U.S. Indo-Pacific Command"),
    "edscg-5-2024-09-04-federalnewswire": ("wpnews", "The Federal Newswire"),
    "freedom-shield-2025-03-20-turkiyescoop": ("wpnews", "T\u00fcrkiye Scoop"),
    "japan-us-edd-2023-06-23-mofa-japan": ("mofa", "Ministry of Foreign Affairs of Japan"),
    "kidd-21-2022-08-17-dod": ("dod", "U.S. Department of Defense"),
    "kidd-25-2024-09-24-dod": ("dod", "U.S. Department of Defense"),
    "lee-trump-summit-2025-08-26-koreanet": ("president", "Korea.net"),
    "ncg-1-2023-07-08-yonhap": ("yonhap", "Yonhap News Agency"),
    "ncg-1-2023-07-18-president": ("president", "Office of the President of the Republic of Korea"),
    "ncg-3-2024-06-10-kbs": ("yonhap", "KBS WORLD"),
    "ncg-4-2025-01-10-kbs": ("yonhap", "KBS WORLD"),
    "ncg-4-2025-01-10-sentry": ("wpnews", "Sentry"),
    "ncg-factsheet-2025-01-10-state": ("newsletter", "Cater Research"),
    "ncg-ops-2025-04-kbs": ("yonhap", "KBS WORLD"),
    "readout-austin-lee-2022-06-11-dod": ("wpnews", "Public Now"),
    "readout-mattis-song-2017-10-23-dod": ("dod", "U.S. Department of Defense"),
    "scm-54-2022-11-03-yonhap": ("yonhap", "Yonhap News Agency"),
    "tmm-2023-11-12-dod-kirtland": ("kirtland", "Kirtland Air Force Base"),
    "tmm-2024-06-02-mnd": ("mnd", "Ministry of National Defense"),
    "uss-kentucky-2023-07-20-kitsapsun": ("wpnews", "Kitsap Sun"),
    "uss-michigan-2023-06-16-reuters": ("yonhap", "CNA"),
    "uss-missouri-2023-12-17-emirates7": ("wpnews", "Emirates7"),
    "washington-declaration-2023-04-27-president": ("president", "Office of the President of the Republic of Korea"),
}
# the line the store puts before some texts: " date YYYY-MM-DD" or " date YYYY-MM"
STORE_DATE = re.compile(r"^ ?date (\d{4}-\d{2}(?:-\d{2})?) ?")
# the official-site banner a text kept: the page's banner (GOV_BANNER) says it
BANNER_LINE = re.compile(r"^(An official website of the United States [Gg]overnment|Here's how you know|"
                         r"Official websites use \.gov|\.gov website belongs to .*|Secure \.gov websites use HTTPS|"
                         r"A \.mil website belongs to .*|A lock \(\s*lock\s*\) or https://.*)$")
REAL_NAV = re.compile(r"^(Go to main text|Go to the top|Send to|Logo|News Search)$")
REAL_CRUMBS = re.compile(r"^Home : ")
REAL_TAIL = re.compile(r"^(Back to Press Releases)$")
SITE_LINE = re.compile(r"^(Office of the President of the Republic of Korea|(U\.S\. )?Department of Defense)$")


def split_real(text, site_name):
    """Lines of a stored page's text -> the parts split_statement gives.
    Every line of the text but the furniture (store date, site banner, skip
    links, breadcrumbs) stays in the article, in order, as its own element."""
    lines = text.strip("\n").split("\n")
    store_date = None
    m = STORE_DATE.match(lines[0])
    if m:
        store_date = m[1]
        lines[0] = lines[0][m.end():]
    # the banner's lines are the page's banner (one is a sentence: not the body's start)
    lines = [l for l in lines if not BANNER_LINE.match(l.strip())]
    first_prose = next(i for i, l in enumerate(lines) if is_prose(l))
    nav, crumbs, site, headlines = [], [], [], []
    if store_date:
        headlines.append(("date", store_date))
    for b in (l.strip() for l in lines[:first_prose]):
        if not b:
            continue
        if REAL_NAV.match(b) or NAV_LINE.match(b):
            nav.append(b)
        elif REAL_CRUMBS.match(b):
            crumbs.append(b)
        elif not site and not headlines and SITE_LINE.match(b):
            site.append(b)
        elif parse_date(b) or re.match(r"^(NEWS \||Date|Posted|Published)", b):
            headlines.append(("date", b))
        elif re.match(r"^By ", b):
            headlines.append(("byline", b))
        else:
            headlines.append(("category", b))
    # the title: the longest head line that is not a date or a byline
    cands = [t for k, t in headlines if k == "category" and not re.match(r"^(Photo|Press|Webp|•)", t)]
    title = max(cands, key=len) if cands else None
    if title:
        k = next(i for i, (kind, t) in enumerate(headlines) if t == title)
        headlines[k] = ("title", title)
    body_lines = lines[first_prose:]
    tail = []
    while body_lines and (not body_lines[-1].strip() or REAL_TAIL.match(body_lines[-1].strip())):
        b = body_lines.pop().strip()
        if b:
            tail.insert(0, b)
    parts = []
    for block in re.split(r"\n\s*\n", "\n".join(body_lines)):
        blines = [l.strip() for l in block.split("\n") if l.strip()]
        if blines and all(BULLET.match(l) for l in blines):
            parts.append(("ul", [BULLET.sub("", l).strip() for l in blines]))
            continue
        for l in blines:            # a stored page's lines are its paragraphs
            parts.append(("p", l))
    date = next((parse_date(t) for k, t in headlines if k == "date" and parse_date(t)), None)
    if not title:   # the text kept no headline: the page's <title> is its first sentence
        first = next(x for k, x in parts if k == "p")
        title = re.split(r"(?<=[a-z]\.) ", first)[0]
    return {"site": " ".join(site) or site_name, "site_lines": site, "nav": nav, "crumbs": crumbs,
            "head": headlines, "body": parts, "tail": tail, "title": title, "date": date}


def build_real(src, outdir):
    folder = os.path.join(src, "tests/data/real")
    with open(os.path.join(folder, "MANIFEST.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    manifest = {r[0]: r for r in rows if r and r[0]}
    os.makedirs(os.path.join(outdir, "real"), exist_ok=True)
    for name in sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".txt")):
        text = open(os.path.join(folder, name + ".txt"), encoding="utf-8").read()
        style, site_name = REAL_STYLES[name]
        d = split_real(text, site_name)
        d["url"] = manifest[name][1]
        page = STYLES[style](d)
        with open(os.path.join(outdir, "real", name + ".html"), "wb") as f:
            f.write(page.encode("utf-8"))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "."
    outdir = os.path.join(src, "tests/data/html")
    for (folder, stem), style in sorted(PAGES.items()):
        text = open(os.path.join(src, folder, stem + ".txt"), encoding="utf-8").read()
        d = split_statement(text)
        enc = ENCODING.get(stem)
        fn = STYLES[style]
        if enc and style in ("mnd", "state", "yonhap"):
            page = fn.__wrapped__(d, enc) if hasattr(fn, "__wrapped__") else \
                {"mnd": style_mnd, "state": style_state, "yonhap": style_yonhap}[style](d, enc)
        else:
            page = fn(d)
        sub = "known" if folder == "data/statements" else folder.split("/")[-1]
        os.makedirs(os.path.join(outdir, sub), exist_ok=True)
        with open(os.path.join(outdir, sub, stem + ".html"), "wb") as f:
            f.write(page.encode(enc or "utf-8"))
    build_real(src, outdir)


if __name__ == "__main__":
    main()
